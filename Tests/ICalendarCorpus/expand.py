"""Independent expander for the corpus test: every occurrence of every VEVENT
in FILE between FROM and TO (YYYY-MM-DD), as "UID<TAB>SUMMARY<TAB>YYYY-MM-DD HH:MM" in
Europe/Oslo wall clock (all-day: the date, 00:00), one per line, sorted.
Uses python icalendar + recurring-ical-events (installed by .ci/run)."""
import sys, datetime, zoneinfo
import icalendar, recurring_ical_events

path, start, end = sys.argv[1], sys.argv[2], sys.argv[3]
oslo = zoneinfo.ZoneInfo("Europe/Oslo")
floating = None
with open(path, "rb") as f:
    cal = icalendar.Calendar.from_ical(f.read())
tz = cal.get("X-WR-TIMEZONE")
floating = zoneinfo.ZoneInfo(str(tz)) if tz else oslo
out = []
for e in recurring_ical_events.of(cal).between(datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)):
    if e.name != "VEVENT":
        continue
    s = e["DTSTART"].dt
    if isinstance(s, datetime.datetime):
        if s.tzinfo is None:
            s = s.replace(tzinfo=floating)
        s = s.astimezone(oslo)
        text = s.strftime("%Y-%m-%d %H:%M")
    else:
        text = s.isoformat() + " 00:00"
    out.append(f"{str(e.get('UID', '')).strip()}\t{str(e.get('SUMMARY', '')).strip()}\t{text}")
print("\n".join(sorted(out)))
