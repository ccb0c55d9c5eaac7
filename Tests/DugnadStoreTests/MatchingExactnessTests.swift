import DugnadCore
import Testing
@testable import DugnadStore

private let today = CivilDate(year: 2026, month: 11, day: 26)!

/// The fast paths of matching decide exactly what the plain rules decide: ranking one request (SQL narrowing,
/// lean read, `MatchTable`) gives the list `CandidateRanking.rank` gives over every volunteer read in full, and
/// "match all" scores the same pairs and reaches the optimum the optimiser finds on the whole graph.
@Suite struct MatchingExactnessTests {
    let dir = TempDir()

    @Test func rankingAndMatchAllAgreeWithThePlainRulesOnTheDemo() throws {
        let db = try AppDatabase.open(path: dir.path("m.sqlite"), user: "anna")
        _ = try DemoData.fill(db, scale: 0.1, seed: 5, today: today)
        let open = try db.triageQueue(today: today, limit: 100_000)
            .filter { RequestWorkflow.isOpenForMatching($0.request.status) }.map(\.request)
        #expect(open.count > 20)
        let (everyone, renewal) = try db.read { d in
            (try AppDatabase.situations(d, skills: nil, today: today), try AppDatabase.renewalMonths(d))
        }
        var attestRequests = 0, nonEmpty = 0
        for r in open {
            let months = r.serviceID.flatMap { renewal[$0] }
            let plain = CandidateRanking.rank(r, everyone, today: today, renewalMonths: months)
            let fast = try db.candidates(requestID: r.id, today: today, limit: 100_000)
            #expect(fast.map(\.volunteer.id) == plain.map(\.volunteer.id), "request \(r.id)")
            #expect(fast.map(\.score) == plain.map(\.score), "request \(r.id)")
            // Shown in full: the contact details are there.
            #expect(zip(fast, plain).allSatisfy { $0.volunteer == $1.volunteer }, "request \(r.id)")
            if r.politiattest != nil { attestRequests += 1 }
            if !plain.isEmpty { nonEmpty += 1 }
        }
        #expect(attestRequests > 0 && nonEmpty > 10)

        // Match all: the same feasible pairs as scoring every pair with the plain rules, and the optimum of the
        // whole graph.
        let proposal = try db.proposeMatches(today: today, includeCandidates: true)
        var plainPairs = Set<AppDatabase.MatchPair>()
        for (id, _) in proposal.requests {
            let r = try #require(open.first { $0.id == id })
            for c in CandidateRanking.rank(r, everyone, today: today, renewalMonths: r.serviceID.flatMap { renewal[$0] }) {
                plainPairs.insert(.init(request: id, volunteer: c.volunteer.id, score: c.score.total))
            }
        }
        #expect(Set(proposal.candidates) == plainPairs && proposal.candidates.count == plainPairs.count)
        var requestIndex: [RowID: Int] = [:], volunteerIndex: [RowID: Int] = [:]
        for (i, r) in proposal.requests.enumerated() { requestIndex[r.id] = i }
        for c in proposal.candidates where volunteerIndex[c.volunteer] == nil { volunteerIndex[c.volunteer] = volunteerIndex.count }
        let pairs = proposal.candidates.map {
            AssignmentOptimizer.Pair(request: requestIndex[$0.request]!, volunteer: volunteerIndex[$0.volunteer]!, score: $0.score)
        }
        let whole = AssignmentOptimizer.solve(needed: proposal.requests.map(\.needed), volunteerCount: volunteerIndex.count,
                                              candidates: pairs, firstRound: { _ in Int.max / 4 })
        #expect(whole.rounds == 1 && whole.pairsSolved == pairs.count)
        #expect(proposal.total == whole.total && proposal.total > 0)
    }

    /// Ranking reads the volunteers once and keeps them until the database changes: a change by another
    /// process, by this one, or a new day is seen at once, and the answer is always the uncached one.
    @Test func theCachedVolunteersAreReadAgainAfterEveryChange() throws {
        let path = dir.path("c.sqlite")
        let db = try AppDatabase.open(path: path, user: "anna")
        _ = try DemoData.fill(db, scale: 0.05, seed: 3, today: today)
        let open = try db.triageQueue(today: today, limit: 100_000)
            .filter { RequestWorkflow.isOpenForMatching($0.request.status) }.map(\.request)
        let r = try #require(try open.first { try db.candidates(requestID: $0.id, today: today).count >= 3 })
        func agree(_ day: CivilDate = today) throws -> [RowID] {
            let fast = try db.candidates(requestID: r.id, today: day, limit: 100_000)
            let plain = try db.candidates(requestID: r.id, today: day, limit: 100_000, cached: false)
            #expect(fast.map(\.volunteer.id) == plain.map(\.volunteer.id))
            #expect(fast.map(\.score) == plain.map(\.score))
            return fast.map(\.volunteer.id)
        }
        let before = try agree()
        // Another process pauses the best candidate.
        let other = try AppDatabase.open(path: path, user: "ola")
        try other.pool.write { try $0.execute(sql: "UPDATE volunteer SET status = 'paused' WHERE id = ?", arguments: [before[0]]) }
        let afterPause = try agree()
        #expect(!afterPause.contains(before[0]))
        // This process puts the next one on the request.
        try db.pool.write {
            try $0.execute(sql: "INSERT INTO assignment (request_id, volunteer_id, status) VALUES (?, ?, 'proposed')",
                           arguments: [r.id, afterPause[0]])
        }
        let afterAssignment = try agree()
        #expect(!afterAssignment.contains(afterPause[0]))
        // Skills edited elsewhere: the third loses every skill the request asks for.
        try other.pool.write { try $0.execute(sql: "UPDATE volunteer SET skills = '' WHERE id = ?", arguments: [afterAssignment[0]]) }
        #expect(!(try agree()).contains(afterAssignment[0]))
        // The request comes to need a children's attest (another process), then this one records an attest seen
        // today for a candidate it left out, then another process takes that record away again.
        try other.pool.write { try $0.execute(sql: "UPDATE volunteer_request SET politiattest = 'children' WHERE id = ?", arguments: [r.id]) }
        let needsAttest = try agree()
        let left = try #require(afterAssignment.dropFirst().first { !needsAttest.contains($0) })
        try db.pool.write {
            try $0.execute(sql: "INSERT INTO politiattest_seen (volunteer_id, kind, seen_on, seen_by) VALUES (?, 'children', '2026-11-26', 'anna')",
                           arguments: [left])
        }
        #expect(try agree().contains(left))
        try other.pool.write { try $0.execute(sql: "DELETE FROM politiattest_seen WHERE volunteer_id = ? AND seen_on = '2026-11-26'", arguments: [left]) }
        #expect(!(try agree()).contains(left))
        // Another day: the commitments are counted from that day.
        _ = try agree(today.adding(days: 30))
    }
}
