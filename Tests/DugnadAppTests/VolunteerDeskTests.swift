import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

/// The coordinator's desk through the real update loop: F2 registration from any tab, a volunteer's card and
/// its keys, requests created and edited, priority, hours, the crisis list, the windowed triage queue — and the
/// card, request form and crisis list at both sizes in both languages.
@Suite struct VolunteerDeskTests {
    static var lookup: Lookup {
        var l = Fixtures.lookup
        l.skills = ["besøksvenn", "turvenn", "sjåfør", "leksehjelp", "språkvenn", "kafévert", "IT-hjelp"]
        l.services = [Service(id: 1, name: "Fjell bo- og helsesenter", kommunedelID: 6, volunteerContact: "Lise Lie",
                              contactPhone: "", contactEmail: "")]
        return l
    }

    static func model(_ size: Size = Size(width: 120, height: 40), _ language: Language = .nb, tab: Tab = .volunteers) -> Model {
        var m = Fixtures.model(size: size, language: language, tab: tab)
        m.lookup = lookup
        m.volunteers.section = .triage
        return m
    }

    static var card: VolunteerCard {
        var v = Fixtures.volunteers[0]
        v.dataConsent = DataConsent(givenOn: Fixtures.today.adding(days: -30), purpose: DataConsent.standardPurpose)
        v.availability = WeeklyAvailability(text: "2a,4me")!
        return VolunteerCard(volunteer: v, attests: [PolitiattestSeen(kind: .children, seenOn: Fixtures.today.adding(days: -10),
                                                                      seenBy: "kari")],
                             assignments: [CardAssignment(id: 7, requestID: 2, title: "Leksehjelp for 5.–7. trinn", status: .confirmed,
                                                          minutes: 270, politiattest: .children),
                                           CardAssignment(id: 8, requestID: 1, title: "Besøksvenn tirsdager", status: .proposed,
                                                          minutes: 0)])
    }

    /// Opens the volunteers list with its rows and Enter on the first: the card is read.
    static func openCard(_ m: inout Model) -> [Command] {
        Fixtures.press([.tab, .tab], &m)
        m.volunteers.volunteers.receive(total: Fixtures.volunteers.count, offset: 0, rows: Fixtures.volunteers,
                                        visible: m.paneLayout.visibleRows)
        return Fixtures.press([.enter], &m)
    }

    @Test func f2RegistersAWalkInFromAnyTabWithCompletedSkillsAndConsent() {
        var m = Self.model(tab: .calendar)
        Fixtures.press([.function(2)], &m)
        #expect(m.tab == .calendar && m.form?.purpose == .volunteers(.register))
        _ = Fixtures.type("Kari Nordmann", &m)
        Fixtures.press([.tab], &m); _ = Fixtures.type("912 34 567", &m)
        Fixtures.press([.tab], &m); _ = Fixtures.type("1961", &m)
        Fixtures.press([.tab], &m); _ = Fixtures.type("besøk, tur", &m)
        // The note under the form offers the vocabulary's skills the last word starts.
        #expect(m.form?.notes.contains(FormNote(.volunteers(.desk(.skillMatches(["turvenn"]))))) == true)
        Fixtures.press([.tab], &m); _ = Fixtures.type("2a,4me", &m)
        #expect(m.form?.notes.contains(FormNote(.volunteers(.desk(.availabilityWords(WeeklyAvailability(text: "2a,4me")!))))) == true)
        let commands = Fixtures.press([.ctrl("s")], &m)
        guard case .volunteers(.register(let v))? = commands.first else { Issue.record("no register: \(commands)"); return }
        #expect(v.skills == ["besøksvenn", "turvenn"])
        #expect(v.availability.contains(weekday: 2, part: .afternoon) && v.availability.contains(weekday: 4, part: .evening))
        #expect(v.dataConsent == DataConsent(givenOn: Fixtures.today, purpose: DataConsent.standardPurpose))
        _ = update(&m, .volunteers(.registered(.success(42))))
        #expect(m.form == nil && m.tab == .calendar)
    }

    @Test func registrationRefusesABadScheduleAndAConsentWithoutPurposeOrDate() {
        var m = Self.model()
        Fixtures.press([.function(2)], &m)
        _ = Fixtures.type("Ola", &m)
        Fixtures.press([.tab, .tab], &m); _ = Fixtures.type("2011", &m)
        // A 15-year-old without parental consent is reminded before saving.
        #expect(m.form?.notes.contains(FormNote(.volunteers(.desk(.minorNeedsConsent)), isError: true)) == true)
        Fixtures.press([.tab, .tab], &m); _ = Fixtures.type("9x", &m)
        #expect(Fixtures.press([.ctrl("s")], &m).isEmpty)
        #expect(m.form?.field(RegistrationField.availability)?.error != nil)
        // The store's refusal lands on the fields it concerns.
        _ = update(&m, .volunteers(.registered(.failure(.volunteer([.noDataConsent, .minorWithoutParentalConsent])))))
        #expect(m.form?.field(RegistrationField.consentDate)?.error != nil)
        #expect(m.form?.field(RegistrationField.parental)?.error != nil)
    }

    @Test func theCardEditsRecordsAttestPrintsTheConfirmationAndPauses() {
        var m = Self.model()
        #expect(Self.openCard(&m) == [.volunteers(.desk(.loadCard(1)))])
        _ = update(&m, .volunteers(.desk(.cardLoaded(.success(Self.card)))))
        #expect(m.keyContext == .volunteerCard)
        // e: the registration form, filled in; a changed phone is an update of the same volunteer.
        Fixtures.press([.char("e")], &m)
        guard case .volunteers(.editVolunteer(let old))? = m.form?.purpose else { Issue.record("no edit form"); return }
        #expect(old.id == 1 && m.form?.value(RegistrationField.phone) == "917 00 001")
        Fixtures.press([.tab], &m); _ = Fixtures.type("40000000", &m)
        let saved = Fixtures.press([.ctrl("s")], &m)
        guard case .volunteers(.desk(.updateVolunteer(let v)))? = saved.first else { Issue.record("\(saved)"); return }
        #expect(v.id == 1 && v.phone == "40000000" && v.skills == ["besøksvenn", "turvenn"])
        let reread = update(&m, .volunteers(.desk(.saved(.success(1), .volunteers(.desk(.volunteerSaved(v.name)))))))
        #expect(m.form == nil && reread == [.volunteers(.desk(.loadCard(1)))])
        // a: politiattest seen, for the selected assignment's kind, today.
        Fixtures.press([.char("a")], &m)
        #expect(Fixtures.press([.ctrl("s")], &m)
                == [.volunteers(.desk(.recordAttest(volunteer: 1, kind: .children, seenOn: Fixtures.today)))])
        _ = update(&m, .volunteers(.desk(.saved(.failure(.volunteer([.badSchedule])), .volunteers(.desk(.attestSaved))))))
        #expect(m.form != nil && m.message?.isError == true)
        Fixtures.press([.escape], &m)
        if m.overlay != nil { Fixtures.press([.enter], &m) }
        // b: the confirmation of purpose for the task that needs it; not for one that does not.
        #expect(Fixtures.press([.char("b")], &m) == [.volunteers(.desk(.loadConfirmation(volunteer: 1, request: 2)))])
        _ = update(&m, .volunteers(.desk(.confirmationLoaded(.success(ReadingText(title: "Bekreftelse", lines: ["Bekreftelse", "…"]))))))
        #expect(m.keyContext == .volunteerReading)
        Fixtures.press([.escape, .down], &m)
        #expect(Fixtures.press([.char("b")], &m).isEmpty && m.message?.isError == true)
        // p: a break; h: hours on the selected assignment.
        var paused = Self.card.volunteer; paused.status = .paused
        #expect(Fixtures.press([.char("p")], &m) == [.volunteers(.desk(.setStatus(paused)))])
        Fixtures.press([.up, .char("h")], &m)
        _ = Fixtures.type("1,5", &m)
        #expect(Fixtures.press([.ctrl("s")], &m)
                == [.volunteers(.desk(.logHours(assignment: 7, day: Fixtures.today, minutes: 90, request: 2)))])
    }

    @Test func aNursingHomesRequestIsCreatedAsAWeeklyTuesdayPattern() {
        var m = Self.model()
        Fixtures.press([.tab], &m)
        #expect(m.keyContext == .volunteerRequestList)
        Fixtures.press([.char("n")], &m)
        #expect(m.form?.purpose == .volunteers(.request(original: nil)))
        // The service picker: type to filter, Enter to take it.
        _ = Fixtures.type("Fjell", &m); Fixtures.press([.enter], &m)
        Fixtures.press([.tab], &m); _ = Fixtures.type("To besøksvenner tirsdag", &m)
        Fixtures.press([.tab], &m); _ = Fixtures.type("Lise Lie", &m)
        Fixtures.press([.tab], &m); _ = Fixtures.type("besøk", &m)
        Fixtures.press([.tab, .tab, .tab], &m); _ = Fixtures.type("2", &m)
        Fixtures.press([.tab, .tab, .tab, .tab], &m); _ = Fixtures.type("2", &m)
        let commands = Fixtures.press([.ctrl("s")], &m)
        guard case .volunteers(.desk(.createRequest(let r)))? = commands.first else { Issue.record("\(commands)"); return }
        #expect(r.title == "To besøksvenner tirsdag" && r.serviceID == 1 && r.kommunedelID == 6 && r.skills == ["besøksvenn"])
        #expect(r.schedule.isWeekly && r.schedule.weekdays == [2] && r.volunteersNeeded == 2 && r.status == .new)
        _ = update(&m, .volunteers(.desk(.saved(.failure(.volunteer([.missingTitle])), .volunteers(.desk(.requestSaved))))))
        #expect(m.form?.field(RequestField.title)?.error != nil)
    }

    @Test func triageSetsPriorityEditsAndReadsTheQueueAsAWindow() {
        var m = Self.model()
        var snapshot = Fixtures.triage
        snapshot.total = 250
        _ = update(&m, .volunteers(.triageLoaded(.success(snapshot))))
        #expect(Fixtures.press([.char("P")], &m) == [.volunteers(.desk(.setPriority(request: 3, .low)))])
        Fixtures.press([.char("e")], &m)
        #expect(m.form?.purpose == .volunteers(.request(original: Fixtures.requests[2])))
        Fixtures.press([.escape], &m)
        // Past the rows read, the next window is asked for around the selection.
        Fixtures.press([.down, .down], &m)
        #expect(Fixtures.press([.down], &m) == [.volunteers(.loadTriage(offset: 0, followedBy: nil))])
        let end = Fixtures.press([.char("G")], &m)
        #expect(m.volunteers.triageSelected == 249 && end == [.volunteers(.loadTriage(offset: 224, followedBy: nil))])
        _ = update(&m, .volunteers(.triageLoaded(.success(TriageSnapshot(rows: Fixtures.triage.rows, counts: [], offset: 247,
                                                                           total: 250)))))
        #expect(m.volunteers.selectedTriage?.request.id == Fixtures.triage.rows[2].request.id)
        // A frivillighetskontakt (not a coordinator) reads only their own services.
        var contact = Fixtures.model(tab: .volunteers, staff: Staff(id: 2, username: "lise", displayName: "Lise Lie", role: .frontdesk))
        contact.volunteers.section = .triage
        #expect(update(&contact, .volunteers(.proposalApplied(.success(0)))) == [.volunteers(.loadTriage(offset: 0, followedBy: contact.user))])
    }

    @Test func hoursForTheGroupTotalsAndTheCrisisList() {
        var m = Self.model()
        _ = update(&m, .volunteers(.triageLoaded(.success(Fixtures.triage))))
        Fixtures.press([.enter], &m)
        var detail = VolunteersPaneTests.detail()
        detail.request = Fixtures.requests[2]
        _ = update(&m, .volunteers(.requestLoaded(.success(detail))))
        Fixtures.press([.char("H")], &m); _ = Fixtures.type("2", &m)
        #expect(Fixtures.press([.ctrl("s")], &m) == [.volunteers(.desk(.logGroupHours(request: 3, day: Fixtures.today, minutes: 120)))])
        // Saved: the form closes and the request is read again.
        let reread = update(&m, .volunteers(.desk(.saved(.success(3), .volunteers(.desk(.groupHoursLogged))))))
        #expect(m.form == nil && reread == [.volunteers(.loadRequest(3))])
        Fixtures.press([.escape], &m)
        let from = CivilDate(year: 2026, month: 1, day: 1)!
        #expect(Fixtures.press([.char("T")], &m) == [.volunteers(.desk(.loadHours(.service, from: from, through: Fixtures.today)))])
        _ = update(&m, .volunteers(.desk(.hoursLoaded(.success(HoursTotals(group: .service, from: from, through: Fixtures.today,
                                                                           rows: [HoursTotalRow(key: "Fjell bibliotek", minutes: 600)]))))))
        #expect(Fixtures.press([.char("g")], &m) == [.volunteers(.desk(.loadHours(.kommunedel, from: from, through: Fixtures.today)))])
        Fixtures.press([.escape, .char("!")], &m)
        #expect(m.form?.purpose == .volunteers(.crisis))
        Fixtures.press([.tab], &m); _ = Fixtures.type("sjå", &m)
        #expect(Fixtures.press([.ctrl("s")], &m) == [.volunteers(.desk(.loadCrisis(CrisisQuery(day: Fixtures.today, skills: ["sjåfør"]))))])
    }

    @Test func screensAtBothSizesInBothLanguages() {
        for size in SnapshotTests.sizes {
            for language in Language.allCases {
                let name = "\(size.width)x\(size.height)-\(language.rawValue)"
                var m = Self.model(size, language)
                _ = Self.openCard(&m)
                _ = update(&m, .volunteers(.desk(.cardLoaded(.success(Self.card)))))
                SnapshotTests.check("volunteers-card-\(name)", m)
                m = Self.model(size, language)
                Fixtures.press([.tab, .char("n")], &m)
                SnapshotTests.check("volunteers-request-form-\(name)", m)
                m = Self.model(size, language)
                _ = update(&m, .volunteers(.triageLoaded(.success(Fixtures.triage))))
                Fixtures.press([.char("!"), .ctrl("s")], &m)
                let list = CrisisCallList(query: CrisisQuery(day: Fixtures.today, skills: ["sjåfør"]),
                                          volunteers: Array(Fixtures.volunteers.prefix(2)))
                _ = update(&m, .volunteers(.desk(.crisisLoaded(.success(list)))))
                SnapshotTests.check("volunteers-crisis-\(name)", m)
            }
        }
    }
}
