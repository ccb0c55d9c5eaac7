"""Independent expander for the corpus test (python icalendar + recurring-ical-events, installed by .ci/run).

Batch mode (what ICalendarCorpusTests runs, ONE process for the whole corpus):
    python3 expand.py --corpus OUR_DIR
reads every .ics file in OUR_DIR and every .ics file shipped inside the installed `recurring_ical_events` and
`icalendar` packages (their test suites: files from Google, Outlook/Exchange, Apple, Thunderbird, SabreDAV,
Nextcloud, …, broken ones included) and prints one JSON object:
    {"packages": {"icalendar": "7.3.2", ...},
     "files": [{"name": "icalendar/tests/calendars/x.ics", "path": "/abs/x.ics",
                "window": ["YYYY-MM-DD", "YYYY-MM-DD"],          # inclusive, compared days
                "error": null or "why the reference could not read it",
                "occurrences": [["UID", "SUMMARY", "YYYY-MM-DD HH:MM"], ...]}, ...]}
Each occurrence of each VEVENT whose start day is in the window (a day either side too), in Europe/Oslo wall clock (all-day: the
date, 00:00); floating times are in the calendar's X-WR-TIMEZONE when it has one, else in Oslo.

Single-file mode (for looking at one file by hand):
    python3 expand.py FILE FROM TO      # FROM inclusive, TO exclusive, YYYY-MM-DD
prints "UID<TAB>SUMMARY<TAB>YYYY-MM-DD HH:MM" lines, sorted.
"""
import datetime
import json
import os
import signal
import sys
import zoneinfo

import icalendar
import recurring_ical_events

OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
# Years an imported activity may start in (ICalendarValues.activityYears).
FIRST_YEAR, LAST_YEAR = 1900, 2200
# Longest window compared (days), so an endless every-minute series stays cheap to expand.
MAX_WINDOW_DAYS = 2 * 366


def floating_zone(cal):
    tz = cal.get("X-WR-TIMEZONE")
    if tz:
        try:
            return zoneinfo.ZoneInfo(str(tz).strip())
        except Exception:
            return OSLO
    return OSLO


def oslo_text(value, floating):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=floating)
        return value.astimezone(OSLO).strftime("%Y-%m-%d %H:%M")
    return value.isoformat() + " 00:00"


def expand(cal, start, end_exclusive):
    floating = floating_zone(cal)
    out = []
    for e in recurring_ical_events.of(cal).between(start, end_exclusive):
        if e.name != "VEVENT":
            continue
        out.append([str(e.get("UID", "")).strip(), str(e.get("SUMMARY", "")).strip(), oslo_text(e["DTSTART"].dt, floating)])
    return sorted(out)


def by_uid(cal, start, end_exclusive):
    """Each VEVENT group (one UID: the series and its overrides) in a calendar of its own with the file's zones."""
    groups = {}
    for sub in cal.subcomponents:
        if sub.name == "VEVENT":
            groups.setdefault(str(sub.get("UID", "")).strip() or id(sub), []).append(sub)
    occurrences, unreadable = [], []
    for key, events in groups.items():
        one_cal = icalendar.Calendar()
        if "X-WR-TIMEZONE" in cal:
            one_cal["X-WR-TIMEZONE"] = cal["X-WR-TIMEZONE"]
        for sub in cal.subcomponents:
            if sub.name == "VTIMEZONE":
                one_cal.add_component(sub)
        for e in events:
            one_cal.add_component(e)
        try:
            occurrences += expand(one_cal, start, end_exclusive)
        except Timeout:
            raise
        except Exception as exc:
            summary = str(events[0].get("SUMMARY", "")).strip()
            unreadable.append([key if isinstance(key, str) else "", summary, f"{type(exc).__name__}: {str(exc)[:200]}"])
    return sorted(occurrences), unreadable


def window(cal):
    """From the earliest VEVENT start through a year after the latest (at most MAX_WINDOW_DAYS)."""
    days = []
    floating = floating_zone(cal)
    for e in cal.walk("VEVENT"):
        try:
            d = date_of(e.get("DTSTART").dt, floating)
        except Exception:
            continue
        if FIRST_YEAR <= d.year <= LAST_YEAR:
            days.append(d)
    if not days:
        return datetime.date(2019, 1, 1), datetime.date(2021, 12, 31)
    first, last = min(days), max(days)
    end = min(max(last, first) + datetime.timedelta(days=366), first + datetime.timedelta(days=MAX_WINDOW_DAYS))
    return first, max(end, last)


def date_of(value, floating):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=floating)
        return value.astimezone(OSLO).date()
    return value


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def one(name, path):
    entry = {"name": name, "path": path, "window": ["2019-01-01", "2021-12-31"], "error": None, "occurrences": [], "unreadable": []}
    try:
        with open(path, "rb") as f:
            data = f.read()
        cals = icalendar.Calendar.from_ical(data, multiple=True)
        if not cals:
            raise ValueError("no calendar")
        cal = cals[0]
        if len(cals) > 1:
            # Several VCALENDARs in one file: the importer reads them as one calendar.
            for other in cals[1:]:
                for sub in other.subcomponents:
                    cal.add_component(sub)
        first, last = window(cal)
        entry["window"] = [first.isoformat(), last.isoformat()]
        # A day's margin either side: the expander reads a date bound in each event's own zone; the test compares
        # Oslo start days inside the window only.
        lo, hi = first - datetime.timedelta(days=1), last + datetime.timedelta(days=2)
        signal.alarm(20)
        try:
            entry["occurrences"] = expand(cal, lo, hi)
        except Timeout:
            raise
        except Exception:
            # One bad event spoils the whole calendar for the expander: expand each UID on its own instead,
            # and name the ones it cannot read (the test does not compare those).
            entry["occurrences"], entry["unreadable"] = by_uid(cal, lo, hi)
        finally:
            signal.alarm(0)
    except Timeout:
        entry["error"] = "reference expander took over 20 s"
    except Exception as exc:  # the reference cannot read it: ours must still not crash
        entry["error"] = f"{type(exc).__name__}: {str(exc)[:200]}"
    return entry


def package_files(module):
    root = os.path.dirname(module.__file__)
    found = []
    for dirpath, _, names in os.walk(root):
        for n in names:
            if n.endswith(".ics"):
                p = os.path.join(dirpath, n)
                found.append((module.__name__ + "/" + os.path.relpath(p, root), p))
    return found


def batch(ours):
    signal.signal(signal.SIGALRM, on_alarm)
    files = [("ours/" + n, os.path.join(ours, n)) for n in os.listdir(ours) if n.endswith(".ics")]
    files += package_files(recurring_ical_events) + package_files(icalendar)
    files.sort()
    versions = {}
    for m in ("icalendar", "recurring_ical_events"):
        try:
            from importlib.metadata import version
            versions[m] = version(m.replace("_", "-"))
        except Exception:
            versions[m] = getattr(sys.modules[m], "__version__", "?")
    result = {"packages": versions, "files": [one(n, p) for n, p in files]}
    json.dump(result, sys.stdout, ensure_ascii=False)


def single(path, start, end):
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    for uid, summary, text in expand(cal, datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)):
        print(f"{uid}\t{summary}\t{text}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--corpus":
        batch(sys.argv[2])
    elif len(sys.argv) == 4:
        single(*sys.argv[1:])
    else:
        sys.exit(__doc__)
