// Leiden community detection (modularity), with refinement, seeded and deterministic.
import Foundation

extension Community {
    /// Leiden communities maximizing modularity at `resolution`.
    ///
    /// Reference: V. A. Traag, L. Waltman & N. J. van Eck (2019) "From Louvain to Leiden: guaranteeing
    /// well-connected communities", Sci. Rep. 9, 5233 — Algorithm A.2 with the modularity quality
    /// function: fast local moving (queue-based), refinement of each community starting from singletons
    /// (only well-connected nodes move, into well-connected sub-communities, chosen at random with
    /// probability ∝ exp(ΔH/θ) over non-negative gains, θ = `randomness`; gains in edge-weight units as in
    /// igraph), aggregation by the refined partition with the unrefined partition as the starting point.
    /// The whole procedure is repeated from its own result while that raises modularity (at most
    /// `maxIterations` times), like igraph `community_leiden(n_iterations=-1)` which repeats until the
    /// partition is stable; when an iteration no longer improves, the Louvain levels (`louvain`) are run
    /// once from the current partition, and the iterations go on if that improved it. Merging whole
    /// communities keeps them connected.
    ///
    /// `restarts` independent runs (the first with `seed`, the others with seeds derived from it) are made,
    /// on `threads` workers, and the partition of highest modularity is kept (the earliest run on ties), so
    /// the result is deterministic for a seed whatever the thread count.
    /// Same quality as NetworkX `modularity(G, communities, resolution=γ)`. Random choices use
    /// `SeededRandom(seed:)`.
    public static func leiden(_ g: WeightedGraph, resolution: Double = 1, seed: UInt64 = 42,
                              randomness: Double = 0.01, maxIterations: Int = 50, restarts: Int = 4,
                              threads: Int = defaultAnalysisThreads) -> Partition {
        let n = g.nodeCount
        if g.edgeCount == 0 || n == 0 { return Partition(g, labels: Array(0..<n), resolution: resolution) }
        let runs = max(1, restarts)
        let results = SharedBuffer<Double>(repeating: -.infinity, count: runs)
        let labels = SharedBuffer<[Int]>(repeating: [], count: runs)
        defer { results.free(); labels.free() }
        var mix = SeededRandom(seed: seed)
        let seeds = [seed] + (1..<runs).map { _ in mix.next() }
        parallelWorkers(min(runs, max(1, threads))) { t, w in
            var r = t
            while r < runs {
                let runSeed = seeds[r]
                let found = leidenRun(g, resolution: resolution, seed: runSeed, randomness: randomness,
                                      maxIterations: maxIterations)
                labels.base[r] = found.labels
                results.base[r] = found.modularity
                r += w
            }
        }
        var best = 0
        for r in 1..<runs where results.base[r] > results.base[best] { best = r }
        return Partition(g, labels: labels.base[best], resolution: resolution)
    }

    /// One seeded Leiden run (iterated until modularity stops rising).
    static func leidenRun(_ g: WeightedGraph, resolution: Double, seed: UInt64, randomness: Double,
                          maxIterations: Int) -> (labels: [Int], modularity: Double) {
        let n = g.nodeCount
        var rng = SeededRandom(seed: seed)
        let m = g.totalWeight
        var membership = Array(0..<n)
        var q = modularity(g, membership: membership, resolution: resolution)
        for _ in 0..<max(1, maxIterations) {
            let next = leidenIteration(g, start: membership, m: m, resolution: resolution,
                                       theta: randomness, rng: &rng)
            var qNext = modularity(g, membership: next, resolution: resolution)
            var candidate = next
            if qNext - q <= 1e-12 {
                // Leiden is stable: try the Louvain levels from the current partition once more.
                candidate = louvainLevels(g, start: membership, resolution: resolution, threshold: 1e-12,
                                          maxLevels: nil, rng: &rng)
                qNext = modularity(g, membership: candidate, resolution: resolution)
                if qNext - q <= 1e-12 { break }
            }
            membership = candidate; q = qNext
        }
        return (membership, q)
    }

    /// One run of the Leiden algorithm from an initial partition; returns labels of the original nodes.
    static func leidenIteration(_ g0: WeightedGraph, start: [Int], m: Double, resolution: Double,
                                theta: Double, rng: inout SeededRandom) -> [Int] {
        var graph = g0
        var top = Array(0..<g0.nodeCount)   // original node -> aggregated node
        var part = compactLabels(start).labels  // aggregated node -> community
        while true {
            part = moveNodesFast(graph, labels: part, m: m, resolution: resolution, rng: &rng)
            let compactPart = compactLabels(part)
            part = compactPart.labels
            if compactPart.count == graph.nodeCount { break }
            var refined = refinePartition(graph, labels: part, m: m, resolution: resolution,
                                          theta: theta, rng: &rng)
            var compactRefined = compactLabels(refined)
            if compactRefined.count == graph.nodeCount {
                // No merge happened in refinement: aggregate by the unrefined partition (as Louvain).
                refined = part
                compactRefined = compactLabels(refined)
            }
            var nextPart = [Int](repeating: 0, count: compactRefined.count)
            for v in 0..<graph.nodeCount { nextPart[compactRefined.labels[v]] = part[v] }
            graph = aggregate(graph, labels: compactRefined.labels, count: compactRefined.count)
            top = top.map { compactRefined.labels[$0] }
            part = nextPart
        }
        return top.map { part[$0] }
    }

    /// Queue-based local moving (Leiden "MoveNodesFast"); labels must be in 0..<n.
    static func moveNodesFast(_ g: WeightedGraph, labels: [Int], m: Double, resolution: Double,
                              rng: inout SeededRandom) -> [Int] {
        let n = g.nodeCount
        var label = labels
        let k = Centrality.strength(g)
        var stot = [Double](repeating: 0, count: n)
        var size = [Int](repeating: 0, count: n)
        for v in 0..<n { stot[label[v]] += k[v]; size[label[v]] += 1 }
        var empty = (0..<n).filter { size[$0] == 0 }
        var queue = Array(0..<n)
        rng.shuffle(&queue)
        var inQueue = [Bool](repeating: true, count: n)
        var head = 0
        var neighWeight = [Double](repeating: 0, count: n)
        var mark = [Bool](repeating: false, count: n)
        var touched: [Int] = []
        let twoM2 = 2 * m * m
        while head < queue.count {
            let v = queue[head]; head += 1
            inQueue[v] = false
            if head > 4096 && head * 2 > queue.count { queue.removeFirst(head); head = 0 }
            let current = label[v]
            touched.removeAll(keepingCapacity: true)
            for e in g.neighborRange(v) {
                let u = Int(g.targets[e])
                if u == v { continue }
                let c = label[u]
                if !mark[c] { mark[c] = true; touched.append(c) }
                neighWeight[c] += g.weights[e]
            }
            let kv = k[v]
            stot[current] -= kv
            size[current] -= 1
            let removeCost = -neighWeight[current] / m + resolution * stot[current] * kv / twoM2
            var best = current
            var bestGain = 0.0
            for c in touched where c != current {
                let gain = removeCost + neighWeight[c] / m - resolution * stot[c] * kv / twoM2
                if gain > bestGain { bestGain = gain; best = c }
            }
            if size[current] > 0 && removeCost > bestGain, let e = empty.last {
                best = e; bestGain = removeCost
            }
            for c in touched { neighWeight[c] = 0; mark[c] = false }
            if best == empty.last { empty.removeLast() }
            stot[best] += kv
            size[best] += 1
            if size[current] == 0 { empty.append(current) }
            if best != current {
                label[v] = best
                for e in g.neighborRange(v) {
                    let u = Int(g.targets[e])
                    if !inQueue[u] && label[u] != best { inQueue[u] = true; queue.append(u) }
                }
            }
        }
        return label
    }

    /// Leiden refinement: within each community, merge well-connected singletons into well-connected
    /// sub-communities. Returns refined labels (in 0..<n).
    static func refinePartition(_ g: WeightedGraph, labels: [Int], m: Double, resolution: Double,
                                theta: Double, rng: inout SeededRandom) -> [Int] {
        let n = g.nodeCount
        let k = Centrality.strength(g)
        var commTot = [Double](repeating: 0, count: n)
        for v in 0..<n { commTot[labels[v]] += k[v] }
        var refined = Array(0..<n)
        var refTot = k
        var refSize = [Int](repeating: 1, count: n)
        // external weight of each refined community towards the rest of its community
        var ext = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for e in g.neighborRange(v) {
                let u = Int(g.targets[e])
                if u != v && labels[u] == labels[v] { ext[v] += g.weights[e] }
            }
        }
        let gamma2m = resolution / (2 * m)
        var order = Array(0..<n)
        rng.shuffle(&order)
        var neighWeight = [Double](repeating: 0, count: n)
        var mark = [Bool](repeating: false, count: n)
        var touched: [Int] = []
        var gains: [Double] = []
        var candidates: [Int] = []
        var probs: [Double] = []
        for v in order {
            guard refSize[refined[v]] == 1 else { continue }
            let c = labels[v]
            let kv = k[v]
            // v well connected to its community?
            guard ext[v] >= gamma2m * kv * (commTot[c] - kv) else { continue }
            touched.removeAll(keepingCapacity: true)
            for e in g.neighborRange(v) {
                let u = Int(g.targets[e])
                if u == v || labels[u] != c { continue }
                let r = refined[u]
                if !mark[r] { mark[r] = true; touched.append(r) }
                neighWeight[r] += g.weights[e]
            }
            // candidates: well-connected refined communities with non-negative gain; staying has gain 0
            candidates.removeAll(keepingCapacity: true)
            gains.removeAll(keepingCapacity: true)
            var maxGain = 0.0
            for r in touched {
                guard ext[r] >= gamma2m * refTot[r] * (commTot[c] - refTot[r]) else { continue }
                let gain = neighWeight[r] - gamma2m * kv * refTot[r]
                if gain >= 0 {
                    candidates.append(r); gains.append(gain)
                    maxGain = max(maxGain, gain)
                }
            }
            var chosen = refined[v]
            if !candidates.isEmpty {
                var total = exp((0 - maxGain) / theta)  // staying
                probs.removeAll(keepingCapacity: true)
                for gain in gains { let p = exp((gain - maxGain) / theta); probs.append(p); total += p }
                var x = rng.nextUnit() * total - exp((0 - maxGain) / theta)
                if x >= 0 {
                    chosen = candidates[candidates.count - 1]
                    for (i, p) in probs.enumerated() {
                        if x < p { chosen = candidates[i]; break }
                        x -= p
                    }
                }
            }
            if chosen != refined[v] {
                let old = refined[v]
                refTot[old] -= kv; refSize[old] -= 1
                refined[v] = chosen
                ext[chosen] = ext[chosen] + ext[v] - 2 * neighWeight[chosen]
                refTot[chosen] += kv; refSize[chosen] += 1
            }
            for r in touched { neighWeight[r] = 0; mark[r] = false }
        }
        return refined
    }
}
