import DugnadApp
import DugnadCore

/// The Volunteers issue's refusals and hard rules in Bokmål and English, for the command line.
enum VolunteerMessages {
    static func text(_ p: VolunteerProblem, _ language: Language) -> String {
        let nb = language == .nb
        switch p {
        case .missingName: return nb ? "Navn mangler." : "The name is missing."
        case .badBirthYear(let y): return nb ? "Ugyldig fødselsår \(y)." : "Invalid birth year \(y)."
        case .tooYoung(let a): return nb ? "Frivillige må være minst 15 år (er \(a))." : "Volunteers must be at least 15 (is \(a))."
        case .noDataConsent:
            return nb ? "Samtykke til å lagre opplysningene (dato og formål) må registreres." : "Consent to store the data (date and purpose) must be recorded."
        case .minorWithoutParentalConsent:
            return nb ? "15–17-åringer trenger registrert samtykke fra foresatte." : "15–17-year-olds need recorded parental consent."
        case .unknownSkill(let s): return nb ? "Ukjent ferdighet «\(s)»." : "Unknown skill “\(s)”."
        case .badMaxHours(let h): return nb ? "Ugyldig antall timer per måned: \(h)." : "Invalid hours per month: \(h)."
        case .missingTitle: return nb ? "Tittel mangler." : "The title is missing."
        case .badSchedule: return nb ? "Tidspunktet er ugyldig (ukedag, klokkeslett eller datoer)." : "The time is invalid (weekday, times or dates)."
        case .badNeeded(let n): return nb ? "Antall frivillige må være 1–500 (ikke \(n))." : "The number of volunteers must be 1–500 (not \(n))."
        case .reasonRequired: return nb ? "Skriv en begrunnelse." : "Give a reason."
        case .stepNotAllowed(let step, let status):
            return nb ? "«\(step.rawValue)» er ikke mulig når forespørselen har status «\(status.rawValue)»."
                      : "“\(step.rawValue)” is not possible while the request is “\(status.rawValue)”."
        case .matchRefused(let rules): return rules.map { refusal($0, language) }.joined(separator: " ")
        case .assignmentNotIn(let s): return nb ? "Oppdraget har status «\(s.rawValue)»." : "The assignment is “\(s.rawValue)”."
        case .badHours(let m): return nb ? "Ugyldig antall minutter: \(m)." : "Invalid number of minutes: \(m)."
        case .alreadyErased: return nb ? "Personen er allerede slettet." : "The person has already been erased."
        case .badSkillName(let s): return nb ? "Ugyldig navn på ferdighet «\(s)»." : "Invalid skill name “\(s)”."
        }
    }

    static func refusal(_ r: MatchRefusal, _ language: Language) -> String {
        let nb = language == .nb
        switch r {
        case .notActive(let s): return nb ? "Den frivillige er ikke aktiv (\(s.rawValue))." : "The volunteer is not active (\(s.rawValue))."
        case .noDataConsent: return nb ? "Samtykke til lagring mangler." : "No consent to store data."
        case .tooYoung(let a): return nb ? "Under 15 år (\(a))." : "Under 15 (\(a))."
        case .belowMinimumAge(let a, let m): return nb ? "For ung: \(a) år, krever \(m)." : "Too young: \(a), needs \(m)."
        case .minorWithoutParentalConsent: return nb ? "Samtykke fra foresatte mangler." : "No parental consent."
        case .minorTaskNotSuitable: return nb ? "Oppdraget passer ikke for under 18." : "The task is not suitable for under-18s."
        case .politiattestNotSeen(let k):
            return nb ? "Politiattest for \(k.roleText) er ikke sett." : "No politiattest seen for this kind of role (\(k.rawValue))."
        case .clash(let id): return nb ? "Kolliderer med oppdrag på forespørsel \(id)." : "Clashes with the assignment on request \(id)."
        case .alreadyOnRequest: return nb ? "Er allerede foreslått for eller har avslått denne." : "Already proposed for or declined this one."
        }
    }
}
