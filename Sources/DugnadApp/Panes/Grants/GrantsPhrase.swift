import DugnadCore

/// The texts of the Grants pane, Bokmål and English.
public enum GrantsPhrase: Sendable, Equatable {
    case sortedBy(GrantSort)
    case filterError(GrantFilterError)
    case scheme, score, decided, budget, round, recommendation, agreements, timeline, conflicts, appeals
    case attachments, tags, contact, organisationNumber, purpose, requested, granted, reasons, none, opening
    case setAside
    /// "24.11.2026 · vedtak innen 15.03.2027"
    case dates(received: CivilDate, due: CivilDate?)
    /// "kr 393 000,00 av et prosjektbudsjett på kr 1 021 800,00"
    case requestedOf(Money, projectBudget: Money?)
    /// "kr 0,00 vedtatt av kr 1 000 000,00 i 2027"
    case decidedOf(Money, budget: Money, year: Int)
    /// "saksbehandler Per Olsen" / "ikke tildelt"
    case assignedTo(String?)
    /// "nr. 2 av 14 i runden" (a forwarded scheme: on the priority list sent on)
    case roundRank(position: Int, of: Int, forwarded: Bool)
    /// "2027, frist 15.10.2027" / "2027, løpende" — worded here, not the round's stored (Bokmål) label.
    case roundOf(GrantRound)

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .sortedBy(let s):
            let names: [GrantSort: (String, String)] = [.received: ("mottatt", "received"), .deadline: ("frist", "deadline"),
                .amount: ("beløp", "amount"), .status: ("status", "status"), .applicant: ("søker", "applicant"),
                .score: ("poeng", "score")]
            let n = names[s]!
            return nb ? "sortert etter \(n.0)" : "sorted by \(n.1)"
        case .filterError(let e): return nb ? e.message.nb : e.message.en
        case .scheme: return nb ? "Ordning" : "Scheme"
        case .score: return nb ? "Poeng" : "Score"
        case .decided: return nb ? "Vedtak" : "Decision"
        case .budget: return nb ? "Budsjett" : "Budget"
        case .round: return nb ? "Runde" : "Round"
        case .recommendation: return nb ? "Innstilling" : "Recommendation"
        case .agreements: return nb ? "Avtaler med penger" : "Agreements with money"
        case .timeline: return nb ? "Saksgang" : "Timeline"
        case .conflicts: return nb ? "Inhabil" : "Conflict of interest"
        case .appeals: return nb ? "Klage" : "Appeal"
        case .attachments: return nb ? "Vedlegg" : "Attachments"
        case .tags: return nb ? "Merker" : "Tags"
        case .contact: return nb ? "Kontakt" : "Contact"
        case .organisationNumber: return nb ? "Org.nr." : "Org. no."
        case .purpose: return nb ? "Formål" : "Purpose"
        case .requested: return nb ? "Omsøkt" : "Applied for"
        case .granted: return nb ? "Innvilget" : "Granted"
        case .reasons: return nb ? "Begrunnelse" : "Reasons"
        case .none: return "—"
        case .opening: return nb ? "Åpner saken …" : "Opening the case …"
        case .setAside: return nb ? "satt til side" : "set aside"
        case .requestedOf(let amount, let project?):
            return amount.formatted + (nb ? " av et prosjektbudsjett på " : " of a project budget of ") + project.formatted
        case .requestedOf(let amount, nil): return amount.formatted
        case .decidedOf(let decided, let budget, let year):
            return decided.formatted + (nb ? " vedtatt av \(budget.formatted) i \(year)" : " decided of \(budget.formatted) in \(year)")
        case .assignedTo(let who?): return nb ? "saksbehandler \(who)" : "officer \(who)"
        case .assignedTo(nil): return nb ? "ikke tildelt" : "unassigned"
        case .roundRank(let p, let n, let forwarded):
            if forwarded { return nb ? "nr. \(p) av \(n) på prioriteringslisten" : "no. \(p) of \(n) on the priority list" }
            return nb ? "nr. \(p) av \(n) i runden" : "no. \(p) of \(n) in the round"
        case .roundOf(let round):
            guard let deadline = round.deadline else { return nb ? "\(round.year), løpende" : "\(round.year), rolling" }
            return nb ? "\(round.year), frist \(DateText.day(deadline, .nb))" : "\(round.year), deadline \(DateText.day(deadline, .en))"
        case .dates(let received, let due):
            let language: Language = nb ? .nb : .en
            guard let due else { return DateText.day(received, language) }
            return DateText.day(received, language) + (nb ? " · vedtak innen " : " · decision by ") + DateText.day(due, language)
        }
    }
}
