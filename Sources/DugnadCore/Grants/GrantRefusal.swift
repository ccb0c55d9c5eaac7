/// Why the grant rules refuse something. Every refused transition, score,
/// decision or intake names one of these, in both languages.
public enum GrantRefusal: Error, Sendable, Hashable {
    case transitionNotAllowed(from: ApplicationStatus, to: ApplicationStatus)
    case finished(ApplicationStatus)
    /// Granted, partly granted and rejected are reached only by a decision (amount and reasons).
    case decisionNeedsForm
    case withdrawnAfterDecision
    case appealOnlyAfterDecision
    case appealTooLate(deadline: CivilDate)
    case appealAlreadyPending
    case noPendingAppeal
    case appealGroundsRequired
    /// Agreements that buy services fall under procurement law, never the grant inbox.
    case servicePurchase
    case forwardedIsNotPaid
    case reportNotRequired
    case recommendationMissing
    case noteRequired
    case amountNotPositive
    case amountAboveApplied(applied: Money)
    case amountAboveMaximum(maximum: Money)
    case partlyMustBeLess
    case fullGrantMustMatch
    case reasonRequired
    case forwardedDecidesNoAmount
    case budgetExceeded(remaining: Money?)
    case prizeAwardsExhausted(maximum: Int)
    case conflictOfInterest
    case conflictReasonRequired
    case conflictAlreadyDeclared
    case scoreOutOfRange
    case scoringClosed(ApplicationStatus)
    case unknownCriterion
    case badOrganisationNumber
    case applicantRequired
    case titleRequired
    /// A scheme's budget set below what one year has already granted.
    case budgetBelowDecided(year: Int, decided: Money)
    /// A scheme's maximum per application above its whole budget.
    case maximumAboveBudget(budget: Money)

    /// What to do first when a case is still received (it must be in review to be scored or decided); nothing otherwise.
    static func firstStep(_ status: ApplicationStatus) -> Bilingual {
        status == .received ? Bilingual(nb: " Sett saken under behandling først.", en: " Put it in review first.")
            : Bilingual(nb: "", en: "")
    }

    public var message: Bilingual {
        switch self {
        case .transitionNotAllowed(let from, let to):
            let first = Self.firstStep(from)
            return Bilingual(nb: "En sak som er «\(from.nb)» kan ikke gå til «\(to.nb)».\(first.nb)",
                             en: "An application that is “\(from.en)” cannot move to “\(to.en)”.\(first.en)")
        case .finished(let s):
            return Bilingual(nb: "Saken er \(s.nb) og kan ikke endres.", en: "The application is \(s.en) and cannot change.")
        case .decisionNeedsForm:
            return Bilingual(nb: "Vedtak fattes med beløp og begrunnelse i vedtaksskjemaet.",
                             en: "A decision is made with an amount and reasons in the decision form.")
        case .withdrawnAfterDecision:
            return Bilingual(nb: "Søknaden kan bare trekkes før vedtak er fattet.",
                             en: "An application can only be withdrawn before a decision.")
        case .appealOnlyAfterDecision:
            return Bilingual(nb: "Klage kan bare registreres på et vedtak.", en: "An appeal can only be lodged against a decision.")
        case .appealTooLate(let deadline):
            return Bilingual(nb: "Klagefristen gikk ut \(deadline.norwegian) (tre uker, forvaltningsloven § 29).",
                             en: "The time limit for appeal ran out on \(deadline.norwegian) (three weeks, Public Administration Act § 29).")
        case .appealAlreadyPending:
            return Bilingual(nb: "Saken har allerede en klage til behandling.", en: "An appeal is already pending.")
        case .noPendingAppeal:
            return Bilingual(nb: "Saken har ingen klage til behandling.", en: "There is no pending appeal.")
        case .appealGroundsRequired:
            return Bilingual(nb: "Skriv hva klagen gjelder.", en: "Say what the appeal is about.")
        case .servicePurchase:
            return Bilingual(
                nb: "Avtaler om kjøp av tjenester behandles ikke som tilskudd: de kan være omfattet av lov om offentlige anskaffelser. Send saken til innkjøp.",
                en: "Agreements that buy services are not handled as grants: they may fall under the Public Procurement Act. Send the case to procurement.")
        case .forwardedIsNotPaid:
            return Bilingual(nb: "Søknader som videresendes (spillemidler) utbetales ikke av kommunen.",
                             en: "Forwarded applications (spillemidler) are not paid by the municipality.")
        case .reportNotRequired:
            return Bilingual(nb: "Ordningen krever ingen rapport.", en: "The scheme requires no report.")
        case .recommendationMissing:
            return Bilingual(nb: "Ordningen har et innstillende organ: registrer innstillingen før vedtak.",
                             en: "The scheme has a recommending body: record its recommendation before deciding.")
        case .noteRequired:
            return Bilingual(nb: "Skriv hva som etterspørres.", en: "Say what is being asked for.")
        case .amountNotPositive:
            return Bilingual(nb: "Beløpet må være større enn null.", en: "The amount must be more than zero.")
        case .amountAboveApplied(let applied):
            return Bilingual(nb: "Beløpet er større enn omsøkt (\(applied.formatted)).",
                             en: "The amount is more than applied for (\(applied.formatted)).")
        case .amountAboveMaximum(let maximum):
            return Bilingual(nb: "Beløpet er over ordningens maksimum (\(maximum.formatted)).",
                             en: "The amount is above the scheme's maximum (\(maximum.formatted)).")
        case .partlyMustBeLess:
            return Bilingual(nb: "Delvis innvilget må være mindre enn omsøkt beløp.",
                             en: "Partly granted must be less than the amount applied for.")
        case .fullGrantMustMatch:
            return Bilingual(nb: "Innvilget i sin helhet betyr omsøkt beløp; velg delvis innvilget for mindre.",
                             en: "Granted in full means the amount applied for; choose partly granted for less.")
        case .reasonRequired:
            return Bilingual(nb: "Vedtaket må begrunnes (forvaltningsloven § 24).",
                             en: "The decision needs reasons (Public Administration Act § 24).")
        case .forwardedDecidesNoAmount:
            return Bilingual(nb: "Kommunen prioriterer og videresender spillemidler; beløpet avgjøres av fylkeskommunen.",
                             en: "The municipality ranks and forwards spillemidler; the county decides the amount.")
        case .budgetExceeded(let remaining):
            let rest = remaining.map { " Igjen: \($0.formatted)." } ?? ""
            let restEn = remaining.map { " Remaining: \($0.formatted)." } ?? ""
            return Bilingual(nb: "Vedtaket ville overskride ordningens budsjett for året.\(rest)",
                             en: "The decision would exceed the scheme's budget for the year.\(restEn)")
        case .prizeAwardsExhausted(let n):
            return Bilingual(nb: "Prisen deles ut til høyst \(n) i året.", en: "The prize goes to at most \(n) a year.")
        case .conflictOfInterest:
            return Bilingual(nb: "Du har meldt deg inhabil i saken (forvaltningsloven § 6) og kan ikke vurdere, innstille eller vedta.",
                             en: "You have declared a conflict of interest (Public Administration Act § 6) and cannot score, recommend or decide.")
        case .conflictReasonRequired:
            return Bilingual(nb: "Skriv grunnen til inhabiliteten.", en: "Give the reason for the conflict of interest.")
        case .conflictAlreadyDeclared:
            return Bilingual(nb: "Inhabilitet er allerede meldt.", en: "The conflict of interest is already declared.")
        case .scoreOutOfRange:
            return Bilingual(nb: "Poeng gis fra 0 til 5.", en: "Scores go from 0 to 5.")
        case .scoringClosed(let s):
            let first = Self.firstStep(s)
            return Bilingual(nb: "En sak som er «\(s.nb)» kan ikke poengsettes.\(first.nb)",
                             en: "An application that is “\(s.en)” cannot be scored.\(first.en)")
        case .unknownCriterion:
            return Bilingual(nb: "Kriteriet hører ikke til ordningen.", en: "The criterion does not belong to the scheme.")
        case .badOrganisationNumber:
            return Bilingual(nb: "Organisasjonsnummeret er ugyldig (ni sifre med kontrollsiffer).",
                             en: "The organisation number is invalid (nine digits with a check digit).")
        case .applicantRequired:
            return Bilingual(nb: "Søker mangler.", en: "The applicant is missing.")
        case .titleRequired:
            return Bilingual(nb: "Tittel mangler.", en: "The title is missing.")
        case .budgetBelowDecided(let year, let decided):
            return Bilingual(nb: "Budsjettet kan ikke settes lavere enn det som alt er innvilget i \(year): \(decided.formatted).",
                             en: "The budget cannot be set below what \(year) has already granted: \(decided.formatted).")
        case .maximumAboveBudget(let budget):
            return Bilingual(nb: "Maksbeløpet per søknad kan ikke være høyere enn hele budsjettet (\(budget.formatted)).",
                             en: "The maximum per application cannot be above the whole budget (\(budget.formatted)).")
        }
    }
}

extension ApplicationStatus {
    /// Bokmål name, for refusals and letters (the app has its own vocabulary).
    public var nb: String {
        switch self {
        case .received: return "mottatt"
        case .inReview: return "under behandling"
        case .infoRequested: return "ber om mer informasjon"
        case .waiting: return "venter"
        case .recommended: return "innstilt"
        case .granted: return "innvilget"
        case .partlyGranted: return "delvis innvilget"
        case .rejected: return "avslått"
        case .appealed: return "klage til behandling"
        case .paid: return "utbetalt"
        case .reportDue: return "rapport ventes"
        case .reportReceived: return "rapport mottatt"
        case .closed: return "avsluttet"
        case .withdrawn: return "trukket"
        }
    }

    public var en: String {
        switch self {
        case .received: return "received"
        case .inReview: return "in review"
        case .infoRequested: return "more information requested"
        case .waiting: return "waiting"
        case .recommended: return "recommended"
        case .granted: return "granted"
        case .partlyGranted: return "partly granted"
        case .rejected: return "rejected"
        case .appealed: return "appeal pending"
        case .paid: return "paid"
        case .reportDue: return "report due"
        case .reportReceived: return "report received"
        case .closed: return "closed"
        case .withdrawn: return "withdrawn"
        }
    }
}
