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

/// Two processes of the built binary decide at once in one scheme and year
/// whose remaining budget fits one of the two: exactly one succeeds.
@Suite(.serialized) struct GrantsTwoProcessTests {
    final class Box: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [Harness.Output] = []
        func add(_ o: Harness.Output) { lock.lock(); items.append(o); lock.unlock() }
        var all: [Harness.Output] { lock.lock(); defer { lock.unlock() }; return items }
    }

    @Test func twoProcessesDecidingAtOnceNeverExceedTheBudget() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        // Two fresh applications in Åpne kulturarrangement (id 11, no recommending body), ready for a decision,
        // and a budget that leaves room for one of them.
        _ = Harness.sqlite(db, """
            UPDATE grant_scheme SET max_amount_ore = NULL WHERE id = 11;
            INSERT INTO grant_application (reference, scheme_id, applicant_name, title, amount_requested_ore, status,
                received_on, year, search_text) VALUES
                ('2099-0001', 11, 'Lag A', 'Konsert A', 6000000, 'recommended', '2026-11-20', 2099, '2099-0001'),
                ('2099-0002', 11, 'Lag B', 'Konsert B', 6000000, 'recommended', '2026-11-20', 2099, '2099-0002');
            UPDATE grant_scheme SET annual_budget_ore = max(annual_budget_ore, 10000000) WHERE id = 11;
            """)
        let budget = Int(Harness.sqlite(db, "SELECT annual_budget_ore FROM grant_scheme WHERE id = 11"))!
        #expect(budget >= 10_000_000)
        _ = Harness.sqlite(db, "UPDATE grant_application SET amount_requested_ore = \(budget * 6 / 10) WHERE year = 2099")
        let box = Box()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            box.add(Harness.dugnad(["grants", "decide", "2099-000\(i + 1)", "--db", db, "--lang", "nb", "--outcome", "granted",
                                    "--amount", String(budget * 6 / 10 / 100), "--reasons", "Godt tiltak.", "--today", "2026-11-26"]))
        }
        let results = box.all
        #expect(results.map(\.status).sorted() == [0, 1], "\(results.map { "\($0.status) \($0.stdout) \($0.stderr)" })")
        #expect(results.contains { $0.status == 1 && $0.stderr.contains("overskride ordningens budsjett") })
        #expect(Harness.sqlite(db, "SELECT count(*) FROM grant_application WHERE year = 2099 AND amount_granted_ore > 0") == "1")
        #expect(Harness.sqlite(db, "SELECT count(*) FROM audit_log WHERE action = 'decide'") == "1")

        // A declared conflict of interest bars the officer from deciding, also from the command line.
        let other = Harness.sqlite(db, "SELECT reference FROM grant_application WHERE year = 2099 AND amount_granted_ore IS NULL")
        #expect(Harness.dugnad(["grants", "conflict", other, "--db", db, "--reason", "Styremedlem"]).status == 0)
        let refused = Harness.dugnad(["grants", "decide", other, "--db", db, "--lang", "nb", "--outcome", "rejected",
                                      "--reasons", "Utenfor formålet."])
        #expect(refused.status == 1 && refused.stderr.contains("inhabil"), "\(refused.stderr)")
    }
}
