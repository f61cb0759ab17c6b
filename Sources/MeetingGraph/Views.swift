// Views, session filters, merging and small queries on a Graph.
import Foundation

extension EdgeKind: Comparable {
    public static func < (a: EdgeKind, b: EdgeKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

extension GraphView {
    /// Node kinds the view keeps.
    public var nodeKinds: Set<NodeKind> {
        switch self {
        case .full: return Set(NodeKind.allCases)
        case .countries: return [.country]
        case .countryTopic: return [.country, .topic]
        case .persons: return [.person]
        }
    }
    /// Edge kinds the view keeps.
    public var edgeKinds: Set<EdgeKind> {
        switch self {
        case .full: return Set(EdgeKind.allCases)
        case .countries: return [.meets]
        case .countryTopic: return [.discussed]
        case .persons: return [.met]
        }
    }
}

extension Graph {
    /// Sorts nodes by (kind, id), edges by (source, target, kind) with source ≤ target, evidence ascending.
    public func normalized() -> Graph {
        var g = self
        g.nodes.sort { ($0.kind, $0.id) < ($1.kind, $1.id) }
        g.edges = g.edges.map { e in
            var e = e
            if e.target < e.source { swap(&e.source, &e.target) }
            e.evidence.sort()
            return e
        }
        g.edges.sort { a, b in
            if a.source != b.source { return a.source < b.source }
            if a.target != b.target { return a.target < b.target }
            return a.kind < b.kind
        }
        return g
    }

    /// The sub-graph a view shows: its node kinds, and its edge kinds between kept nodes.
    /// `full` is the graph itself; `countries` the country–country `meets` projection; `country-topic` the
    /// bipartite `discussed` graph; `persons` person–person `met`.
    public func view(_ v: GraphView) -> Graph {
        let kinds = v.nodeKinds, edgeKinds = v.edgeKinds
        let nodes = self.nodes.filter { kinds.contains($0.kind) }
        let keep = Set(nodes.map(\.id))
        let edges = self.edges.filter { edgeKinds.contains($0.kind) && keep.contains($0.source) && keep.contains($0.target) }
        var meta = metadata
        meta.view = v
        return Graph(nodes: nodes, edges: edges, metadata: meta)
    }

    /// The node with this id.
    public func node(_ id: String) -> Node? {
        // Nodes are sorted by (kind, id), not id alone: a linear scan keeps this correct for any order.
        nodes.first { $0.id == id }
    }

    /// Node ids → index in `nodes`.
    public var nodeIndex: [String: Int] {
        var m: [String: Int] = [:]
        for (i, n) in nodes.enumerated() where m[n.id] == nil { m[n.id] = i }
        return m
    }

    /// Sessions a node or the evidence of an edge belongs to.
    public static func sessions(of node: Node) -> [String] {
        guard let s = node.attributes[NodeAttribute.sessions], !s.isEmpty else { return [] }
        return s.components(separatedBy: NodeAttribute.separator)
    }

    /// Every session label present in node attributes or evidence, sorted (body, number).
    public var sessionLabels: [String] {
        var s = Set(metadata.sessions)
        for n in nodes { s.formUnion(Graph.sessions(of: n)) }
        for e in edges { for ev in e.evidence { if let x = ev.session { s.insert(x) } } }
        return sortSessions(s)
    }

    /// True when the graph carries per-session information (built by majlis, or read back from its files).
    public var hasSessionInfo: Bool {
        nodes.contains { $0.attributes[NodeAttribute.sessions] != nil } || edges.contains { $0.evidence.contains { $0.session != nil } }
    }

    /// The graph restricted to the articles of the sessions `keep` accepts: nodes mentioned in them, edges with
    /// evidence from them (weight = the meetings that evidence reports, `EvidenceRef.weight(of:)`; edges without evidence keep their weight when both
    /// ends are kept). Node ids stay those of the whole graph, so graphs of two sessions compare directly.
    public func filtered(sessions keep: (String) -> Bool) -> Graph {
        let nodes = self.nodes.compactMap { n -> Node? in
            let s = Graph.sessions(of: n).filter(keep)
            guard !s.isEmpty else { return nil }
            var n = n
            n.attributes[NodeAttribute.sessions] = s.joined(separator: NodeAttribute.separator)
            if let per = n.attributes[NodeAttribute.sessionArticles] {
                // "label=count" items; recount `articles` over the kept sessions.
                var kept: [String] = [], total = 0
                for item in per.components(separatedBy: NodeAttribute.separator) {
                    guard let eq = item.lastIndex(of: "="), keep(String(item[..<eq])) else { continue }
                    kept.append(item)
                    total += Int(item[item.index(after: eq)...]) ?? 0
                }
                n.attributes[NodeAttribute.sessionArticles] = kept.joined(separator: NodeAttribute.separator)
                n.attributes[NodeAttribute.articles] = String(total)
            }
            return n
        }
        let ids = Set(nodes.map(\.id))
        var edges: [Edge] = []
        for e in self.edges where ids.contains(e.source) && ids.contains(e.target) {
            if e.evidence.isEmpty { edges.append(e); continue }
            let ev = e.evidence.filter { $0.session.map(keep) ?? false }
            guard !ev.isEmpty else { continue }
            var e = e
            e.evidence = ev
            e.weight = EvidenceRef.weight(of: ev)
            edges.append(e)
        }
        // Article counts follow the kept evidence where it can be known; sources filtered to those kept.
        let keptSources = Set(edges.flatMap { $0.evidence.map(\.source) })
        var meta = metadata
        meta.sessions = metadata.sessions.filter(keep)
        if !keptSources.isEmpty { meta.sources = metadata.sources.filter { keptSources.contains($0) } }
        return Graph(nodes: nodes, edges: edges, metadata: meta)
    }

    /// The graph of one session number (any council body).
    public func filtered(session number: Int) -> Graph {
        filtered(sessions: { sessionNumber($0) == number })
    }

    /// The graph of one session label ("arab-interior-ministers-council#41").
    public func filtered(sessionLabel label: String) -> Graph {
        filtered(sessions: { $0 == label })
    }

    /// Union of two graphs: nodes by id (labels and attributes of `self` win, missing ones filled from
    /// `other`; `sessions`, `aliases` and `organizations` are joined, `session_articles` joined by session
    /// (the larger count when both have one) and `articles` recounted from them), edges by (pair, kind) with
    /// evidence concatenated (duplicates dropped) and weight = meetings the evidence reports
    /// (`EvidenceRef.weight(of:)`) when there is evidence, else the sum of weights.
    public func merged(with other: Graph) -> Graph {
        var nodes = self.nodes
        var index = nodeIndex
        let sep = NodeAttribute.separator
        func items(_ v: String?) -> [String] { v.map { $0.components(separatedBy: sep).filter { !$0.isEmpty } } ?? [] }
        for n in other.nodes {
            if let i = index[n.id] {
                let mine = nodes[i].attributes
                if nodes[i].labelAR == nil { nodes[i].labelAR = n.labelAR }
                if nodes[i].labelEN == nil { nodes[i].labelEN = n.labelEN }
                for (k, v) in n.attributes where nodes[i].attributes[k] == nil { nodes[i].attributes[k] = v }
                if let a = n.attributes[NodeAttribute.sessions], let b = mine[NodeAttribute.sessions], a != b {
                    nodes[i].attributes[NodeAttribute.sessions] = sortSessions(Set(items(a) + items(b))).joined(separator: sep)
                }
                for key in [NodeAttribute.aliases, NodeAttribute.organizations] {
                    if let a = n.attributes[key], let b = mine[key], a != b {
                        var list = items(b)
                        for x in items(a) where !list.contains(x) { list.append(x) }
                        nodes[i].attributes[key] = list.joined(separator: sep)
                    }
                }
                // Articles per session: the same session in both counts its larger figure (the two may hold
                // the same articles); articles = their sum, never less than either side's own count.
                if let a = n.attributes[NodeAttribute.sessionArticles], let b = mine[NodeAttribute.sessionArticles], a != b {
                    var count: [String: Int] = [:]
                    for item in items(a) + items(b) {
                        guard let eq = item.lastIndex(of: "=") else { continue }
                        let label = String(item[..<eq]), c = Int(item[item.index(after: eq)...]) ?? 0
                        count[label] = max(count[label] ?? 0, c)
                    }
                    nodes[i].attributes[NodeAttribute.sessionArticles] = sortSessions(count.keys)
                        .map { "\($0)=\(count[$0]!)" }.joined(separator: sep)
                    let total = count.values.reduce(0, +)
                    let own = [mine[NodeAttribute.articles], n.attributes[NodeAttribute.articles]].compactMap { $0.flatMap { Int($0) } }
                    nodes[i].attributes[NodeAttribute.articles] = String(max(total, own.max() ?? 0))
                }
            } else {
                index[n.id] = nodes.count
                nodes.append(n)
            }
        }
        struct Key: Hashable { var a: String; var b: String; var k: EdgeKind }
        var edges: [Edge] = []
        var eIndex: [Key: Int] = [:]
        for e in (self.edges + other.edges) {
            let (a, b) = e.source <= e.target ? (e.source, e.target) : (e.target, e.source)
            let key = Key(a: a, b: b, k: e.kind)
            if let i = eIndex[key] {
                if edges[i].evidence.isEmpty && e.evidence.isEmpty {
                    edges[i].weight += e.weight
                } else {
                    var seen = Set(edges[i].evidence)
                    for ev in e.evidence where !seen.contains(ev) { edges[i].evidence.append(ev); seen.insert(ev) }
                    edges[i].weight = EvidenceRef.weight(of: edges[i].evidence)
                }
            } else {
                eIndex[key] = edges.count
                edges.append(e)
            }
        }
        var meta = metadata
        meta.sources = Array(Set(metadata.sources + other.metadata.sources)).sorted()
        meta.sessions = sortSessions(Set(metadata.sessions + other.metadata.sessions))
        return Graph(nodes: nodes, edges: edges, metadata: meta).normalized()
    }

    /// Number of meetings the graph's evidence reports: each meeting once however many articles report it
    /// (its `EvidenceRef.meeting` key), a meeting report without a key once per report.
    public var meetingCount: Int {
        struct Report: Hashable { var source: String; var start: Int; var end: Int; var kind: String }
        var keyed = Set<String>(), unkeyed = Set<Report>()
        for e in edges {
            for ev in e.evidence {
                guard let kind = ev.kind else { continue }
                if let m = ev.meeting { keyed.insert(m) } else { unkeyed.insert(Report(source: ev.source, start: ev.start, end: ev.end, kind: kind)) }
            }
        }
        return keyed.count + unkeyed.count
    }

    /// Counts of nodes by kind.
    public var nodeCounts: [NodeKind: Int] {
        var c: [NodeKind: Int] = [:]
        for n in nodes { c[n.kind, default: 0] += 1 }
        return c
    }

    /// Counts of edges by kind.
    public var edgeCounts: [EdgeKind: Int] {
        var c: [EdgeKind: Int] = [:]
        for e in edges { c[e.kind, default: 0] += 1 }
        return c
    }

    /// Neighbours of a node id (any edge kind), sorted, without duplicates.
    public func neighbors(of id: String, kinds: Set<EdgeKind>? = nil) -> [String] {
        var s = Set<String>()
        for e in edges where kinds?.contains(e.kind) ?? true {
            if e.source == id { s.insert(e.target) } else if e.target == id { s.insert(e.source) }
        }
        return s.sorted()
    }
}
