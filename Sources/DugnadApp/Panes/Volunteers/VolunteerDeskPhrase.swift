import DugnadCore

/// The texts of the coordinator's desk in the Volunteers tab (card, request form, hours, crisis list).
public enum DeskPhrase: Sendable, Equatable {
    case field(Field)
    case formEditVolunteer, formAttest, formNewRequest, formEditRequest, formHours, formGroupHours, formCrisis
    case volunteerSaved(String), attestSaved, requestCreated(String), requestSaved, prioritySet(Priority)
    case hoursLogged, groupHoursLogged, paused(String), activeAgain(String)
    case attestsTitle, noAttests, attestLine(PolitiattestKind, CivilDate, String)
    case cardAssignments, noAssignments, hours(Int), consentLine(CivilDate, String), noConsent
    case confidentiality(Bool), introCourse(Bool), minor
    case noPolitiattestTask
    case availabilityHint, availabilityWords(WeeklyAvailability), skillMatches([String]), minorNeedsConsent
    case eventsTitle, filled, oneOffOn(CivilDate), weeklyOn([Int], CivilDate, CivilDate?)
    case window(from: Int, through: Int, total: Int), ownServices(String)
    case hoursTitle(HoursGroup, CivilDate, CivilDate), group(HoursGroup), noHours, totalHours(Int)
    case crisisTitle(CivilDate, Int), crisisAudited, noCrisis, dayPart(DayPart)
    case yesNo(Bool)

    public enum Field: Sendable, Equatable {
        case consentDate, consentPurpose, confidentiality, introCourse, status
        case kind, seenOn
        case owner, title, description, requester, date, weekly, weekdays, from, to, until, site, needed, politiattest
        case minimumAge, minors, language, priority, day, hours, skills, kommunedeler, part
    }

    public func text(_ language: Language) -> String { language == .nb ? bokmal : english }

    static func duration(_ minutes: Int, nb: Bool) -> String {
        let h = minutes / 60, m = minutes % 60
        if m == 0 { return nb ? "\(h) t" : "\(h) h" }
        return nb ? "\(h) t \(m) min" : "\(h) h \(m) min"
    }

    static func weekdays(_ days: [Int], nb: Bool) -> String {
        let names = nb ? ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."]
                       : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return days.filter { (1...7).contains($0) }.map { names[$0 - 1] }.joined(separator: ", ")
    }

    static func availability(_ a: WeeklyAvailability, nb: Bool) -> String {
        let days = nb ? ["man", "tir", "ons", "tor", "fre", "lør", "søn"] : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let parts = nb ? ["formiddag", "ettermiddag", "kveld"] : ["morning", "afternoon", "evening"]
        var items: [String] = []
        for d in 1...7 {
            let p = DayPart.allCases.filter { a.contains(weekday: d, part: $0) }.map { parts[$0.rawValue] }
            if !p.isEmpty { items.append(days[d - 1] + " " + p.joined(separator: "+")) }
        }
        return items.joined(separator: ", ")
    }

    var bokmal: String {
        switch self {
        case .field(let f):
            switch f {
            case .consentDate: return "Samtykke gitt"
            case .consentPurpose: return "Formål"
            case .confidentiality: return "Taushetserklæring"
            case .introCourse: return "Introduksjonskurs gjennomført"
            case .status: return "Status"
            case .kind: return "Gjelder"
            case .seenOn: return "Sett dato"
            case .owner: return "Tjeneste"
            case .title: return "Tittel"
            case .description: return "Beskrivelse"
            case .requester: return "Kontaktperson"
            case .date: return "Dato / fra"
            case .weekly: return "Ukentlig"
            case .weekdays: return "Ukedager (2,4)"
            case .from: return "Fra kl."
            case .to: return "Til kl."
            case .until: return "Til og med"
            case .site: return "Sted"
            case .needed: return "Antall frivillige"
            case .politiattest: return "Politiattest"
            case .minimumAge: return "Minstealder"
            case .minors: return "Passer for 15–17"
            case .language: return "Språk"
            case .priority: return "Prioritet"
            case .day: return "Dag"
            case .hours: return "Timer (1,5)"
            case .skills: return "Ferdigheter"
            case .kommunedeler: return "Kommunedel"
            case .part: return "Del av dagen"
            }
        case .formEditVolunteer: return "Endre frivillig"
        case .formAttest: return "Politiattest sett"
        case .formNewRequest: return "Ny forespørsel"
        case .formEditRequest: return "Endre forespørsel"
        case .formHours: return "Før timer"
        case .formGroupHours: return "Før timer for hele gruppen"
        case .formCrisis: return "Beredskapsliste"
        case .volunteerSaved(let n): return "\(n) er lagret."
        case .attestSaved: return "Politiattest registrert som sett."
        case .requestCreated(let t): return "Forespørselen «\(t)» er registrert."
        case .requestSaved: return "Forespørselen er lagret."
        case .prioritySet(let p): return "Prioritet: \(Phrase.priority(p).bokmal)."
        case .hoursLogged: return "Timene er ført."
        case .groupHoursLogged: return "Timene er ført for alle bekreftede i gruppen."
        case .paused(let n): return "\(n) har pause."
        case .activeAgain(let n): return "\(n) er aktiv igjen."
        case .attestsTitle: return "Politiattest"
        case .noAttests: return "ingen registrert"
        case .attestLine(let k, let d, let by): return "\(VolunteersPhrase.politiattestKind(k).bokmal) · \(DateText.day(d, .nb)) · sett av \(by)"
        case .cardAssignments: return "Oppdrag og timer"
        case .noAssignments: return "Ingen oppdrag ennå."
        case .hours(let m): return Self.duration(m, nb: true)
        case .consentLine(let d, let p): return "\(DateText.day(d, .nb)) · \(p)"
        case .noConsent: return "mangler"
        case .confidentiality(let b): return b ? "Taushetserklæring signert" : "Taushetserklæring mangler"
        case .introCourse(let b): return b ? "introduksjonskurs gjennomført" : "introduksjonskurs ikke gjennomført"
        case .minor: return "15–17 år: bare oppdrag som passer"
        case .noPolitiattestTask: return "Velg et oppdrag som krever politiattest."
        case .availabilityHint: return "Ledig: ukedag 1–7 og m/a/e (formiddag, ettermiddag, kveld), f.eks. 2a,4me"
        case .availabilityWords(let a): return "Ledig: " + (a.isEmpty ? "ikke oppgitt" : Self.availability(a, nb: true))
        case .skillMatches(let s): return s.isEmpty ? "Ingen ferdighet passer." : "Ferdigheter: " + s.joined(separator: ", ")
        case .minorNeedsConsent: return "Under 18: samtykke fra foresatte må registreres."
        case .eventsTitle: return "Historikk"
        case .filled: return "fylt"
        case .oneOffOn(let d): return "én gang \(DateText.day(d, .nb))"
        case .weeklyOn(let days, let from, let until):
            return "hver \(Self.weekdays(days, nb: true)) fra \(DateText.day(from, .nb))" + (until.map { " til \(DateText.day($0, .nb))" } ?? "")
        case .window(let a, let b, let n): return "\(a)–\(b) av \(n)"
        case .ownServices(let s): return "Bare dine tjenester: \(s)"
        case .hoursTitle(let g, let a, let b): return "Timer per \(DeskPhrase.group(g).bokmal) · \(DateText.range(a, b, .nb))"
        case .group(let g):
            switch g { case .volunteer: return "frivillig"; case .service: return "tjeneste"
                       case .kommunedel: return "kommunedel"; case .month: return "måned" }
        case .noHours: return "Ingen timer ført i perioden."
        case .totalHours(let m): return "Sum " + Self.duration(m, nb: true)
        case .crisisTitle(let d, let n): return "Beredskapsliste \(DateText.day(d, .nb)) · \(n) kan ringes"
        case .crisisAudited: return "Åpningen av listen er logget."
        case .noCrisis: return "Ingen aktive frivillige passer utvalget."
        case .dayPart(let p): return ["formiddag", "ettermiddag", "kveld"][p.rawValue]
        case .yesNo(let b): return b ? "ja" : "nei"
        }
    }

    var english: String {
        switch self {
        case .field(let f):
            switch f {
            case .consentDate: return "Consent given"
            case .consentPurpose: return "Purpose"
            case .confidentiality: return "Confidentiality"
            case .introCourse: return "Intro course done"
            case .status: return "Status"
            case .kind: return "For"
            case .seenOn: return "Seen on"
            case .owner: return "Service"
            case .title: return "Title"
            case .description: return "Description"
            case .requester: return "Contact person"
            case .date: return "Date / from"
            case .weekly: return "Weekly"
            case .weekdays: return "Weekdays (2,4)"
            case .from: return "From"
            case .to: return "To"
            case .until: return "Until"
            case .site: return "Site"
            case .needed: return "Volunteers needed"
            case .politiattest: return "Politiattest"
            case .minimumAge: return "Minimum age"
            case .minors: return "Suits 15–17"
            case .language: return "Language"
            case .priority: return "Priority"
            case .day: return "Day"
            case .hours: return "Hours (1.5)"
            case .skills: return "Skills"
            case .kommunedeler: return "Kommunedel"
            case .part: return "Part of the day"
            }
        case .formEditVolunteer: return "Edit volunteer"
        case .formAttest: return "Politiattest seen"
        case .formNewRequest: return "New request"
        case .formEditRequest: return "Edit request"
        case .formHours: return "Log hours"
        case .formGroupHours: return "Log hours for the whole group"
        case .formCrisis: return "Crisis call list"
        case .volunteerSaved(let n): return "\(n) is saved."
        case .attestSaved: return "Politiattest recorded as seen."
        case .requestCreated(let t): return "The request “\(t)” is registered."
        case .requestSaved: return "The request is saved."
        case .prioritySet(let p): return "Priority: \(Phrase.priority(p).english)."
        case .hoursLogged: return "The hours are logged."
        case .groupHoursLogged: return "The hours are logged for everyone confirmed in the group."
        case .paused(let n): return "\(n) is on a break."
        case .activeAgain(let n): return "\(n) is active again."
        case .attestsTitle: return "Politiattest"
        case .noAttests: return "none recorded"
        case .attestLine(let k, let d, let by): return "\(VolunteersPhrase.politiattestKind(k).english) · \(DateText.day(d, .en)) · seen by \(by)"
        case .cardAssignments: return "Assignments and hours"
        case .noAssignments: return "No assignments yet."
        case .hours(let m): return Self.duration(m, nb: false)
        case .consentLine(let d, let p): return "\(DateText.day(d, .en)) · \(p)"
        case .noConsent: return "missing"
        case .confidentiality(let b): return b ? "Confidentiality pledge signed" : "Confidentiality pledge not signed"
        case .introCourse(let b): return b ? "introduction course done" : "introduction course not done"
        case .minor: return "15–17: only suitable tasks"
        case .noPolitiattestTask: return "Pick an assignment that requires a politiattest."
        case .availabilityHint: return "Free: weekday 1–7 and m/a/e (morning, afternoon, evening), e.g. 2a,4me"
        case .availabilityWords(let a): return "Free: " + (a.isEmpty ? "not given" : Self.availability(a, nb: false))
        case .skillMatches(let s): return s.isEmpty ? "No skill matches." : "Skills: " + s.joined(separator: ", ")
        case .minorNeedsConsent: return "Under 18: parental consent must be recorded."
        case .eventsTitle: return "History"
        case .filled: return "filled"
        case .oneOffOn(let d): return "once on \(DateText.day(d, .en))"
        case .weeklyOn(let days, let from, let until):
            return "every \(Self.weekdays(days, nb: false)) from \(DateText.day(from, .en))" + (until.map { " until \(DateText.day($0, .en))" } ?? "")
        case .window(let a, let b, let n): return "\(a)–\(b) of \(n)"
        case .ownServices(let s): return "Only your services: \(s)"
        case .hoursTitle(let g, let a, let b): return "Hours per \(DeskPhrase.group(g).english) · \(DateText.range(a, b, .en))"
        case .group(let g): return g.rawValue
        case .noHours: return "No hours logged in the period."
        case .totalHours(let m): return "Total " + Self.duration(m, nb: false)
        case .crisisTitle(let d, let n): return "Crisis call list \(DateText.day(d, .en)) · \(n) to call"
        case .crisisAudited: return "Opening the list is logged."
        case .noCrisis: return "No active volunteer fits the selection."
        case .dayPart(let p): return ["morning", "afternoon", "evening"][p.rawValue]
        case .yesNo(let b): return b ? "yes" : "no"
        }
    }
}
