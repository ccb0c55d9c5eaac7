import DugnadCore

/// The marks the Calendar draws in its month, week and agenda views and in the detail panel, explained on `?`
/// (issue 12 item 8): each a glyph as drawn and what it means, Bokmål and English.
public enum CalendarLegendPhrase: Sendable, Equatable, CaseIterable {
    case title, clash, warning, cancelled, more, dayCount, holiday, otherTime, today

    public func text(_ language: Language) -> String {
        language == .nb ? bokmal : english
    }

    /// The glyph as the calendar draws it (in the pane's language where it holds words).
    func glyph(_ language: Language) -> String {
        switch self {
        case .title: return ""
        case .clash: return "!"
        case .warning: return language == .nb ? "! (detaljer)" : "! (details)"
        case .cancelled: return language == .nb ? "(avlyst), grå" : "(cancelled), grey"
        case .more: return "+2"
        case .dayCount: return "(5)"
        case .holiday: return "25*"
        case .otherTime: return language == .nb ? "10:30 Tittel" : "10:30 Title"
        case .today: return language == .nb ? "uthevet dag" : "highlighted day"
        }
    }

    var bokmal: String {
        switch self {
        case .title: return "Tegnforklaring for kalenderen"
        case .clash: return "agenda: samme tid, samme målgruppe og kommunedel"
        case .warning: return "ikke bekreftet booking, stengt lokale, kollisjon"
        case .cancelled: return "avlyst (grå i ukevisningen)"
        case .more: return "uke: to aktiviteter til starter i samme rute"
        case .dayCount: return "måned: antall aktiviteter den dagen"
        case .holiday: return "måned: helligdag (navnet står i ruten)"
        case .otherTime: return "uke, bredt vindu: starter senere enn raden"
        case .today: return "i dag (helger og helligdager har egne farger)"
        }
    }

    var english: String {
        switch self {
        case .title: return "Calendar legend"
        case .clash: return "agenda: same time, same audience and district"
        case .warning: return "no confirmed booking, venue closed, or a clash"
        case .cancelled: return "cancelled (grey in the week view)"
        case .more: return "week: two more activities start in the cell"
        case .dayCount: return "month: the number of activities that day"
        case .holiday: return "month: a public holiday (named in the cell)"
        case .otherTime: return "week, wide window: starts later than the row"
        case .today: return "today (weekends and holidays are coloured)"
        }
    }
}

/// The legend the `?` overlay shows above the Calendar's bindings (texts fit the 49 columns left at 80×24).
func calendarLegend(_ pane: PaneContext) -> [(String, String, Bool)] {
    [(pane.text(.calendar(.legend(.title))), "", true)]
        + CalendarLegendPhrase.allCases.filter { $0 != .title }
            .map { ($0.glyph(pane.language), pane.text(.calendar(.legend($0))), false) }
}
