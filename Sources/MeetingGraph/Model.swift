// The typed meeting graph: persons, countries, organizations and topics, and the evidence behind each edge.
import Extraction

public enum NodeKind: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
    case country, person, organization, topic
    public static func < (a: NodeKind, b: NodeKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A node. Ids are stable across runs: ISO3 for countries ("LBY"), vocab ids for topics and
/// organizations ("terrorism", "naif-arab-university"), "person:" + normalized name for persons.
public struct Node: Codable, Hashable, Sendable {
    public var id: String
    public var kind: NodeKind
    public var labelAR: String?
    public var labelEN: String?
    /// Free attributes: "role", "country" (ISO3 of a person), "aliases" (joined by " | "), ...
    public var attributes: [String: String]
    public init(id: String, kind: NodeKind, labelAR: String? = nil, labelEN: String? = nil,
                attributes: [String: String] = [:]) {
        self.id = id; self.kind = kind; self.labelAR = labelAR; self.labelEN = labelEN; self.attributes = attributes
    }
    /// The best label for a reader of the given language, falling back to the other and then the id.
    public func label(arabic: Bool) -> String {
        (arabic ? (labelAR ?? labelEN) : (labelEN ?? labelAR)) ?? id
    }
}

public enum EdgeKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// person–person (or person–organization / country when the counterpart is unnamed): a meeting.
    case met
    /// person–country
    case represents
    /// person–organization
    case heads
    case member
    /// country–topic (the countries of a meeting's participants, and the topics discussed in it)
    case discussed
    /// country–country projection: weight = number of meetings between their officials.
    case meets
}

/// Where an edge comes from: one article and a span of it.
public struct EvidenceRef: Codable, Hashable, Sendable, Comparable {
    public var source: String
    public var start: Int
    public var end: Int
    /// The sentence itself, so a reader can check the edge.
    public var sentence: String?
    /// Meeting kind (met, received, called, invited, visited) when the evidence is a meeting.
    public var kind: String?
    /// The session of the article ("arab-interior-ministers-council#41"), when it has one. Lets a graph be
    /// restricted to one session after it was built or read back (`Graph.filtered(session:)`).
    public var session: String?
    /// The meeting this evidence reports, when it is a meeting: one key for every report of the same meeting
    /// (several articles, see `GraphBuilder`), so an edge's weight counts meetings, not reports.
    public var meeting: String?
    public init(source: String, start: Int, end: Int, sentence: String? = nil, kind: String? = nil,
                session: String? = nil, meeting: String? = nil) {
        self.source = source; self.start = start; self.end = end; self.sentence = sentence; self.kind = kind
        self.session = session; self.meeting = meeting
    }
    public static func < (a: EvidenceRef, b: EvidenceRef) -> Bool {
        (a.source, a.start, a.end, a.kind ?? "", a.meeting ?? "") < (b.source, b.start, b.end, b.kind ?? "", b.meeting ?? "")
    }

    /// The weight an edge with this evidence has: the number of distinct meetings reported (evidence with the
    /// same `meeting` key counts once), plus one per evidence item that is not a meeting report.
    public static func weight(of evidence: [EvidenceRef]) -> Double {
        var meetings = Set<String>(), other = 0
        for e in evidence { if let m = e.meeting { meetings.insert(m) } else { other += 1 } }
        return Double(meetings.count + other)
    }
}

/// An undirected edge between two node ids (stored with source < target for determinism).
public struct Edge: Codable, Hashable, Sendable {
    public var source: String
    public var target: String
    public var kind: EdgeKind
    public var weight: Double
    public var evidence: [EvidenceRef]
    public init(source: String, target: String, kind: EdgeKind, weight: Double = 1, evidence: [EvidenceRef] = []) {
        self.source = source; self.target = target; self.kind = kind; self.weight = weight; self.evidence = evidence
    }
}

public enum GraphView: String, Codable, Hashable, Sendable, CaseIterable {
    /// every node and edge kind
    case full
    /// country–country projection
    case countries
    /// bipartite countries–topics
    case countryTopic = "country-topic"
    /// persons and their meetings
    case persons
}

public struct GraphMetadata: Codable, Hashable, Sendable {
    /// Article paths the graph was built from.
    public var sources: [String]
    /// Sessions present ("arab-interior-ministers-council#41").
    public var sessions: [String]
    public var view: GraphView
    public init(sources: [String] = [], sessions: [String] = [], view: GraphView = .full) {
        self.sources = sources; self.sessions = sessions; self.view = view
    }
}

/// A meeting graph. Nodes sorted by (kind, id), edges by (source, target, kind): the same input gives the
/// same graph, byte for byte once written.
public struct Graph: Codable, Hashable, Sendable {
    public var nodes: [Node]
    public var edges: [Edge]
    public var metadata: GraphMetadata
    public init(nodes: [Node] = [], edges: [Edge] = [], metadata: GraphMetadata = GraphMetadata()) {
        self.nodes = nodes; self.edges = edges; self.metadata = metadata
    }
}
