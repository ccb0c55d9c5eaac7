import DugnadCore
import TerminalKit

/// One line of the command palette: the action, the keys that run it where it
/// runs, and its tab when that is not the tab in front (the palette switches there).
public struct PaletteEntry: Sendable, Equatable {
    public let action: Action
    public let keys: String
    /// nil: the action works here (in the current context or everywhere).
    public let tab: Tab?
}

extension KeyContext {
    /// The tab whose screens this context belongs to; nil for shared ones (lists, forms, global).
    var tab: Tab? {
        switch self {
        case .calendar, .calendarMonth, .calendarDay: return .calendar
        case .venueGrid, .venueWeek, .freeSlots, .approvalQueue, .closureList: return .venues
        case .grantsInbox, .grantsCase, .grantsBulk, .grantsViews, .grantsOverview, .grantsFunds, .grantsDetail,
             .grantsLetter:
            return .grants
        case .volunteerTriage, .volunteerLists, .volunteerRequest, .volunteerProposal, .volunteerRequestList,
             .volunteerCard, .volunteerReading, .volunteerHours, .volunteerCrisis:
            return .volunteers
        case .directory: return .directory
        case .global, .list, .dayList, .form, .overlay, .confirm, .help: return nil
        }
    }
}

/// Actions only the palette runs (no key of their own), and the tab they belong to.
private let paletteOnlyHome: [Action: Tab] = [.filterHelp: .grants]

/// The palette's entries matching its filter: what works in `context` first
/// (with the keys that work there), then the other tabs' commands named with
/// their tab. A better match from another tab still wins over a poor one here.
public func paletteEntries(_ state: PaletteState, language: Language, context: KeyContext) -> [PaletteEntry] {
    let offered = Set(paletteActions())
    var entries: [PaletteEntry] = []
    var seen = Set<Action>()
    for binding in KeyMap.reachable(in: context) where offered.contains(binding.action) {
        seen.insert(binding.action)
        entries.append(PaletteEntry(action: binding.action, keys: keyNames(binding), tab: nil))
    }
    let here = entries.count
    for action in paletteActions() where !seen.contains(action) {
        let home = KeyMap.bindings.first { $0.action == action && $0.context.tab != nil }
        let tab = home?.context.tab ?? paletteOnlyHome[action]
        entries.append(PaletteEntry(action: action, keys: home.map(keyNames) ?? "", tab: tab))
    }
    let query = state.input.text
    return entries.enumerated()
        .compactMap { i, entry -> (PaletteEntry, Int, Int)? in
            guard let score = FuzzyMatch.score(query, in: Phrase.action(entry.action).text(language)) else { return nil }
            // A small lead for what works here: equal or near-equal matches list it first.
            return (entry, score + (i < here ? 4 : 0), i)
        }
        .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }
        .map(\.0)
}

private func keyNames(_ binding: Binding) -> String {
    binding.keys.map(KeyMap.name).prefix(2).joined(separator: " ")
}
