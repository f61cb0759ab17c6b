// Community partitions, modularity and connected components.

/// Namespace for community detection (Louvain.swift, Leiden.swift) and partition quality.
public enum Community {}

/// A partition of the nodes into communities.
///
/// Communities are numbered canonically: by size descending, then by smallest member index, so the same
/// partition always has the same numbering (and the same JSON).
public struct Partition: Sendable, Hashable {
    /// Community number of every node, indexed like `graph.ids`.
    public var membership: [Int]
    /// Members of each community (ascending node indices), community 0 first.
    public var communities: [[Int]]
    /// Modularity of the partition at `resolution` (NetworkX `modularity`).
    public var modularity: Double
    /// The resolution the modularity was computed with.
    public var resolution: Double

    /// Canonicalizes any labelling (labels may be arbitrary integers) and computes its modularity on `g`.
    public init(_ g: WeightedGraph, labels: [Int], resolution: Double = 1) {
        precondition(labels.count == g.nodeCount)
        // Compact labels number groups by first appearance, i.e. by smallest member.
        let compact = Community.compactLabels(labels)
        var groups = [[Int]](repeating: [], count: compact.count)
        for (v, c) in compact.labels.enumerated() { groups[c].append(v) }
        let sorted = groups.indices.sorted { a, b in
            groups[a].count != groups[b].count ? groups[a].count > groups[b].count : a < b
        }.map { groups[$0] }
        var membership = [Int](repeating: 0, count: g.nodeCount)
        for (i, members) in sorted.enumerated() { for v in members { membership[v] = i } }
        self.membership = membership
        self.communities = sorted
        self.resolution = resolution
        self.modularity = Community.modularity(g, membership: membership, resolution: resolution)
    }

    public var count: Int { communities.count }
}

extension Community {
    /// Modularity of a partition given as a community label per node.
    ///
    /// NetworkX: `community.modularity(G, communities, weight="weight", resolution=γ)`:
    /// Q = Σ_c [ L_c/m − γ (K_c / 2m)² ], where m is the total edge weight (self-loops once), L_c the
    /// weight of edges inside c (self-loops once) and K_c the sum of strengths in c (self-loops twice).
    /// Reference: Newman (2006) "Modularity and community structure in networks"; resolution:
    /// Reichardt & Bornholdt (2006). A graph without edges gives NaN in NetworkX (division by zero);
    /// here 0.
    public static func modularity(_ g: WeightedGraph, membership: [Int], resolution: Double = 1) -> Double {
        let m = g.totalWeight
        if m == 0 { return 0 }
        let k = (membership.max() ?? -1) + 1
        guard k > 0 else { return 0 }
        var inner = [Double](repeating: 0, count: k)
        var tot = [Double](repeating: 0, count: k)
        let s = Centrality.strength(g)
        for u in 0..<g.nodeCount {
            let cu = membership[u]
            tot[cu] += s[u]
            for e in g.neighborRange(u) {
                let v = Int(g.targets[e])
                if v > u && membership[v] == cu { inner[cu] += g.weights[e] }
            }
            if g.hasSelfLoop[u] { inner[cu] += g.selfLoops[u] }
        }
        let norm = 1.0 / ((2 * m) * (2 * m))
        var q = 0.0
        for c in 0..<k { q += inner[c] / m - resolution * tot[c] * tot[c] * norm }
        return q
    }

    /// Connected components (NetworkX `connected_components`), as a canonical partition.
    public static func connectedComponents(_ g: WeightedGraph) -> Partition {
        Partition(g, labels: componentLabels(g).labels)
    }

    /// Component number of every node (numbered in order of their smallest node) and the number of
    /// components — `connectedComponents` without the canonical ordering and modularity.
    public static func componentLabels(_ g: WeightedGraph) -> (labels: [Int], count: Int) {
        let n = g.nodeCount
        var label = [Int](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var c = 0
        g.withCSR { csr in
            let off = csr.offsets.baseAddress!, tgt = csr.targets.baseAddress!
            for s in 0..<n where label[s] < 0 {
                label[s] = c
                var head = 0, tail = 1
                queue[0] = Int32(s)
                while head < tail {
                    let v = Int(queue[head]); head += 1
                    for e in off[v]..<off[v + 1] {
                        let w = Int(tgt[e])
                        if label[w] < 0 { label[w] = c; queue[tail] = Int32(w); tail += 1 }
                    }
                }
                c += 1
            }
        }
        return (label, c)
    }
}

/// A small seeded pseudo-random generator (SplitMix64): the same seed gives the same communities on every
/// platform.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform double in [0, 1).
    public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }
    /// Fisher–Yates shuffle (independent of the standard library's algorithm).
    public mutating func shuffle<T>(_ a: inout [T]) {
        var i = a.count
        while i > 1 {
            let j = Int(next() % UInt64(i))
            i -= 1
            a.swapAt(i, j)
        }
    }
}
