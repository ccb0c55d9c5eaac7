import DugnadCore
import Foundation
import Testing
@testable import DugnadStore

/// The inbox tools' store operations on a real SQLite file: a bulk status
/// change that moves the legal ones and names the rest, undo that says what
/// it undid, saved views and their defaults, the overview in one read.
@Suite struct GrantInboxToolsStoreTests {
    let dir = TempDir()
    static let today = CivilDate(year: 2026, month: 11, day: 26)!
    static let open = RowID(11)

    func office() throws -> (anna: AppDatabase, ola: AppDatabase, club: RowID) {
        let path = dir.path("t.sqlite")
        let anna = try AppDatabase.open(path: path, user: "anna")
        try anna.addStaff(username: "ola", displayName: "Ola Hansen", role: .grants)
        let club = try anna.writeWithoutAudit { db in
            try db.execute(sql: "INSERT INTO organisation (name, org_number, category, kommunedel_id) VALUES ('Fjell Skolekorps', '974760673', 'kultur', 6)")
            return db.lastInsertedRowID
        }
        return (anna, try AppDatabase.open(path: path, user: "ola"), club)
    }

    func intake(_ db: AppDatabase, club: RowID, title: String) throws -> GrantApplication {
        try db.intakeApplication(GrantIntake(schemeID: Self.open, organisationID: club, title: title,
                                             amountRequested: Money(kroner: 20_000), receivedOn: Self.today))
    }

    @Test func aBulkStatusChangeMovesTheLegalOnesAndNamesTheRefused() throws {
        let (anna, ola, club) = try office()
        let a = try intake(anna, club: club, title: "Vårkonsert")
        let b = try intake(anna, club: club, title: "Høstkonsert")
        let c = try intake(anna, club: club, title: "Julekonsert")
        try ola.transitionApplication(id: c.id, to: .withdrawn, on: Self.today)
        let outcome = try ola.applyBulkAction([a.id, b.id, c.id], .setStatus(.inReview), on: Self.today)
        #expect(outcome.applied == 2 && outcome.refused == [c.reference])
        let statuses = try ola.grantFilterSubjects().map(\.application.status)
        #expect(statuses == [.inReview, .inReview, .withdrawn])
        // Undo says what it undid and puts them back.
        let undone = try ola.undoLastBulkActionDescribed()
        #expect(undone == GrantBulkOutcome(action: .setStatus(.inReview), applied: 2))
        #expect(try ola.grantFilterSubjects().map(\.application.status) == [.received, .received, .withdrawn])
        #expect(try ola.undoLastBulkActionDescribed() == nil)
    }

    @Test func assignThenUndoByCode() throws {
        let (anna, ola, club) = try office()
        let a = try intake(anna, club: club, title: "Vårkonsert")
        _ = try ola.applyBulkAction([a.id], .assign("ola"), on: Self.today)
        #expect(try ola.grantFilterSubjects()[0].application.assignee == "ola")
        #expect(try ola.undoLastBulkActionDescribed()?.action == .assign("ola"))
        #expect(try ola.grantFilterSubjects()[0].application.assignee == nil)
        #expect(GrantBulkAction(code: GrantBulkAction.assign(nil).code) == .assign(nil))
        #expect(GrantBulkAction(code: GrantBulkAction.flag(true).code) == .flag(true))
    }

    @Test func defaultViewsUntilTheFirstChangeThenStoredWithIt() throws {
        let (_, ola, _) = try office()
        #expect(try ola.grantViews() == SavedGrantFilter.defaults)
        #expect(try ola.savedGrantFilters().isEmpty)
        let views = try ola.saveGrantView(name: "store kultur", expression: "scheme:kultur amount>50000")
        #expect(views.map(\.name) == ["mine", "nye", "til vedtak", "store kultur"])
        let after = try ola.deleteGrantView(name: "nye")
        #expect(after.map(\.name) == ["mine", "til vedtak", "store kultur"])
        // Deleting a default while none are stored keeps the other two.
        let (_, fresh, _) = (0, try AppDatabase.open(path: dir.path("t.sqlite"), user: "anna"), 0)
        #expect(try fresh.deleteGrantView(name: "mine").map(\.name) == ["nye", "til vedtak"])
        // A bad expression is refused.
        #expect(throws: StoreError.self) { try ola.saveGrantView(name: "x", expression: "status:nope") }
    }

    @Test func theOverviewOfAYearInOneRead() throws {
        let (anna, _, club) = try office()
        let a = try intake(anna, club: club, title: "Vårkonsert")
        let o = try anna.grantOverviewOfYear(a.year)
        let open = try #require(o.schemes.first { $0.schemeID == Self.open })
        #expect(open.perStatus[.received] == 1 && open.applications == 1)
        #expect(o.groups.map(\.applications).reduce(0, +) == 1)
        #expect(o.kommunedeler.map(\.applications).reduce(0, +) == 1)
        #expect(try anna.intakeOrganisations().contains { $0.id == club && $0.organisationNumber == "974760673" })
    }
}
