// Rank history: the top N nodes of one kind in every session, by one centrality measure.
//
// Per session, nodes of the kind are ranked with competition ranks ("1224": 1 + the number of nodes with a
// strictly larger value, values within 1e-12 equal; missing scores count as 0), listed by (rank, id), and
// the first N kept. Nodes whose value is 0 (no link at all in that session, for degree) are not ranked:
// a session where nobody met anybody has an empty top list. The series follow every node that is in the top
// N of at least one session, with its rank and value in each session where it is ranked (nil elsewhere).
import MeetingGraph

public struct HistoryEntry: Codable, Hashable, Sendable {
    public var rank: Int
    public var id: String
    public var labelAR: String?
    public var labelEN: String?
    public var value: Double
    enum CodingKeys: String, CodingKey { case rank, id, labelAR = "label_ar", labelEN = "label_en", value }
}

public struct HistorySession: Codable, Hashable, Sendable {
    /// "arab-interior-ministers-council#41"
    public var session: String
    public var number: Int?
    public var year: Int?
    /// Number of nodes of the kind in the session.
    public var nodes: Int
    public var top: [HistoryEntry]
}

public struct HistorySeries: Codable, Hashable, Sendable {
    public var id: String
    public var labelAR: String?
    public var labelEN: String?
    /// One per session, in session order; nil where the node is absent.
    public var ranks: [Int?]
    public var values: [Double?]
    enum CodingKeys: String, CodingKey { case id, labelAR = "label_ar", labelEN = "label_en", ranks, values }
}

public struct RankHistory: Codable, Hashable, Sendable {
    public var kind: NodeKind
    public var measure: String
    public var top: Int
    public var sessions: [HistorySession]
    public var series: [HistorySeries]

    /// One input session: its key (for number/year), graph and the measure's scores on the node kind.
    public struct Input: Sendable {
        public var session: String
        public var number: Int?
        public var year: Int?
        public var graph: Graph
        public var scores: [String: Double]
        public init(session: String, number: Int? = nil, year: Int? = nil, graph: Graph, scores: [String: Double]) {
            self.session = session; self.number = number; self.year = year; self.graph = graph; self.scores = scores
        }
    }

    public static func build(_ inputs: [Input], kind: NodeKind, measure: String, top: Int) -> RankHistory {
        var sessions: [HistorySession] = []
        var allRanks: [[String: Int]] = []
        var labels: [String: Node] = [:]
        for inp in inputs {
            let all = inp.graph.nodes.filter { $0.kind == kind }
            for n in all where labels[n.id] == nil { labels[n.id] = n }
            let nodes = all.filter { (inp.scores[$0.id] ?? 0) > 1e-12 }
            let ids = nodes.map(\.id)
            let r = GraphDiff.ranks(ids, inp.scores)
            allRanks.append(r)
            let ordered = nodes.sorted { (r[$0.id]!, $0.id) < (r[$1.id]!, $1.id) }
            let kept = top > 0 ? Array(ordered.prefix(top)) : ordered
            sessions.append(HistorySession(
                session: inp.session, number: inp.number, year: inp.year, nodes: all.count,
                top: kept.map { HistoryEntry(rank: r[$0.id]!, id: $0.id, labelAR: $0.labelAR, labelEN: $0.labelEN,
                                             value: inp.scores[$0.id] ?? 0) }))
        }
        // Series: every node in some session's top list; best rank first, then first appearance, then id.
        var ids: [String] = []
        for s in sessions { for e in s.top where !ids.contains(e.id) { ids.append(e.id) } }
        let firstSeen = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let best = Dictionary(ids.map { id in (id, allRanks.compactMap { $0[id] }.min() ?? Int.max) },
                              uniquingKeysWith: { a, _ in a })
        ids.sort { (best[$0]!, firstSeen[$0]!, $0) < (best[$1]!, firstSeen[$1]!, $1) }
        let series = ids.map { id in
            HistorySeries(id: id, labelAR: labels[id]?.labelAR, labelEN: labels[id]?.labelEN,
                          ranks: allRanks.map { $0[id] },
                          values: zip(inputs, allRanks).map { inp, r in r[id] == nil ? nil : (inp.scores[id] ?? 0) })
        }
        return RankHistory(kind: kind, measure: measure, top: top, sessions: sessions, series: series)
    }
}

extension RankHistory.Input {
    /// Scores of `measure` for the nodes of `kind`, each on the view where its links mean something:
    /// countries on the countries view (partners = countries met), persons on the persons view (officials
    /// met), topics on the country–topic view (countries that discussed them), organizations on the full graph.
    public static func analysed(session: String, number: Int? = nil, year: Int? = nil, graph: Graph,
                                kind: NodeKind, measure: Measure,
                                options: AnalysisOptions = AnalysisOptions()) -> RankHistory.Input {
        let g: Graph
        switch kind {
        case .country: g = graph.view(.countries)
        case .person: g = graph.view(.persons)
        case .topic: g = graph.view(.countryTopic)
        case .organization: g = graph
        }
        let a = GraphAnalysis(g, options: options)
        let scores = Dictionary(a.nodes.filter { $0.kind == kind }.map { ($0.id, $0.value(measure)) },
                                uniquingKeysWith: { x, _ in x })
        return RankHistory.Input(session: session, number: number, year: year, graph: g, scores: scores)
    }
}
