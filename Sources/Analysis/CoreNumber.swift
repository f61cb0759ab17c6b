// k-core number (Batagelj–Zaversnik bucket algorithm).

extension Centrality {
    /// Core number of every node: the largest k such that the node belongs to a k-core.
    ///
    /// NetworkX: `core_number(G)`. Reference: V. Batagelj & M. Zaversnik (2003) "An O(m) Algorithm for
    /// Cores Decomposition of Networks". Weights are ignored.
    ///
    /// Self-loops: NetworkX raises `NetworkXNotImplemented` for graphs with self-loops. Here self-loops are
    /// ignored, i.e. the result equals NetworkX's `core_number` on the graph after
    /// `G.remove_edges_from(nx.selfloop_edges(G))`.
    public static func coreNumber(_ g: WeightedGraph) -> [Int] {
        let n = g.nodeCount
        if n == 0 { return [] }
        var deg = (0..<n).map { g.neighborCount($0) }
        let maxDeg = deg.max() ?? 0
        var bin = [Int](repeating: 0, count: maxDeg + 2)
        for d in deg { bin[d] += 1 }
        var start = 0
        for d in 0...maxDeg { let c = bin[d]; bin[d] = start; start += c }
        var pos = [Int](repeating: 0, count: n)
        var vert = [Int](repeating: 0, count: n)
        for v in 0..<n { pos[v] = bin[deg[v]]; vert[pos[v]] = v; bin[deg[v]] += 1 }
        for d in stride(from: maxDeg, to: 0, by: -1) { bin[d] = bin[d - 1] }
        bin[0] = 0
        for i in 0..<n {
            let v = vert[i]
            for e in g.neighborRange(v) {
                let u = Int(g.targets[e])
                if u == v { continue }
                if deg[u] > deg[v] {
                    let du = deg[u], pu = pos[u], pw = bin[du], w = vert[pw]
                    if u != w { pos[u] = pw; vert[pu] = w; pos[w] = pu; vert[pw] = u }
                    bin[du] += 1
                    deg[u] -= 1
                }
            }
        }
        return deg
    }
}
