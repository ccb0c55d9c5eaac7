import DugnadCore

/// The texts of the closure list and form, Bokmål and English.
public enum ClosurePhrase: Sendable, Equatable {
    case title(Int)
    case empty
    case hitsTitle(Int)
    case hitsNone
    case hitsMore(Int)
    case ongoing
    case past
    case wholeSite
    case newTitle
    case editTitle
    case label(Label)
    case targetVenue(String)
    case targetSite(String)
    case formHelp
    case problem(ClosureProblem)
    case saved(hits: Int)
    case deleted
    case confirmDelete(String)
    case requested

    public enum Label: Sendable, Equatable { case target, from, to, reason }

    public func text(_ language: Language) -> String {
        language == .nb ? bokmal : english
    }

    private var bokmal: String {
        switch self {
        case .title(let n): return "Stengte perioder (\(n)) – pågående og kommende først, deretter tidligere"
        case .empty: return "Ingen stengte perioder er registrert. Trykk n for å registrere en."
        case .hitsTitle(let n):
            return "\(n) \(n == 1 ? "booking" : "bookinger") i perioden må flyttes – ring leietakerne:"
        case .hitsNone: return "Ingen bookinger i perioden."
        case .hitsMore(let n): return "… og \(n) til (Tab, så ↑/↓ for å bla)"
        case .ongoing: return "pågår"
        case .past: return "tidligere"
        case .wholeSite: return "hele stedet"
        case .newTitle: return "Ny stenging"
        case .editTitle: return "Endre stenging"
        case .label(let l):
            switch l {
            case .target: return "Gjelder"
            case .from: return "Fra dato"
            case .to: return "Til og med dato"
            case .reason: return "Grunn"
            }
        case .targetVenue(let n): return "Lokale: \(n)"
        case .targetSite(let n): return "Hele stedet: \(n)"
        case .formHelp: return "Stengingen hindrer nye bookinger. Bookinger som alt er gjort, blir ikke avlyst."
        case .problem(let p):
            switch p {
            case .targetMissing: return "Velg lokalet eller stedet som stenges."
            case .endBeforeStart: return "Til-datoen kan ikke være før fra-datoen."
            case .reasonMissing: return "Skriv hvorfor det er stengt – leietakerne vil spørre."
            case .reasonTooLong(let n): return "Grunnen kan ikke være lengre enn \(n) tegn."
            case .tooLong(let days): return "En stenging kan vare høyst \(days) dager. Deaktiver heller lokalet."
            }
        case .saved(let hits):
            if hits == 0 { return "Stengingen er lagret. Ingen bookinger rammes." }
            return "Lagret. Stengingen rammer \(hits) \(hits == 1 ? "booking" : "bookinger") (ikke avlyst) – ring leietakerne."
        case .deleted: return "Stengingen er slettet. Lokalet kan bookes i perioden igjen."
        case .confirmDelete(let s): return "Slette stengingen «\(s)»? Lokalet kan da bookes i perioden igjen."
        case .requested: return "forespurt"
        }
    }

    private var english: String {
        switch self {
        case .title(let n): return "Closures (\(n)) – ongoing and upcoming first, then past"
        case .empty: return "No closures are registered. Press n to register one."
        case .hitsTitle(let n):
            return "\(n) \(n == 1 ? "booking" : "bookings") in the period must be moved – call the bookers:"
        case .hitsNone: return "No bookings in the period."
        case .hitsMore(let n): return "… and \(n) more (Tab, then ↑/↓ to scroll)"
        case .ongoing: return "ongoing"
        case .past: return "past"
        case .wholeSite: return "whole site"
        case .newTitle: return "New closure"
        case .editTitle: return "Edit closure"
        case .label(let l):
            switch l {
            case .target: return "Applies to"
            case .from: return "From date"
            case .to: return "Through date"
            case .reason: return "Reason"
            }
        case .targetVenue(let n): return "Venue: \(n)"
        case .targetSite(let n): return "Whole site: \(n)"
        case .formHelp: return "The closure blocks new bookings. Bookings already made are not cancelled."
        case .problem(let p):
            switch p {
            case .targetMissing: return "Choose the venue or site to close."
            case .endBeforeStart: return "The end date cannot be before the start date."
            case .reasonMissing: return "Type why it is closed – the bookers will ask."
            case .reasonTooLong(let n): return "The reason can be at most \(n) characters."
            case .tooLong(let days): return "A closure can last at most \(days) days. Deactivate the venue instead."
            }
        case .saved(let hits):
            if hits == 0 { return "The closure is saved. No bookings are affected." }
            return "Saved. The closure hits \(hits) \(hits == 1 ? "booking" : "bookings") (not cancelled) – call the bookers."
        case .deleted: return "The closure is deleted. The venue can be booked in the period again."
        case .confirmDelete(let s): return "Delete the closure “\(s)”? The venue can then be booked in the period again."
        case .requested: return "requested"
        }
    }
}
