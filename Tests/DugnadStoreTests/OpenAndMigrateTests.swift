import DugnadCore
import Foundation
import GRDB
import Testing
@testable import DugnadStore

@Suite struct OpenAndMigrateTests {
    @Test func newDatabaseGetsReferenceDataAndAdmin() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("sub/dir/dugnad.sqlite"), user: "anna")
        #expect(try db.kommunedeler().count == 10)
        #expect(try db.sites().count == ReferenceData.sites.count)
        #expect(try db.grantSchemes().count == ReferenceData.grantSchemes.count)
        #expect(try db.umbrellaOrganisations().map(\.name) == ["Drammen Friluftsforum", "Drammen Idrettsråd",
                                                               "Drammen Kulturråd"])
        let me = try #require(try db.currentStaff())
        #expect(me.role == .admin && me.displayName == "anna")
        let audit = try db.auditEntries(offset: 0, limit: 10)
        #expect(audit.map(\.entity).sorted() == ["reference_data", "staff"])
        #expect(audit.allSatisfy { $0.staff == "anna" && $0.at.count == 20 && $0.at.hasSuffix("Z") })
    }

    @Test func reopeningAddsNothingAndSecondUserIsNotStaff() throws {
        let dir = TempDir()
        _ = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let other = try AppDatabase.open(path: dir.path("d.sqlite"), user: "bjorn")
        #expect(try other.currentStaff() == nil)
        #expect(try other.kommunedeler().count == 10)
        #expect(try other.staffMembers().map(\.username) == ["anna"])
        #expect(try other.auditEntries(offset: 0, limit: 10).count == 2)
    }

    @Test func everyEnumRawValuePassesTheSchemaChecks() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        try db.writeWithoutAudit { d in
            for c in OrganisationCategory.allCases {
                try d.execute(sql: "INSERT INTO organisation (name, category) VALUES ('x', ?)", arguments: [c.rawValue])
            }
            for k in VenueKind.allCases {
                for p in PricePolicy.allCases {
                    for a in AccessMethod.allCases {
                        try d.execute(sql: """
                            INSERT INTO venue (name, kind, kommunedel_id, capacity, price_policy, access_method)
                            VALUES ('v', ?, 1, 5, ?, ?)
                            """, arguments: [k.rawValue, p.rawValue, a.rawValue])
                    }
                }
            }
            for r in StaffRole.allCases {
                try d.execute(sql: "INSERT INTO staff (username, display_name, role) VALUES (?, '', ?)",
                              arguments: ["u-" + r.rawValue, r.rawValue])
            }
            for s in ApplicationStatus.allCases {
                // Since schema 6 a decided application carries its decision date and reasons,
                // and an appeal the decision appealed.
                try d.execute(sql: """
                    INSERT INTO grant_application (reference, scheme_id, applicant_name, title, amount_requested_ore,
                        status, received_on, year, decided_on, decision_reason, appealed_decision)
                    VALUES (?, 1, 'a', 't', 100, ?, '2026-01-05', 2026, ?, ?, ?)
                    """, arguments: ["R-" + s.rawValue, s.rawValue, s.isDecided ? "2026-02-01" : nil,
                                      s.isDecided ? "Begrunnet." : "", s == .appealed ? "rejected" : nil])
            }
            for k in SchemeKind.allCases {
                try d.execute(sql: "INSERT INTO grant_scheme (name, grp, annual_budget_ore, kind) VALUES (?, 'projects', 0, ?)",
                              arguments: ["S-" + k.rawValue, k.rawValue])
            }
            for (c, a) in zip(ActivityCategory.allCases, Audience.allCases + Audience.allCases) {
                try d.execute(sql: """
                    INSERT INTO activity (title, category, audience, start, "end")
                    VALUES ('t', ?, ?, '2026-11-26 18:00', '2026-11-26 20:00')
                    """, arguments: [c.rawValue, a.rawValue])
            }
            for s in VolunteerStatus.allCases {
                try d.execute(sql: "INSERT INTO volunteer (name, birth_year, status) VALUES ('v', 1990, ?)",
                              arguments: [s.rawValue])
            }
            for (i, s) in RequestStatus.allCases.enumerated() {
                let kind = PolitiattestKind.allCases[i % PolitiattestKind.allCases.count]
                try d.execute(sql: """
                    INSERT INTO volunteer_request (title, starts_on, weekly, weekdays, start_time, end_time, volunteers_needed,
                                                   politiattest, priority, status, created_on, status_reason)
                    VALUES ('r', '2026-12-01', 1, 2, '10:00', '12:00', 1, ?, ?, ?, '2026-11-26', 'grunn')
                    """, arguments: [kind.rawValue, Priority.allCases[i % Priority.allCases.count].rawValue, s.rawValue])
            }
            for g in SchemeGroup.allCases {
                try d.execute(sql: "INSERT INTO grant_scheme (name, grp, annual_budget_ore) VALUES (?, ?, 0)",
                              arguments: ["S-" + g.rawValue, g.rawValue])
            }
            for k in SiteKind.allCases {
                try d.execute(sql: "INSERT INTO site (name, kind, kommunedel_id) VALUES (?, ?, 1)",
                              arguments: ["Site-" + k.rawValue, k.rawValue])
            }
        }
        #expect(try db.volunteerCount() == VolunteerStatus.allCases.count)
    }

    @Test func auditLogRefusesUpdateAndDelete() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        for sql in ["UPDATE audit_log SET details = 'forged'", "DELETE FROM audit_log"] {
            #expect(throws: StoreError.self) { try db.writeWithoutAudit { try $0.execute(sql: sql) } }
            do { try db.writeWithoutAudit { try $0.execute(sql: sql) } } catch let error as StoreError {
                #expect(error == .sqlite("audit_log_is_append_only"))
            }
        }
        #expect(try db.auditEntries(offset: 0, limit: 10).count == 2)
    }

    @Test func textFileIsRefusedAndLeftUntouched() throws {
        let dir = TempDir()
        let path = dir.path("notes.txt")
        try "Hei, dette er ikke en database.\n".write(toFile: path, atomically: true, encoding: .utf8)
        let before = try fingerprint(path)
        #expect(expectStoreError(.notADatabase(path: path)) { _ = try AppDatabase.open(path: path, user: "anna") })
        let after = try fingerprint(path)
        #expect(before.0 == after.0 && before.1 == after.1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["notes.txt"])
    }

    @Test func foreignSQLiteFileIsRefusedAndLeftUntouched() throws {
        let dir = TempDir()
        let path = dir.path("other.sqlite")
        // Made by the sqlite3 shell when present: another program's file, not ours.
        let sql = "CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO recipes VALUES (1, 'lefse');"
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") {
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            shell.arguments = [path, sql]
            try shell.run()
            shell.waitUntilExit()
        } else {
            let queue = try DatabaseQueue(path: path)
            try queue.write { try $0.execute(sql: sql) }
            try queue.close()
        }
        let before = try fingerprint(path)
        Thread.sleep(forTimeInterval: 0.01)
        #expect(expectStoreError(.notDugnad(path: path)) { _ = try AppDatabase.open(path: path, user: "anna") })
        let after = try fingerprint(path)
        #expect(before.0 == after.0 && before.1 == after.1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["other.sqlite"])
    }

    @Test func newerSchemaIsRefused() throws {
        let dir = TempDir()
        let path = dir.path("d.sqlite")
        do {
            let db = try AppDatabase.open(path: path, user: "anna")
            try db.writeWithoutAudit { try $0.execute(sql: "UPDATE meta SET value = '99' WHERE key = 'schema_version'") }
        }
        #expect(expectStoreError(.newerSchema(found: 99, supported: AppMigrations.schemaVersion)) {
            _ = try AppDatabase.open(path: path, user: "anna")
        })
    }

    @Test func unknownMigrationCountsAsNewerSchema() throws {
        let dir = TempDir()
        let path = dir.path("d.sqlite")
        do {
            let db = try AppDatabase.open(path: path, user: "anna")
            try db.writeWithoutAudit { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')") }
        }
        #expect(throws: StoreError.self) { _ = try AppDatabase.open(path: path, user: "anna") }
    }

    @Test func emptyFileIsAdopted() throws {
        let dir = TempDir()
        let path = dir.path("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(try AppDatabase.open(path: path, user: "anna").kommunedeler().count == 10)
    }

    @Test func backupMakesAnOpenableCopyAndRefusesToOverwrite() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        try db.saveOrganisation(Organisation(name: "Konnerud IL", category: .idrett))
        try db.backup(to: dir.path("backup/copy.sqlite"))
        let copy = try AppDatabase.open(path: dir.path("backup/copy.sqlite"), user: "anna")
        #expect(try copy.organisationCount(matching: "konnerud") == 1)
        #expect(throws: StoreError.self) { try db.backup(to: dir.path("d.sqlite")) }
    }
}
