import DugnadApp
import DugnadStore

/// Failures of the command line, printed as one translated line on stderr.
enum CLIError: Error {
    case badLanguage(String)
    case badDate(String)
    case badScale(String)
    case badFormat(String)
    case store(StoreError)
    case cannotRead(path: String, reason: String)
    case checkFailed(Int)
    case notATerminal
    case terminal(String)
    /// A subcommand whose feature has not been built yet (named, never faked).
    case notAvailableYet(String)
    /// An option value that names nothing known (e.g. `--audience pensjonister`).
    case unknownValue(option: String, value: String)
}

extension CLIError {
    func message(_ language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .badLanguage(let s): return nb ? "Ukjent språk «\(s)»; bruk nb eller en." : "Unknown language “\(s)”; use nb or en."
        case .badDate(let s): return nb ? "Ukjent dato «\(s)»; skriv ÅÅÅÅ-MM-DD." : "Unknown date “\(s)”; write YYYY-MM-DD."
        case .badFormat(let s): return nb ? "Ukjent format «\(s)»; bruk csv." : "Unknown format “\(s)”; use csv."
        case .badScale(let s): return nb ? "Ugyldig skala «\(s)»; bruk et tall større enn 0." : "Invalid scale “\(s)”; use a number above 0."
        case .store(let e): return storeMessage(e, language)
        case .cannotRead(let path, let reason): return nb ? "Kan ikke lese \(path): \(reason)" : "Cannot read \(path): \(reason)"
        case .checkFailed(let n): return nb ? "Kontrollen fant \(n) feil." : "The check found \(n) problem(s)."
        case .notATerminal: return nb ? "Dugnad må kjøres i en terminal." : "Dugnad must run in a terminal."
        case .terminal(let s): return nb ? "Terminalen kunne ikke startes: \(s)" : "Could not start the terminal: \(s)"
        case .notAvailableYet(let s): return nb ? "«dugnad \(s)» finnes ikke ennå." : "“dugnad \(s)” is not available yet."
        case .unknownValue(let o, let v): return nb ? "Ukjent verdi «\(v)» for \(o)." : "Unknown value “\(v)” for \(o)."
        }
    }
}

/// The store's refusals in the user's language.
func storeMessage(_ error: StoreError, _ language: Language) -> String {
    if case .volunteerRefused(let problems) = error, language != .nb {
        return problems.map { VolunteerMessages.text($0, .en) }.joined(separator: " ")
    }
    guard language == .nb else { return error.description }
    switch error {
    case .notADatabase(let path): return "\(path) er ikke en SQLite-database; filen er ikke endret."
    case .notDugnad(let path): return "\(path) er en SQLite-database fra et annet program; filen er ikke endret."
    case .newerSchema(let found, let supported):
        return "Databasen er skrevet av en nyere Dugnad (skjema \(found), denne versjonen kan \(supported)). Oppgrader Dugnad."
    case .locked(let path): return "Databasen \(path) er låst av en annen prosess; prøv igjen om litt."
    case .cannotCreate(let path, let reason): return "Kan ikke opprette \(path): \(reason)"
    case .notStaff(let user): return "«\(user)» er ikke registrert som ansatt og kan bare se."
    case .forbidden(let user, let role):
        return "«\(user)» (\(role?.rawValue ?? "ingen rolle")) har ikke lov til å gjøre denne endringen."
    case .invalidOrganisation: return "Organisasjonen har ugyldige felt."
    case .duplicateOrgNumber(let n): return "Organisasjonsnummer \(n) er allerede registrert."
    case .bookingOverlap: return "Lokalet er allerede booket på dette tidspunktet."
    case .invalidVenue: return "Lokalet har ugyldige felt."
    case .invalidClosure: return "Stengningen har ugyldige felt."
    case .bookingRefused: return "Bookingen ble avvist: den bryter reglene for lokalet (åpningstid, stengning eller kapasitet)."
    case .lastAdmin: return "Den siste administratoren kan ikke fjernes."
    case .alreadyInSeries: return "Bookingen hører allerede til en serie."
    case .notFound: return "Fant ikke det du ba om (kanskje slettet av en annen)."
    case .volunteerRefused(let problems): return problems.map { VolunteerMessages.text($0, .nb) }.joined(separator: " ")
    case .importFailed(let rows):
        return "Ingenting ble importert; \(rows.count) rad(er) ble avvist:\n"
            + rows.map { "  linje \($0.line): \(importReason($0.reason))" }.joined(separator: "\n")
    case .sqlite(let message): return "Databasefeil: \(message)"
    }
}

private func importReason(_ reason: ImportRowReason) -> String {
    switch reason {
    case .missingName: return "navn mangler"
    case .nameTooLong: return "navnet er lengre enn 120 tegn"
    case .badOrgNumber(.notNineDigits): return "organisasjonsnummeret har ikke ni sifre"
    case .badOrgNumber(.badCheckDigit): return "organisasjonsnummeret har feil kontrollsiffer"
    case .invalidEmail: return "ugyldig e-postadresse"
    case .duplicateInFile(let first): return "samme organisasjon som linje \(first)"
    case .alreadyExists: return "finnes allerede i registeret"
    case .unknownCategory(let s): return "ukjent kategori «\(s)»"
    case .unknownKommunedel(let s): return "ukjent kommunedel «\(s)»"
    case .unknownUmbrella(let s): return "ukjent paraplyorganisasjon «\(s)»"
    case .wrongColumnCount(let e, let f): return "\(f) kolonner, ventet \(e)"
    case .missingHeader(let h): return "kolonnen «\(h)» mangler i overskriftslinjen"
    case .malformed: return "linjen kan ikke leses (sitattegn?)"
    case .empty: return "filen har ingen rader"
    }
}
