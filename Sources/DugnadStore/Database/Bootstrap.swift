import DugnadCore
import GRDB

extension AppDatabase {
    /// First use of a database: the reference data (SPEC §1) and the first
    /// login user as admin, in one audited transaction. Idempotent: each
    /// part runs only while its table is empty, so a crash between the
    /// migration and this step is repaired by the next open.
    func bootstrap() throws(StoreError) {
        let user = self.user
        try write { db in
            let fresh = try Int.fetchOne(db, sql: "SELECT count(*) FROM kommunedel") == 0
            if fresh {
                try Self.insertReferenceData(db)
                try Audit.record(db, staff: user, action: "create", entity: "reference_data", entityID: nil, details:
                    "kommunedeler: \(ReferenceData.kommunedeler.count); sites: \(ReferenceData.sites.count); "
                    + "grant schemes: \(ReferenceData.grantSchemes.count); umbrellas: \(ReferenceData.umbrellas.count)")
            }
            try Self.bootstrapGrants(db, user: user, audited: !fresh)
            let trimmed = user.trimmingWhitespace()
            if !trimmed.isEmpty, try Int.fetchOne(db, sql: "SELECT count(*) FROM staff") == 0 {
                try db.execute(sql: "INSERT INTO staff (username, display_name, role) VALUES (?, ?, 'admin')",
                               arguments: [user, user])
                try Audit.record(db, staff: user, action: "create", entity: "staff", entityID: db.lastInsertedRowID,
                                 details: "username: \(user); role: admin (first user of a new database)")
            }
        }
    }

    private static func insertReferenceData(_ db: Database) throws {
        for k in ReferenceData.kommunedeler {
            try db.execute(sql: "INSERT INTO kommunedel (id, name) VALUES (?, ?)", arguments: [k.id, k.name])
        }
        for s in ReferenceData.sites {
            try db.execute(sql: """
                INSERT INTO site (id, name, kind, kommunedel_id, has_innbyggertorg) VALUES (?, ?, ?, ?, ?)
                """, arguments: [s.id, s.name, s.kind.rawValue, s.kommunedelID, s.hasInnbyggertorg])
        }
        for g in ReferenceData.grantSchemes {
            try db.execute(sql: """
                INSERT INTO grant_scheme (id, name, grp, annual_budget_ore, deadline) VALUES (?, ?, ?, ?, ?)
                """, arguments: [g.id, g.name, g.group.rawValue, g.annualBudget.ore, g.deadline])
        }
        for o in ReferenceData.umbrellas {
            try db.execute(sql: """
                INSERT INTO organisation (id, name, org_number, in_frivillighetsregisteret, category, umbrella_id,
                    kommunedel_id, contact_name, email, phone, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [o.id] + o.databaseArguments)
        }
    }
}
