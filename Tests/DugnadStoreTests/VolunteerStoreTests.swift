import DugnadCore
import Foundation
import GRDB
import Testing
@testable import DugnadStore

private let today = CivilDate(iso: "2026-11-26")!
private func t(_ h: Int) -> CivilTime { CivilTime(hour: h)! }
private let consent = DataConsent(givenOn: today, purpose: DataConsent.standardPurpose)

private func walkIn(_ name: String, born: Int = 1975, skills: [String] = ["besøksvenn"], parental: Bool = false,
                    availability: String = "2a") -> Volunteer {
    Volunteer(name: name, birthYear: born, kommunedelID: 6, phone: "91234567", email: "\(name.prefix(3))@eksempel.no",
              languages: ["nb"], skills: skills, maxHoursPerMonth: 12, parentalConsent: parental, dataConsent: consent,
              availability: WeeklyAvailability(text: availability)!)
}

private func tuesdays(_ title: String = "Besøksvenn tirsdag", needed: Int = 2, kind: PolitiattestKind? = nil,
                      from: Int = 14, status: RequestStatus = .new) -> VolunteerRequest {
    VolunteerRequest(title: title, requester: "Anne Berg", serviceID: nil, organisationID: nil, kommunedelID: 6,
                     skills: ["besøksvenn"], schedule: .weekly([2], from: t(from), to: t(from + 2), starting: CivilDate(iso: "2026-12-01")!),
                     volunteersNeeded: needed, politiattest: kind, minimumAge: 18, priority: .normal, status: status)
}

@Suite struct VolunteerStoreTests {
    let dir = TempDir()

    func open() throws -> AppDatabase { try AppDatabase.open(path: dir.path("v.sqlite"), user: "anna") }

    @Test func registrationIsValidatedAndAudited() throws {
        let db = try open()
        let id = try db.registerVolunteer(walkIn("  Kari Nordmann "), today: today)
        let saved = try #require(try db.volunteer(id: id))
        #expect(saved.name == "Kari Nordmann" && saved.dataConsent == consent && saved.availability.text == "2a")
        #expect(try db.auditEntries(entity: "volunteer", id: id).map(\.action) == ["create"])
        var noConsent = walkIn("Ola"); noConsent.dataConsent = nil
        #expect(expectStoreError(.volunteerRefused([.noDataConsent])) { _ = try db.registerVolunteer(noConsent, today: today) })
        #expect(expectStoreError(.volunteerRefused([.minorWithoutParentalConsent])) {
            _ = try db.registerVolunteer(walkIn("Ida", born: 2010), today: today)
        })
        #expect(expectStoreError(.volunteerRefused([.tooYoung(age: 13)])) { _ = try db.registerVolunteer(walkIn("Eva", born: 2013), today: today) })
        #expect(expectStoreError(.volunteerRefused([.unknownSkill("sjonglering")])) {
            _ = try db.registerVolunteer(walkIn("Per", skills: ["sjonglering"]), today: today)
        })
        #expect(try db.volunteerCount() == 1)
        // The vocabulary is shared and editable.
        try db.addSkill("sjonglering")
        _ = try db.registerVolunteer(walkIn("Per", skills: ["sjonglering"]), today: today)
        #expect(try db.skillVocabulary().contains("sjonglering"))
        #expect(expectStoreError(.volunteerRefused([.badSkillName("a,b")])) { try db.addSkill("a,b") })
    }

    @Test func triageStepsFollowTheWorkflowWithReasons() throws {
        let db = try open()
        let id = try db.createRequest(tuesdays(), today: today)
        #expect(expectStoreError(.volunteerRefused([.reasonRequired])) { try db.requestStep(.sendBack, requestID: id) })
        try db.requestStep(.sendBack, requestID: id, note: "Hvilken avdeling?")
        #expect(try db.triageQueue(today: today).first?.question == "Hvilken avdeling?")
        try db.requestStep(.triage, requestID: id, priority: .urgent)
        #expect(try db.request(id: id)?.status == .triaged && db.request(id: id)?.priority == .urgent)
        #expect(expectStoreError(.volunteerRefused([.stepNotAllowed(.fill, .triaged)])) { try db.requestStep(.fill, requestID: id) })
        let other = try db.createRequest(tuesdays("Gammel forespørsel"), today: today.adding(days: -20))
        try db.requestStep(.reject, requestID: other, note: "Ikke en frivillig oppgave")
        #expect(try db.request(id: other)?.status == .cancelled)
        #expect(try db.requestEvents(requestID: id).map(\.step) == ["send_back", "triage"])
    }

    @Test func proposeRefusesEveryHardRuleAndFillsWhenConfirmed() throws {
        let db = try open()
        let kari = try db.registerVolunteer(walkIn("Kari"), today: today)
        let ola = try db.registerVolunteer(walkIn("Ola"), today: today)
        let r = try db.createRequest(tuesdays(kind: .children), today: today)
        try db.requestStep(.triage, requestID: r)
        // No politiattest seen: refused, and never a candidate.
        #expect(try db.candidates(requestID: r, today: today).isEmpty)
        #expect(expectStoreError(.volunteerRefused([.matchRefused([.politiattestNotSeen(.children)])])) {
            _ = try db.propose(requestID: r, volunteerID: kari, today: today)
        })
        try db.recordPolitiattestSeen(volunteerID: kari, kind: .children, seenOn: today, today: today)
        try db.recordPolitiattestSeen(volunteerID: ola, kind: .intellectualDisabilities, seenOn: today, today: today)
        #expect(try db.candidates(requestID: r, today: today).map(\.volunteer.id) == [kari])
        let a = try db.propose(requestID: r, volunteerID: kari, today: today)
        #expect(try db.request(id: r)?.status == .matching)
        // Proposed twice: refused. A clashing Tuesday request: refused for Kari.
        #expect(expectStoreError(.volunteerRefused([.matchRefused([.alreadyOnRequest])])) {
            _ = try db.propose(requestID: r, volunteerID: kari, today: today)
        })
        let clash = try db.createRequest(tuesdays("Kafévert tirsdag", from: 15), today: today)
        try db.requestStep(.triage, requestID: clash)
        #expect(expectStoreError(.volunteerRefused([.matchRefused([.clash(requestID: r)])])) {
            _ = try db.propose(requestID: clash, volunteerID: kari, today: today)
        })
        #expect(try db.candidates(requestID: clash, today: today).map(\.volunteer.id) == [ola])
        // Decline needs a reason; confirm fills a one-place request.
        let single = try db.createRequest(tuesdays("Besøksvenn torsdag", needed: 1, from: 10), today: today)
        try db.requestStep(.triage, requestID: single)
        let b = try db.propose(requestID: single, volunteerID: ola, today: today)
        #expect(expectStoreError(.volunteerRefused([.reasonRequired])) { try db.declineAssignment(b, reason: " ") })
        try db.confirmAssignment(b)
        #expect(try db.request(id: single)?.status == .filled)
        try db.declineAssignment(a, reason: "Har ikke tid likevel")
        #expect(try db.assignments(requestID: r).first?.status == .declined)
        // Hours: group entry for the confirmed ones, totals, CSV.
        #expect(try db.logHoursForRequest(single, day: today, minutes: 120, today: today) == 1)
        #expect(expectStoreError(.volunteerRefused([.assignmentNotIn(.declined)])) {
            try db.logHours([.init(assignmentID: a, day: today, minutes: 60)], today: today)
        })
        #expect(try db.hoursTotals(by: .month, from: today.firstOfMonth, through: today).map(\.minutes) == [120])
        #expect(try db.hoursCSV(from: today.firstOfMonth, through: today).contains("2026-11-26,2026-11,\(ola),Ola,,Fjell/Danvik,Besøksvenn torsdag,120,2.00"))
    }

    @Test func matchAllIsOptimalAndSavedOnlyWhenApplied() throws {
        let db = try open()
        let kari = try db.registerVolunteer(walkIn("Kari", availability: "2a"), today: today)
        let ola = try db.registerVolunteer(walkIn("Ola", availability: "2a,2e"), today: today)
        let a = try db.createRequest(tuesdays("Tirsdag ettermiddag", needed: 1), today: today)
        let b = try db.createRequest(tuesdays("Tirsdag kveld", needed: 1, from: 18), today: today)
        for id in [a, b] { try db.requestStep(.triage, requestID: id) }
        let proposal = try db.proposeMatches(today: today, includeCandidates: true)
        // Kari fits only the afternoon; the optimum gives the evening to Ola.
        #expect(Set(proposal.pairs.map { "\($0.request)-\($0.volunteer)" }) == ["\(a)-\(kari)", "\(b)-\(ola)"])
        #expect(proposal.total == proposal.pairs.reduce(0) { $0 + $1.score } && proposal.candidates.count == 4)
        #expect(try db.assignments(requestID: a).isEmpty)
        #expect(try db.applyProposal(proposal.pairs, today: today) == 2)
        #expect(try db.assignments(requestID: a).map(\.status) == [.proposed])
        #expect(try db.proposeMatches(today: today).pairs.isEmpty)
    }

    @Test func personExportAndEraseKeepHoursWithoutIdentity() throws {
        let db = try open()
        let kari = try db.registerVolunteer(walkIn("Kari Nordmann"), today: today)
        try db.recordPolitiattestSeen(volunteerID: kari, kind: .children, seenOn: today, today: today)
        let r = try db.createRequest(tuesdays(needed: 1), today: today)
        try db.requestStep(.triage, requestID: r)
        let a = try db.propose(requestID: r, volunteerID: kari, today: today)
        try db.confirmAssignment(a)
        try db.logHours([.init(assignmentID: a, day: today, minutes: 90)], today: today)
        let json = try db.exportPerson(kari)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["volunteer"] as? [String: Any])?["name"] as? String == "Kari Nordmann")
        #expect((object["politiattest_seen"] as? [[String: Any]])?.first?["kind"] as? String == "children")
        #expect((object["hours"] as? [[String: Any]])?.first?["minutes"] as? Int == 90)
        #expect((object["assignments"] as? [[String: Any]])?.count == 1)
        try db.erasePerson(kari, today: today)
        let after = try db.exportPerson(kari)
        #expect(!after.contains("Kari") && !after.contains("91234567") && !after.contains("\"kind\""))
        #expect(try db.hoursTotals(by: .volunteer, from: today, through: today).map(\.key) == ["(slettet)"])
        #expect(try db.hoursTotals(by: .kommunedel, from: today, through: today).map(\.minutes) == [90])
        #expect(expectStoreError(.volunteerRefused([.alreadyErased])) { try db.erasePerson(kari, today: today) })
        #expect(try db.auditEntries(entity: "volunteer", id: kari).map(\.action).prefix(3) == ["export", "erase", "export"])
    }

    @Test func leftVolunteersAreFlaggedAfterThePeriodAndTheCrisisListIsAudited() throws {
        let db = try open()
        let kari = try db.registerVolunteer(walkIn("Kari"), today: today)
        let per = try db.registerVolunteer(walkIn("Per", skills: ["sjåfør"], availability: "4m"), today: today)
        var left = try #require(try db.volunteer(id: kari))
        left.status = .left
        try db.updateVolunteer(left, today: today.adding(days: -400))
        #expect(try db.flagLeftVolunteersForErasure(today: today.adding(days: -100)).isEmpty)
        #expect(try db.flagLeftVolunteersForErasure(today: today) == [kari])
        let list = try db.crisisList(CrisisQuery(day: today, skills: ["sjåfør"]))
        #expect(list.map(\.id) == [per])
        #expect(try db.auditEntries(offset: 0, limit: 3).first?.action == "open_crisis_list")
    }

    @Test func theMigrationMapsOldStatusesAndKeepsHours() throws {
        // A v5 database with a request, a volunteer and logged hours, migrated to v7.
        let path = dir.path("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        var migrator = AppMigrations.migrator
        try migrator.migrate(queue, upTo: "v5-activity-day-count")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO volunteer (id, name, birth_year, status, data_consent) VALUES (1, 'Gammel', 1950, 'inactive', 1);
                INSERT INTO volunteer_request (id, title, starts_on, weekly, volunteers_needed, politiattest_required,
                    priority, status, created_on) VALUES (1, 'Bofellesskapet tur', '2026-03-03', 1, 1, 1, 'normal', 'open', '2026-02-01'),
                    (2, 'Leksehjelp', '2026-03-04', 0, 1, 1, 'normal', 'closed', '2026-02-01');
                INSERT INTO assignment (request_id, volunteer_id, status, hours_logged_min) VALUES (1, 1, 'ended', 600), (2, 1, 'declined', 0);
                """)
        }
        migrator = AppMigrations.migrator
        try migrator.migrate(queue)
        let (requests, status, hours, total, version, problems) = try queue.read { db in
            (try String.fetchAll(db, sql: "SELECT status || '/' || coalesce(politiattest, '') || '/' || weekdays FROM volunteer_request ORDER BY id"),
             try String.fetchOne(db, sql: "SELECT status FROM volunteer"),
             try Int.fetchOne(db, sql: "SELECT sum(minutes) FROM volunteer_hours"),
             try Int.fetchOne(db, sql: "SELECT hours_logged_min FROM assignment WHERE id = 1"),
             try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'"),
             try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count)
        }
        #expect(requests == ["matching/intellectual_disabilities/2", "completed/children/4"])
        #expect(status == "left" && hours == 600 && total == 600 && version == String(AppMigrations.schemaVersion) && problems == 0)
    }
}
