import DugnadCore

/// The texts of the case view's work: keys' forms, their notes, refusals and confirmations.
public enum GrantCasePhrase: Sendable, Equatable {
    public enum Field: Sendable, Equatable {
        case status, note, staff, reason, outcome, amount, reasons, receivedOn, grounds, recommendation
        /// A rubric criterion's score field: its name and weight.
        case criterion(Bilingual, weight: Int)
        case criterionNote
    }
    public enum Title: Sendable, Equatable {
        case status, assign, score, conflict, recommend, decide, appeal, settle
    }
    public enum Option: Sendable, Equatable {
        case recommendGrant, recommendReject, prioritised, notPrioritised, upheld, reversed, nobody
    }

    case field(Field)
    case title(Title, reference: String)
    case option(Option)
    /// The score form: the officer's weighted sum as typed and the case's total with it.
    case totals(mine: Int?, all: Int?)
    case applied(Money, maximum: Money?)
    case budgetLeft(scheme: String, year: Int, remaining: Money, budget: Money)
    case appealDeadline(CivilDate)
    /// A forwarded scheme (spillemidler): ranked by score, no amount; the application's score.
    case forwarded(score: Int?)
    case recommendingBody
    /// The banner of a case the signed-in officer is barred from.
    case barred(reason: String)
    case refusal(GrantRefusal)
    /// The budget refusal, with the scheme, the year and what is left.
    case budgetRefused(scheme: String, year: Int, remaining: Money, amount: Money?)
    case done(GrantCaseDone)
    case noMoves(ApplicationStatus)
    case noCriteria
    case noLetter
    case badAmount
    case letterTitle(reference: String, english: Bool)
    case moved(from: ApplicationStatus, to: ApplicationStatus)

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        func status(_ s: ApplicationStatus) -> String { nb ? s.nb : s.en }
        switch self {
        case .field(let f):
            switch f {
            case .status: return nb ? "Ny status" : "New status"
            case .note: return nb ? "Merknad" : "Note"
            case .staff: return nb ? "Saksbehandler" : "Case officer"
            case .reason: return nb ? "Grunn" : "Reason"
            case .outcome: return nb ? "Vedtak" : "Decision"
            case .amount: return nb ? "Beløp (kr)" : "Amount (NOK)"
            case .reasons: return nb ? "Begrunnelse" : "Reasons"
            case .receivedOn: return nb ? "Klage mottatt" : "Appeal received"
            case .grounds: return nb ? "Klagen gjelder" : "Grounds"
            case .recommendation: return nb ? "Innstilling" : "Recommendation"
            case .criterion(let name, let weight): return "\(nb ? name.nb : name.en) (\(weight) %)"
            case .criterionNote: return nb ? "  merknad" : "  note"
            }
        case .title(let t, let reference):
            let name: String
            switch t {
            case .status: name = nb ? "Endre status" : "Change status"
            case .assign: name = nb ? "Tildel saken" : "Assign the case"
            case .score: name = nb ? "Poeng etter ordningens kriterier" : "Score against the scheme's criteria"
            case .conflict: name = nb ? "Meld inhabilitet (forvaltningsloven § 6)" : "Declare a conflict of interest (§ 6)"
            case .recommend: name = nb ? "Innstilling før vedtak" : "Recommendation before the decision"
            case .decide: name = nb ? "Vedtak" : "Decision"
            case .appeal: name = nb ? "Registrer klage" : "Register an appeal"
            case .settle: name = nb ? "Avgjør klagen" : "Settle the appeal"
            }
            return "\(name) · \(reference)"
        case .option(let o):
            switch o {
            case .recommendGrant: return nb ? "støtte" : "grant"
            case .recommendReject: return nb ? "avslag" : "reject"
            case .prioritised: return nb ? "prioriteres og videresendes" : "ranked and forwarded"
            case .notPrioritised: return nb ? "prioriteres ikke" : "not ranked"
            case .upheld: return nb ? "ikke tatt til følge (til klagenemnda)" : "not upheld (to the appeals board)"
            case .reversed: return nb ? "tatt til følge (behandles på nytt)" : "upheld (considered anew)"
            case .nobody: return nb ? "ingen (ikke tildelt)" : "nobody (unassigned)"
            }
        case .totals(let mine, let all):
            return nb ? "Din vektede sum: \(GrantScoring.text(milli: mine)) av 5 · saken samlet: \(GrantScoring.text(milli: all))"
                : "Your weighted total: \(GrantScoring.text(milli: mine)) of 5 · the case's: \(GrantScoring.text(milli: all))"
        case .applied(let applied, let maximum):
            let max = maximum.map { nb ? " · ordningens maksimum \($0.formatted)" : " · the scheme's maximum \($0.formatted)" } ?? ""
            return (nb ? "Omsøkt \(applied.formatted)" : "Applied for \(applied.formatted)") + max
        case .budgetLeft(let scheme, let year, let remaining, let budget):
            return nb ? "Igjen av budsjettet for «\(scheme)» \(year): \(remaining.formatted) av \(budget.formatted)"
                : "Left of the budget of “\(scheme)” \(year): \(remaining.formatted) of \(budget.formatted)"
        case .appealDeadline(let d):
            return nb ? "Klagefrist \(DateText.day(d, .nb)) (tre uker etter vedtaket, forvaltningsloven § 29)"
                : "Appeal deadline \(DateText.day(d, .en)) (three weeks after the decision, § 29)"
        case .forwarded(let score):
            let s = GrantScoring.text(milli: score)
            return nb ? "Spillemidler: kommunen rangerer etter poeng (denne søknaden: \(s)) og videresender; fylkeskommunen fastsetter beløpet."
                : "Spillemidler: the municipality ranks by score (this application: \(s)) and forwards; the county sets the amount."
        case .recommendingBody:
            return nb ? "Ordningen har et innstillende organ: innstillingen registreres før vedtak."
                : "The scheme has a recommending body: its recommendation is recorded before the decision."
        case .barred(let reason):
            return nb ? "Du er inhabil i saken: \(reason). Poengene dine er satt til side; du kan ikke vurdere, innstille eller vedta."
                : "You have a conflict of interest: \(reason). Your scores are set aside; you cannot score, recommend or decide."
        case .refusal(let r):
            return nb ? r.message.nb : r.message.en
        case .budgetRefused(let scheme, let year, let remaining, let amount):
            let asked = amount.map { nb ? " Vedtaket på \($0.formatted)" : " A decision of \($0.formatted)" }
            if nb {
                return "Budsjettet for «\(scheme)» \(year) har bare \(remaining.formatted) igjen."
                    + (asked.map { "\($0) ville overskride det." } ?? " Vedtaket ville overskride det.")
            }
            return "The budget of “\(scheme)” \(year) has only \(remaining.formatted) left."
                + (asked.map { "\($0) would exceed it." } ?? " The decision would exceed it.")
        case .done(let d):
            switch d {
            case .moved(let s): return nb ? "Saken er nå «\(s.nb)»." : "The application is now “\(s.en)”."
            case .assigned(let who?): return nb ? "Saken er tildelt \(who)." : "Assigned to \(who)."
            case .assigned(nil): return nb ? "Saken er ikke lenger tildelt noen." : "The case is no longer assigned."
            case .scored(let n): return nb ? "Poeng lagret på \(n) kriterier." : "Scores saved on \(n) criteria."
            case .conflictDeclared:
                return nb ? "Inhabilitet er meldt og logget. Poengene dine er satt til side." : "Conflict of interest declared and logged. Your scores are set aside."
            case .recommended: return nb ? "Innstillingen er registrert." : "The recommendation is recorded."
            case .decided(let s):
                return nb ? "Vedtak fattet: \(s.nb). Vedtaksbrevet: L." : "Decided: \(s.en). The decision letter: L."
            case .appealRegistered: return nb ? "Klagen er registrert." : "The appeal is registered."
            case .appealSettled(.upheld):
                return nb ? "Klagen er ikke tatt til følge; vedtaket står og saken går til klagenemnda." : "Appeal not upheld; the decision stands and goes to the appeals board."
            case .appealSettled(.reversed):
                return nb ? "Klagen er tatt til følge; saken behandles på nytt." : "Appeal upheld; the application is considered anew."
            }
        case .noMoves(let s):
            return nb ? "Fra «\(s.nb)» er ingen statusendring mulig her." : "No status change is possible from “\(s.en)” here."
        case .noCriteria:
            return nb ? "Ordningen har ingen kriterier å gi poeng etter." : "The scheme has no criteria to score against."
        case .noLetter:
            return nb ? "Saken har ikke vedtak ennå; vedtaksbrevet finnes når vedtaket er fattet."
                : "The application has no decision yet; the letter exists once it is decided."
        case .badAmount:
            return nb ? "Skriv beløpet i kroner, for eksempel 12 500 eller 12 500,50." : "Type the amount in kroner, e.g. 12 500 or 12 500.50."
        case .letterTitle(let reference, let english):
            return (nb ? "Vedtaksbrev · \(reference) · " : "Decision letter · \(reference) · ")
                + (english ? (nb ? "engelsk" : "English") : (nb ? "bokmål" : "Bokmål"))
        case .moved(let from, let to):
            return "\(status(from)) → \(status(to))"
        }
    }
}
