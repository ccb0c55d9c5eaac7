import DugnadCore

/// The marks of the Grants inbox's flag column (`grantFlags`), explained on `?` (issue 12 item 9: "N", "⚑" were
/// explained nowhere). Glyph and meaning, Bokmål and English; texts fit the 49 columns left at 80×24.
enum GrantsLegend: CaseIterable {
    case new, overdue, flagged, conflict, tags, tagged

    var glyph: String {
        switch self {
        case .new: return "N"
        case .overdue: return "!"
        case .flagged: return "⚑"
        case .conflict: return "§"
        case .tags: return "+"
        case .tagged: return "*"
        }
    }

    func text(_ language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .new: return nb ? "ny: mottatt de siste \(GrantFilter.newDays) dagene" : "new: received in the last \(GrantFilter.newDays) days"
        case .overdue: return nb ? "vedtak eller rapport er over fristen" : "decision or report past its date"
        case .flagged: return nb ? "flagget" : "flagged"
        case .conflict: return nb ? "inhabilitet er meldt" : "a conflict of interest is declared"
        case .tags: return nb ? "har stikkord" : "has tags"
        case .tagged: return nb ? "merket med t (for handlinger på flere)" : "marked with t (for actions on several)"
        }
    }
}

/// The legend the `?` overlay shows above the Grants inbox's bindings, then the filter
/// language of `/` (it has no letter of its own: every letter near it means something else).
func grantsInboxLegend(_ language: Language) -> [(String, String, Bool)] {
    let filter = GrantsInboxPhrase.helpLines.enumerated().map { i, line in
        (line.0, Phrase.grantsInbox(.filterHelpLine(i)).text(language), false)
    }
    return [(language == .nb ? "Tegnforklaring for innboksen" : "Inbox legend", "", true)]
        + GrantsLegend.allCases.map { ($0.glyph, $0.text(language), false) }
        + [(Phrase.grantsInbox(.filterHelpTitle).text(language), "", true)]
        + filter
}
