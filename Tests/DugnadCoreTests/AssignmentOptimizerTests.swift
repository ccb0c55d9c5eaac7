import DugnadCore
import Testing

/// A small deterministic generator so a failing instance can be rerun.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

/// The optimum by trying every choice: each volunteer takes one of its candidate requests or none.
func bruteForceOptimum(needed: [Int], volunteers: Int, candidates: [AssignmentOptimizer.Pair]) -> Int {
    var byVolunteer = [[(Int, Int)]](repeating: [], count: volunteers)
    for c in candidates where c.score > 0 { byVolunteer[c.volunteer].append((c.request, c.score)) }
    var left = needed
    var best = 0
    func go(_ v: Int, _ total: Int) {
        if v == volunteers { best = max(best, total); return }
        go(v + 1, total)
        for (r, s) in byVolunteer[v] where left[r] > 0 {
            left[r] -= 1; go(v + 1, total + s); left[r] += 1
        }
    }
    go(0, 0)
    return best
}

func checkFeasible(_ s: AssignmentOptimizer.Solution, needed: [Int], candidates: [AssignmentOptimizer.Pair]) -> Bool {
    var perRequest = [Int](repeating: 0, count: needed.count)
    var volunteers = Set<Int>()
    let allowed = Set(candidates.map { "\($0.request)/\($0.volunteer)/\($0.score)" })
    for p in s.pairs {
        perRequest[p.request] += 1
        guard volunteers.insert(p.volunteer).inserted, allowed.contains("\(p.request)/\(p.volunteer)/\(p.score)") else {
            return false
        }
    }
    return zip(perRequest, needed).allSatisfy { $0 <= $1 } && s.total == s.pairs.reduce(0) { $0 + $1.score }
}

@Suite struct AssignmentOptimizerTests {
    @Test func equalsBruteForceOnManySmallRandomInstances() {
        var rng = SplitMix(state: 42)
        for round in 0..<400 {
            let requests = Int.random(in: 1...4, using: &rng)
            let volunteers = Int.random(in: 1...7, using: &rng)
            let needed = (0..<requests).map { _ in Int.random(in: 0...3, using: &rng) }
            var candidates: [AssignmentOptimizer.Pair] = []
            for r in 0..<requests { for v in 0..<volunteers where Int.random(in: 0..<3, using: &rng) > 0 {
                candidates.append(.init(request: r, volunteer: v, score: Int.random(in: 1...30, using: &rng)))
            } }
            let s = AssignmentOptimizer.solve(needed: needed, volunteerCount: volunteers, candidates: candidates)
            #expect(s.total == bruteForceOptimum(needed: needed, volunteers: volunteers, candidates: candidates),
                    "round \(round)")
            #expect(checkFeasible(s, needed: needed, candidates: candidates), "round \(round)")
        }
    }

    @Test func equalsBruteForceWhenEveryonePrefersTheSameTasks() {
        var rng = SplitMix(state: 7)
        for round in 0..<300 {
            let requests = Int.random(in: 2...5, using: &rng)
            let volunteers = Int.random(in: 2...7, using: &rng)
            let needed = (0..<requests).map { _ in Int.random(in: 1...2, using: &rng) }
            // A common taste per request plus a little personal noise: everybody wants request 0 most.
            let taste = (0..<requests).map { 60 - 12 * $0 }
            var candidates: [AssignmentOptimizer.Pair] = []
            for r in 0..<requests { for v in 0..<volunteers {
                candidates.append(.init(request: r, volunteer: v, score: taste[r] + Int.random(in: 0...3, using: &rng)))
            } }
            let s = AssignmentOptimizer.solve(needed: needed, volunteerCount: volunteers, candidates: candidates)
            #expect(s.total == bruteForceOptimum(needed: needed, volunteers: volunteers, candidates: candidates),
                    "round \(round)")
            #expect(checkFeasible(s, needed: needed, candidates: candidates))
        }
    }

    @Test func ties_zeroScoresAndDuplicatesAreHandled() {
        // Identical scores everywhere: any maximum is fine, its total is fixed.
        let candidates = (0..<3).flatMap { r in (0..<4).map { AssignmentOptimizer.Pair(request: r, volunteer: $0, score: 10) } }
        let s = AssignmentOptimizer.solve(needed: [1, 1, 1], volunteerCount: 4, candidates: candidates)
        #expect(s.total == 30 && s.pairs.count == 3)
        // A score of 0 or below is never chosen; a repeated pair counts once; bad indexes are ignored.
        let odd = [AssignmentOptimizer.Pair(request: 0, volunteer: 0, score: 0),
                   .init(request: 0, volunteer: 1, score: -5), .init(request: 0, volunteer: 2, score: 7),
                   .init(request: 0, volunteer: 2, score: 7), .init(request: 5, volunteer: 0, score: 9),
                   .init(request: 0, volunteer: 9, score: 9)]
        let t = AssignmentOptimizer.solve(needed: [3], volunteerCount: 3, candidates: odd)
        #expect(t.pairs == [.init(request: 0, volunteer: 2, score: 7)] && t.total == 7)
        #expect(AssignmentOptimizer.solve(needed: [], volunteerCount: 0, candidates: []).total == 0)
    }

    @Test func givesUpAGreedyChoiceWhenThatRaisesTheTotal() {
        // Greedy would give volunteer 0 to request 0 (10) and leave request 1 empty; the optimum is 9 + 8.
        let c: [AssignmentOptimizer.Pair] = [.init(request: 0, volunteer: 0, score: 10), .init(request: 0, volunteer: 1, score: 9),
                                             .init(request: 1, volunteer: 0, score: 8)]
        let s = AssignmentOptimizer.solve(needed: [1, 1], volunteerCount: 2, candidates: c)
        #expect(s.total == 17)
        #expect(Set(s.pairs) == [.init(request: 0, volunteer: 1, score: 9), .init(request: 1, volunteer: 0, score: 8)])
    }

    // The optimiser solves a part of the candidates and proves the answer optimal for all of them; a first round
    // of one candidate per request makes that proof fail often, so these check the rounds that follow.
    @Test func equalsBruteForceWhenTheFirstRoundSeesOneCandidatePerRequest() {
        var rng = SplitMix(state: 99)
        var severalRounds = 0
        for round in 0..<400 {
            let requests = Int.random(in: 1...4, using: &rng)
            let volunteers = Int.random(in: 1...7, using: &rng)
            let needed = (0..<requests).map { _ in Int.random(in: 0...3, using: &rng) }
            let correlated = round % 2 == 0
            var candidates: [AssignmentOptimizer.Pair] = []
            for r in 0..<requests { for v in 0..<volunteers where correlated || Int.random(in: 0..<3, using: &rng) > 0 {
                let score = correlated ? 60 - 12 * r + Int.random(in: 0...3, using: &rng) : Int.random(in: 1...30, using: &rng)
                candidates.append(.init(request: r, volunteer: v, score: score))
            } }
            let s = AssignmentOptimizer.solve(needed: needed, volunteerCount: volunteers, candidates: candidates,
                                              firstRound: { _ in 1 })
            #expect(s.total == bruteForceOptimum(needed: needed, volunteers: volunteers, candidates: candidates),
                    "round \(round)")
            #expect(checkFeasible(s, needed: needed, candidates: candidates), "round \(round)")
            if s.rounds > 1 { severalRounds += 1 }
        }
        #expect(severalRounds > 50)
    }

    @Test func thePartAndTheWholeGraphReachTheSameTotalOnLargerInstances() {
        var rng = SplitMix(state: 5)
        for round in 0..<40 {
            let requests = Int.random(in: 5...40, using: &rng)
            let volunteers = Int.random(in: 5...80, using: &rng)
            let needed = (0..<requests).map { _ in Int.random(in: 0...4, using: &rng) }
            let correlated = round % 2 == 0
            var candidates: [AssignmentOptimizer.Pair] = []
            for r in 0..<requests { for v in 0..<volunteers where Int.random(in: 0..<100, using: &rng) < 30 {
                let score = correlated ? 100 - r * 60 / requests + Int.random(in: 0...5, using: &rng) : Int.random(in: 1...140, using: &rng)
                candidates.append(.init(request: r, volunteer: v, score: score))
            } }
            let whole = AssignmentOptimizer.solve(needed: needed, volunteerCount: volunteers, candidates: candidates,
                                                  firstRound: { _ in Int.max / 4 })
            for width in [1, 2, 8] {
                let part = AssignmentOptimizer.solve(needed: needed, volunteerCount: volunteers, candidates: candidates,
                                                     firstRound: { _ in width })
                #expect(part.total == whole.total, "round \(round) width \(width)")
                #expect(checkFeasible(part, needed: needed, candidates: candidates), "round \(round) width \(width)")
            }
            let standard = AssignmentOptimizer.solve(needed: needed, volunteerCount: volunteers, candidates: candidates)
            #expect(standard.total == whole.total, "round \(round)")
        }
    }
}
