/// "Match all open requests": the maximum total integer score where request r gets at most `needed[r]`
/// volunteers and each volunteer at most one new assignment.
///
/// Exact: a min-cost flow source → request (capacity needed) → volunteer (capacity 1, cost −score) → sink
/// (capacity 1), solved by the primal-dual method (`AssignmentFlowGraph`). It is solved first on a *part* of
/// the candidates — each request's best few — and the answer is then proved optimal for *all* of them with the
/// final node potentials (LP duality): a left-out pair (r, v) could only raise the total if its reduced cost
/// −score + π(r) − π(v) were negative. Left-out pairs that fail the check join the part and it is solved
/// again, until none fails (at worst with every candidate in). Nothing is guessed: the result is the optimum
/// of the whole instance, only found on a much smaller graph (at scale 1 a few % of the pairs).
public enum AssignmentOptimizer {
    public struct Pair: Sendable, Hashable, Codable {
        public var request: Int
        public var volunteer: Int
        public var score: Int
        public init(request: Int, volunteer: Int, score: Int) {
            self.request = request; self.volunteer = volunteer; self.score = score
        }
    }

    public struct Solution: Sendable, Hashable {
        public var pairs: [Pair]
        public var total: Int
        /// How many times the part was solved, and how many pairs it held in the end (for the bench and tests).
        public var rounds: Int = 0
        public var pairsSolved: Int = 0
    }

    /// `needed[r]` places for request index r; `candidates` with request and volunteer indexes (volunteer
    /// indexes below `volunteerCount`) and scores; pairs with a score ≤ 0 or repeated are ignored (a repeated
    /// pair counts once, the first). The chosen pairs come in candidate order.
    ///
    /// `firstRound(needed)`: how many of a request's best candidates the first round looks at (any width gives
    /// the same total; tests use 1 to make the check work hard).
    public static func solve(needed: [Int], volunteerCount: Int, candidates: [Pair],
                             firstRound: (Int) -> Int = { 2 * $0 + 6 }) -> Solution {
        let r = needed.count
        // Usable candidates grouped by request (a stable counting sort), a repeated pair kept once (the first).
        var count = [Int](repeating: 0, count: r + 1)
        func usable(_ c: Pair) -> Bool {
            c.score > 0 && c.request >= 0 && c.request < r && needed[c.request] > 0 && c.volunteer >= 0
                && c.volunteer < volunteerCount
        }
        for c in candidates where usable(c) { count[c.request + 1] += 1 }
        for q in 0..<r { count[q + 1] += count[q] }
        var grouped = [Int32](repeating: 0, count: count[r])
        var fill = count
        for (i, c) in candidates.enumerated() where usable(c) { grouped[fill[c.request]] = Int32(i); fill[c.request] += 1 }
        var stamp = [Int32](repeating: -1, count: volunteerCount)
        var groupStart = [Int](repeating: 0, count: r + 1)
        var kept = 0
        for q in 0..<r {
            groupStart[q] = kept
            for k in count[q]..<count[q + 1] {
                let v = candidates[Int(grouped[k])].volunteer
                if stamp[v] != Int32(q) { stamp[v] = Int32(q); grouped[kept] = grouped[k]; kept += 1 }
            }
        }
        groupStart[r] = kept
        grouped.removeLast(grouped.count - kept)
        guard kept > 0 else { return Solution(pairs: [], total: 0) }

        // The first round: each request's best `firstRound(needed)` candidates (ties: candidate order).
        var selected = [Bool](repeating: false, count: kept)
        var width = needed.map { max(1, firstRound($0)) }
        var best: [(score: Int, k: Int)] = []
        for q in 0..<r where groupStart[q] < groupStart[q + 1] {
            let range = groupStart[q]..<groupStart[q + 1]
            guard range.count > width[q] else { for k in range { selected[k] = true }; continue }
            best.removeAll(keepingCapacity: true)
            for k in range {
                let s = candidates[Int(grouped[k])].score
                if best.count == width[q] && s <= best[best.count - 1].score { continue }
                var i = best.count < width[q] ? best.count : best.count - 1
                if best.count < width[q] { best.append((s, k)) }
                while i > 0 && best[i - 1].score < s { best[i] = best[i - 1]; i -= 1 }
                best[i] = (s, k)
            }
            for b in best { selected[b.k] = true }
        }

        // Scores and volunteers in group order, for the checks.
        let groupedScore = grouped.map { candidates[Int($0)].score }
        let groupedVolunteer = grouped.map { Int32(candidates[Int($0)].volunteer) }
        var rounds = 0
        while true {
            rounds += 1
            var part: [Int] = []          // positions in `grouped`, by request
            part.reserveCapacity(kept)
            for k in 0..<kept where selected[k] { part.append(k) }
            var graph = AssignmentFlowGraph(needed: needed, volunteerCount: volunteerCount,
                                            edges: part.map { candidates[Int(grouped[$0])] })
            graph.run()
            let slack = graph.certificate()
            // Left-out pairs whose reduced cost is negative under the certificate: the most negative of them join
            // the part (at most as many as the request already has there: a request's part at most doubles).
            var failed = 0
            var failing: [(gain: Int, k: Int)] = []
            for q in 0..<r {
                let pr = slack.request[q]
                failing.removeAll(keepingCapacity: true)
                for k in groupStart[q]..<groupStart[q + 1] where !selected[k] {
                    let gain = groupedScore[k] - (pr - slack.volunteer[Int(groupedVolunteer[k])])
                    if gain > 0 { failing.append((gain, k)) }
                }
                failed += failing.count
                if failing.count > width[q] { failing.sort { $0.gain != $1.gain ? $0.gain > $1.gain : $0.k < $1.k } }
                for f in failing.prefix(width[q]) { selected[f.k] = true }
                width[q] += min(width[q], failing.count)
            }
            if failed == 0 {
                let chosen = part.indices.filter { graph.carries(edge: $0) }.map { Int(grouped[part[$0]]) }.sorted()
                let pairs = chosen.map { candidates[$0] }
                return Solution(pairs: pairs, total: pairs.reduce(0) { $0 + $1.score }, rounds: rounds,
                                pairsSolved: part.count)
            }
        }
    }
}
