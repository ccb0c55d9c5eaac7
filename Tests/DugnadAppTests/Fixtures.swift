import DugnadCore
import TerminalKit
@testable import DugnadApp

/// A model filled as the CommandRunner would fill it, without a database.
enum Fixtures {
    static let today = CivilDate(year: 2026, month: 11, day: 26)!
    static let admin = Staff(id: 1, username: "kari", displayName: "Kari Nordmann", role: .admin)

    static func at(_ h: Int, _ m: Int = 0, _ day: CivilDate = today) -> CivilDateTime {
        CivilDateTime(date: day, time: CivilTime(hour: h, minute: m)!)
    }

    static var lookup: Lookup {
        Lookup(kommunedeler: ReferenceData.kommunedeler, sites: ReferenceData.sites, umbrellas: ReferenceData.umbrellas,
               schemes: ReferenceData.grantSchemes, venueNames: [1: "Storsalen, Knutepunkt Fjell", 2: "Møterom 2, Fjell bibliotek"])
    }

    static let organisations: [Organisation] = [
        Organisation(id: 4, name: "Konnerud IL", orgNumber: "974760673", inFrivillighetsregisteret: true, category: .idrett,
                     umbrellaID: 1, kommunedelID: 5, contactName: "Ole Hansen", email: "post@konnerud-il.no", phone: "32 00 00 00"),
        Organisation(id: 5, name: "Fjell Skolekorps", category: .kultur, umbrellaID: 2, kommunedelID: 6, contactName: "Amina Yusuf"),
        Organisation(id: 6, name: "Somali Kvinneforening Drammen", category: .innvandrer, kommunedelID: 7, active: false),
        Organisation(id: 7, name: "Łukasz Wiśniewski Sjakklubb 象棋", category: .kultur, kommunedelID: 8),
    ]

    static var activities: [Activity] {
        [
            Activity(id: 1, title: "Strikkekafé", organiser: "Danvik-Fjell frivilligsentral", category: .sosialt,
                     audience: .seniorer, kommunedelID: 6, venueID: 1, start: at(11), end: at(13)),
            Activity(id: 2, title: "Leksehjelp", organiser: "Fjell bibliotek", category: .laering, audience: .barn,
                     kommunedelID: 6, venueID: 2, start: at(16), end: at(18)),
            Activity(id: 3, title: "Språkkafé", organiser: "Strømsø frivilligsentral", category: .sosialt, audience: .alle,
                     kommunedelID: 7, venueID: nil, start: at(18, 30, today.adding(days: 1)), end: at(20, 0, today.adding(days: 1)),
                     cancelled: true),
        ]
    }

    static var bookings: [Booking] {
        [
            Booking(id: 1, venueID: 1, start: at(17), end: at(19), organisationID: 4, bookerName: "Konnerud IL",
                    purpose: "Styremøte", attendees: 12),
            Booking(id: 2, venueID: 2, start: at(18), end: at(20), status: .requested, bookerName: "Nguyễn Thị Lan",
                    purpose: "Bursdagsfeiring", attendees: 20, price: Money(ore: 50_000)),
        ]
    }

    static let storsalen = Venue(id: 1, name: "Storsalen", kind: .forsamlingslokale, siteID: 1, kommunedelID: 6,
                                 capacity: 80, pricePolicy: .freeForVoluntary, hourlyRate: Money(kroner: 450),
                                 accessMethod: .codeLock, hearingLoop: true, equipment: ["projektor"])
    static let moterom = Venue(id: 2, name: "Møterom 2", kind: .moterom, siteID: 1, kommunedelID: 6, capacity: 12,
                               slotMinutes: 60, pricePolicy: .hourly, hourlyRate: Money(kroner: 250), requiresApproval: true)

    /// Grid rows: two venues with bookings, one closed for the day.
    static var venueDays: [VenueDay] {
        var b = bookings
        b[0].accessCode = "482913"
        let closed = Venue(id: 3, name: "Gymsal", kind: .gymsal, siteID: 12, kommunedelID: 7, capacity: 60)
        return [
            VenueDay(venue: storsalen, date: today, bookings: [b[0]],
                     parties: [4: BookingParty(id: 4, name: "Konnerud IL", contactName: "Ole Hansen", phone: "32 00 00 00")]),
            VenueDay(venue: moterom, date: today, bookings: [b[1]]),
            VenueDay(venue: closed, date: today, closures: [Closure(venueID: 3, startsOn: today, endsOn: today, reason: "Maling")]),
        ]
    }

    static var applications: [GrantApplication] {
        [
            GrantApplication(id: 1, reference: "2026-0412", schemeID: 5, organisationID: 4, applicantName: "Konnerud IL",
                             title: "Aktivitetsdag for hele bygda", amountRequested: Money(kroner: 45_000), status: .received,
                             receivedOn: today.adding(days: -2), decisionDue: today.adding(days: 20), assignee: nil),
            GrantApplication(id: 2, reference: "2026-0398", schemeID: 11, organisationID: 5, applicantName: "Fjell Skolekorps",
                             title: "Vårkonsert", amountRequested: Money(kroner: 12_500), status: .inReview,
                             receivedOn: today.adding(days: -40), decisionDue: today.adding(days: -3), assignee: "per.olsen"),
        ]
    }

    /// The applications as inbox lines: one with a declared conflict, one tagged.
    static var inboxLines: [GrantInboxLine] {
        let a = applications
        return [GrantInboxLine(application: a[0], schemeName: "Støtte til nærmiljøtiltak", group: .projects, kind: .grant,
                               hasConflict: false, myConflict: false, tags: []),
                GrantInboxLine(application: a[1], schemeName: "Åpne kulturarrangement", group: .festivals, kind: .grant,
                               hasConflict: true, myConflict: false, tags: ["jubileum"])]
    }

    /// The second application's case, as the store would read it.
    static var grantCase: GrantCase {
        var a = applications[1]
        a.scoreMilli = 3400
        a.year = 2026
        let scheme = ReferenceData.grantSchemes[10]
        let criteria = [GrantCriterion(id: 1, schemeID: 11, position: 1, name: Bilingual(nb: "Åpent for alle", en: "Open to everyone"), weight: 60),
                        GrantCriterion(id: 2, schemeID: 11, position: 2, name: Bilingual(nb: "Publikumsgrunnlag", en: "Expected audience"), weight: 40)]
        return GrantCase(
            application: a, scheme: scheme, organisationNumber: "974760673", kommunedel: "Fjell/Danvik", contactName: "Kari Nordmann",
            contactEmail: "kari@example.no", contactPhone: "900 00 000", projectBudget: Money(kroner: 40_000), otherFunding: .zero,
            round: GrantRound(year: 2026, deadline: CivilDate(year: 2026, month: 11, day: 1)), criteria: criteria,
            scores: [GrantScore(criterionID: 1, staff: "per.olsen", score: 4), GrantScore(criterionID: 2, staff: "per.olsen", score: 3),
                     GrantScore(criterionID: 1, staff: "kari", score: 2, setAside: true)],
            conflicts: [ConflictDeclaration(staff: "kari", reason: "Styremedlem i korpset", declaredAt: "2026-11-20T10:00:00Z")],
            recommendations: [], agreementsWithMoney: [], appeals: [], attachments: ["budsjett.pdf"], tags: ["jubileum"],
            events: [GrantCase.Event(at: "2026-10-17T09:00:00Z", staff: "søknadsportalen", from: nil, to: .received, kind: "status", note: "Søknad mottatt digitalt."),
                     GrantCase.Event(at: "2026-10-20T10:00:00Z", staff: "per.olsen", from: .received, to: .inReview, kind: "status", note: "Tildelt per.olsen."),
                     GrantCase.Event(at: "2026-11-20T10:00:00Z", staff: "kari", from: .inReview, to: .inReview, kind: "conflict", note: "Meldt inhabil: Styremedlem i korpset")],
            decidedInYear: Money(kroner: 640_000))
    }

    /// Requests for volunteers as the Volunteers pane lists them: urgent and new ones, one needing a politiattest.
    static var requests: [VolunteerRequest] {
        let t = { (h: Int) in CivilTime(hour: h)! }
        return [
            VolunteerRequest(id: 1, title: "Besøksvenn tirsdager", requester: "Fjell sykehjem", serviceID: 1, organisationID: nil,
                             kommunedelID: 6, skills: ["besøksvenn"],
                             schedule: .weekly([2], from: t(14), to: t(16), starting: today.adding(days: 5)),
                             volunteersNeeded: 2, minimumAge: 18, priority: .high, status: .new, createdOn: today.adding(days: -2)),
            VolunteerRequest(id: 2, title: "Leksehjelp for 5.–7. trinn", requester: "Fjell bibliotek", serviceID: 2,
                             organisationID: nil, kommunedelID: 6, skills: ["leksehjelp"],
                             schedule: .weekly([2, 4], from: t(16), to: t(18), starting: today.adding(days: 12)),
                             volunteersNeeded: 3, politiattest: .children, minimumAge: 18, priority: .normal,
                             status: .matching, createdOn: today.adding(days: -20)),
            VolunteerRequest(id: 3, title: "Sjåfør til Juledugnaden", requester: "Svelvik frivilligsentral", serviceID: nil,
                             organisationID: 5, kommunedelID: 10, skills: ["sjåfør"],
                             schedule: .once(today.adding(days: 20), from: t(10), to: t(15)), volunteersNeeded: 1,
                             minimumAge: 20, priority: .urgent, status: .new, createdOn: today.adding(days: -1)),
        ]
    }

    /// The triage queue of those requests, most urgent then oldest first.
    static var triage: TriageSnapshot {
        let r = requests
        return TriageSnapshot(rows: [
            TriageRow(request: r[2], serviceName: "", stillNeeded: 1, waitingDays: 1, overdue: false, question: ""),
            TriageRow(request: r[0], serviceName: "Fjell bo- og helsesenter", stillNeeded: 2, waitingDays: 2, overdue: false,
                      question: "Hvilken avdeling?"),
            TriageRow(request: r[1], serviceName: "Fjell bibliotek", stillNeeded: 3, waitingDays: 20, overdue: true, question: ""),
        ], counts: [ServiceCount(name: "", count: 1), ServiceCount(name: "Fjell bibliotek", count: 1),
                    ServiceCount(name: "Fjell bo- og helsesenter", count: 1)])
    }

    static var volunteers: [Volunteer] {
        [
            Volunteer(id: 1, name: "Ingrid Solberg", birthYear: 1954, kommunedelID: 6, phone: "917 00 001",
                      skills: ["besøksvenn", "turvenn"], confidentialitySigned: true, introCourseDone: true),
            Volunteer(id: 2, name: "Ahmed Hassan", birthYear: 1990, kommunedelID: 7, phone: "917 00 002",
                      languages: ["nb", "ar", "so"], skills: ["språkvenn", "leksehjelp"], confidentialitySigned: true),
            Volunteer(id: 3, name: "Sofie Berg", birthYear: 2009, kommunedelID: 10, skills: ["kafévert"],
                      parentalConsent: true),
        ]
    }

    /// A signed-in admin looking at the given tab with every list loaded.
    static func model(size: Size = Size(width: 120, height: 40), language: Language = .nb, tab: Tab = .directory,
                      staff: Staff? = admin) -> Model {
        var m = Model(language: language, today: today, user: "kari", staff: staff, size: size)
        m.lookup = lookup
        m.tab = tab
        let visible = m.paneLayout.visibleRows
        m.directory.organisations.receive(total: organisations.count, offset: 0, rows: organisations, visible: visible)
        m.calendar.activities.receive(total: activities.count, offset: 0, rows: activities, visible: visible)
        m.venues.grid.receive(total: venueDays.count, offset: 0, rows: venueDays, visible: visible)
        fillCalendar(&m)
        m.grants.inbox.receive(total: inboxLines.count, offset: 0, rows: inboxLines, visible: visible)
        m.volunteers.requests.receive(total: requests.count, offset: 0, rows: requests, visible: visible)
        m.volunteers.volunteers.receive(total: volunteers.count, offset: 0, rows: volunteers, visible: visible)
        m.volunteers.triage = triage
        return m
    }

    /// Repeating activities of a Drammen week, and a few one-offs.
    static var calendarSeries: [ActivitySeries] {
        func a(_ title: String, _ org: String, _ cat: ActivityCategory, _ aud: Audience, _ k: RowID, _ venue: RowID?,
               _ day: String, _ h: Int, _ m: Int, _ minutes: Int) -> Activity {
            let start = CivilDateTime(date: CivilDate(iso: day)!, time: CivilTime(hour: h, minute: m)!)
            return Activity(title: title, organiser: org, category: cat, audience: aud, kommunedelID: k, venueID: venue,
                            start: start, end: CivilDateTime(ordinal: start.ordinal + minutes))
        }
        return [
            ActivitySeries(id: 1, uid: "s1", template: a("Strikkekafé", "Danvik-Fjell frivilligsentral", .sosialt, .seniorer, 6, 2,
                                                         "2026-09-03", 10, 0, 120),
                           rule: RecurrenceRule(pattern: .weekly(weekdays: [4]))!, exceptions: [CivilDate(iso: "2026-12-24")!]),
            ActivitySeries(id: 2, uid: "s2", template: a("Leksehjelp", "Fjell bibliotek", .laering, .barn, 6, 2, "2026-08-24", 16, 0, 120),
                           rule: RecurrenceRule(pattern: .weekly(weekdays: [1, 3]))!),
            ActivitySeries(id: 3, uid: "s3", template: a("Seniortrim", "Strømsø frivilligsentral", .helse, .seniorer, 7, nil,
                                                         "2026-09-01", 11, 0, 60),
                           rule: RecurrenceRule(pattern: .weekly(weekdays: [2, 5]))!),
            ActivitySeries(id: 4, uid: "s4", template: a("Quiz på biblioteket", "Drammensbiblioteket", .kultur, .voksne, 8, nil,
                                                         "2026-01-30", 19, 0, 150),
                           rule: RecurrenceRule(pattern: .monthly(ordinal: -1, weekday: 5))!),
            ActivitySeries(id: 5, uid: "s5", template: a("Fotball for jenter 8–12", "Konnerud IL", .idrett, .barn, 5, 1,
                                                         "2026-09-05", 12, 30, 90),
                           rule: RecurrenceRule(pattern: .weekly(weekdays: [6]), interval: 2)!),
        ]
    }

    static var calendarOneOffs: [Activity] {
        func at(_ day: String, _ h: Int) -> CivilDateTime { CivilDateTime(date: CivilDate(iso: day)!, time: CivilTime(hour: h)!) }
        return [
            Activity(id: 11, title: "Julemarked på Bragernes", organiser: "Drammen Sentrum", category: .kultur, audience: .alle,
                     kommunedelID: 7, venueID: nil, start: at("2026-12-12", 12), end: at("2026-12-12", 16),
                     description: "Boder, gløgg og korpsmusikk."),
            Activity(id: 12, title: "Språkkafé", organiser: "Strømsø frivilligsentral", category: .sosialt, audience: .alle,
                     kommunedelID: 7, venueID: nil, start: at("2026-11-27", 18), end: at("2026-11-27", 20), cancelled: true),
            Activity(id: 13, title: "Juletrefest", organiser: "Fjell Skolekorps", category: .kultur, audience: .barn,
                     kommunedelID: 6, venueID: 1, start: at("2026-12-27", 15), end: at("2026-12-27", 18)),
        ]
    }

    /// The Calendar pane as the runner fills it: a wide range loaded, so every view and move shows data.
    static func fillCalendar(_ m: inout Model) {
        let from = CivilDate(iso: "2026-10-01")!, through = CivilDate(iso: "2027-01-31")!
        let slice = CalendarSlice(
            occurrences: CalendarRange.occurrences(oneOffs: calendarOneOffs, series: calendarSeries, from: from, through: through,
                                                   filter: CalendarFilter()),
            rules: Dictionary(uniqueKeysWithValues: calendarSeries.map { ($0.id, $0.rule) }))
        m.calendar.apply(CalendarQuery(from: from, through: through, filter: CalendarFilter()), slice)
        m.calendar.bookingStatus = [13: .confirmed]
    }

    /// Sends keys one by one, collecting every command asked for.
    @discardableResult
    static func press(_ keys: [Key], _ model: inout Model) -> [Command] {
        keys.flatMap { update(&model, .keyPressed($0)) }
    }

    static func type(_ text: String, _ model: inout Model) -> [Command] {
        press(text.map { Key.char($0) }, &model)
    }
}

// Messages as the runner sends them, spelt as the tests read best.
extension Msg {
    static func venueAdmin(_ msg: VenueAdminMsg) -> Msg { .venues(.admin(msg)) }
    static func organisationSaved(_ result: Result<Organisation, AppError>) -> Msg { .directory(.organisationSaved(result)) }
}
