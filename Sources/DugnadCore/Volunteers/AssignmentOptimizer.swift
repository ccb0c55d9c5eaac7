/// "Match all open requests": the maximum total integer score where request r gets at most `needed[r]`
/// volunteers and each volunteer at most one new assignment.
///
/// Exact: a min-cost flow source → request (capacity needed) → volunteer (capacity 1, cost −score) → sink
/// (capacity 1), solved by the primal-dual method — successive shortest paths with potentials (Dijkstra on
/// reduced costs), augmenting a maximum flow along *all* shortest paths of a phase before the next Dijkstra.
/// The cost of a shortest augmenting path never decreases and is an integer in [−max score, 0], so there are
/// at most max score + 1 phases whatever the preferences; it stops at the first path that would not raise
/// the total (cost ≥ 0). No candidate is pruned.
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
    }

    /// `needed[r]` places for request index r; `candidates` with request and volunteer indexes (volunteer
    /// indexes below `volunteerCount`) and scores; pairs with a score ≤ 0 or repeated are ignored.
    /// The chosen pairs come in candidate order.
    public static func solve(needed: [Int], volunteerCount: Int, candidates: [Pair]) -> Solution {
        // Usable candidates, a repeated pair counted once (the first).
        var seen = Set<Int64>()
        let usable = candidates.indices.filter { i in
            let c = candidates[i]
            return c.score > 0 && needed.indices.contains(c.request) && needed[c.request] > 0
                && c.volunteer >= 0 && c.volunteer < volunteerCount
                && seen.insert(Int64(c.request) << 32 | Int64(c.volunteer)).inserted
        }
        guard !usable.isEmpty else { return Solution(pairs: [], total: 0) }
        var graph = FlowGraph(needed: needed, volunteerCount: volunteerCount, candidates: candidates, usable: usable)
        graph.run()
        let pairs = usable.indices.filter { graph.cap[graph.pairEdge[$0]] == 0 }.map { candidates[usable[$0]] }
        return Solution(pairs: pairs, total: pairs.reduce(0) { $0 + $1.score })
    }
}

/// The residual network in compressed rows (every edge and its reverse), with node potentials.
private struct FlowGraph {
    let nodeCount: Int
    let source = 0
    let sink: Int
    var start: [Int]          // edges of node u: start[u] ..< start[u + 1]
    var to: [Int32]
    var cap: [Int32]
    var cost: [Int32]
    var rev: [Int32]
    var potential: [Int] = []
    /// The request → volunteer edge of each usable candidate.
    var pairEdge: [Int] = []
    /// Volunteer nodes are `firstVolunteer ..< sink`. Of a volunteer's edges at most two are ever residual: to the
    /// sink while unassigned, and back to the one request it is assigned to. Searches look at just those two
    /// (`sinkEdge`, `backEdge`) instead of scanning the reverse edges of all its candidates.
    var firstVolunteer = 0
    var sinkEdge: [Int] = []
    var backEdge: [Int] = []

    init(needed: [Int], volunteerCount: Int, candidates: [AssignmentOptimizer.Pair], usable: [Int]) {
        let r = needed.count
        nodeCount = r + volunteerCount + 2
        sink = nodeCount - 1
        let kept = usable
        var hasEdge = [Bool](repeating: false, count: volunteerCount)
        var requestUsed = [Bool](repeating: false, count: r)
        for i in kept { hasEdge[candidates[i].volunteer] = true; requestUsed[candidates[i].request] = true }

        var degree = [Int](repeating: 0, count: nodeCount + 1)
        for q in 0..<r where requestUsed[q] { degree[source] += 1; degree[1 + q] += 1 }
        for i in kept { degree[1 + candidates[i].request] += 1; degree[1 + r + candidates[i].volunteer] += 1 }
        for v in 0..<volunteerCount where hasEdge[v] { degree[1 + r + v] += 1; degree[sink] += 1 }
        start = [Int](repeating: 0, count: nodeCount + 1)
        for u in 0..<nodeCount { start[u + 1] = start[u] + degree[u] }
        let m = start[nodeCount]
        to = [Int32](repeating: 0, count: m); cap = [Int32](repeating: 0, count: m)
        cost = [Int32](repeating: 0, count: m); rev = [Int32](repeating: 0, count: m)
        var fill = Array(start.prefix(nodeCount))
        func add(_ u: Int, _ v: Int, _ capacity: Int, _ c: Int) -> Int {
            let a = fill[u], b = fill[v]
            fill[u] += 1; fill[v] += 1
            to[a] = Int32(v); cap[a] = Int32(capacity); cost[a] = Int32(c); rev[a] = Int32(b)
            to[b] = Int32(u); cap[b] = 0; cost[b] = Int32(-c); rev[b] = Int32(a)
            return a
        }
        for q in 0..<r where requestUsed[q] { _ = add(source, 1 + q, needed[q], 0) }
        pairEdge = kept.map { i in add(1 + candidates[i].request, 1 + r + candidates[i].volunteer, 1, -candidates[i].score) }
        firstVolunteer = 1 + r
        sinkEdge = [Int](repeating: -1, count: volunteerCount)
        backEdge = [Int](repeating: -1, count: volunteerCount)
        for v in 0..<volunteerCount where hasEdge[v] { sinkEdge[v] = add(1 + r + v, sink, 1, 0) }

        // Feasible start potentials for the DAG s → r → v → t with negative pair costs.
        potential = [Int](repeating: 0, count: nodeCount)
        var lowest = 0
        for v in 0..<volunteerCount where hasEdge[v] {
            let node = 1 + r + v
            potential[node] = -maxScoreInto(node)
            lowest = min(lowest, potential[node])
        }
        potential[sink] = lowest
    }

    private func maxScoreInto(_ node: Int) -> Int {
        var best = 0
        for e in start[node]..<start[node + 1] where Int(to[e]) != sink { best = max(best, Int(cost[e])) }
        return best
    }

    /// Calls `body` with each edge out of `u` that has residual capacity.
    @inline(__always)
    private func forResidual(_ u: Int, _ body: (Int) -> Void) {
        if u >= firstVolunteer && u < sink {
            let k = u - firstVolunteer
            let a = sinkEdge[k], b = backEdge[k]
            if a >= 0 && cap[a] > 0 { body(a) }
            if b >= 0 && cap[b] > 0 { body(b) }
            return
        }
        for e in start[u]..<start[u + 1] where cap[e] > 0 { body(e) }
    }

    mutating func run() {
        let infinity = Int.max / 4
        var distance = [Int](repeating: infinity, count: nodeCount)
        var level = [Int32](repeating: -1, count: nodeCount)
        var next = [Int](repeating: 0, count: nodeCount)
        var heap = MinHeap()
        while true {
            // Dijkstra on reduced costs, stopped once the sink is settled.
            for i in 0..<nodeCount { distance[i] = infinity }
            distance[source] = 0
            heap.removeAll()
            heap.push(0, source)
            while let (d, u) = heap.pop() {
                if d > distance[u] { continue }
                if u == sink { break }
                let pu = potential[u]
                forResidual(u) { e in
                    let v = Int(to[e])
                    let nd = d + Int(cost[e]) + pu - potential[v]
                    if nd < distance[v] { distance[v] = nd; heap.push(nd, v) }
                }
            }
            let reach = distance[sink]
            guard reach < infinity else { return }
            for i in 0..<nodeCount { potential[i] += min(distance[i], reach) }
            // The actual cost of a shortest augmenting path; from here on no path raises the total.
            guard potential[sink] - potential[source] < 0 else { return }

            // Maximum flow over the admissible edges (residual, reduced cost 0), Dinic style.
            while true {
                for i in 0..<nodeCount { level[i] = -1 }
                level[source] = 0
                var queue = [source]
                var head = 0
                while head < queue.count {
                    let u = queue[head]; head += 1
                    // Levels beyond the sink's are never on a shortest path to it.
                    if level[sink] >= 0 && level[u] >= level[sink] { break }
                    if u == sink { continue }
                    forResidual(u) { e in
                        let v = Int(to[e])
                        if level[v] < 0 && Int(cost[e]) + potential[u] - potential[v] == 0 {
                            level[v] = level[u] + 1
                            queue.append(v)
                        }
                    }
                }
                if level[sink] < 0 { break }
                // A volunteer's `next` counts its two candidate edges (sink, back); other nodes' is an edge index.
                for i in 0..<nodeCount { next[i] = i >= firstVolunteer && i < sink ? 0 : start[i] }
                while augment(level: &level, next: &next) {}
            }
        }
    }

    /// One unit along a level-increasing admissible path (every path has a unit edge), iteratively.
    private mutating func augment(level: inout [Int32], next: inout [Int]) -> Bool {
        var path: [Int] = []
        var u = source
        while true {
            if u == sink {
                for e in path {
                    cap[e] -= 1; cap[Int(rev[e])] += 1
                    let from = Int(to[Int(rev[e])]), target = Int(to[e])
                    if target >= firstVolunteer && target < sink && from < firstVolunteer {
                        backEdge[target - firstVolunteer] = Int(rev[e])      // request → volunteer: now assigned there
                    } else if from >= firstVolunteer && from < sink && backEdge[from - firstVolunteer] == e {
                        backEdge[from - firstVolunteer] = -1                 // the old assignment is undone
                    }
                }
                return true
            }
            var chosen = -1
            if u >= firstVolunteer && u < sink {
                let k = u - firstVolunteer
                while next[u] < 2 && chosen < 0 {
                    let e = next[u] == 0 ? sinkEdge[k] : backEdge[k]
                    if e >= 0 && cap[e] > 0 && level[Int(to[e])] == level[u] + 1
                        && Int(cost[e]) + potential[u] - potential[Int(to[e])] == 0 { chosen = e } else { next[u] += 1 }
                }
            } else {
                while next[u] < start[u + 1] && chosen < 0 {
                    let e = next[u]
                    let v = Int(to[e])
                    if cap[e] > 0 && level[v] == level[u] + 1 && Int(cost[e]) + potential[u] - potential[v] == 0 {
                        chosen = e
                    } else { next[u] += 1 }
                }
            }
            if chosen >= 0 {
                path.append(chosen); u = Int(to[chosen])
            } else {
                level[u] = -1                  // dead end for the rest of this round
                guard let e = path.popLast() else { return false }
                u = Int(to[Int(rev[e])])
                next[u] += 1
            }
        }
    }
}

/// A binary heap of (key, node), smallest key first.
private struct MinHeap {
    private var keys: [Int] = []
    private var nodes: [Int] = []

    mutating func removeAll() { keys.removeAll(keepingCapacity: true); nodes.removeAll(keepingCapacity: true) }

    mutating func push(_ key: Int, _ node: Int) {
        keys.append(key); nodes.append(node)
        var i = keys.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            if keys[p] <= keys[i] { break }
            keys.swapAt(p, i); nodes.swapAt(p, i); i = p
        }
    }

    mutating func pop() -> (Int, Int)? {
        guard let firstKey = keys.first else { return nil }
        let firstNode = nodes[0]
        let lastKey = keys.removeLast(), lastNode = nodes.removeLast()
        if !keys.isEmpty {
            keys[0] = lastKey; nodes[0] = lastNode
            var i = 0
            let n = keys.count
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < n && keys[l] < keys[m] { m = l }
                if r < n && keys[r] < keys[m] { m = r }
                if m == i { break }
                keys.swapAt(m, i); nodes.swapAt(m, i); i = m
            }
        }
        return (firstKey, firstNode)
    }
}
