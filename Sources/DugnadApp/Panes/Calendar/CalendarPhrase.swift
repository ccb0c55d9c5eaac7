import DugnadCore

/// The Calendar pane's texts, Bokmål and English, each an exhaustive switch.
public enum CalendarPhrase: Sendable, Equatable {
    case view(CalendarViewMode)
    case monthTitle(CivilDate)
    case weekTitle(CivilDate)
    case dayTitle(CivilDate)
    case agendaTitle(from: CivilDate, through: CivilDate)
    case weekdayHeaders
    case more(Int)
    case activities(Int)
    case nothingOn
    /// A busy day of which only the first items are read (scale): "showing 40 of 550".
    case filterSummary(String)
    case allDay
    case series(RecurrenceRule)
    case price(Bool)
    case field(ActivityField)
    case repeatChoice(RepeatChoice)
    case scope(SeriesScope)
    case priceChoice(CalendarFilter.Price)
    case all
    case newActivity
    case editActivity(String)
    case quickAddTitle
    case quickAddHint
    case goToDateTitle
    case filterTitle
    case endSeriesTitle(String)
    case exportTitle
    case saved(String)
    case cancelledOne(String, CivilDate)
    case restoredOne(String, CivilDate)
    case seriesEnded(CivilDate)
    case exportedTo(String, Int)
    case quickAddProblem(QuickAdd.Problem)
    case endBeforeStart
    case badWeekdays
    case untilAndCount
    case notASeries
    case place
    case clash(String, String)
    case noConfirmedBooking
    case booking
    case venueClosed(String)
    case importSkipped(ICalendarImportProblem)
    case importSummary(created: Int, updated: Int, skipped: Int)
    case details(CalendarDetailsPhrase)
    case legend(CalendarLegendPhrase)

    public func text(_ language: Language) -> String {
        switch language {
        case .nb: return bokmal
        case .en: return english
        }
    }

    static let monthsNB = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
                           "oktober", "november", "desember"]
    static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December"]
    static let weekdaysNB = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
    static let weekdaysEN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let ordinalsNB = [1: "første", 2: "andre", 3: "tredje", 4: "fjerde", -1: "siste"]
    static let ordinalsEN = [1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"]

    var bokmal: String {
        switch self {
        case .view(let v):
            switch v { case .month: return "Måned"; case .week: return "Uke"; case .agenda: return "Agenda"; case .day: return "Dag" }
        case .monthTitle(let d): return "\(Self.monthsNB[d.month - 1].capitalizedFirst) \(d.year)"
        case .weekTitle(let d): return "Uke \(d.isoWeek), \(DateText.range(d.startOfWeek, d.startOfWeek.adding(days: 6), .nb))"
        case .dayTitle(let d): return "\(Self.weekdaysNB[d.weekday - 1].capitalizedFirst) \(d.day). \(Self.monthsNB[d.month - 1]) \(d.year)"
        case .agendaTitle(let f, let t): return "Agenda \(DateText.range(f, t, .nb))"
        case .weekdayHeaders: return "man tir ons tor fre lør søn"
        case .more(let n): return "\(n) til"
        case .activities(let n): return n == 1 ? "1 aktivitet" : "\(n) aktiviteter"
        case .nothingOn: return "Ingen aktiviteter."
        case .filterSummary(let s): return "Filter: \(s)"
        case .allDay: return "hele dagen"
        case .series(let r): return Self.ruleText(r, nb: true)
        case .price(let free): return free ? "gratis" : "mot betaling"
        case .field(let f):
            switch f {
            case .title: return "Tittel"; case .organiser: return "Arrangør"; case .category: return "Kategori"
            case .audience: return "Målgruppe"; case .kommunedel: return "Kommunedel"; case .venue: return "Lokale"
            case .date: return "Dato"; case .start: return "Fra kl."; case .end: return "Til kl."; case .allDay: return "Hele dagen"
            case .repeats: return "Gjentas"; case .weekdays: return "Også på ukedager"; case .until: return "Til og med dato"
            case .count: return "Antall ganger"; case .free: return "Gratis"; case .description: return "Beskrivelse"
            case .scope: return "Gjelder"; case .line: return "Aktivitet"; case .organiserFilter: return "Arrangør inneholder"
            case .text: return "Tekst inneholder"; case .price: return "Pris"; case .path: return "Fil"
            case .kommunedel2: return "eller kommunedel"
            case .signUp: return "Påmelding kreves"; case .capacity: return "Antall plasser"; case .contact: return "Kontakt"
            case .accessibility: return "Tilrettelegging"; case .languages: return "Språk"; case .status: return "Status"
            case .ageMin: return "Alder fra"; case .ageMax: return "Alder til"; case .priceAmount: return "Pris (kr)"
            }
        case .repeatChoice(let c):
            switch c {
            case .none: return "nei, én gang"; case .weekly: return "hver uke"; case .biweekly: return "annenhver uke"
            case .monthlyNth: return "månedlig, samme ukedag"; case .monthlyLast: return "månedlig, siste ukedag"
            }
        case .scope(let s):
            switch s { case .wholeSeries: return "hele serien"; case .thisDate: return "bare denne datoen"; case .fromThisDate: return "denne og senere datoer" }
        case .priceChoice(let p):
            switch p { case .any: return "uansett"; case .free: return "gratis"; case .paid: return "mot betaling" }
        // A filter left open: "Målgruppe: uansett" (not "(alle)", which reads like the audience "alle").
        case .all: return "uansett"
        case .newActivity: return "Ny aktivitet"
        case .editActivity(let t): return "Endre «\(t)»"
        case .quickAddTitle: return "Hurtigregistrering"
        case .quickAddHint: return "f.eks. tor 18-20 Strikkekafé @Fjell bibliotek #seniorer #ukentlig"
        case .goToDateTitle: return "Gå til dato"
        case .filterTitle: return "Filtrer kalenderen"
        case .endSeriesTitle(let t): return "Avslutt «\(t)» fra og med"
        case .exportTitle: return "Eksporter det som vises (iCalendar)"
        case .saved(let t): return "Lagret «\(t)»."
        case .cancelledOne(let t, let d): return "«\(t)» er avlyst \(Phrase.dateLong(d).text(.nb)). Trykk x igjen for å gjenopprette."
        case .restoredOne(let t, let d): return "«\(t)» \(Phrase.dateLong(d).text(.nb)) er gjenopprettet."
        case .seriesEnded(let d): return "Serien er avsluttet fra og med \(DateText.day(d, .nb))."
        case .exportedTo(let p, let n): return "Eksporterte \(n == 1 ? "1 aktivitet" : "\(n) aktiviteter") til \(p)."
        case .quickAddProblem(let p):
            switch p {
            case .empty: return "Skriv dag, tid og tittel, f.eks. «tor 18-20 Strikkekafé»."
            case .missingTitle: return "Aktiviteten mangler tittel."
            case .badTimeRange(let t): return "Ukjent tid «\(t)». Skriv f.eks. 18, 18-20 eller 18:30-20."
            case .unknownTag(let t): return "Ukjent merke «\(t)». Bruk målgruppe, kategori, #ukentlig eller #annenhver."
            }
        case .endBeforeStart: return "Sluttid må være etter starttid."
        case .badWeekdays: return "Skriv ukedager som «man ons fre»."
        case .untilAndCount: return "Velg enten sluttdato eller antall ganger."
        case .notASeries: return "Dette er ikke en gjentakende aktivitet."
        case .place: return "Sted"
        case .noConfirmedBooking: return "ingen bekreftet booking"
        case .booking: return "Booking"
        case .venueClosed(let r): return "lokalet er stengt denne dagen" + (r.isEmpty ? "" : " (\(r))")
        case .clash(let t, let time): return "Samtidig som «\(t)» \(time) (samme målgruppe og kommunedel)"
        case .importSkipped(let p): return "Hoppet over (linje \(p.line)\(p.item.isEmpty ? "" : ", «\(p.item)»")): \(Self.reasonNB(p.reason))"
        case .importSummary(let c, let u, let s): return "Importerte \(c) nye og oppdaterte \(u) aktiviteter; \(s) hoppet over."
        case .details(let d): return d.bokmal
        case .legend(let l): return l.bokmal
        }
    }

    var english: String {
        switch self {
        case .view(let v):
            switch v { case .month: return "Month"; case .week: return "Week"; case .agenda: return "Agenda"; case .day: return "Day" }
        case .monthTitle(let d): return "\(Self.monthsEN[d.month - 1]) \(d.year)"
        case .weekTitle(let d): return "Week \(d.isoWeek), \(DateText.range(d.startOfWeek, d.startOfWeek.adding(days: 6), .en))"
        case .dayTitle(let d): return "\(Self.weekdaysEN[d.weekday - 1]) \(d.day) \(Self.monthsEN[d.month - 1]) \(d.year)"
        case .agendaTitle(let f, let t): return "Agenda \(DateText.range(f, t, .en))"
        case .weekdayHeaders: return "Mon Tue Wed Thu Fri Sat Sun"
        case .more(let n): return "\(n) more"
        case .activities(let n): return n == 1 ? "1 activity" : "\(n) activities"
        case .nothingOn: return "No activities."
        case .filterSummary(let s): return "Filter: \(s)"
        case .allDay: return "all day"
        case .series(let r): return Self.ruleText(r, nb: false)
        case .price(let free): return free ? "free" : "paid"
        case .field(let f):
            switch f {
            case .title: return "Title"; case .organiser: return "Organiser"; case .category: return "Category"
            case .audience: return "Audience"; case .kommunedel: return "District"; case .venue: return "Venue"
            case .date: return "Date"; case .start: return "From"; case .end: return "To"; case .allDay: return "All day"
            case .repeats: return "Repeats"; case .weekdays: return "Also on"; case .until: return "Through date"
            case .count: return "Number of times"; case .free: return "Free"; case .description: return "Description"
            case .scope: return "Applies to"; case .line: return "Activity"; case .organiserFilter: return "Organiser contains"
            case .text: return "Text contains"; case .price: return "Price"; case .path: return "File"
            case .kommunedel2: return "or district"
            case .signUp: return "Sign-up required"; case .capacity: return "Capacity"; case .contact: return "Contact"
            case .accessibility: return "Accessibility"; case .languages: return "Languages"; case .status: return "Status"
            case .ageMin: return "Age from"; case .ageMax: return "Age to"; case .priceAmount: return "Price (NOK)"
            }
        case .repeatChoice(let c):
            switch c {
            case .none: return "no, just once"; case .weekly: return "every week"; case .biweekly: return "every other week"
            case .monthlyNth: return "monthly, same weekday"; case .monthlyLast: return "monthly, last weekday"
            }
        case .scope(let s):
            switch s { case .wholeSeries: return "the whole series"; case .thisDate: return "this date only"; case .fromThisDate: return "this and later dates" }
        case .priceChoice(let p):
            switch p { case .any: return "any"; case .free: return "free"; case .paid: return "paid" }
        case .all: return "any"
        case .newActivity: return "New activity"
        case .editActivity(let t): return "Edit “\(t)”"
        case .quickAddTitle: return "Quick add"
        case .quickAddHint: return "e.g. thu 18-20 Knitting café @Fjell bibliotek #seniors #weekly"
        case .goToDateTitle: return "Go to date"
        case .filterTitle: return "Filter the calendar"
        case .endSeriesTitle(let t): return "End “\(t)” from"
        case .exportTitle: return "Export what is shown (iCalendar)"
        case .saved(let t): return "Saved “\(t)”."
        case .cancelledOne(let t, let d): return "“\(t)” is cancelled on \(Phrase.dateLong(d).text(.en)). Press x again to restore it."
        case .restoredOne(let t, let d): return "“\(t)” on \(Phrase.dateLong(d).text(.en)) is restored."
        case .seriesEnded(let d): return "The series is ended as of \(DateText.day(d, .en))."
        case .exportedTo(let p, let n): return "Exported \(n == 1 ? "1 activity" : "\(n) activities") to \(p)."
        case .quickAddProblem(let p):
            switch p {
            case .empty: return "Type day, time and title, e.g. “thu 18-20 Knitting café”."
            case .missingTitle: return "The activity has no title."
            case .badTimeRange(let t): return "Unknown time “\(t)”. Type e.g. 18, 18-20 or 18:30-20."
            case .unknownTag(let t): return "Unknown tag “\(t)”. Use an audience, a category, #weekly or #biweekly."
            }
        case .endBeforeStart: return "The end must be after the start."
        case .badWeekdays: return "Type weekdays like “mon wed fri”."
        case .untilAndCount: return "Choose either an end date or a number of times."
        case .notASeries: return "This is not a repeating activity."
        case .place: return "Place"
        case .noConfirmedBooking: return "no confirmed booking"
        case .booking: return "Booking"
        case .venueClosed(let r): return "the venue is closed that day" + (r.isEmpty ? "" : " (\(r))")
        case .clash(let t, let time): return "Overlaps “\(t)” \(time) (same audience and district)"
        case .importSkipped(let p): return "Skipped (line \(p.line)\(p.item.isEmpty ? "" : ", “\(p.item)”")): \(Self.reasonEN(p.reason))"
        case .importSummary(let c, let u, let s): return "Imported \(c) new and updated \(u) activities; \(s) skipped."
        case .details(let d): return d.english
        case .legend(let l): return l.english
        }
    }

    static func ruleText(_ r: RecurrenceRule, nb: Bool) -> String {
        let days = nb ? weekdaysNB : weekdaysEN
        var text: String
        switch r.pattern {
        case .weekly(let wds):
            let names = wds.map { days[$0 - 1] }.joined(separator: ", ")
            if nb { text = r.interval == 1 ? "hver uke: \(names)" : "hver \(r.interval). uke: \(names)" }
            else { text = r.interval == 1 ? "weekly: \(names)" : "every \(r.interval) weeks: \(names)" }
        case .monthly(let o, let wd):
            let ord = (nb ? ordinalsNB : ordinalsEN)[o] ?? "\(o)"
            text = nb ? "\(ord) \(days[wd - 1]) i måneden" : "\(ord) \(days[wd - 1]) of the month"
            if r.interval > 1 { text += nb ? " (hver \(r.interval). måned)" : " (every \(r.interval) months)" }
        }
        switch r.end {
        case .never: break
        case .until(let d): text += nb ? ", til og med \(DateText.day(d, .nb))" : ", until \(DateText.day(d, .en))"
        case .count(let n): text += nb ? ", \(n) ganger" : ", \(n) times"
        }
        return text
    }

    static func reasonNB(_ r: ICalendarImportProblem.Reason) -> String {
        switch r {
        case .unsupportedComponent(let c): return "\(c) støttes ikke, bare VEVENT"
        case .badLine(let l): return "ulesbar linje «\(l.prefix(40))»"
        case .missingStart: return "mangler DTSTART"
        case .badValue(let p, let v): return "ugyldig \(p) «\(v)»"
        case .unknownTimeZone(let tz): return "ukjent tidssone «\(tz)»"
        case .unsupportedRule(let r): return "gjentakelsen «\(r)» støttes ikke"
        case .endBeforeStart: return "slutter før den starter"
        case .singleOccurrenceChange: return "endring av resten av en serie (RECURRENCE-ID;RANGE=THISANDFUTURE) støttes ikke"
        case .unknownSeries: return "endrer én forekomst (RECURRENCE-ID) av en serie som verken er i filen eller lagret"
        case .notAnOccurrence(let d): return "serien har ingen forekomst \(DateText.day(d, .nb)) (RECURRENCE-ID)"
        case .duplicateUID: return "samme UID finnes to ganger i filen"
        case .notACalendar: return "filen er ikke en iCalendar-fil (mangler VCALENDAR)"
        }
    }

    static func reasonEN(_ r: ICalendarImportProblem.Reason) -> String {
        switch r {
        case .unsupportedComponent(let c): return "\(c) is not supported, only VEVENT"
        case .badLine(let l): return "unreadable line “\(l.prefix(40))”"
        case .missingStart: return "no DTSTART"
        case .badValue(let p, let v): return "invalid \(p) “\(v)”"
        case .unknownTimeZone(let tz): return "unknown time zone “\(tz)”"
        case .unsupportedRule(let r): return "the recurrence “\(r)” is not supported"
        case .endBeforeStart: return "ends before it starts"
        case .singleOccurrenceChange: return "changes to the rest of a series (RECURRENCE-ID;RANGE=THISANDFUTURE) are not supported"
        case .unknownSeries: return "changes one occurrence (RECURRENCE-ID) of a series that is neither in the file nor stored"
        case .notAnOccurrence(let d): return "the series has no occurrence on \(DateText.day(d, .en)) (RECURRENCE-ID)"
        case .duplicateUID: return "the same UID appears twice in the file"
        case .notACalendar: return "not an iCalendar file (no VCALENDAR)"
        }
    }
}

/// Fields of the Calendar pane's forms.
public enum ActivityField: String, Sendable, Equatable, CaseIterable {
    case title, organiser, category, audience, kommunedel, kommunedel2, venue, date, start, end, allDay, repeats, weekdays, until
    case count, free, description, scope, line, organiserFilter, text, price, path
    case signUp, capacity, contact, accessibility, languages, status, ageMin, ageMax, priceAmount
}

/// The repeat choices of the activity form.
public enum RepeatChoice: String, Sendable, Equatable, CaseIterable {
    case none, weekly, biweekly, monthlyNth, monthlyLast
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
