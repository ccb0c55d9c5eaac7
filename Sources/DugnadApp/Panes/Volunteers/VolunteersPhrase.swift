import DugnadCore

/// The Volunteers pane's texts, in Bokmål and English.
public enum VolunteersPhrase: Sendable, Equatable {
    case triageTitle(waiting: Int)
    case waitingDays(Int)
    case overdue
    case question(String)
    case stillNeeded(Int)
    case candidatesTitle(String)
    case noCandidates
    case assignmentsTitle
    case proposalTitle(pairs: Int, requests: Int, total: Int)
    case proposalEmpty
    case leftOut
    case proposedSaved(Int)
    case proposed, confirmed, declined, triaged, rejected, sentBack
    case registered(String)
    case assignmentStatus(AssignmentStatus)
    case politiattestKind(PolitiattestKind)
    case minorsOK
    case reading
    case formRegister, formDeclineReason, formRejectReason, formQuestion
    case field(Field)
    case scorePart(ScorePart)
    case organisations
    case desk(DeskPhrase)

    public enum ScorePart: Sendable, Equatable { case skills, availability, distance, language, load, history, priority }
    case problem(VolunteerProblem)

    public enum Field: String, Sendable, Equatable {
        case name, birthYear, phone, email, kommunedel, skills, languages, availability, maxHours, parental, consent,
             reason
    }

    public func text(_ language: Language) -> String { language == .nb ? bokmal : english }

    var bokmal: String {
        switch self {
        case .triageTitle(let n): return "Til vurdering og matching · \(n) venter"
        case .waitingDays(let d): return "\(d) d"
        case .overdue: return "over 14 dager uten match"
        case .question(let q): return "Spurt: \(q)"
        case .stillNeeded(let n): return n == 1 ? "1 plass igjen" : "\(n) plasser igjen"
        case .candidatesTitle(let t): return "Kandidater · \(t)"
        case .noCandidates: return "Ingen frivillige oppfyller kravene (politiattest, alder, samtykke, ledig tid)."
        case .assignmentsTitle: return "Oppdrag"
        case .proposalTitle(let p, let r, let t): return "Forslag: \(p) frivillige til \(r) forespørsler · sum \(t) poeng"
        case .proposalEmpty: return "Ingen åpne forespørsler har kandidater nå."
        case .leftOut: return "(tatt ut)"
        case .proposedSaved(let n): return "\(n) forslag lagret som foreslåtte oppdrag."
        case .proposed: return "Foreslått."
        case .confirmed: return "Bekreftet."
        case .declined: return "Avslått."
        case .triaged: return "Vurdert: klar for matching."
        case .rejected: return "Avvist."
        case .sentBack: return "Sendt tilbake med spørsmål."
        case .registered(let n): return "\(n) er registrert som frivillig."
        case .assignmentStatus(let s):
            switch s { case .proposed: return "foreslått"; case .confirmed: return "bekreftet"; case .declined: return "avslått"; case .ended: return "avsluttet" }
        case .politiattestKind(let k): return k == .children ? "politiattest (barn)" : "politiattest (utviklingshemming)"
        case .minorsOK: return "passer for 15–17 år"
        case .reading: return "Leser …"
        case .formRegister: return "Ny frivillig"
        case .formDeclineReason: return "Avslå forslaget"
        case .formRejectReason: return "Avvis forespørselen"
        case .formQuestion: return "Send tilbake med spørsmål"
        case .field(let f):
            switch f {
            case .name: return "Navn"; case .birthYear: return "Fødselsår"; case .phone: return "Telefon"
            case .email: return "E-post"; case .kommunedel: return "Kommunedel"; case .skills: return "Ferdigheter"
            case .languages: return "Språk"; case .availability: return "Ledig (1m,2a,3e)"
            case .maxHours: return "Maks timer/mnd"; case .parental: return "Samtykke foresatte"
            case .consent: return "Samtykke lagring"; case .reason: return "Begrunnelse"
            }
        case .problem(let p): return VolunteersPhrase.problemText(p, nb: true)
        case .organisations: return "organisasjoner"
        case .desk(let d): return d.bokmal
        case .scorePart(let p):
            switch p {
            case .skills: return "Ferdigheter"; case .availability: return "Ledig tid"; case .distance: return "Avstand"
            case .language: return "Språk"; case .load: return "Belastning"; case .history: return "Tidligere"
            case .priority: return "Prioritet"
            }
        }
    }

    var english: String {
        switch self {
        case .triageTitle(let n): return "Triage and matching · \(n) waiting"
        case .waitingDays(let d): return "\(d) d"
        case .overdue: return "over 14 days without a match"
        case .question(let q): return "Asked: \(q)"
        case .stillNeeded(let n): return n == 1 ? "1 place left" : "\(n) places left"
        case .candidatesTitle(let t): return "Candidates · \(t)"
        case .noCandidates: return "No volunteer meets the requirements (politiattest, age, consent, free time)."
        case .assignmentsTitle: return "Assignments"
        case .proposalTitle(let p, let r, let t): return "Proposal: \(p) volunteers for \(r) requests · total \(t) points"
        case .proposalEmpty: return "No open request has candidates now."
        case .leftOut: return "(left out)"
        case .proposedSaved(let n): return "\(n) proposals saved as proposed assignments."
        case .proposed: return "Proposed."
        case .confirmed: return "Confirmed."
        case .declined: return "Declined."
        case .triaged: return "Triaged: ready for matching."
        case .rejected: return "Rejected."
        case .sentBack: return "Sent back with a question."
        case .registered(let n): return "\(n) is registered as a volunteer."
        case .assignmentStatus(let s): return s.rawValue
        case .politiattestKind(let k): return k == .children ? "politiattest (children)" : "politiattest (intellectual disabilities)"
        case .minorsOK: return "suitable for 15–17"
        case .reading: return "Reading …"
        case .formRegister: return "New volunteer"
        case .formDeclineReason: return "Decline the proposal"
        case .formRejectReason: return "Reject the request"
        case .formQuestion: return "Send back with a question"
        case .field(let f):
            switch f {
            case .name: return "Name"; case .birthYear: return "Birth year"; case .phone: return "Phone"
            case .email: return "E-mail"; case .kommunedel: return "Kommunedel"; case .skills: return "Skills"
            case .languages: return "Languages"; case .availability: return "Free (1m,2a,3e)"
            case .maxHours: return "Max hours/month"; case .parental: return "Parental consent"
            case .consent: return "Consent to store"; case .reason: return "Reason"
            }
        case .problem(let p): return VolunteersPhrase.problemText(p, nb: false)
        case .organisations: return "organisations"
        case .desk(let d): return d.english
        case .scorePart(let p):
            switch p {
            case .skills: return "Skills"; case .availability: return "Free time"; case .distance: return "Distance"
            case .language: return "Language"; case .load: return "Load"; case .history: return "Earlier"
            case .priority: return "Priority"
            }
        }
    }

    static func problemText(_ p: VolunteerProblem, nb: Bool) -> String {
        switch p {
        case .missingName: return nb ? "Navn mangler." : "The name is missing."
        case .badBirthYear(let y): return nb ? "Ugyldig fødselsår \(y)." : "Invalid birth year \(y)."
        case .tooYoung(let a): return nb ? "Frivillige må være minst 15 år (er \(a))." : "Volunteers must be at least 15 (is \(a))."
        case .noDataConsent: return nb ? "Samtykke til lagring må registreres." : "Consent to store the data must be recorded."
        case .minorWithoutParentalConsent: return nb ? "15–17-åringer trenger samtykke fra foresatte." : "15–17-year-olds need parental consent."
        case .unknownSkill(let s): return nb ? "Ukjent ferdighet «\(s)»." : "Unknown skill “\(s)”."
        case .badMaxHours(let h): return nb ? "Ugyldig antall timer: \(h)." : "Invalid hours: \(h)."
        case .missingTitle: return nb ? "Tittel mangler." : "The title is missing."
        case .badSchedule: return nb ? "Ugyldig tidspunkt." : "Invalid time."
        case .badNeeded(let n): return nb ? "Ingen ledige plasser (\(n))." : "No places left (\(n))."
        case .reasonRequired: return nb ? "Skriv en begrunnelse." : "Give a reason."
        case .stepNotAllowed(_, let s): return nb ? "Ikke mulig når status er «\(s.rawValue)»." : "Not possible while “\(s.rawValue)”."
        case .matchRefused: return nb ? "Den frivillige bryter et absolutt krav for oppdraget." : "The volunteer breaks a hard rule for the task."
        case .assignmentNotIn(let s): return nb ? "Oppdraget er \(s.rawValue)." : "The assignment is \(s.rawValue)."
        case .badHours(let m): return nb ? "Ugyldige minutter: \(m)." : "Invalid minutes: \(m)."
        case .alreadyErased: return nb ? "Personen er slettet." : "The person has been erased."
        case .badSkillName(let s): return nb ? "Ugyldig ferdighet «\(s)»." : "Invalid skill “\(s)”."
        }
    }
}
