// Louvain community detection with NetworkX `louvain_communities` semantics and a seeded RNG.

extension Community {
    /// Louvain communities maximizing modularity at `resolution`.
    ///
    /// NetworkX: `community.louvain_communities(G, weight="weight", resolution=γ, threshold=1e-7,
    /// max_level=None, seed=seed)`. Reference: Blondel, Guillaume, Lambiotte & Lefebvre (2008) "Fast
    /// unfolding of communities in large networks", J. Stat. Mech. P10008.
    ///
    /// Same procedure as NetworkX: at each level the nodes are visited in one shuffled order, repeatedly,
    /// each moved to the neighbouring community with the largest positive gain
    /// ΔQ = w(u,C)/m − γ·Σ_tot(C)·k_u/(2m²) − [w(u,C_u)/m − γ·(Σ_tot(C_u) − k_u)·k_u/(2m²)]
    /// until a pass moves nothing; communities are then aggregated (inner weight becomes a self-loop) and
    /// the next level starts, until a level improves modularity by at most `threshold`, or made no move,
    /// or `maxLevels` levels ran. With `polish` (default) the whole level procedure is then run again
    /// starting from its result (nodes in their communities, not singletons) while that raises modularity
    /// by more than `threshold` — this can only improve the NetworkX result; `polish: false` is NetworkX's
    /// procedure alone. The shuffle uses `SeededRandom(seed:)` (not Python's Mersenne Twister), so
    /// communities are deterministic for a seed but not the same sets NetworkX gets for that seed.
    public static func louvain(_ g: WeightedGraph, resolution: Double = 1, threshold: Double = 1e-7,
                               seed: UInt64 = 42, maxLevels: Int? = nil, polish: Bool = true) -> Partition {
        let n = g.nodeCount
        if g.edgeCount == 0 { return Partition(g, labels: Array(0..<n), resolution: resolution) }
        var rng = SeededRandom(seed: seed)
        var result = louvainLevels(g, start: nil, resolution: resolution, threshold: threshold,
                                   maxLevels: maxLevels, rng: &rng)
        if polish {
            var q = modularity(g, membership: result, resolution: resolution)
            for _ in 0..<20 {
                let next = louvainLevels(g, start: result, resolution: resolution, threshold: threshold,
                                         maxLevels: maxLevels, rng: &rng)
                let qNext = modularity(g, membership: next, resolution: resolution)
                if qNext - q <= threshold { break }
                result = next; q = qNext
            }
        }
        return Partition(g, labels: result, resolution: resolution)
    }

    /// The level loop of NetworkX `louvain_partitions`, optionally starting from a partition instead of
    /// singletons. Returns a compact community label per original node.
    static func louvainLevels(_ g: WeightedGraph, start: [Int]?, resolution: Double, threshold: Double,
                              maxLevels: Int?, rng: inout SeededRandom) -> [Int] {
        let n = g.nodeCount
        let m = g.totalWeight
        var graph = g
        let initial = start.map { compactLabels($0).labels } ?? Array(0..<n)
        var mod = modularity(graph, membership: initial, resolution: resolution)
        var top = Array(0..<n)  // original node -> node of the current (aggregated) graph
        var result = initial
        var levels = 0
        var first: [Int]? = initial
        while true {
            let (labels, moved) = louvainOneLevel(graph, start: first, m: m, resolution: resolution, rng: &rng)
            first = nil
            if !moved && levels > 0 { break }
            let compact = compactLabels(labels)
            top = top.map { compact.labels[$0] }
            result = top
            levels += 1
            let newMod = modularity(graph, membership: compact.labels, resolution: resolution)
            if newMod - mod <= threshold { break }
            if let maxLevels, levels >= maxLevels { break }
            mod = newMod
            graph = aggregate(graph, labels: compact.labels, count: compact.count)
        }
        return result
    }

    /// One Louvain level (NetworkX `_one_level`): returns a community label per node and whether any node
    /// moved.
    static func louvainOneLevel(_ g: WeightedGraph, start: [Int]? = nil, m: Double, resolution: Double,
                                rng: inout SeededRandom) -> ([Int], Bool) {
        let n = g.nodeCount
        var node2com = start ?? Array(0..<n)
        let degrees = Centrality.strength(g)
        var stot = degrees
        if start != nil {
            stot = [Double](repeating: 0, count: n)
            for u in 0..<n { stot[node2com[u]] += degrees[u] }
        }
        var order = Array(0..<n)
        rng.shuffle(&order)
        var improvement = false
        let twoM2 = 2 * m * m
        // Raw buffers for the hot loop (same arithmetic as NetworkX `_one_level`).
        let neighWeight = UnsafeMutablePointer<Double>.allocate(capacity: max(n, 1))
        neighWeight.initialize(repeating: 0, count: n)
        let mark = UnsafeMutablePointer<Bool>.allocate(capacity: max(n, 1))
        mark.initialize(repeating: false, count: n)
        let touched = UnsafeMutablePointer<Int>.allocate(capacity: max(n, 1))
        defer { neighWeight.deallocate(); mark.deallocate(); touched.deallocate() }
        g.withCSR { csr in
            let off = csr.offsets.baseAddress!, tgt = csr.targets.baseAddress!, wt = csr.weights.baseAddress!
            node2com.withUnsafeMutableBufferPointer { com in
                stot.withUnsafeMutableBufferPointer { tot in
                    degrees.withUnsafeBufferPointer { deg in
                        var moves = 1
                        while moves > 0 {
                            moves = 0
                            for u in order {
                                let current = com[u]
                                var nt = 0
                                for e in off[u]..<off[u + 1] {
                                    let v = Int(tgt[e])
                                    if v == u { continue }
                                    let c = com[v]
                                    if !mark[c] { mark[c] = true; touched[nt] = c; nt += 1 }
                                    neighWeight[c] += wt[e]
                                }
                                let degree = deg[u]
                                tot[current] -= degree
                                let removeCost = -neighWeight[current] / m
                                    + resolution * (tot[current] * degree) / twoM2
                                var bestMod = 0.0
                                var best = current
                                for i in 0..<nt {
                                    let c = touched[i]
                                    let gain = removeCost + neighWeight[c] / m - resolution * (tot[c] * degree) / twoM2
                                    if gain > bestMod { bestMod = gain; best = c }
                                }
                                tot[best] += degree
                                for i in 0..<nt { let c = touched[i]; neighWeight[c] = 0; mark[c] = false }
                                if best != current {
                                    com[u] = best
                                    moves += 1
                                    improvement = true
                                }
                            }
                        }
                    }
                }
            }
        }
        return (node2com, improvement)
    }

    /// Relabels arbitrary labels to 0..<count in order of first appearance.
    static func compactLabels(_ labels: [Int]) -> (labels: [Int], count: Int) {
        var out = [Int](repeating: 0, count: labels.count)
        if let lo = labels.min(), let hi = labels.max(), lo >= 0, hi < 4 * labels.count + 64 {
            var map = [Int](repeating: -1, count: hi + 1)
            var next = 0
            for (i, l) in labels.enumerated() {
                if map[l] < 0 { map[l] = next; next += 1 }
                out[i] = map[l]
            }
            return (out, next)
        }
        var map: [Int: Int] = [:]
        for (i, l) in labels.enumerated() {
            if let c = map[l] { out[i] = c } else { let c = map.count; map[l] = c; out[i] = c }
        }
        return (out, map.count)
    }

    /// The quotient graph: one node per community, edge weights summed, inner weight as a self-loop.
    static func aggregate(_ g: WeightedGraph, labels: [Int], count: Int) -> WeightedGraph {
        var edges: [(Int, Int, Double)] = []
        edges.reserveCapacity(g.edgeCount)
        for u in 0..<g.nodeCount {
            for e in g.neighborRange(u) {
                let v = Int(g.targets[e])
                if v >= u { edges.append((labels[u], labels[v], g.weights[e])) }
            }
        }
        return WeightedGraph(nodeCount: count, edges: edges, ids: nil, naming: false)
    }
}
