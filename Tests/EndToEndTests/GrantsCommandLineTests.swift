import Foundation
import Testing

/// `dugnad grants list/letter` and `dugnad export grants` run as a script would.
@Suite(.serialized) struct GrantsCommandLineTests {
    @Test func listJsonLetterAndExport() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let all = Harness.dugnad(["grants", "list", "--db", db, "--json", "--today", "2026-11-26"])
        #expect(all.status == 0, "\(all.stderr)")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count == Int(Harness.sqlite(db, "SELECT count(*) FROM grant_application")))
        let first = try #require(objects.first)
        for key in ["reference", "year", "scheme", "group", "status", "amount_applied_ore", "amount_granted_ore", "decided_on",
                    "received_on", "assignee", "flagged", "kommunedel", "applicant"] {
            #expect(first.keys.contains(key), "missing \(key)")
        }
        #expect(objects.allSatisfy { $0["year"] is Int && $0["amount_applied_ore"] is Int })
        // null until decided, a number after.
        #expect(objects.filter { ($0["status"] as? String) == "received" }.allSatisfy { $0["amount_granted_ore"] is NSNull })
        #expect(objects.filter { ($0["status"] as? String) == "paid" }.allSatisfy { $0["amount_granted_ore"] is Int })

        // The filter selects what SQLite says it should.
        let filtered = Harness.dugnad(["grants", "list", "--db", db, "--json", "--filter", "status:received,in_review amount>20000"])
        let some = try #require(try JSONSerialization.jsonObject(with: Data(filtered.stdout.utf8)) as? [[String: Any]])
        #expect(some.count == Int(Harness.sqlite(db, "SELECT count(*) FROM grant_application WHERE status IN ('received', 'in_review') AND amount_requested_ore > 2000000")))
        let bad = Harness.dugnad(["grants", "list", "--db", db, "--lang", "nb", "--filter", "status:recieved"])
        #expect(bad.status == 1 && bad.stderr.contains("Posisjon 8: ukjent status «recieved»"), "\(bad.stderr)")

        // The letter of a decided grant, to a file; none for an undecided one.
        let reference = Harness.sqlite(db, "SELECT reference FROM grant_application WHERE status = 'partly_granted' OR status = 'paid' ORDER BY id LIMIT 1")
        let letterPath = dir.appendingPathComponent("brev.txt").path
        let letter = Harness.dugnad(["grants", "letter", reference, "--db", db, "-o", letterPath])
        #expect(letter.status == 0, "\(letter.stderr)")
        let text = try String(contentsOfFile: letterPath, encoding: .utf8)
        #expect(text.contains("Vår referanse: \(reference)") && text.contains("Klagerett") && text.contains("forvaltningsloven § 29"))
        let open = Harness.sqlite(db, "SELECT reference FROM grant_application WHERE status = 'received' LIMIT 1")
        let none = Harness.dugnad(["grants", "letter", open, "--db", db, "--lang", "nb"])
        #expect(none.status == 1 && none.stderr.contains("ikke avgjort"), "\(none.stderr)")

        // The transparency export: exactly the decided grants, then totals.
        let csv = Harness.dugnad(["export", "grants", "--db", db, "--year", "2026", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "reference,applicant,organisation_number,scheme,group,kommunedel,amount_granted_nok,decided_on,purpose")
        let rows = lines.dropFirst().filter { !$0.hasPrefix("SUM ") }
        let expected = Int(Harness.sqlite(db, "SELECT count(*) FROM grant_application WHERE year = 2026 AND amount_granted_ore > 0 AND status NOT IN ('rejected', 'withdrawn')"))
        #expect(rows.count == expected)
        let total = Harness.sqlite(db, "SELECT printf('%d.%02d', sum(amount_granted_ore) / 100, sum(amount_granted_ore) % 100) FROM grant_application WHERE year = 2026 AND amount_granted_ore > 0 AND status NOT IN ('rejected', 'withdrawn')")
        #expect(lines.last == "SUM totalt,,,,,,\(total),,")
        let contact = Harness.sqlite(db, "SELECT contact_name FROM grant_application WHERE contact_name <> '' AND year = 2026 AND amount_granted_ore > 0 LIMIT 1")
        #expect(contact.isEmpty || !csv.stdout.contains(contact))
        #expect(Harness.dugnad(["export", "grants", "--db", db, "--year", "2026", "--format", "xlsx"]).status == 1)
    }
}
