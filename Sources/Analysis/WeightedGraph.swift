// Index-based weighted undirected graph in compressed sparse row (CSR) form. Every algorithm in Analysis
// runs on it.
import MeetingGraph

/// A weighted undirected simple graph with self-loops, stored as CSR adjacency.
///
/// Semantics follow a NetworkX `Graph` (not `MultiGraph`) built by adding edges with weights:
/// - parallel edges between the same pair are merged into one edge whose weight is the sum of the weights;
/// - a self-loop is kept (weights of repeated self-loops summed) and appears ONCE in its node's row, as in
///   NetworkX's `G[u][u]` and `to_scipy_sparse_array` (diagonal entry = w);
/// - `degree` counts a self-loop twice and `strength` adds its weight twice, as `G.degree()` /
///   `G.degree(weight="weight")` do.
///
/// Rows are sorted by neighbour index, so the same input gives the same structure.
public struct WeightedGraph: Sendable, Hashable {
    /// Node ids in index order (from the `MeetingGraph.Graph` nodes, or "0", "1", ... when built from indices;
    /// empty for the internal aggregated graphs of community detection).
    public let ids: [String]
    /// Row pointers, `nodeCount + 1` entries: the neighbours of `u` are `targets[offsets[u]..<offsets[u+1]]`.
    public let offsets: [Int]
    /// Neighbour indices (a self-loop appears once, in its own row).
    public let targets: [Int32]
    /// Edge weights aligned with `targets` (merged parallel edges summed).
    public let weights: [Double]
    /// Self-loop weight per node (0 when none).
    public let selfLoops: [Double]
    /// Whether node `u` has a self-loop (even one of weight 0).
    public let hasSelfLoop: [Bool]

    public let nodeCount: Int
    /// Number of distinct undirected edges, self-loops included (NetworkX `G.number_of_edges()`).
    public let edgeCount: Int
    /// Total edge weight, each undirected edge and each self-loop once (NetworkX `G.size(weight="weight")`).
    public let totalWeight: Double

    /// Builds from node count and an edge list of index pairs. Out-of-range indices are a programming error.
    public init(nodeCount: Int, edges: [(Int, Int, Double)], ids: [String]? = nil) {
        self.init(nodeCount: nodeCount, edges: edges, ids: ids, naming: true)
    }

    init(nodeCount: Int, edges: [(Int, Int, Double)], ids: [String]?, naming: Bool) {
        precondition(ids == nil || ids!.count == nodeCount, "ids must have nodeCount entries")
        self.ids = ids ?? (naming ? (0..<nodeCount).map(String.init) : [])
        self.nodeCount = nodeCount
        let n = nodeCount
        var loops = [Double](repeating: 0, count: n)
        var loopFlag = [Bool](repeating: false, count: n)
        // Directed half-edges (u -> v) for u != v, and each self-loop once; merged below.
        var hu: [Int32] = [], hv: [Int32] = [], hw: [Double] = []
        hu.reserveCapacity(edges.count * 2); hv.reserveCapacity(edges.count * 2); hw.reserveCapacity(edges.count * 2)
        for (u, v, w) in edges {
            precondition(u >= 0 && u < n && v >= 0 && v < n, "edge endpoint out of range")
            if u == v {
                loops[u] += w
                loopFlag[u] = true
            } else {
                hu.append(Int32(u)); hv.append(Int32(v)); hw.append(w)
                hu.append(Int32(v)); hv.append(Int32(u)); hw.append(w)
            }
        }
        for u in 0..<n where loopFlag[u] { hu.append(Int32(u)); hv.append(Int32(u)); hw.append(loops[u]) }
        // Stable counting sorts, by v then by u: half-edges ordered by (u, v), equal pairs in input order,
        // so summed weights are deterministic.
        func countingOrder(_ key: [Int32], _ input: [Int]) -> [Int] {
            var count = [Int](repeating: 0, count: n + 1)
            for i in input { count[Int(key[i]) + 1] += 1 }
            for k in 0..<n { count[k + 1] += count[k] }
            var out = [Int](repeating: 0, count: input.count)
            for i in input { let k = Int(key[i]); out[count[k]] = i; count[k] += 1 }
            return out
        }
        let order = countingOrder(hu, countingOrder(hv, Array(hu.indices)))
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        targets.reserveCapacity(order.count)
        weights.reserveCapacity(order.count)
        var lastU: Int32 = -1, lastV: Int32 = -1
        for i in order {
            let u = hu[i], v = hv[i]
            if u == lastU && v == lastV {
                weights[weights.count - 1] += hw[i]
            } else {
                targets.append(v)
                weights.append(hw[i])
                offsets[Int(u) + 1] += 1
                lastU = u; lastV = v
            }
        }
        for u in 0..<n { offsets[u + 1] += offsets[u] }
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfLoops = loops
        self.hasSelfLoop = loopFlag
        var edgeCount = 0
        var total = 0.0
        for u in 0..<n {
            for e in offsets[u]..<offsets[u + 1] {
                let v = Int(targets[e])
                if v > u { edgeCount += 1; total += weights[e] }
            }
            if loopFlag[u] { edgeCount += 1; total += loops[u] }
        }
        self.edgeCount = edgeCount
        self.totalWeight = total
    }

    /// Builds from a meeting graph: one index per node in `graph.nodes` order; every edge (of any kind)
    /// adds its weight to the pair. Edges naming an unknown node id are ignored.
    public init(_ graph: Graph) {
        var index: [String: Int] = [:]
        index.reserveCapacity(graph.nodes.count)
        var ids: [String] = []
        for node in graph.nodes where index[node.id] == nil {
            index[node.id] = ids.count
            ids.append(node.id)
        }
        var edges: [(Int, Int, Double)] = []
        edges.reserveCapacity(graph.edges.count)
        for e in graph.edges {
            guard let u = index[e.source], let v = index[e.target] else { continue }
            edges.append((u, v, e.weight))
        }
        self.init(nodeCount: ids.count, edges: edges, ids: ids)
    }

    /// Index of a node id (linear scan; build your own dictionary for many lookups).
    public func index(of id: String) -> Int? { ids.firstIndex(of: id) }

    /// Neighbour range of `u` in `targets` / `weights`.
    @inlinable public func neighborRange(_ u: Int) -> Range<Int> { offsets[u]..<offsets[u + 1] }

    /// Number of distinct neighbours of `u`, excluding `u` itself.
    public func neighborCount(_ u: Int) -> Int {
        offsets[u + 1] - offsets[u] - (hasSelfLoop[u] ? 1 : 0)
    }

    /// The distinct undirected edges (u <= v) with their merged weights, in index order.
    public var edgeList: [(Int, Int, Double)] {
        var out: [(Int, Int, Double)] = []
        out.reserveCapacity(edgeCount)
        for u in 0..<nodeCount {
            for e in neighborRange(u) where Int(targets[e]) >= u {
                out.append((u, Int(targets[e]), weights[e]))
            }
        }
        return out
    }

    /// The subgraph without self-loops (used by `coreNumber`).
    public func removingSelfLoops() -> WeightedGraph {
        WeightedGraph(nodeCount: nodeCount, edges: edgeList.filter { $0.0 != $0.1 }, ids: ids, naming: false)
    }
}
