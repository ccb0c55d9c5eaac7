import DugnadCore
import GRDB

/// Fills the grant office's part of the demo: the cases, saved views per
/// officer and the register of external funds.
enum DemoGrantFill {
    static func fill(_ db: Database, count: Int, orgs: [DemoOrg], officers: [String], intake: [String],
                     today: CivilDate, rng: inout DemoRandom) throws -> (applications: Int, events: Int) {
        let schemes = try db.decodeAll("SELECT * FROM grant_scheme WHERE active = 1 ORDER BY id", [], GrantScheme.init(row:))
        let criteria = try Row.fetchAll(db, sql: "SELECT id, scheme_id, weight FROM grant_criterion ORDER BY scheme_id, position")
        var infos: [DemoGrantOffice.SchemeInfo] = []
        for scheme in schemes where scheme.kind != .servicePurchase {
            // Profiles follow the reference order; schemes added later borrow the sports one.
            let index = ReferenceData.grantSchemes.firstIndex { $0.name == scheme.name }
            let profile = index.flatMap { $0 < DemoGrantProfiles.profiles.count ? DemoGrantProfiles.profiles[$0] : nil }
                ?? DemoGrantProfiles.profiles[25]
            let mine = criteria.filter { ($0["scheme_id"] as RowID) == scheme.id }
                .map { (id: $0["id"] as RowID, weight: $0["weight"] as Int) }
            infos.append(.init(scheme: scheme, profile: profile, criteria: mine))
        }
        var office = DemoGrantOffice(schemes: infos, orgs: orgs, officers: officers, intake: intake, today: today)
        let cases = office.generate(count: count, firstID: try DemoWriter.nextID(db, "grant_application"), rng: &rng)
        var writer = try DemoGrantWriter(db)
        var events = 0
        for c in cases {
            let body = infos.first { $0.scheme.id == c.app.schemeID }?.scheme.recommendingBodyID
            try writer.write(c, bodyID: body)
            events += c.events.count
        }
        try writer.writeSavedViews(for: officers)
        try DemoExternalFunds.write(db)
        return (cases.count, events)
    }
}
