import DugnadCore

/// The texts of "find a free slot" (dialog and result list), Bokmål and English.
public enum FreeSlotPhrase: Sendable, Equatable {
    case formTitle
    case field(Field)
    case anyWeekday
    case rangeBackwards, rangeTooLong, windowTooShort
    case searching
    /// The list's title; `more` when the search stopped at its limit.
    case listTitle(count: Int, more: Bool)
    case none

    public enum Field: Sendable, Equatable { case from, through, weekday, windowFrom, windowTo, duration }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.formTitle, .nb): return "Finn ledig tid"
        case (.formTitle, .en): return "Find a free slot"
        case (.field(let f), .nb):
            switch f {
            case .from: return "Fra dato"
            case .through: return "Til og med dato"
            case .weekday: return "Ukedag"
            case .windowFrom: return "Tidligst fra"
            case .windowTo: return "Senest til"
            case .duration: return "Varighet (minutter)"
            }
        case (.field(let f), .en):
            switch f {
            case .from: return "From date"
            case .through: return "Through date"
            case .weekday: return "Weekday"
            case .windowFrom: return "Earliest start"
            case .windowTo: return "Latest end"
            case .duration: return "Duration (minutes)"
            }
        case (.anyWeekday, .nb): return "alle dager"
        case (.anyWeekday, .en): return "any day"
        case (.rangeBackwards, .nb): return "Til-datoen er før fra-datoen"
        case (.rangeBackwards, .en): return "The end date is before the start date"
        case (.rangeTooLong, .nb): return "Søk i høyst ett år om gangen"
        case (.rangeTooLong, .en): return "Search at most one year at a time"
        case (.windowTooShort, .nb): return "Tidsrommet er kortere enn varigheten"
        case (.windowTooShort, .en): return "The time window is shorter than the duration"
        case (.searching, .nb): return "Leter etter ledige tider …"
        case (.searching, .en): return "Searching for free slots …"
        case (.listTitle(let n, let more), .nb): return "Ledige tider: \(n)\(more ? " (de nærmeste)" : "") · Enter booker"
        case (.listTitle(let n, let more), .en): return "Free slots: \(n)\(more ? " (the nearest)" : "") · Enter books"
        case (.none, .nb): return "Ingen ledige tider passer. Prøv et lengre tidsrom eller færre krav."
        case (.none, .en): return "No free slot fits. Try a longer period or fewer requirements."
        }
    }
}
