import DugnadCore

/// Texts for the activity details of schema 4 (sign-up, capacity, age,
/// price, status), Bokmål and English; kept apart so CalendarPhrase stays short.
public enum CalendarDetailsPhrase: Sendable, Equatable {
    case status(ActivityStatus)
    case signUpLabel
    case signUp(required: Bool, capacity: Int?)
    case ageLabel
    case ageRange(min: Int?, max: Int?)
    case priceText(free: Bool, price: Money)
    case capacityBelowOne
    case ageMinAboveMax
    case badPrice
    case bookingNotPublic
    case alreadyPublished

    public func text(_ language: Language) -> String {
        language == .nb ? bokmal : english
    }

    var bokmal: String {
        switch self {
        case .status(let s):
            switch s { case .planned: return "planlagt"; case .open: return "åpen for påmelding"
            case .full: return "fulltegnet"; case .postponed: return "utsatt" }
        case .signUpLabel: return "Påmelding"
        case .signUp(let required, let capacity):
            return (required ? "kreves" : "ikke nødvendig") + (capacity.map { ", maks \($0) deltakere" } ?? "")
        case .ageLabel: return "Alder"
        case .ageRange(let lo, let hi):
            switch (lo, hi) {
            case let (lo?, hi?): return "\(lo)–\(hi) år"
            case let (lo?, nil): return "fra \(lo) år"
            case let (nil, hi?): return "til og med \(hi) år"
            case (nil, nil): return ""
            }
        case .priceText(let free, let price): return free ? "gratis" : (price.ore > 0 ? price.formatted : "mot betaling")
        case .capacityBelowOne: return "Antall plasser må være minst 1."
        case .ageMinAboveMax: return "«Alder fra» kan ikke være høyere enn «Alder til»."
        case .badPrice: return "Skriv prisen i kroner, f.eks. 150 eller 1 250,50."
        case .bookingNotPublic: return "Bookingen er ikke åpen for allmennheten og kan ikke publiseres som aktivitet."
        case .alreadyPublished: return "Bookingen er allerede publisert. Her kan du endre aktiviteten."
        }
    }

    var english: String {
        switch self {
        case .status(let s):
            switch s { case .planned: return "planned"; case .open: return "open for sign-up"
            case .full: return "full"; case .postponed: return "postponed" }
        case .signUpLabel: return "Sign-up"
        case .signUp(let required, let capacity):
            return (required ? "required" : "not needed") + (capacity.map { ", at most \($0) people" } ?? "")
        case .ageLabel: return "Age"
        case .ageRange(let lo, let hi):
            switch (lo, hi) {
            case let (lo?, hi?): return "ages \(lo)–\(hi)"
            case let (lo?, nil): return "ages \(lo) and up"
            case let (nil, hi?): return "up to age \(hi)"
            case (nil, nil): return ""
            }
        case .priceText(let free, let price): return free ? "free" : (price.ore > 0 ? price.formatted : "paid")
        case .capacityBelowOne: return "Capacity must be at least 1."
        case .ageMinAboveMax: return "“Age from” cannot be above “Age to”."
        case .badPrice: return "Write the price in kroner, e.g. 150 or 1 250,50."
        case .bookingNotPublic: return "The booking is not open to the public and cannot be published as an activity."
        case .alreadyPublished: return "The booking is already published. You can edit the activity here."
        }
    }
}
