#!/usr/bin/env python3
"""Key -> bytes on the terminal, as a user feels it: runs the real binary in a pseudo-terminal of the given size,
writes one key at a time and times the bytes that come back.

For each key: `frame` is the end of the first burst of output (bytes until a gap of GAP ms), which is the frame
the key produced; `later` is the last byte before the terminal is quiet for QUIET ms (a count or other answer
made off the loop draws a second, smaller frame). The next key is written only when the terminal is quiet, so
each key gets a frame of its own (the app draws at most one frame per 16 ms).

    python3 Tests/LatencyBench/keylatency.py --binary .build/release/dugnad --db /tmp/g10.sqlite \
        --size 120x40 --today 2026-11-26 --sequence grants-filter

Prints one line per sequence: keys, p50/p99/max of `frame` and of `later`, in milliseconds.
"""
import argparse, fcntl, os, pty, select, struct, sys, termios, time

GAP = 0.008      # a pause this long ends a frame's burst
QUIET = 0.150    # this long without output: the key is done

KEYS = {"Enter": b"\r", "Esc": b"\x1b", "Bksp": b"\x7f", "Down": b"\x1b[B", "Up": b"\x1b[A", "PgDn": b"\x1b[6~"}

def sequence(name):
    if name == "grants-filter":
        typed = [c for c in "status:received scheme:kultur amount>50000"]
        return ["/"] + typed + ["Enter", "/"] + ["Bksp"] * 42 + ["Enter"]
    if name == "grants-text":
        return ["/"] + [c for c in "korps"] + ["Bksp"] * 5 + [c for c in "idrettslag"] + ["Bksp"] * 10 + ["Enter"]
    if name == "grants-move":
        return ["Down"] * 40 + ["PgDn"] * 5
    if name == "grants-case":
        return ["Enter", "Esc", "Down"] * 10
    raise SystemExit("unknown sequence " + name)

def read_until_quiet(fd, quiet):
    """Reads until `quiet` seconds pass without output; returns [(time, nbytes)]."""
    chunks = []
    while True:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            return chunks
        try:
            data = os.read(fd, 65536)
        except OSError:
            return chunks
        if not data:
            return chunks
        chunks.append((time.perf_counter(), len(data)))

def measure(args, name):
    cols, rows = (int(x) for x in args.size.split("x"))
    pid, fd = pty.fork()
    if pid == 0:
        env = dict(os.environ, TERM=args.term, LANG="nb_NO.UTF-8")
        os.execve(args.binary, [args.binary, "--db", args.db, "--today", args.today, "--lang", "nb"], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    read_until_quiet(fd, 1.5)                      # the first frame (and the quick check beside it)
    os.write(fd, args.tab.encode())
    read_until_quiet(fd, 1.0)
    frames, laters = [], []
    for key in sequence(name):
        t0 = time.perf_counter()
        os.write(fd, KEYS.get(key, key.encode()))
        chunks = read_until_quiet(fd, QUIET)
        if not chunks:
            continue                               # the key drew nothing (nothing changed)
        end = chunks[0][0]
        for (t, _), (t_next, _) in zip(chunks, chunks[1:]):
            if t_next - t > GAP:
                break
            end = t_next
        frames.append((end - t0) * 1000)
        laters.append((chunks[-1][0] - t0) * 1000)
        if args.verbose:
            print(f"  {key!r:8} frame {frames[-1]:6.2f} ms  later {laters[-1]:6.2f} ms  {sum(n for _, n in chunks)} bytes",
                  file=sys.stderr)
    os.write(fd, b"q")
    read_until_quiet(fd, 0.5)
    os.waitpid(pid, 0)
    return frames, laters

def pct(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))] if s else float("nan")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--size", default="120x40")
    ap.add_argument("--today", default="2026-11-26")
    ap.add_argument("--term", default="xterm-256color")
    ap.add_argument("--tab", default="3")
    ap.add_argument("--sequence", action="append")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--verbose", action="store_true", help="print each key's times to stderr")
    args = ap.parse_args()
    for name in args.sequence or ["grants-filter"]:
        frames, laters = [], []
        for _ in range(args.runs):
            f, l = measure(args, name)
            frames += f; laters += l
        print(f"{name:16} {args.size:8} keys {len(frames):4}  frame p50 {pct(frames, 50):6.2f} p99 {pct(frames, 99):6.2f} "
              f"max {max(frames):6.2f}  later p50 {pct(laters, 50):6.2f} p99 {pct(laters, 99):6.2f} ms")

if __name__ == "__main__":
    main()
