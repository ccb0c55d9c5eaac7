import DugnadApp
import DugnadCore
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
    /// A real date outside the supported range (1900–2200).
    case dateOutsideRange(String)
    /// `--from` after `--to`.
    case reversedRange(from: String, to: String)
    /// An output that cannot be written, and why.
    case cannotWrite(path: String, problem: OutputProblem)
    /// `--venue N` where no venue has id N.
    case unknownVenue(Int64)
    /// Stopped by Ctrl-C (or SIGTERM) before it finished; nothing was kept.
    case interrupted
    /// `dugnad check` on a damaged file: what `integrity_check` found.
    case damaged(path: String, findings: [String])
    /// An option with a value the argument parser would misread (e.g. a bad `--role`).
    case badOption(option: String, value: String, expected: String)
    /// A decision letter asked for before the application is decided.
    case notDecided(String)
}

extension CLIError {
    func message(_ language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .badLanguage(let s): return nb ? "Ukjent språk «\(s)»; bruk nb eller en." : "Unknown language “\(s)”; use nb or en."
        case .badDate(let s): return nb ? "Ukjent dato «\(s)»; skriv ÅÅÅÅ-MM-DD." : "Unknown date “\(s)”; write YYYY-MM-DD."
        case .badFormat(let s): return nb ? "Ukjent format «\(s)»; bruk csv." : "Unknown format “\(s)”; use csv."
        case .badScale(let s):
            return nb ? "Ugyldig skala «\(s)»; bruk et tall fra 0,01 til \(Demo.maximumScale) (desimaler går an, f.eks. 2.5)."
                      : "Invalid scale “\(s)”; use a number from 0.01 to \(Demo.maximumScale) (decimals work, e.g. 2.5)."
        case .store(let e): return storeMessage(e, language)
        case .cannotRead(let path, let reason): return nb ? "Kan ikke lese \(path): \(reason)" : "Cannot read \(path): \(reason)"
        case .cannotWrite(let path, let problem): return writeMessage(path, problem, nb)
        case .dateOutsideRange(let s):
            return nb ? "Datoen «\(s)» er utenfor det Dugnad håndterer (\(CivilDate.supportedRangeText))."
                      : "The date “\(s)” is outside what Dugnad handles (\(CivilDate.supportedRangeText))."
        case .reversedRange(let from, let to):
            return nb ? "--from (\(from)) er etter --to (\(to)); bytt dem om." : "--from (\(from)) is after --to (\(to)); swap them."
        case .unknownVenue(let id): return nb ? "Det finnes ikke noe lokale med id \(id)." : "There is no venue with id \(id)."
        case .interrupted:
            return nb ? "Avbrutt; ingenting ble lagret." : "Interrupted; nothing was saved."
        case .damaged(let path, let findings):
            let list = findings.prefix(20).map { "\n  " + $0 }.joined()
            return nb ? "Databasen \(path) er skadet. SQLite fant:\(list)\nGjenopprett fra en kopi laget med «dugnad backup» (se README)."
                      : "The database \(path) is damaged. SQLite found:\(list)\nRestore it from a copy made with `dugnad backup` (see the README)."
        case .badOption(let option, let value, let expected):
            return nb ? "Ugyldig verdi «\(value)» for \(option); bruk \(expected)." : "Invalid value “\(value)” for \(option); use \(expected)."
        case .checkFailed(let n): return nb ? "Kontrollen fant \(n) feil." : "The check found \(n) problem(s)."
        case .notATerminal: return nb ? "Dugnad må kjøres i en terminal." : "Dugnad must run in a terminal."
        case .terminal(let s): return nb ? "Terminalen kunne ikke startes: \(s)" : "Could not start the terminal: \(s)"
        case .notAvailableYet(let s): return nb ? "«dugnad \(s)» finnes ikke ennå." : "“dugnad \(s)” is not available yet."
        case .unknownValue(let o, let v): return nb ? "Ukjent verdi «\(v)» for \(o)." : "Unknown value “\(v)” for \(o)."
        case .notDecided(let r): return nb ? "Søknad \(r) er ikke avgjort ennå; det finnes ikke noe vedtaksbrev." : "Application \(r) is not decided yet; there is no decision letter."
        }
    }
}

/// Why an output could not be written, in the user's language.
private func writeMessage(_ path: String, _ problem: OutputProblem, _ nb: Bool) -> String {
    let reason: String
    switch problem {
    case .missingFolder(let folder): reason = nb ? "mappen \(folder) finnes ikke" : "the folder \(folder) does not exist"
    case .notAFolder(let part):
        reason = part.isEmpty ? (nb ? "en del av stien er ikke en mappe" : "part of the path is not a folder")
            : (nb ? "\(part) er en fil, ikke en mappe" : "\(part) is a file, not a folder")
    case .isFolder: reason = nb ? "det er en mappe; oppgi et filnavn" : "it is a folder; give a file name"
    case .permissionDenied: reason = nb ? "ingen skrivetilgang" : "permission denied"
    case .diskFull: reason = nb ? "disken er full" : "the disk is full"
    case .linkLoop: reason = nb ? "for mange symbolske lenker (en løkke?)" : "too many symbolic links (a loop?)"
    case .notWritable: reason = nb ? "det kan ikke skrives til (en socket?)" : "it cannot be written to (a socket?)"
    case .system(let text): reason = text
    }
    return nb ? "Kan ikke skrive \(path): \(reason)." : "Cannot write \(path): \(reason)."
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
    case .locked(let path): return "Databasen \(path) er låst av \(LockHolders.describeWriter(of: path).map { "en annen prosess, \($0)" } ?? "en annen prosess"); prøv igjen om litt."
    case .cannotCreate(let path, let reason): return "Kan ikke opprette \(path): \(reason)"
    case .notStaff(let user): return "«\(user)» er ikke registrert som ansatt og kan bare se."
    case .forbidden(let user, let role):
        return "«\(user)» (\(role?.rawValue ?? "ingen rolle")) har ikke lov til å gjøre denne endringen."
    case .invalidOrganisation: return "Organisasjonen har ugyldige felt."
    case .duplicateOrgNumber(let n): return "Organisasjonsnummer \(n) er allerede registrert."
    case .bookingOverlap: return "Lokalet er allerede booket på dette tidspunktet."
    case .invalidVenue: return "Lokalet har ugyldige felt."
    case .invalidClosure: return "Stengingen har ugyldige felt."
    case .bookingRefused: return "Bookingen ble avvist: den bryter reglene for lokalet (åpningstid, stenging eller kapasitet)."
    case .lastAdmin: return "Den siste administratoren kan ikke fjernes."
    case .alreadyInSeries: return "Bookingen hører allerede til en serie."
    case .notFound: return "Fant ikke det du ba om (kanskje slettet av en annen)."
    case .volunteerRefused(let problems): return problems.map { VolunteerMessages.text($0, .nb) }.joined(separator: " ")
    case .importFailed(let rows):
        return "Ingenting ble importert; \(rows.count) rad(er) ble avvist:\n"
            + rows.map { "  linje \($0.line): \(importReason($0.reason))" }.joined(separator: "\n")
    case .grantRefused(let reasons): return reasons.map(\.message.nb).joined(separator: " ")
    case .badFilter(let e): return e.message.nb
    case .sqlite(let message): return "Databasefeil: \(message)"
    case .damaged(let path, let detail):
        return "Databasen \(path) er skadet (\(detail)). Gjenopprett fra en kopi laget med «dugnad backup»; "
            + "«dugnad check» viser hva SQLite fant."
    case .missingDatabase(let path): return "Det finnes ingen database i \(path) (ingenting ble opprettet)."
    case .needsUpgrade(let path, let found, let supported):
        return "\(path) er skrevet av en eldre Dugnad (skjema \(found); denne versjonen bruker \(supported)). "
            + "Åpne den én gang med «dugnad» for å oppgradere, og prøv igjen; filen er ikke endret."
    case .unknownChanges(let path, let migrations, let supported):
        return "\(path) har endringer fra en nyere Dugnad (\(migrations.joined(separator: ", "))) som denne versjonen "
            + "(skjema \(supported)) ikke kjenner. Oppgrader Dugnad; filen er ikke endret."
    case .readOnly(let path): return "\(path) kan ikke skrives (skrivebeskyttet fil eller mappe); ingenting ble endret."
    case .invalidUsername(let problem): return "Ugyldig brukernavn: \(problem.bokmal)."
    case .backupUnreadable(let path, let detail):
        return "Kopien \(path) kunne ikke leses tilbake (\(detail)); den er slettet."
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
    case .duplicateColumn(let name, let a, let b): return "overskriften har kolonnen «\(name)» to ganger (kolonne \(a) og \(b))"
    case .empty: return "filen har ingen rader"
    }
}
