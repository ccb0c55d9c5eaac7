#!/usr/bin/env python3
"""An Enhetsregisteret-like CSV (the register's download layout) for the organisation import benchmark.

    python3 Tests/ImportBench/make_register.py /tmp/enheter.csv [ROWS]

Comma-separated, every field quoted, the register's column names (with dots), valid organisation
numbers (MOD11), about 1 in 40 units registered in Frivillighetsregisteret, 1 in 200 with a
slettedato. ROWS defaults to 210,000 (about 100 MB). Deterministic; generate into /tmp.
"""
import random
import sys

path = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 210_000
rng = random.Random(11)

columns = ["organisasjonsnummer", "navn", "organisasjonsform.kode", "organisasjonsform.beskrivelse", "hjemmeside",
           "postadresse.land", "postadresse.landkode", "postadresse.postnummer", "postadresse.poststed",
           "postadresse.adresse", "postadresse.kommune", "postadresse.kommunenummer",
           "registreringsdatoEnhetsregisteret", "registrertIMvaregisteret", "naeringskode1.beskrivelse",
           "naeringskode1.kode", "naeringskode2.beskrivelse", "naeringskode2.kode", "antallAnsatte",
           "harRegistrertAntallAnsatte", "overordnetEnhet", "forretningsadresse.land", "forretningsadresse.landkode",
           "forretningsadresse.postnummer", "forretningsadresse.poststed", "forretningsadresse.adresse",
           "forretningsadresse.kommune", "forretningsadresse.kommunenummer", "institusjonellSektorkode.kode",
           "institusjonellSektorkode.beskrivelse", "registrertIForetaksregisteret", "registrertIStiftelsesregisteret",
           "registrertIFrivillighetsregisteret", "stiftelsesdato", "konkurs", "underAvvikling",
           "underTvangsavviklingEllerTvangsopplosning", "maalform", "aktivitet", "epostadresse", "telefon", "mobil",
           "slettedato"]

words = ["Drammen", "Fjell", "Konnerud", "Åssiden", "Strømsø", "Bragernes", "Gulskogen", "Tangen", "Skoger",
         "Mjøndalen", "Svelvik", "Solbergmoen"]
kinds = ["Idrettslag", "Sanitetsforening", "Musikkorps", "Frivilligsentral", "Velforening", "Sjakklubb",
         "Leieboerforening", "Historielag", "Turlag", "Bygdekvinnelag", "Speidergruppe", "Pensjonistforening"]
forms = [("FLI", "Forening/lag/innretning"), ("AS", "Aksjeselskap"), ("ENK", "Enkeltpersonforetak"), ("STI", "Stiftelse")]
places = [("3015", "DRAMMEN", "DRAMMEN", "3301"), ("3040", "DRAMMEN", "DRAMMEN", "3301"), ("3050", "MJØNDALEN", "DRAMMEN", "3301")]


def orgnr(n):
    digits = [int(c) for c in f"{n:08d}"]
    s = sum(d * w for d, w in zip(digits, [3, 2, 7, 6, 5, 4, 3, 2]))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else "".join(map(str, digits)) + str(c)


def q(v):
    return '"' + v.replace('"', '""') + '"'


with open(path, "w", encoding="utf-8", newline="") as f:
    f.write(",".join(q(c) for c in columns) + "\r\n")
    n, written = 91_000_000, 0
    while written < rows:
        n += rng.randrange(1, 40)
        number = orgnr(n)
        if number is None:
            continue
        written += 1
        form = rng.choice(forms)
        place = rng.choice(places)
        name = f"{rng.choice(words)} {rng.choice(kinds)} {written}".upper()
        frivillig = "true" if written % 40 == 0 else "false"
        email = f"post{written}@{rng.choice(words).lower().replace('ø', 'o').replace('å', 'a')}.no" if written % 3 == 0 else ""
        values = {
            "organisasjonsnummer": number, "navn": name, "organisasjonsform.kode": form[0],
            "organisasjonsform.beskrivelse": form[1], "hjemmeside": f"www.lag{written}.no" if written % 5 == 0 else "",
            "postadresse.land": "Norge", "postadresse.landkode": "NO", "postadresse.postnummer": place[0],
            "postadresse.poststed": place[1], "postadresse.adresse": f"Postboks {written % 900 + 1}",
            "postadresse.kommune": place[2], "postadresse.kommunenummer": place[3],
            "registreringsdatoEnhetsregisteret": f"{1995 + written % 30}-0{1 + written % 9}-1{written % 10}",
            "registrertIMvaregisteret": "false", "naeringskode1.beskrivelse": "Aktiviteter i andre interesseorganisasjoner ikke nevnt annet sted",
            "naeringskode1.kode": "94.991", "naeringskode2.beskrivelse": "", "naeringskode2.kode": "",
            "antallAnsatte": str(written % 7), "harRegistrertAntallAnsatte": "false", "overordnetEnhet": "",
            "forretningsadresse.land": "Norge", "forretningsadresse.landkode": "NO",
            "forretningsadresse.postnummer": place[0], "forretningsadresse.poststed": place[1],
            "forretningsadresse.adresse": f"{rng.choice(words)}veien {written % 120 + 1}",
            "forretningsadresse.kommune": place[2], "forretningsadresse.kommunenummer": place[3],
            "institusjonellSektorkode.kode": "7000", "institusjonellSektorkode.beskrivelse": "Ideelle organisasjoner",
            "registrertIForetaksregisteret": "false", "registrertIStiftelsesregisteret": "false",
            "registrertIFrivillighetsregisteret": frivillig, "stiftelsesdato": f"19{50 + written % 50}-05-17",
            "konkurs": "false", "underAvvikling": "false", "underTvangsavviklingEllerTvangsopplosning": "false",
            "maalform": "Bokmål", "aktivitet": "Drive idrett, kultur og samvær for \"alle\" i nærmiljøet" if written % 2 else "",
            "epostadresse": email, "telefon": f"3{written % 10000000:07d}" if written % 4 == 0 else "",
            "mobil": f"9{written % 10000000:07d}" if written % 6 == 0 else "",
            "slettedato": "2026-10-01" if written % 200 == 0 else "",
        }
        f.write(",".join(q(values[c]) for c in columns) + "\r\n")
