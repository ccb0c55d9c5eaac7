import GRDB

/// A register of external money the front desk can point clubs to (the
/// seed: the municipality subscribes to Tilskuddsportalen but has no way
/// to guide clubs toward external funds).
enum DemoExternalFunds {
    static let funds: [(giver: String, purpose: String, eligible: String, deadlines: String, url: String)] = [
        ("Sparebankstiftelsen DNB", "Allmennyttige tiltak innen kultur, idrett, friluftsliv og lokalsamfunn",
         "Lag og foreninger", "To runder i året", "https://sparebankstiftelsen.no"),
        ("Gjensidigestiftelsen", "Trygghet, helse, inkludering og mangfold", "Frivillige organisasjoner",
         "Løpende", "https://www.gjensidigestiftelsen.no"),
        ("Stiftelsen Dam (Extrastiftelsen)", "Helse- og forskningsprosjekter i regi av frivillige organisasjoner",
         "Organisasjoner som er medlem i Stiftelsen Dam", "Én frist i året", "https://dam.no"),
        ("Bufdir", "Nasjonal tilskuddsordning for inkludering av barn og unge", "Frivillige organisasjoner og kommuner",
         "Årlig frist om høsten", "https://www.bufdir.no"),
        ("Frifond (LNU, Norsk musikkråd, Norsk teaterråd)", "Lokal aktivitet for barn og unge",
         "Lokallag av barne- og ungdomsorganisasjoner og uorganiserte grupper", "Flere frister i året",
         "https://www.frifond.no"),
        ("Norsk kulturfond (Kulturrådet)", "Kunst- og kulturprosjekter", "Profesjonelle kunstnere og kulturaktører",
         "Flere frister i året", "https://www.kulturradet.no"),
        ("Buskerud fylkeskommune", "Kulturmidler og tilskudd til friluftsliv", "Lag og foreninger i Buskerud",
         "Vår og høst", "https://bfk.no"),
        ("Norsk Tipping – Grasrotandelen", "Inntekt til lokale lag fra spillere som velger laget",
         "Lag registrert i Frivillighetsregisteret", "Løpende (registrering)", "https://www.norsk-tipping.no"),
        ("Momskompensasjon (Lotteri- og stiftelsestilsynet)", "Kompensasjon for merverdiavgift",
         "Frivillige organisasjoner i Frivillighetsregisteret", "1. september", "https://lottstift.no"),
        ("Statsforvalteren i Oslo og Viken", "Tilskudd til tiltak mot barnefattigdom og til frivillig innsats",
         "Kommuner og frivillige organisasjoner", "Årlig frist", "https://www.statsforvalteren.no"),
        ("Stiftelsen UNI", "Tiltak som verner liv, helse og miljø", "Organisasjoner og enkeltpersoner",
         "To frister i året", "https://stiftelsenuni.no"),
    ]

    static func write(_ db: Database) throws {
        for f in funds {
            try db.execute(sql: """
                INSERT INTO external_fund (giver, purpose, eligible, deadlines, url) VALUES (?, ?, ?, ?, ?)
                """, arguments: [f.giver, f.purpose, f.eligible, f.deadlines, f.url])
        }
    }
}
