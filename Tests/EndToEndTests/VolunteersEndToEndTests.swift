import Foundation
import Testing

/// The Volunteers command line on the real binary: `dugnad match --json --candidates` checked against an
/// independent solver (SciPy's assignment on the expanded slot matrix), hard rules checked in SQL, and the
/// person export / erase round trip.
@Suite struct VolunteersEndToEndTests {
    static let scipyAvailable = Harness.run(Harness.tool("python3"), ["-c", "import scipy.optimize, numpy"]).status == 0

    @Test(.enabled(if: scipyAvailable, "python3 with scipy is not installed (pip install scipy)"))
    func matchAgreesWithScipyAndKeepsTheHardRules() throws {
        let dir = Harness.temporaryDirectory()
        let db = dir.appendingPathComponent("m.sqlite").path
        let demo = Harness.dugnad(["demo", "--db", db, "--scale", "0.15", "--seed", "11", "--today", "2026-11-26"])
        #expect(demo.status == 0, "\(demo.stderr)")
        let match = Harness.dugnad(["match", "--db", db, "--json", "--candidates", "--today", "2026-11-26"])
        #expect(match.status == 0, "\(match.stderr)")
        let file = dir.appendingPathComponent("match.json").path
        try match.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let script = """
            import json, sys
            import numpy as np
            from scipy.optimize import linear_sum_assignment
            m = json.load(open(sys.argv[1]))
            needed = {r['id']: r['needed'] for r in m['requests']}
            cands = m['candidates']
            assert all(c['score'] > 0 for c in cands)
            vols = sorted({c['volunteer'] for c in cands})
            vi = {v: i for i, v in enumerate(vols)}
            slots = [r for r in sorted(needed) for _ in range(needed[r])]
            W = np.zeros((max(1, len(slots)), max(1, len(vols))), dtype=np.int64)
            score = {(c['request'], c['volunteer']): c['score'] for c in cands}
            for s, r in enumerate(slots):
                for v in vols:
                    W[s, vi[v]] = score.get((r, v), 0)
            rows, cols = linear_sum_assignment(W, maximize=True)
            best = int(W[rows, cols].sum())
            # The proposal itself: feasible, its total right.
            pairs = m['pairs']
            assert len({p['volunteer'] for p in pairs}) == len(pairs), 'a volunteer twice'
            for r in needed:
                assert sum(1 for p in pairs if p['request'] == r) <= needed[r], 'too many on %d' % r
            for p in pairs:
                assert score[(p['request'], p['volunteer'])] == p['score'], 'not a candidate'
            assert sum(p['score'] for p in pairs) == m['total']
            print(best, m['total'], len(pairs), len(cands))
            """
        let checked = Harness.run(Harness.tool("python3"), ["-c", script, file])
        #expect(checked.status == 0, "\(checked.stderr)")
        let numbers = checked.stdout.split(separator: " ").map { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1 }
        #expect(numbers.count == 4 && numbers[0] == numbers[1] && numbers[2] > 10, "scipy vs dugnad: \(checked.stdout)")

        // Hard rules, checked in SQL on every candidate: attest seen for the kind, consent, active, not minors
        // on unsuitable tasks, minimum age.
        let candidates = try JSONSerialization.jsonObject(with: Data(match.stdout.utf8)) as? [String: Any]
        let list = (candidates?["candidates"] as? [[String: Any]]) ?? []
        let values = list.map { "(\($0["request"]!), \($0["volunteer"]!))" }.joined(separator: ",")
        let broken = Harness.sqlite(db, """
            WITH c(r, v) AS (VALUES \(values))
            SELECT count(*) FROM c JOIN volunteer_request q ON q.id = c.r JOIN volunteer v ON v.id = c.v
            WHERE v.status <> 'active' OR v.data_consent_on IS NULL OR 2026 - v.birth_year < q.minimum_age
               OR (2026 - v.birth_year < 18 AND (q.suitable_for_minors = 0 OR v.parental_consent = 0))
               OR (q.politiattest IS NOT NULL AND NOT EXISTS (SELECT 1 FROM politiattest_seen p
                   WHERE p.volunteer_id = v.id AND p.kind = q.politiattest))
            """)
        #expect(broken == "0")

        // --apply saves exactly the proposal; a second run proposes nothing for those volunteers again.
        let applied = Harness.dugnad(["match", "--db", db, "--apply", "--today", "2026-11-26"])
        #expect(applied.status == 0, "\(applied.stderr)")
        let saved = Harness.sqlite(db, "SELECT count(*) FROM assignment WHERE proposed_by <> 'demo' AND status = 'proposed'")
        #expect(saved == String(numbers.count == 4 ? numbers[2] : -1))
        try? FileManager.default.removeItem(at: dir)
    }

    @Test func personExportAndEraseOnTheCommandLine() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let id = Harness.sqlite(db, """
            SELECT a.volunteer_id FROM assignment a JOIN volunteer_hours h ON h.assignment_id = a.id LIMIT 1
            """)
        let name = Harness.sqlite(db, "SELECT name FROM volunteer WHERE id = \(id)")
        let before = Harness.sqlite(db, "SELECT sum(minutes) FROM volunteer_hours")
        let file = dir.appendingPathComponent("p.json").path
        let export = Harness.dugnad(["person", "export", id, "--db", db, "-o", file])
        #expect(export.status == 0, "\(export.stderr)")
        let json = try String(contentsOfFile: file, encoding: .utf8)
        #expect(json.contains(name) && json.contains("\"hours\""))
        // Without --yes and without a "ja" on stdin nothing is erased.
        let refused = Harness.dugnad(["person", "erase", id, "--db", db, "--lang", "nb"])
        #expect(refused.status == 1 && refused.stdout.contains("Ingenting er slettet"))
        let erased = Harness.dugnad(["person", "erase", id, "--db", db, "--yes", "--lang", "en"])
        #expect(erased.status == 0, "\(erased.stderr)")
        #expect(Harness.sqlite(db, "SELECT name || '|' || coalesce(birth_year, '') || '|' || phone FROM volunteer WHERE id = \(id)") == "||")
        #expect(Harness.sqlite(db, "SELECT sum(minutes) FROM volunteer_hours") == before)
        let again = Harness.dugnad(["person", "erase", id, "--db", db, "--yes", "--lang", "en"])
        #expect(again.status == 1 && again.stderr.contains("already been erased"))
        let csv = Harness.dugnad(["hours", "--db", db, "--from", "2020-01-01", "--to", "2026-11-26"])
        #expect(csv.status == 0 && csv.stdout.hasPrefix("dato,maned,frivillig_id"))
        try? FileManager.default.removeItem(at: dir)
    }
}
