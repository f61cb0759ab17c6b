// Degree, normalized degree centrality and strength (weighted degree).

extension Centrality {
    /// Degree: number of incident edges, parallel edges merged, a self-loop counting 2.
    /// NetworkX: `dict(G.degree())`.
    public static func degree(_ g: WeightedGraph) -> [Int] {
        (0..<g.nodeCount).map { u in
            g.offsets[u + 1] - g.offsets[u] + (g.hasSelfLoop[u] ? 1 : 0)
        }
    }

    /// Normalized degree centrality: degree / (n − 1), a self-loop counting 2 (so values may exceed 1).
    /// NetworkX: `degree_centrality(G)`; a graph of one node gives 1, the empty graph gives [].
    /// Reference: Freeman, L. C. (1978/79) "Centrality in networks: I. Conceptual clarification".
    public static func degreeCentrality(_ g: WeightedGraph) -> [Double] {
        let n = g.nodeCount
        if n <= 1 { return [Double](repeating: 1, count: n) }
        let s = 1.0 / (Double(n) - 1.0)
        return degree(g).map { Double($0) * s }
    }

    /// Strength (weighted degree): sum of the weights of incident edges, a self-loop's weight counted twice.
    /// NetworkX: `dict(G.degree(weight="weight"))`. Not normalized.
    /// Reference: Barrat et al. (2004) "The architecture of complex weighted networks", PNAS 101.
    public static func strength(_ g: WeightedGraph) -> [Double] {
        (0..<g.nodeCount).map { u in
            var s = 0.0
            for e in g.neighborRange(u) { s += g.weights[e] }
            return s + g.selfLoops[u]
        }
    }
}
