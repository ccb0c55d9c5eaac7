#!/usr/bin/env python3
"""A large iCalendar file for the import benchmark (BENCHMARKS.md, "iCalendar import as a stream").

    python3 Tests/ImportBench/make_ics.py /tmp/big.ics [EVENTS]

Writes EVENTS VEVENTs (default 175,504, about 57 MB) as Google/Outlook-style exports look:
Europe/Oslo times with a VTIMEZONE, DTSTAMP, folded and escaped DESCRIPTIONs with Norwegian
letters, LOCATION, CATEGORIES; every 50th event a weekly COUNT=10 series with an EXDATE, every
97th all-day. Deterministic (seeded). Generate into /tmp: the file is never committed.
"""
import random
import sys

path = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 175_504
rng = random.Random(13)

titles = ["Strikkekafé", "Leksehjelp for 5.–7. trinn", "Seniordans på Fjell", "Språkkafé: norsk og arabisk",
          "Turgruppe i Marka", "Sykkelverksted", "Babysang", "Middag for alle", "Styremøte, Konnerud IL",
          "Bridge og kaffe", "Dugnad på Åssiden", "Foredrag: Drammen før og nå", "Sjakk for nybegynnere"]
places = ["Fjell bydelshus, sal 2", "Konnerud frivilligsentral", "Åssiden kirke; menighetssalen",
          "Strømsø bibliotek, rom 3", "Gulskogen skole, gymsal", "Tangen bydelshus"]
organisers = ["Drammen Røde Kors", "Fjell Frivilligsentral", "Konnerud IL", "Sanitetsforeningen", "Leieboerforeningen"]


def fold(line):
    data = line.encode("utf-8")
    out, start, first = [], 0, True
    while start < len(data):
        width = 75 if first else 74
        end = min(len(data), start + width)
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1
        out.append((b"" if first else b" ") + data[start:end])
        start, first = end, False
    return b"\r\n".join(out)


def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


with open(path, "wb") as f:
    def w(line):
        f.write(fold(line) + b"\r\n")

    for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Drammen kommune//Benchmark//NB", "CALSCALE:GREGORIAN",
                 "METHOD:PUBLISH", "X-WR-CALNAME:Aktiviteter i Drammen", "X-WR-TIMEZONE:Europe/Oslo",
                 "BEGIN:VTIMEZONE", "TZID:Europe/Oslo", "X-LIC-LOCATION:Europe/Oslo",
                 "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
                 "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                 "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
                 "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                 "END:VTIMEZONE"]:
        w(line)
    import datetime
    base = datetime.datetime(2024, 1, 1, 8, 0)
    for i in range(count):
        start = base + datetime.timedelta(days=rng.randrange(0, 3 * 365), minutes=15 * rng.randrange(0, 52))
        minutes = 30 * rng.randrange(1, 8)
        end = start + datetime.timedelta(minutes=minutes)
        title = rng.choice(titles) + (f" #{i % 1000}" if i % 3 == 0 else "")
        w("BEGIN:VEVENT")
        w(f"UID:{rng.randrange(1 << 64):016x}{i:06d}@example.org")  # random, as Google and Outlook write them
        w("DTSTAMP:20261201T120000Z")
        if i % 97 == 0:
            w(f"DTSTART;VALUE=DATE:{start:%Y%m%d}")
            w(f"DTEND;VALUE=DATE:{start + datetime.timedelta(days=1):%Y%m%d}")
        else:
            w(f"DTSTART;TZID=Europe/Oslo:{start:%Y%m%dT%H%M%S}")
            w(f"DTEND;TZID=Europe/Oslo:{end:%Y%m%dT%H%M%S}")
        if i % 50 == 0 and i % 97 != 0:
            w(f"RRULE:FREQ=WEEKLY;BYDAY={['MO','TU','WE','TH','FR','SA','SU'][start.weekday()]};COUNT=10")
            ex = start + datetime.timedelta(days=14)
            w(f"EXDATE;TZID=Europe/Oslo:{ex:%Y%m%dT%H%M%S}")
        w("SUMMARY:" + esc(title))
        w("DESCRIPTION:" + esc(f"Med {rng.choice(organisers)}. Ta med innesko, kaffe og godt humør!"
                               + ("\nPåmelding ikke nødvendig; alle er velkomne." if i % 4 == 0 else "")))
        w("LOCATION:" + esc(rng.choice(places)))
        w("STATUS:" + ("CANCELLED" if i % 211 == 0 else "CONFIRMED"))
        w("END:VEVENT")
    w("END:VCALENDAR")
