import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// dugnad in tmux under a chosen TERM, with keys sent as the raw bytes a
/// terminal sends (`send-keys -H`), read back as the screen shows it.
final class TermSession {
    let name: String

    init(term: String, arguments: [String], width: Int = 120, height: Int = 40, environment: String = "") {
        name = "t\(UUID().uuidString.prefix(8))"
        let command = ([Harness.binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
        tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
              "env LANG=nb_NO.UTF-8 LC_ALL=nb_NO.UTF-8 TERM=\(term) \(environment) \(command); sleep 30"])
    }

    @discardableResult
    func tmux(_ args: [String]) -> Harness.Output {
        Harness.run(Harness.tool("tmux"), ["-L", TmuxSession.socket, "-f", "/dev/null"] + args)
    }

    func send(_ keys: String...) { tmux(["send-keys", "-t", name] + keys) }
    /// Bytes as hex ("1b 5b 31 7e"), exactly as a terminal would write them.
    func sendBytes(_ hex: String) { tmux(["send-keys", "-t", name, "-H"] + hex.split(separator: " ").map(String.init)) }

    var screen: String { tmux(["capture-pane", "-p", "-t", name]).stdout }

    /// Polls the screen until `condition` holds; returns whether it did in time.
    @discardableResult
    func waitUntil(timeout: Double = 10, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(screen) { return true }
            usleep(30_000)
        }
        return false
    }

    deinit { tmux(["kill-session", "-t", name]) }
}

/// "7 av 40" of the list title: (position, total).
func listPosition(_ screen: String) -> (Int, Int)? {
    guard let range = screen.range(of: #"(\d+) av (\d+)"#, options: .regularExpression) else { return nil }
    let parts = screen[range].split(separator: " ")
    guard let a = Int(parts[0]), let b = Int(parts[2]) else { return nil }
    return (a, b)
}

/// The C library's wcwidth (declared only under _XOPEN_SOURCE in its header).
@_silgen_name("wcwidth") func systemWcwidth(_ c: Int32) -> Int32

/// Terminal columns of a captured line, by the C library's wcwidth (which
/// tmux places cells by): the column where each character starts.
func columns(_ line: String) -> [(Int, Character)] {
    let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)
    let previous = uselocale(utf8)
    defer { uselocale(previous); if let utf8 { freelocale(utf8) } }
    var out: [(Int, Character)] = []
    var col = 0
    for c in line {
        out.append((col, c))
        col += c.unicodeScalars.reduce(0) { $0 + max(0, Int(systemWcwidth(Int32(bitPattern: $1.value)))) }
    }
    return out
}

/// The visible characters of a line captured with `capture-pane -e`, each
/// with the SGR attributes it is drawn with (1 bold, 3 italic, 4 underline,
/// 7 reverse).
func styledScalars(_ line: String) -> [(Unicode.Scalar, Set<Int>)] {
    var out: [(Unicode.Scalar, Set<Int>)] = []
    var attrs = Set<Int>()
    var scalars = line.unicodeScalars.makeIterator()
    while let s = scalars.next() {
        guard s == "\u{1B}" else { out.append((s, attrs)); continue }
        guard scalars.next() == "[" else { continue }
        var params = ""
        var final: Unicode.Scalar = "m"
        while let p = scalars.next() {
            if p.value >= 0x40 && p.value <= 0x7E { final = p; break }
            params.unicodeScalars.append(p)
        }
        guard final == "m" else { continue }
        var fields = params.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }.makeIterator()
        while let p = fields.next() {
            switch p {
            case 0: attrs = []
            case 1, 2, 3, 4, 5, 7: attrs.insert(p)
            case 22: attrs.remove(1); attrs.remove(2)
            case 23: attrs.remove(3)
            case 24: attrs.remove(4)
            case 27: attrs.remove(7)
            case 38, 48: if fields.next() == 5 { _ = fields.next() } else { _ = fields.next(); _ = fields.next(); _ = fields.next() }
            default: break
            }
        }
    }
    return out
}

let boxCharacters: Set<Character> = ["│", "█", "┌", "┐", "└", "┘"]

func boxColumns(_ line: String) -> [Int] {
    columns(line).filter { boxCharacters.contains($0.1) }.map(\.0)
}

@Suite(.serialized) struct TerminalEndToEndTests {
    /// The TERMs to try: those whose terminfo this machine has (.ci/run
    /// installs ncurses-term for putty and rxvt).
    static let terms = ["xterm-256color", "screen-256color", "putty-256color", "putty", "rxvt-unicode", "linux"]
        .filter { Harness.run(Harness.tool("infocmp"), [$0]).status == 0 }

    static let title = "Organisasjoner · sortert"

    @Test func termsAreThere() {
        #expect(Self.terms.contains("xterm-256color") && Self.terms.contains("screen-256color")
                && Self.terms.contains("linux"), "\(Self.terms)")
    }

    /// Home, End, PgDn/PgUp and F1 in every form terminals send act as
    /// themselves in the organisation list ("N av M"), under each TERM;
    /// Ctrl/Alt forms and unknown sequences do nothing at all — no tab
    /// switch (ESC [ 1 ~ used to be Escape, "[", "1" → Kalender) and no
    /// typed character.
    @Test(arguments: terms)
    func terminalKeysActAsThemselvesUnder(_ term: String) throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let app = TermSession(term: term, arguments: ["--db", db, "--today", "2026-11-26"])
        #expect(app.waitUntil { $0.contains("Kalender") }, "no first frame under \(term):\n\(app.screen)")
        app.send("5")
        #expect(app.waitUntil { $0.contains(Self.title) && listPosition($0)?.0 == 1 }, "\(app.screen)")
        let total = try #require(listPosition(app.screen)?.1)
        #expect(total > 30, "the page must be shorter than the list")

        func expect(_ bytes: String, _ what: String, position: @escaping (Int) -> Bool) {
            app.sendBytes(bytes)
            let ok = app.waitUntil(timeout: 5) { s in
                s.contains(Self.title) && listPosition(s).map { position($0.0) } == true
            }
            #expect(ok, "\(term): \(bytes) as \(what):\n\(app.screen)")
        }
        let end = ["1b 5b 34 7e", "1b 5b 38 7e", "1b 5b 46", "1b 4f 46", "1b 5b 31 3b 32 46"]
        let home = ["1b 5b 31 7e", "1b 5b 37 7e", "1b 5b 48", "1b 4f 48", "1b 5b 37 24"]
        for (e, h) in zip(end, home) {
            expect(e, "End") { $0 == total }
            expect(h, "Home") { $0 == 1 }
        }
        expect("1b 5b 36 7e", "PgDn") { $0 > 1 && $0 < total }
        expect("1b 5b 35 7e", "PgUp") { $0 == 1 }

        // Keys the list has no use for, and sequences no key is: nothing
        // happens, and the next key ("j", one down) is the next thing seen.
        let nothing = ["1b 5b 31 3b 35 41", "1b 5b 31 3b 33 42", "1b 4f 61", "1b 5b 37 5e",
                       "1b 5b 32 30 30 7e", "1b 5b 39 39 7e", "1b 5b 3f 31 3b 32 63", "1b 5b 31 3b 35 75",
                       "1b 5b 5b 5a", "1b 5b 32 37 3b 35 3b 39 7e", "1b 5b 61"]
        var position = 1
        for bytes in nothing {
            app.sendBytes(bytes)
            app.send("j")
            position += 1
            let target = position
            let ok = app.waitUntil(timeout: 5) { s in s.contains(Self.title) && listPosition(s)?.0 == target }
            #expect(ok, "\(term): \(bytes) was not dropped whole:\n\(app.screen)")
        }

        // F1 in the PuTTY/rxvt, Linux console and xterm/VT220 forms: help.
        // (PuTTY's terminfo gives ESC O P to the keypad's NumLock: terminfo wins.)
        for bytes in ["1b 5b 31 31 7e", "1b 5b 5b 41"] + (term.hasPrefix("putty") ? [] : ["1b 4f 50"]) {
            app.sendBytes(bytes)
            #expect(app.waitUntil(timeout: 5) { $0.contains("Hurtigtaster") }, "\(term): \(bytes) as F1:\n\(app.screen)")
            app.send("Escape")
            #expect(app.waitUntil(timeout: 5) { !$0.contains("Hurtigtaster") && $0.contains(Self.title) },
                    "\(term): Escape after \(bytes):\n\(app.screen)")
        }
        app.send("q")
    }

    static let emojiNames = ["Aa 1️⃣ Keycap lag", "Ab 🇳🇴 Flagg lag", "Ac 👨‍👩‍👧 Familie", "Ad ❤️ Hjerte",
                             "Ae 👍🏽 Tommel", "Af 🏳️‍🌈 Skeiv", "Ag 日本 Kor", "Ah e\u{301}e\u{301} Lag"]

    /// Organisations named with keycaps, flags, ZWJ and skin-tone emoji, CJK
    /// and combining marks: every row's box and scrollbar columns are where
    /// a plain row has them, the detail box's title keeps its corner, and
    /// after the selection walks over them and back the screen is the same
    /// as a fresh one (no stale cell).
    @Test(arguments: [(120, 40), (80, 24)])
    func emojiNamesKeepBoxBordersInTheirColumns(_ width: Int, _ height: Int) throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let values = Self.emojiNames.map { "('\($0)', 'annet')" }.joined(separator: ", ")
        _ = Harness.sqlite(db, "INSERT INTO organisation(name, category) VALUES \(values);")
        #expect(Harness.sqlite(db, "SELECT count(*) FROM organisation WHERE name LIKE 'A_ %'") == "\(Self.emojiNames.count)")
        let arguments = ["--db", db, "--today", "2026-11-26"]

        let app = TermSession(term: "xterm-256color", arguments: arguments, width: width, height: height)
        #expect(app.waitUntil { $0.contains("Kalender") })
        app.send("5")
        #expect(app.waitUntil { $0.contains(Self.title) && listPosition($0)?.0 == 1 && $0.contains("Keycap") }, "\(app.screen)")
        // Walk over every emoji row (each redraws the detail box title) and back.
        for _ in Self.emojiNames { app.send("j") }
        let last = Self.emojiNames.count + 1
        #expect(app.waitUntil { $0.contains(Self.title) && listPosition($0)?.0 == last }, "\(app.screen)")
        app.sendBytes("1b 5b 31 7e")  // Home, back to the first row
        #expect(app.waitUntil { $0.contains(Self.title) && listPosition($0)?.0 == 1 }, "\(app.screen)")
        let walked = app.screen

        let lines = walked.components(separatedBy: "\n")
        let plain = try #require(lines.first { $0.contains("Bragernes") }, "\(walked)")
        let reference = boxColumns(plain)
        #expect(!reference.isEmpty)
        for name in ["Keycap", "Flagg", "Familie", "Hjerte", "Tommel", "Skeiv", "Kor", "Lag"] {
            let row = try #require(lines.first { $0.contains(" \(name)") && !$0.contains("┌") }, "\(name) not shown:\n\(walked)")
            #expect(boxColumns(row) == reference, "\(width)×\(height) \(name) row shifted:\n\(row)\n\(plain)")
        }
        // The detail box: its title line's right corner above its right border.
        if let titleIndex = lines.firstIndex(where: { $0.contains("┌") && $0.contains("Keycap") }), titleIndex + 1 < lines.count {
            let corner = columns(lines[titleIndex]).last { $0.1 == "┐" }?.0
            let border = columns(lines[titleIndex + 1]).last { $0.1 == "│" }?.0
            #expect(corner != nil && corner == border, "\(width)×\(height) box title shifted:\n\(lines[titleIndex])\n\(lines[titleIndex + 1])")
        }

        // The same state drawn once, from nothing.
        let fresh = TermSession(term: "xterm-256color", arguments: arguments, width: width, height: height)
        #expect(fresh.waitUntil { $0.contains("Kalender") })
        fresh.send("5")
        #expect(fresh.waitUntil { $0.contains(Self.title) && $0.contains("Keycap") })
        #expect(fresh.waitUntil(timeout: 3) { $0 == walked }, "stale cells after redraws:\n\(walked)\n---\n\(fresh.screen)")
        app.send("q")
        fresh.send("q")
    }

    /// Without colours (NO_COLOR, or a vt100 with none) the agenda's heading
    /// for today is not reverse video, so it does not look like the selected
    /// item right below it, which is.
    @Test(arguments: [("xterm-256color", "NO_COLOR=1"), ("vt100", "")])
    func monoHeadingsAreNotReverseLikeTheSelection(_ term: String, _ environment: String) throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let app = TermSession(term: term, arguments: ["--db", db, "--today", "2026-11-26"], environment: environment)
        #expect(app.waitUntil { $0.contains("Kalender") })
        app.send("a")
        #expect(app.waitUntil { $0.contains("Agenda") && $0.contains("\n tor. 26.11.2026") }, "\(app.screen)")
        let lines = app.tmux(["capture-pane", "-p", "-e", "-t", app.name]).stdout.components(separatedBy: "\n")
        let styled = lines.map(styledScalars)
        let heading = try #require(styled.firstIndex { line in
            String(String.UnicodeScalarView(line.map(\.0))).hasPrefix(" tor. 26.11.2026")
        }, "\(app.screen)")
        let headingAttrs = styled[heading].first { $0.0 == "t" }?.1 ?? []
        let selectedAttrs = styled[heading + 1].first { $0.0 != " " }?.1 ?? []
        #expect(!headingAttrs.contains(7), "\(term): today's heading is reverse: \(headingAttrs)")
        #expect(!headingAttrs.isEmpty, "the heading still stands out")
        #expect(selectedAttrs.contains(7), "\(term): the selected item is reverse: \(selectedAttrs)")
        app.send("q")
    }

    /// Without colours the Venues grid cursor shows on a booked cell (bold
    /// and underlined, not reverse like the booking), and each booking is
    /// closed by "]" so neighbours stay apart.
    @Test(arguments: [("xterm-256color", "NO_COLOR=1"), ("vt100", "")])
    func monoGridCursorShowsOnABooking(_ term: String, _ environment: String) throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let app = TermSession(term: term, arguments: ["--db", db, "--today", "2026-11-26"], environment: environment)
        #expect(app.waitUntil { $0.contains("Kalender") })
        app.send("2")
        #expect(app.waitUntil { $0.contains("Lokaler tor. 26.11.2026") }, "\(app.screen)")
        func styledScreen() -> [[(Unicode.Scalar, Set<Int>)]] {
            app.tmux(["capture-pane", "-p", "-e", "-t", app.name]).stdout.components(separatedBy: "\n").map(styledScalars)
        }
        /// The grid row whose venue name is selected (reverse), and the columns of the cursor in it.
        func cursor(_ screen: [[(Unicode.Scalar, Set<Int>)]]) -> (row: Int, columns: [Int])? {
            for (i, line) in screen.enumerated() where i >= 3 && line.count > 25 && line[1].1.contains(7) && line[1].0 != " " {
                let columns = line.indices.filter { $0 >= 19 && line[$0].1.isSuperset(of: [1, 4]) }
                return columns.isEmpty ? nil : (i, columns)
            }
            return nil
        }
        /// Moves the cursor with `key` until it is on a booking or stops.
        func seek(_ key: String) -> Bool {
            for _ in 0..<48 {
                if app.screen.contains("│Booking ") { return true }
                let before = cursor(styledScreen())?.columns
                app.send(key)
                let moved = app.waitUntil(timeout: 5) { _ in
                    let now = cursor(styledScreen())?.columns
                    return now != nil && now != before
                }
                if !moved { return app.screen.contains("│Booking ") }
            }
            return false
        }
        // The cursor starts at the time of day; the first venue has bookings in the morning.
        let found = seek("h") || seek("l")
        #expect(found, "the cursor never reached a booking:\n\(app.screen)")
        let screen = styledScreen()
        let (row, columns) = try #require(cursor(screen), "no cursor:\n\(app.screen)")
        for c in columns {
            #expect(!screen[row][c].1.contains(7), "\(term): the cursor on a booking is reverse, like the booking")
        }
        let bookedElsewhere = screen.enumerated().contains { i, line in
            i >= 3 && line.indices.contains { $0 >= 19 && !columns.contains($0) && line[$0].1.contains(7) && line[$0].0 == "[" }
        }
        #expect(bookedElsewhere, "other bookings are reverse, so the cursor differs from them")
        let text = app.screen.components(separatedBy: "\n").dropFirst(3).joined()
        #expect(text.contains("]"), "bookings are closed by ]:\n\(app.screen)")
        app.send("q")
    }
}
