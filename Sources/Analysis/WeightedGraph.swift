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
    /// Node ids in index order (from the `MeetingGraph.Graph` nodes, or "0", "1", ... when built from indices).
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

    public var nodeCount: Int { ids.count }
    /// Number of distinct undirected edges, self-loops included (NetworkX `G.number_of_edges()`).
    public let edgeCount: Int
    /// Total edge weight, each undirected edge and each self-loop once (NetworkX `G.size(weight="weight")`).
    public let totalWeight: Double

    /// Builds from node count and an edge list of index pairs. Out-of-range indices are a programming error.
    public init(nodeCount: Int, edges: [(Int, Int, Double)], ids: [String]? = nil) {
        precondition(ids == nil || ids!.count == nodeCount, "ids must have nodeCount entries")
        self.ids = ids ?? (0..<nodeCount).map(String.init)
        let n = nodeCount
        var loops = [Double](repeating: 0, count: n)
        var loopFlag = [Bool](repeating: false, count: n)
        // Directed half-edges (u -> v) for u != v; merged below.
        var keys: [UInt64] = []
        var ws: [Double] = []
        keys.reserveCapacity(edges.count * 2)
        ws.reserveCapacity(edges.count * 2)
        for (u, v, w) in edges {
            precondition(u >= 0 && u < n && v >= 0 && v < n, "edge endpoint out of range")
            if u == v {
                loops[u] += w
                loopFlag[u] = true
            } else {
                keys.append(UInt64(u) << 32 | UInt64(v)); ws.append(w)
                keys.append(UInt64(v) << 32 | UInt64(u)); ws.append(w)
            }
        }
        for u in 0..<n where loopFlag[u] {
            keys.append(UInt64(u) << 32 | UInt64(u)); ws.append(loops[u])
        }
        // Sort half-edges by (u, v), stable in input order so summed weights are deterministic.
        let order = keys.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        targets.reserveCapacity(order.count)
        weights.reserveCapacity(order.count)
        var lastKey: UInt64 = .max
        for i in order {
            let k = keys[i]
            if k == lastKey {
                weights[weights.count - 1] += ws[i]
            } else {
                let u = Int(k >> 32)
                targets.append(Int32(truncatingIfNeeded: k & 0xFFFF_FFFF))
                weights.append(ws[i])
                offsets[u + 1] += 1
                lastKey = k
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
        WeightedGraph(nodeCount: nodeCount, edges: edgeList.filter { $0.0 != $0.1 }, ids: ids)
    }
}
