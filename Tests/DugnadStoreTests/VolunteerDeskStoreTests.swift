import DugnadCore
import Foundation
import Testing
@testable import DugnadStore

private let today = CivilDate(iso: "2026-11-26")!
private func t(_ h: Int) -> CivilTime { CivilTime(hour: h)! }

/// The store calls the Volunteers tab's desk makes, on a real SQLite file, as the runner makes them: a card's
/// edits (status, politiattest seen, the confirmation of purpose), a request created, edited and re-prioritised,
/// hours for a group, the crisis list, and the triage queue read window by window.
@Suite struct VolunteerDeskStoreTests {
    let dir = TempDir()

    func open() throws -> AppDatabase { try AppDatabase.open(path: dir.path("desk.sqlite"), user: "anna") }

    func walkIn(_ name: String) -> Volunteer {
        Volunteer(name: name, birthYear: 1970, kommunedelID: 6, phone: "91234567", skills: ["besøksvenn"],
                  dataConsent: DataConsent(givenOn: today, purpose: DataConsent.standardPurpose),
                  availability: WeeklyAvailability(text: "2a")!)
    }

    func request(_ title: String, priority: Priority = .normal, kind: PolitiattestKind? = nil, created: Int = 0) -> VolunteerRequest {
        VolunteerRequest(title: title, requester: "Lise Lie", serviceID: nil, organisationID: nil, kommunedelID: 6,
                         skills: ["besøksvenn"], schedule: .weekly([2], from: t(14), to: t(16), starting: CivilDate(iso: "2026-12-01")!),
                         volunteersNeeded: 2, politiattest: kind, minimumAge: 18, priority: priority, status: .new)
    }

    @Test func theCardsSavesAreKeptAndAudited() throws {
        let db = try open()
        let id = try db.registerVolunteer(walkIn("Tove Berg"), today: today)
        var v = try #require(try db.volunteer(id: id))
        v.status = .paused; v.phone = "40000000"; v.confidentialitySigned = true
        try db.updateVolunteer(v, today: today)
        let saved = try #require(try db.volunteer(id: id))
        #expect(saved.status == .paused && saved.phone == "40000000" && saved.confidentialitySigned)
        // A politiattest is recorded as seen (kind, date, by whom); one seen in the future is refused.
        try db.recordPolitiattestSeen(volunteerID: id, kind: .children, seenOn: today.adding(days: -3), today: today)
        #expect(try db.politiattester(volunteerID: id) == [PolitiattestSeen(kind: .children, seenOn: today.adding(days: -3), seenBy: "anna")])
        #expect(expectStoreError(.volunteerRefused([.badSchedule])) {
            try db.recordPolitiattestSeen(volunteerID: id, kind: .children, seenOn: today.adding(days: 1), today: today)
        })
        // The confirmation of purpose names the task and the law, never an attest's content.
        let rid = try db.createRequest(request("Leksehjelp", kind: .children), today: today)
        let text = try db.confirmationOfPurpose(volunteerID: id, requestID: rid, today: today)
        #expect(text.contains("Tove Berg") && text.contains("Leksehjelp") && text.contains("§ 39"))
        #expect(try db.auditEntries(entity: "volunteer", id: id).map(\.action) == ["politiattest_seen", "update", "create"])
    }

    @Test func aRequestIsCreatedEditedAndReprioritisedWithItsStatusKept() throws {
        let db = try open()
        let id = try db.createRequest(request("To besøksvenner tirsdag"), today: today)
        try db.requestStep(.triage, requestID: id)
        var r = try #require(try db.request(id: id))
        r.priority = .urgent; r.volunteersNeeded = 3; r.title = "Tre besøksvenner tirsdag"
        try db.updateRequest(r)
        let saved = try #require(try db.request(id: id))
        #expect(saved.priority == .urgent && saved.volunteersNeeded == 3 && saved.status == .triaged)
        var bad = saved; bad.title = "  "
        #expect(expectStoreError(.volunteerRefused([.missingTitle])) { try db.updateRequest(bad) })
        #expect(try db.requestEvents(requestID: id).map(\.step) == ["triage"])
    }

    @Test func groupHoursAndTheCrisisListAreSavedAndAudited() throws {
        let db = try open()
        let rid = try db.createRequest(request("Besøksvenn"), today: today)
        try db.requestStep(.triage, requestID: rid)
        let a = try db.registerVolunteer(walkIn("Anne"), today: today)
        let b = try db.registerVolunteer(walkIn("Bjørn"), today: today)
        for v in [a, b] { try db.confirmAssignment(try db.propose(requestID: rid, volunteerID: v, today: today)) }
        #expect(try db.logHoursForRequest(rid, day: today, minutes: 120, today: today) == 2)
        #expect(try db.hoursTotals(by: .month, from: today.firstOfMonth, through: today).map(\.minutes) == [240])
        #expect(expectStoreError(.volunteerRefused([.badHours(0)])) { _ = try db.logHoursForRequest(rid, day: today, minutes: 0, today: today) })
        let list = try db.crisisList(CrisisQuery(day: CivilDate(iso: "2026-12-01")!, skills: ["besøksvenn"]))
        #expect(list.map(\.name) == ["Anne", "Bjørn"])
        #expect(try db.auditEntries(offset: 0, limit: 5).first?.action == "open_crisis_list")
    }

    @Test func theTriageQueueReadWindowByWindowIsTheWholeQueue() throws {
        let db = try open()
        for i in 0..<37 { _ = try db.createRequest(request("Forespørsel \(i)", priority: i % 5 == 0 ? .high : .normal), today: today) }
        let whole = try db.triageQueue(today: today, limit: 500).map(\.request.id)
        var windows: [RowID] = []
        var offset = 0
        while true {
            let page = try db.triageQueue(today: today, offset: offset, limit: 10).map(\.request.id)
            if page.isEmpty { break }
            windows += page; offset += page.count
        }
        #expect(whole.count == 37 && windows == whole)
        #expect(try db.triageCounts().reduce(0) { $0 + $1.count } == 37)
    }

    @Test func aFrivillighetskontaktReadsOnlyTheRequestsOfTheirServices() throws {
        let db = try open()
        try db.writeWithoutAudit { db in
            try db.execute(sql: "INSERT INTO service (name, kommunedel_id) VALUES ('Fjell bo- og helsesenter', 6), ('Fjell bibliotek', 6)")
        }
        let services = try db.services()
        try db.addStaff(username: "lise", displayName: "Lise Lie", role: .frontdesk)
        let staff = try #require(try db.staffMembers().first { $0.username == "lise" })
        guard services.count >= 2 else { Issue.record("the reference data has no two services"); return }
        var mine = request("Hos meg"); mine.serviceID = services[0].id
        var theirs = request("Hos andre"); theirs.serviceID = services[1].id
        _ = try db.createRequest(mine, today: today)
        _ = try db.createRequest(theirs, today: today)
        try db.addServiceContact(serviceID: services[0].id, staffID: staff.id)
        let own = try db.servicesFollowedUp(by: "lise")
        #expect(try db.servicesFollowedUp(by: "anna").isEmpty)
        #expect(own == [services[0].id])
        #expect(try db.volunteerRequests(serviceIDs: own, offset: 0, limit: 10).map(\.title) == ["Hos meg"])
        #expect(try db.volunteerRequestCount(serviceIDs: own) == 1)
        #expect(try db.volunteerRequestCount(matching: "andre", serviceIDs: own) == 0)
        #expect(try db.triageQueue(today: today, serviceIDs: own).map(\.request.title) == ["Hos meg"])
    }
}
