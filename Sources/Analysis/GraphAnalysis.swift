// All measures of a meeting graph at once, and rankings: what `majlis top`, `majlis clusters` and the
// renderer use.
import MeetingGraph

/// A centrality measure a ranking can be ordered by.
public enum Measure: String, Codable, Sendable, CaseIterable {
    case degree, strength, betweenness, closeness, eigenvector, pagerank, core
}

/// Community detection algorithm.
public enum CommunityAlgorithm: String, Codable, Sendable, CaseIterable {
    case louvain, leiden
}

/// Every measure of one node. Field names match the `majlis top --format json` keys.
public struct NodeMeasures: Sendable, Hashable {
    public var id: String
    public var kind: NodeKind
    public var labelAR: String?
    public var labelEN: String?
    /// NetworkX `G.degree()` (self-loop counts 2).
    public var degree: Int
    /// Distinct neighbours other than the node itself (for a country in the countries view: partner countries).
    public var partners: Int
    /// NetworkX `degree_centrality`.
    public var degreeCentrality: Double
    public var strength: Double
    public var betweenness: Double
    public var closeness: Double
    public var eigenvector: Double
    public var pagerank: Double
    public var core: Int
    /// Community number in `GraphAnalysis.partition` (0 = largest).
    public var cluster: Int

    /// The value of a measure as a Double (for sorting and display).
    public func value(_ m: Measure) -> Double {
        switch m {
        case .degree: Double(degree)
        case .strength: strength
        case .betweenness: betweenness
        case .closeness: closeness
        case .eigenvector: eigenvector
        case .pagerank: pagerank
        case .core: Double(core)
        }
    }
}

/// Options for `GraphAnalysis`.
public struct AnalysisOptions: Sendable, Hashable {
    public var algorithm: CommunityAlgorithm
    public var resolution: Double
    public var seed: UInt64
    public var threads: Int
    public init(algorithm: CommunityAlgorithm = .louvain, resolution: Double = 1, seed: UInt64 = 42,
                threads: Int = defaultAnalysisThreads) {
        self.algorithm = algorithm; self.resolution = resolution; self.seed = seed; self.threads = threads
    }
}

/// Centralities, core numbers and communities of a meeting graph, computed once.
public struct GraphAnalysis: Sendable {
    public let graph: Graph
    public let weighted: WeightedGraph
    /// Per node, in `graph.nodes` order (duplicate node ids after the first are dropped).
    public let nodes: [NodeMeasures]
    public let partition: Partition
    public let options: AnalysisOptions
    /// Whether eigenvector centrality / PageRank converged within 100 iterations (NetworkX would raise).
    public let eigenvectorConverged: Bool
    public let pagerankConverged: Bool

    public init(_ graph: Graph, options: AnalysisOptions = AnalysisOptions()) {
        self.graph = graph
        self.options = options
        let g = WeightedGraph(graph)
        self.weighted = g
        let degree = Centrality.degree(g)
        let dc = Centrality.degreeCentrality(g)
        let strength = Centrality.strength(g)
        let btw = Centrality.betweenness(g, threads: options.threads)
        let clo = Centrality.closeness(g, threads: options.threads)
        let eig = Centrality.eigenvector(g)
        let pr = Centrality.pageRank(g)
        let core = Centrality.coreNumber(g)
        let partition = switch options.algorithm {
        case .louvain: Community.louvain(g, resolution: options.resolution, seed: options.seed)
        case .leiden: Community.leiden(g, resolution: options.resolution, seed: options.seed)
        }
        self.partition = partition
        self.eigenvectorConverged = eig.converged
        self.pagerankConverged = pr.converged
        var byID: [String: Node] = [:]
        for node in graph.nodes where byID[node.id] == nil { byID[node.id] = node }
        self.nodes = g.ids.indices.map { i in
            let node = byID[g.ids[i]]!
            return NodeMeasures(id: node.id, kind: node.kind, labelAR: node.labelAR, labelEN: node.labelEN,
                                degree: degree[i], partners: g.neighborCount(i), degreeCentrality: dc[i],
                                strength: strength[i], betweenness: btw[i], closeness: clo[i],
                                eigenvector: eig.values[i], pagerank: pr.values[i], core: core[i],
                                cluster: partition.membership[i])
        }
    }

    /// Nodes of the given kind (nil = any), ranked: by `measure` descending when given, else by partners
    /// (distinct neighbours); ties broken by partners, strength, betweenness (all descending), then id.
    public func ranking(by measure: Measure? = nil, kind: NodeKind? = nil) -> [NodeMeasures] {
        nodes.filter { kind == nil || $0.kind == kind }.sorted { a, b in
            if let measure, a.value(measure) != b.value(measure) { return a.value(measure) > b.value(measure) }
            if a.partners != b.partners { return a.partners > b.partners }
            if a.strength != b.strength { return a.strength > b.strength }
            if a.betweenness != b.betweenness { return a.betweenness > b.betweenness }
            return a.id < b.id
        }
    }

    /// Communities as lists of node ids (community 0 = largest), members ordered by id.
    public var communities: [[String]] {
        partition.communities.map { $0.map { weighted.ids[$0] }.sorted() }
    }
}
