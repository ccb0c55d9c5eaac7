import DugnadCore
import Foundation
import GRDB
import Testing
@testable import DugnadStore

/// The grant office on real SQLite files: intake, workflow, the budget and
/// conflict-of-interest guards (in the store and in the database itself),
/// appeals, bulk actions with undo, tags and saved filters.
@Suite struct GrantStoreTests {
    let dir = TempDir()
    static let today = CivilDate(year: 2026, month: 11, day: 26)!
    static let open = RowID(11)       // Åpne kulturarrangement: max 80 000, no recommending body
    static let sport = RowID(25)      // Tilskudd til idrettslag: Idrettsrådet recommends
    static let services = RowID(29)   // Kjøp av tjenester: never a grant

    /// anna (admin, first user), ola and kari (grant officers), and a club.
    func office() throws -> (anna: AppDatabase, ola: AppDatabase, kari: AppDatabase, club: RowID) {
        let path = dir.path("g.sqlite")
        let anna = try AppDatabase.open(path: path, user: "anna")
        try anna.addStaff(username: "ola", displayName: "Ola Hansen", role: .grants)
        try anna.addStaff(username: "kari", displayName: "Kari Berg", role: .grants)
        let club = try anna.writeWithoutAudit { db in
            try db.execute(sql: "INSERT INTO organisation (name, org_number, category, kommunedel_id) VALUES ('Fjell Skolekorps', '974760673', 'kultur', 6)")
            return db.lastInsertedRowID
        }
        return (anna, try AppDatabase.open(path: path, user: "ola"), try AppDatabase.open(path: path, user: "kari"), club)
    }

    func intake(_ db: AppDatabase, club: RowID, scheme: RowID = open, kroner: Int64 = 60_000, title: String = "Vårkonsert") throws -> GrantApplication {
        try db.intakeApplication(GrantIntake(schemeID: scheme, organisationID: club, contactName: "Per Privat",
                                             contactEmail: "per@example.no", title: title, purpose: "Konsert for alle",
                                             amountRequested: Money(kroner: kroner), receivedOn: Self.today))
    }

    /// Received → in review → recommended.
    func ready(_ db: AppDatabase, _ id: RowID) throws {
        try db.transitionApplication(id: id, to: .inReview, on: Self.today)
        try db.transitionApplication(id: id, to: .recommended, on: Self.today)
    }

    /// Raw SQL on the file through a plain GRDB connection (no store code, no app functions):
    /// nil when it succeeds, else SQLite's message.
    func raw(_ sql: String) -> String? {
        do {
            let queue = try DatabaseQueue(path: dir.path("g.sqlite"))
            defer { try? queue.close() }
            try queue.write { try $0.execute(sql: sql) }
            return nil
        } catch let e as DatabaseError { return e.message } catch { return "\(error)" }
    }

    static func count(_ db: AppDatabase, _ sql: String) throws -> Int {
        try db.read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    static func refused(_ expected: [GrantRefusal], _ body: () throws -> Void) -> Bool {
        expectStoreError(.grantRefused(expected), body)
    }

    @Test func intakeNumbersAndPlacesTheApplicationAndRefusesServicePurchases() throws {
        let (anna, _, _, club) = try office()
        let a = try intake(anna, club: club)
        #expect(a.reference == "2026-0001" && a.status == .received && a.kommunedelID == 6)
        // Åpne kulturarrangement has a round on 1 November: received after it, the next is 1 February 2027.
        #expect(a.year == 2027 && a.decisionDue == CivilDate(year: 2027, month: 3, day: 15))
        #expect(try intake(anna, club: club).reference == "2026-0002")
        #expect(Self.refused([.servicePurchase]) { _ = try intake(anna, club: club, scheme: Self.services) })
        let before = try Self.count(anna, "SELECT count(*) FROM grant_application")
        #expect(Self.refused([.badOrganisationNumber, .titleRequired]) {
            try anna.intakeApplication(GrantIntake(schemeID: Self.open, applicantName: "Nytt lag", organisationNumber: "123456789",
                                                   title: " ", amountRequested: Money(kroner: 1), receivedOn: Self.today))
        })
        #expect(try Self.count(anna, "SELECT count(*) FROM grant_application") == before)
        #expect(try Self.count(anna, "SELECT count(*) FROM audit_log WHERE entity = 'grant_application' AND action = 'create'") == 2)
        #expect(try Self.count(anna, "SELECT count(*) FROM application_event WHERE to_status = 'received'") == 2)
    }

    @Test func transitionsAreAuditedAndRefusalsChangeNothing() throws {
        let (_, ola, _, club) = try office()
        let a = try intake(ola, club: club)
        try ola.transitionApplication(id: a.id, to: .inReview, on: Self.today)
        #expect(Self.refused([.transitionNotAllowed(from: .inReview, to: .paid)]) {
            try ola.transitionApplication(id: a.id, to: .paid, on: Self.today)
        })
        #expect(Self.refused([.noteRequired]) { try ola.transitionApplication(id: a.id, to: .infoRequested, on: Self.today) })
        #expect(Self.refused([.decisionNeedsForm]) { try ola.transitionApplication(id: a.id, to: .granted, on: Self.today) })
        try ola.transitionApplication(id: a.id, to: .infoRequested, note: "Budsjett mangler", on: Self.today)
        try ola.transitionApplication(id: a.id, to: .waiting, on: Self.today)
        let c = try ola.grantCase(id: a.id)
        #expect(c.application.status == .waiting)
        #expect(c.events.filter { $0.kind == "status" }.map(\.to) == [.received, .inReview, .infoRequested, .waiting])
        #expect(try Self.count(ola, "SELECT count(*) FROM audit_log WHERE action = 'transition' AND staff = 'ola'") == 3)
        // A front-desk clerk may register applications but not move them.
        let anna = try AppDatabase.open(path: dir.path("g.sqlite"), user: "anna")
        try anna.addStaff(username: "siri", displayName: "Siri", role: .frontdesk)
        let siri = try AppDatabase.open(path: dir.path("g.sqlite"), user: "siri")
        #expect(throws: StoreError.forbidden(user: "siri", role: .frontdesk)) {
            try siri.transitionApplication(id: a.id, to: .inReview, on: Self.today)
        }
    }

    @Test func theBudgetIsNeverExceededNeitherByTheStoreNorByRawSQL() throws {
        let (anna, ola, _, club) = try office()
        try anna.writeWithoutAudit { try $0.execute(sql: "UPDATE grant_scheme SET annual_budget_ore = 10000000 WHERE id = ?", arguments: [Self.open]) }
        let a = try intake(ola, club: club, kroner: 70_000), b = try intake(ola, club: club, kroner: 50_000)
        try ready(ola, a.id); try ready(ola, b.id)
        let granted = try ola.decideApplication(id: a.id, GrantDecision(outcome: .granted, amount: Money(kroner: 70_000),
                                                                         reasons: "Godt tiltak."), on: Self.today)
        #expect(granted.status == .granted && granted.amountGranted == Money(kroner: 70_000) && granted.decidedBy == "ola")
        #expect(Self.refused([.budgetExceeded(remaining: Money(kroner: 30_000))]) {
            try ola.decideApplication(id: b.id, GrantDecision(outcome: .partlyGranted, amount: Money(kroner: 40_000),
                                                              reasons: "Delvis."), on: Self.today)
        })
        try ola.decideApplication(id: b.id, GrantDecision(outcome: .partlyGranted, amount: Money(kroner: 30_000),
                                                          reasons: "Resten av budsjettet."), on: Self.today)
        // The database refuses what bypasses the store: a raw update, and a lower budget.
        #expect(raw("UPDATE grant_application SET amount_granted_ore = 4000000 WHERE id = \(b.id)") == "grant_budget_exceeded")
        #expect(raw("UPDATE grant_scheme SET annual_budget_ore = 9000000 WHERE id = \(Self.open)") == "grant_budget_exceeded")
        #expect(raw("INSERT INTO grant_application (reference, scheme_id, applicant_name, title, amount_requested_ore, amount_granted_ore, status, received_on, decided_on, decision_reason, year) VALUES ('2027-9999', \(Self.open), 'X', 'Y', 100, 100, 'granted', '2026-11-26', '2026-11-26', 'r', 2027)") == "grant_budget_exceeded")
        #expect(raw("UPDATE grant_application SET amount_granted_ore = 2900000 WHERE id = \(b.id)") == nil, "lowering is fine")
        // Through the store, the same trigger reads as the domain's refusal.
        #expect(Self.refused([.budgetExceeded(remaining: nil)]) {
            try anna.writeWithoutAudit { try $0.execute(sql: "UPDATE grant_application SET amount_granted_ore = 4000000 WHERE id = ?", arguments: [b.id]) }
        })
        #expect(try Self.count(anna, "SELECT sum(amount_granted_ore) FROM grant_application WHERE scheme_id = \(Self.open)") == 9_900_000)
        let overview = try anna.grantOverview(year: 2027).first { $0.schemeID == Self.open }!
        #expect(overview.decided == Money(kroner: 99_000) && overview.remaining == Money(kroner: 1_000) && overview.perStatus[.granted] == 1)
    }

    @Test func twoOfficersDecidingAtOnceCannotTogetherExceedTheBudget() throws {
        let (anna, ola, kari, club) = try office()
        try anna.writeWithoutAudit { try $0.execute(sql: "UPDATE grant_scheme SET annual_budget_ore = 10000000 WHERE id = ?", arguments: [Self.open]) }
        for round in 0..<5 {
            let a = try intake(ola, club: club, kroner: 60_000, title: "A\(round)"), b = try intake(ola, club: club, kroner: 60_000, title: "B\(round)")
            try ready(ola, a.id); try ready(ola, b.id)
            let results = Results()
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                let (db, id) = i == 0 ? (ola, a.id) : (kari, b.id)
                do {
                    try db.decideApplication(id: id, GrantDecision(outcome: .partlyGranted, amount: Money(kroner: 60_000 - 1),
                                                                   reasons: "Innenfor formålet."), on: Self.today)
                    results.add("ok")
                } catch let e as StoreError { results.add(e == .grantRefused([.budgetExceeded(remaining: Money(ore: 10_000_000 - 5_999_900))]) ? "budget" : "\(e)") }
                catch { results.add("\(error)") }
            }
            #expect(results.sorted == ["budget", "ok"], "round \(round): \(results.sorted)")
            #expect(try Self.count(anna, "SELECT count(*) FROM grant_application WHERE amount_granted_ore > 0") == 1)
            // Free the budget for the next round: the decided one is reversed on appeal.
            let decided = try Self.count(anna, "SELECT id FROM grant_application WHERE amount_granted_ore > 0")
            try anna.writeWithoutAudit { db in
                try db.execute(sql: "UPDATE grant_application SET status = 'withdrawn', amount_granted_ore = NULL, decided_on = NULL, decision_reason = '' WHERE id = ?", arguments: [decided])
                try db.execute(sql: "UPDATE grant_application SET status = 'withdrawn' WHERE status = 'recommended'")
            }
        }
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String] = []
        func add(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
        var sorted: [String] { lock.lock(); defer { lock.unlock() }; return items.sorted() }
    }

    @Test func aDeclaredConflictBarsScoringRecommendingAndDecidingAlsoInTheDatabase() throws {
        let (anna, ola, kari, club) = try office()
        let a = try intake(ola, club: club)
        try ola.transitionApplication(id: a.id, to: .inReview, on: Self.today)
        try ola.assignApplication(id: a.id, to: "ola")
        let criteria = try ola.grantCriteria(schemeID: Self.open)
        #expect(criteria.count == 4 && criteria.map(\.weight).reduce(0, +) == 100)
        try ola.scoreApplication(id: a.id, criterionID: criteria[0].id, score: 5, note: "Sterk")
        try kari.scoreApplication(id: a.id, criterionID: criteria[0].id, score: 3)
        #expect(try ola.grantCase(id: a.id).application.scoreMilli == 4000)
        try ola.declareConflict(id: a.id, reason: "Styremedlem i korpset")
        let c = try ola.grantCase(id: a.id)
        #expect(c.application.assignee == nil && c.application.scoreMilli == 3000)
        #expect(c.scores.first { $0.staff == "ola" }?.setAside == true && c.scores.first { $0.staff == "kari" }?.setAside == false)
        #expect(Self.refused([.conflictOfInterest]) { try ola.scoreApplication(id: a.id, criterionID: criteria[1].id, score: 4) })
        #expect(Self.refused([.conflictOfInterest]) { try ola.recommendApplication(id: a.id, grant: true, amount: nil, note: "") })
        #expect(Self.refused([.conflictOfInterest]) { try kari.assignApplication(id: a.id, to: "ola") })
        #expect(Self.refused([.conflictAlreadyDeclared]) { try ola.declareConflict(id: a.id, reason: "igjen") })
        try kari.transitionApplication(id: a.id, to: .recommended, on: Self.today)
        #expect(Self.refused([.conflictOfInterest]) {
            try ola.decideApplication(id: a.id, GrantDecision(outcome: .granted, amount: Money(kroner: 60_000), reasons: "x"), on: Self.today)
        })
        // Raw SQL by the conflicted officer is refused by the triggers, and the declaration cannot be removed.
        #expect(raw("INSERT INTO grant_score (application_id, criterion_id, staff, score) VALUES (\(a.id), \(criteria[1].id), 'ola', 5)") == "grant_conflict_of_interest")
        #expect(raw("UPDATE grant_score SET set_aside = 0 WHERE staff = 'ola'") == "grant_conflict_of_interest")
        #expect(raw("INSERT INTO grant_recommendation (application_id, staff, outcome) VALUES (\(a.id), 'ola', 'grant')") == "grant_conflict_of_interest")
        #expect(raw("UPDATE grant_application SET status = 'granted', amount_granted_ore = 100, decided_on = '2026-11-26', decided_by = 'ola', decision_reason = 'x' WHERE id = \(a.id)") == "grant_conflict_of_interest")
        #expect(raw("DELETE FROM grant_conflict") == "grant_conflict_is_permanent")
        #expect(raw("INSERT INTO grant_score (application_id, criterion_id, staff, score) VALUES (\(a.id), \(criteria[1].id), 'kari', 4)") == nil)
        // Kari, not conflicted, decides.
        try kari.decideApplication(id: a.id, GrantDecision(outcome: .granted, amount: Money(kroner: 60_000), reasons: "Godt."), on: Self.today)
        #expect(try Self.count(anna, "SELECT count(*) FROM audit_log WHERE action = 'declare_conflict' AND staff = 'ola'") == 1)
    }

    @Test func theRecommendingBodySpeaksBeforeTheDecision() throws {
        let (_, ola, _, club) = try office()
        let a = try intake(ola, club: club, scheme: Self.sport, kroner: 50_000)
        try ready(ola, a.id)
        let decision = GrantDecision(outcome: .partlyGranted, amount: Money(kroner: 40_000), reasons: "Etter Idrettsrådets innstilling.")
        #expect(Self.refused([.recommendationMissing]) { try ola.decideApplication(id: a.id, decision, on: Self.today) })
        try ola.recommendApplication(id: a.id, grant: true, amount: Money(kroner: 40_000), note: "Høy aktivitet for barn")
        try ola.decideApplication(id: a.id, decision, on: Self.today)
        let c = try ola.grantCase(id: a.id)
        #expect(c.recommendations.first?.body == "Drammen Idrettsråd" && c.recommendations.first?.amount == Money(kroner: 40_000))
        let letter = try #require(try ola.decisionLetterFacts(reference: a.reference))
        let text = DecisionLetter.text(letter)
        #expect(text.contains("Dere får kr 40 000,00 av omsøkte kr 50 000,00") && text.contains("Ola Hansen"))
        #expect(text.contains("retningslinjer for tilskudd til idrett og friluftsliv"))
    }

    @Test func appealsWithinThreeWeeksAreUpheldOrReversed() throws {
        let (_, ola, _, club) = try office()
        let a = try intake(ola, club: club)
        try ready(ola, a.id)
        try ola.decideApplication(id: a.id, GrantDecision(outcome: .rejected, amount: nil, reasons: "Utenfor formålet."), on: Self.today)
        #expect(try ola.grantCase(id: a.id).application.amountGranted == .zero)
        #expect(Self.refused([.appealTooLate(deadline: Self.today.adding(days: 21))]) {
            try ola.registerAppeal(id: a.id, receivedOn: Self.today.adding(days: 22), grounds: "For sent")
        })
        try ola.registerAppeal(id: a.id, receivedOn: Self.today.adding(days: 10), grounds: "Feil opplysninger")
        #expect(Self.refused([.appealAlreadyPending]) { try ola.registerAppeal(id: a.id, receivedOn: Self.today, grounds: "x") })
        try ola.settleAppeal(id: a.id, .reversed, note: "Ny vurdering", on: Self.today.adding(days: 12))
        var c = try ola.grantCase(id: a.id)
        #expect(c.application.status == .inReview && c.application.amountGranted == nil && c.application.decidedOn == nil)
        #expect(c.appeals.first?.outcome == .reversed)
        try ola.transitionApplication(id: a.id, to: .recommended, on: Self.today)
        try ola.decideApplication(id: a.id, GrantDecision(outcome: .granted, amount: Money(kroner: 60_000), reasons: "Omgjort."), on: Self.today)
        try ola.registerAppeal(id: a.id, receivedOn: Self.today, grounds: "Vil ha mer")
        try ola.settleAppeal(id: a.id, .upheld, note: "", on: Self.today)
        c = try ola.grantCase(id: a.id)
        #expect(c.application.status == .granted && c.appeals.count == 2)
        #expect(Self.refused([.noPendingAppeal]) { try ola.settleAppeal(id: a.id, .upheld, note: "", on: Self.today) })
    }

    @Test func bulkActionsAreAllOrNothingAndTheLastOneCanBeUndone() throws {
        let (_, ola, _, club) = try office()
        let ids = try (0..<3).map { try intake(ola, club: club, title: "Tiltak \($0)").id }
        let withdrawn = try intake(ola, club: club, title: "Trukket").id
        try ola.transitionApplication(id: withdrawn, to: .withdrawn, on: Self.today)
        #expect(Self.refused([.finished(.withdrawn)]) { try ola.bulkAction(ids + [withdrawn], .setStatus(.inReview), on: Self.today) })
        #expect(try Self.count(ola, "SELECT count(*) FROM grant_application WHERE status = 'in_review'") == 0)
        #expect(try ola.bulkAction(ids, .assign("kari"), on: Self.today) == 3)
        #expect(try ola.bulkAction(ids, .setStatus(.inReview), on: Self.today) == 3)
        #expect(try Self.count(ola, "SELECT count(*) FROM grant_application WHERE status = 'in_review' AND assignee = 'kari'") == 3)
        #expect(try ola.undoLastBulkAction() == 3)
        #expect(try Self.count(ola, "SELECT count(*) FROM grant_application WHERE status = 'received' AND assignee = 'kari'") == 3)
        #expect(try ola.undoLastBulkAction() == 3)
        #expect(try Self.count(ola, "SELECT count(*) FROM grant_application WHERE assignee IS NULL") == 4)
        #expect(try ola.undoLastBulkAction() == nil)
    }

    @Test func tagsAndSavedFiltersPerOfficer() throws {
        let (_, ola, kari, club) = try office()
        let a = try intake(ola, club: club), b = try intake(ola, club: club, title: "Jubileum")
        try ola.tagApplications([a.id, b.id], tag: "Sjekk regnskap")
        try ola.untagApplications([b.id], tag: "sjekk-regnskap")
        let f = try AppDatabase.grantFilter("tag:sjekk-regnskap").get()
        #expect(try ola.grantInbox(f, today: Self.today, offset: 0, limit: 10).map(\.id) == [a.id])
        #expect(try ola.grantInbox(f, today: Self.today, offset: 0, limit: 10).first?.tags == ["sjekk-regnskap"])
        try ola.saveGrantFilter(name: "mine", expression: "assignee:me status:open")
        #expect(expectStoreError(.badFilter(GrantFilterError(position: 7, problem: .unknownStatus("x")))) {
            try ola.saveGrantFilter(name: "feil", expression: "status:x")
        })
        #expect(try ola.savedGrantFilters() == [SavedGrantFilter(name: "mine", expression: "assignee:me status:open")])
        #expect(try kari.savedGrantFilters().isEmpty)
        try ola.deleteGrantFilter(name: "mine")
        #expect(try ola.savedGrantFilters().isEmpty)
    }
}

/// A database of schema 5 with applications is brought to schema 6 with nothing lost.
@Suite struct GrantMigrationTests {
    @Test func aSchemaFiveDatabaseKeepsItsApplications() throws {
        let dir = TempDir()
        let path = dir.path("v5.sqlite")
        let queue = try DatabaseQueue(path: path)
        try AppMigrations.migrator.migrate(queue, upTo: "v5-activity-day-count")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO kommunedel (id, name) VALUES (6, 'Fjell/Danvik');
                INSERT INTO organisation (id, name, category, kommunedel_id) VALUES (1, 'Drammen Idrettsråd', 'paraply', 6),
                    (5, 'Østre Åssiden IL', 'idrett', 6);
                INSERT INTO grant_scheme (id, name, grp, annual_budget_ore) VALUES (1, 'Tilskudd til idrettslag', 'sport_outdoor', 300000000);
                INSERT INTO grant_application (id, reference, scheme_id, organisation_id, applicant_name, title,
                    amount_requested_ore, amount_granted_ore, status, received_on, decision_due, assignee, year)
                VALUES (1, '2026-0001', 1, 5, 'Østre Åssiden IL', 'Nye mål', 5000000, 4000000, 'paid', '2026-03-01', '2026-04-12', 'ola', 2026),
                       (2, '2026-0002', 1, 5, 'Østre Åssiden IL', 'Drakter', 1000000, NULL, 'rejected', '2026-03-02', NULL, 'ola', 2026),
                       (3, '2026-0003', 1, NULL, 'Per Hansen', 'Turkart', 1000000, NULL, 'received', '2026-11-02', NULL, NULL, 2026);
                INSERT INTO application_event (application_id, at, staff, from_status, to_status, note)
                VALUES (1, '2026-04-02T10:00:00Z', 'ola', 'recommended', 'granted', 'Innvilget kr 40 000,00. Begrunnelse: god aktivitet.');
                UPDATE meta SET value = '5' WHERE key = 'schema_version';
                """)
        }
        try queue.close()
        let db = try AppDatabase.open(path: path, user: "anna")
        let c1 = try db.grantCase(id: 1), c2 = try db.grantCase(id: 2)
        #expect(c1.application.status == .paid && c1.application.amountGranted == Money(kroner: 40_000))
        #expect(c1.application.decidedOn == CivilDate(year: 2026, month: 4, day: 2) && c1.application.decisionReason.contains("god aktivitet"))
        #expect(c1.application.kommunedelID == 6 && c1.scheme.recommendingBodyID == 1 && c1.criteria.count == 4)
        #expect(c2.application.amountGranted == .zero && c2.application.decisionReason == "Vedtak registrert før versjon 6.")
        // The folded search text is filled in Swift: "østre" finds "Østre".
        let f = try AppDatabase.grantFilter("østre åssiden").get()
        #expect(try db.grantInboxCount(f, today: CivilDate(year: 2026, month: 11, day: 26)!) == 2)
        // The schemes the old database lacked are there, with their rules.
        #expect(try db.grantSchemes().count == ReferenceData.grantSchemes.count)
        #expect(try db.grantSchemes().first { $0.name == "Kjøp av tjenester fra ideelle organisasjoner" }?.kind == .servicePurchase)
        #expect(try db.check().isEmpty)
    }
}
