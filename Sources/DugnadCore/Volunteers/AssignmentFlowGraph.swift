/// The residual network of `AssignmentOptimizer` in compressed rows (every edge and its reverse), with node
/// potentials, solved by successive shortest paths with potentials (Dijkstra on reduced costs), augmenting along
/// the shortest paths that depth-first searches find in a phase before the next Dijkstra. The cost of a shortest
/// augmenting path never decreases and is an integer in [−max score, 0]; it stops at the first path that would
/// not raise the total (cost ≥ 0).
struct AssignmentFlowGraph {
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

    /// `edges`: the pairs to solve on (request and volunteer indexes in range, scores > 0, no pair twice).
    init(needed: [Int], volunteerCount: Int, edges: [AssignmentOptimizer.Pair]) {
        let r = needed.count
        nodeCount = r + volunteerCount + 2
        sink = nodeCount - 1
        var hasEdge = [Bool](repeating: false, count: volunteerCount)
        var requestUsed = [Bool](repeating: false, count: r)
        for c in edges { hasEdge[c.volunteer] = true; requestUsed[c.request] = true }

        var degree = [Int](repeating: 0, count: nodeCount + 1)
        for q in 0..<r where requestUsed[q] { degree[source] += 1; degree[1 + q] += 1 }
        for c in edges { degree[1 + c.request] += 1; degree[1 + r + c.volunteer] += 1 }
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
        pairEdge = edges.map { add(1 + $0.request, 1 + r + $0.volunteer, 1, -$0.score) }
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

    /// Whether the i-th edge given to `init` carries flow (the pair is chosen).
    func carries(edge i: Int) -> Bool { cap[pairEdge[i]] == 0 }

    /// The optimality certificate after `run`, as slack bounds: a pair (r, v) left out of the graph cannot
    /// raise the total when `score ≤ request[r] − volunteer[v]` (its reduced cost −score + π(r) − π(v) ≥ 0).
    /// `volunteer[v]` is the lowest potential v may take with every residual edge of the graph still
    /// feasible: the sink's when v is free, π(r0) − score0 when it is assigned to r0 — so the check is as
    /// lenient as these request potentials allow, and still exact.
    struct Certificate { var request: [Int]; var volunteer: [Int] }

    func certificate() -> Certificate {
        let r = firstVolunteer - 1
        var volunteer = [Int](repeating: potential[sink], count: sinkEdge.count)
        // A volunteer assigned to r0 has the residual back edge v → r0 of cost +score0: π(v) ≥ π(r0) − score0.
        for v in 0..<sinkEdge.count where backEdge[v] >= 0 {
            let b = backEdge[v]
            volunteer[v] = potential[Int(to[b])] - Int(cost[b])
        }
        return Certificate(request: (0..<r).map { potential[1 + $0] }, volunteer: volunteer)
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
        var state = [Int8](repeating: 0, count: nodeCount)
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
            // The actual cost of a shortest augmenting path. Once it is ≥ 0 (or there is none) no path raises the
            // total: the potentials are raised by at most π(s) − π(t) ≤ reach, which keeps every residual edge's
            // reduced cost ≥ 0 and makes π(t) = π(s) — with the flow, a proof of optimality (`certificate`).
            if reach >= infinity || potential[sink] - potential[source] + reach >= 0 {
                let lift = potential[source] - potential[sink]
                for i in 0..<nodeCount { potential[i] += min(distance[i], lift) }
                return
            }
            for i in 0..<nodeCount { potential[i] += min(distance[i], reach) }

            // As much flow as depth-first searches find over the admissible edges (residual, reduced cost 0), each
            // edge looked at about once a phase: `next` is a node's current edge, `state` 0 free, 1 on the path,
            // −1 a dead end. Whatever a phase misses the next Dijkstra finds again (at the same cost).
            for i in 0..<nodeCount { state[i] = 0; next[i] = i >= firstVolunteer && i < sink ? 0 : start[i] }
            while augment(state: &state, next: &next) {}
        }
    }

    /// One unit along an admissible path from the source to the sink (every path has a unit edge), iteratively.
    private mutating func augment(state: inout [Int8], next: inout [Int]) -> Bool {
        var path: [Int] = []
        var u = source
        state[source] = 1
        while true {
            if u == sink {
                state[sink] = 0
                for e in path {
                    cap[e] -= 1; cap[Int(rev[e])] += 1
                    let from = Int(to[Int(rev[e])]), target = Int(to[e])
                    state[from] = 0
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
                    if e >= 0 && cap[e] > 0 && state[Int(to[e])] == 0
                        && Int(cost[e]) + potential[u] - potential[Int(to[e])] == 0 { chosen = e } else { next[u] += 1 }
                }
            } else {
                while next[u] < start[u + 1] && chosen < 0 {
                    let e = next[u]
                    let v = Int(to[e])
                    if cap[e] > 0 && state[v] == 0 && Int(cost[e]) + potential[u] - potential[v] == 0 {
                        chosen = e
                    } else { next[u] += 1 }
                }
            }
            if chosen >= 0 {
                path.append(chosen); u = Int(to[chosen]); state[u] = 1
            } else {
                state[u] = -1                  // a dead end for the rest of this phase
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
