import DugnadCore
import DugnadStore
import Foundation

extension Bench {
    /// Volunteer matching (issue 10): ranking candidates for one request, "match all" on the demo database
    /// (read + hard rules + scoring + optimiser) and the optimiser alone, also with strongly correlated
    /// preferences (everyone prefers the same tasks).
    func measureMatching(_ database: AppDatabase, today: CivilDate, report: inout BenchReport) throws {
        let volunteers = try database.volunteerCount()
        let open = try database.triageQueue(today: today, limit: 100_000)
            .filter { RequestWorkflow.isOpenForMatching($0.request.status) }.map(\.request.id)
        // The first ranking reads every volunteer into the cache; the others rank from it (as a coordinator
        // going through requests does). The uncached line is the SQL path each ranking took before.
        let measured = Array(open.prefix(max(1, min(keys, 200))))
        var first: [Double] = []
        if let id = measured.first {
            let t0 = ContinuousClock.now
            _ = try database.candidates(requestID: id, today: today)
            first.append((ContinuousClock.now - t0).seconds)
        }
        var samples: [Double] = []
        for id in measured {
            let t0 = ContinuousClock.now
            _ = try database.candidates(requestID: id, today: today)
            samples.append((ContinuousClock.now - t0).seconds)
        }
        report.add("match: rank one request, first (reads cache)", first)
        report.add("match: rank one request (\(volunteers) volunteers)", samples)
        var uncached: [Double] = []
        for id in measured {
            let t0 = ContinuousClock.now
            _ = try database.candidates(requestID: id, today: today, cached: false)
            uncached.append((ContinuousClock.now - t0).seconds)
        }
        report.add("match: rank one request, uncached SQL", uncached)
        guard only != "rank" else { return }

        var all: [Double] = []
        var proposal: AppDatabase.MatchProposal?
        for _ in 0..<3 {
            let t0 = ContinuousClock.now
            proposal = try database.proposeMatches(today: today, includeCandidates: true)
            all.append((ContinuousClock.now - t0).seconds)
        }
        guard let proposal else { return }
        report.add("match: all open (\(proposal.requests.count) req, \(proposal.candidates.count) pairs)", all)

        // The optimiser alone on the demo's feasible pairs, and on the same pairs with one shared taste.
        var requestIndex = [RowID: Int](), volunteerIndex = [RowID: Int]()
        for (i, r) in proposal.requests.enumerated() { requestIndex[r.id] = i }
        for c in proposal.candidates where volunteerIndex[c.volunteer] == nil { volunteerIndex[c.volunteer] = volunteerIndex.count }
        let needed = proposal.requests.map(\.needed)
        let pairs = proposal.candidates.map {
            AssignmentOptimizer.Pair(request: requestIndex[$0.request]!, volunteer: volunteerIndex[$0.volunteer]!, score: $0.score)
        }
        report.add("match: optimiser on demo pairs", timed(3) {
            _ = AssignmentOptimizer.solve(needed: needed, volunteerCount: volunteerIndex.count, candidates: pairs)
        })
        // A seeded generator: the system one is a getrandom call per draw, which at scale 10 (450 million draws for
        // the dense instance) took longer than everything measured.
        var rng = BenchRandom(state: 20_261_202)
        let shared = pairs.map { AssignmentOptimizer.Pair(request: $0.request, volunteer: $0.volunteer,
                                                          score: 120 - $0.request * 100 / max(1, needed.count) + Int.random(in: 0...3, using: &rng)) }
        report.add("match: optimiser, correlated (demo pairs)", timed(3) {
            _ = AssignmentOptimizer.solve(needed: needed, volunteerCount: volunteerIndex.count, candidates: shared)
        })

        // A dense synthetic instance at the bench's scale: 1,500 requests × 3,000 volunteers, every volunteer a
        // candidate for 15 % of the requests, and everyone prefers the same (low-numbered) tasks.
        let r = max(10, Int(1_500 * scale)), v = max(20, Int(3_000 * scale))
        let dense = (0..<r).map { _ in Int.random(in: 1...3, using: &rng) }
        var densePairs: [AssignmentOptimizer.Pair] = []
        for q in 0..<r { for p in 0..<v where Int.random(in: 0..<100, using: &rng) < 15 {
            densePairs.append(.init(request: q, volunteer: p, score: 100 - q * 60 / r + Int.random(in: 0...5, using: &rng)))
        } }
        report.add("match: optimiser, correlated \(r)×\(v) (\(densePairs.count) pairs)", timed(3) {
            _ = AssignmentOptimizer.solve(needed: dense, volunteerCount: v, candidates: densePairs)
        })
    }

    private func timed(_ runs: Int, _ body: () -> Void) -> [Double] {
        (0..<runs).map { _ in
            let t0 = ContinuousClock.now
            body()
            return (ContinuousClock.now - t0).seconds
        }
    }
}

/// SplitMix64: fast, seeded, the same instance every run.
private struct BenchRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
