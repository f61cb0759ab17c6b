// The short text `majlis graph` prints after writing: what was read, what the graph holds, who is most
// connected, what was written.
import Foundation
import MeetingGraph
import Analysis

public enum GraphSummary {
    /// Countries ranked as `majlis top` ranks them: distinct partner countries in the countries view, then
    /// strength (meetings), betweenness, id. A graph without the projection (e.g. the persons view of a
    /// graph file) falls back to `met` edges between persons of different countries.
    public static func topCountries(_ graph: Graph, limit: Int = 5)
        -> [(node: Node, partners: Int, meetings: Double)] {
        var byID: [String: Node] = [:]
        for n in graph.nodes { byID[n.id] = n }
        var partners: [String: Set<String>] = [:]
        var meetings: [String: Double] = [:]
        func add(_ a: String, _ b: String, _ w: Double) {
            guard a != b else { return }
            partners[a, default: []].insert(b); partners[b, default: []].insert(a)
            meetings[a, default: 0] += w; meetings[b, default: 0] += w
        }
        let hasProjection = graph.edges.contains { $0.kind == .meets }
        if hasProjection {
            // The same ranking as `majlis top`: the countries view, by partners, then strength, betweenness.
            let analysis = GraphAnalysis(graph.view(.countries))
            return analysis.ranking(kind: .country).filter { $0.partners > 0 }.prefix(limit).compactMap { m in
                byID[m.id].map { (node: $0, partners: m.partners, meetings: m.strength) }
            }
        } else {
            for e in graph.edges where e.kind == .met {
                if let ca = byID[e.source]?.attributes["country"], let cb = byID[e.target]?.attributes["country"],
                   byID[ca]?.kind == .country, byID[cb]?.kind == .country {
                    add(ca, cb, e.weight)
                }
            }
        }
        let ranked = graph.nodes.filter { $0.kind == .country }.map { n in
            (node: n, partners: partners[n.id]?.count ?? 0, meetings: meetings[n.id] ?? 0)
        }.filter { $0.partners > 0 }.sorted { a, b in
            if a.partners != b.partners { return a.partners > b.partners }
            if a.meetings != b.meetings { return a.meetings > b.meetings }
            return a.node.id < b.node.id
        }
        return Array(ranked.prefix(limit))
    }

    /// "18 countries, 60 officials, 10 organizations, 60 topics"
    public static func nodeCounts(_ graph: Graph) -> String {
        var counts: [NodeKind: Int] = [:]
        for n in graph.nodes { counts[n.kind, default: 0] += 1 }
        let parts = NodeKind.allCases.compactMap { k -> String? in
            guard let c = counts[k] else { return nil }
            return "\(c) \(c == 1 ? DOTWriter.singular(k) : Style.node(k).legendEN)"
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    /// "120 met, 60 represents, 200 discussed, 40 meets"
    public static func edgeCounts(_ graph: Graph) -> String {
        var counts: [EdgeKind: Int] = [:]
        for e in graph.edges { counts[e.kind, default: 0] += 1 }
        let parts = EdgeKind.allCases.compactMap { k -> String? in counts[k].map { "\($0) \(k.rawValue)" } }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    /// "arab-interior-ministers-council 39–42" style list of sessions per body.
    public static func sessions(_ graph: Graph) -> String {
        var byBody: [String: Set<Int>] = [:]
        var other: [String] = []
        for s in graph.metadata.sessions {
            let parts = s.split(separator: "#", maxSplits: 1)
            if parts.count == 2, let n = Int(parts[1]) { byBody[String(parts[0]), default: []].insert(n) } else { other.append(s) }
        }
        var out = byBody.keys.sorted().map { "\($0) \(DOTWriter.ranges(byBody[$0]!.sorted()))" }
        out += other.sorted()
        return out.isEmpty ? "none" : out.joined(separator: "; ")
    }

    /// The whole summary (lines end with "\n").
    public static func text(articlesRead: Int, full: Graph, drawn: Graph, view: GraphView, layout: Layout?,
                            trimNote: String?, written: [String]) -> String {
        var s = "articles read: \(articlesRead)"
        let used = full.metadata.sources.count
        if used > 0, used != articlesRead, !full.metadata.sessions.isEmpty {
            s += " (\(used) with evidence in the selected session)"
        }
        s += "\n"
        s += "sessions: \(full.metadata.sessions.count) (\(sessions(full)))\n"
        s += "nodes: \(full.nodes.count) (\(nodeCounts(full)))\n"
        s += "edges: \(full.edges.count) (\(edgeCounts(full)))\n"
        if view != .full || drawn.nodes.count != full.nodes.count || drawn.edges.count != full.edges.count {
            s += "drawn (view \(view.rawValue)): \(drawn.nodes.count) nodes, \(drawn.edges.count) edges\n"
        }
        if let trimNote { s += "note: \(trimNote)\n" }
        let top = topCountries(full)
        if top.isEmpty {
            s += "most-connected countries: none (no meetings between countries)\n"
        } else {
            s += "most-connected countries:\n"
            for (i, t) in top.enumerated() {
                let names = [t.node.labelAR, t.node.labelEN].compactMap { $0 }
                let name = names.isEmpty ? t.node.id : names.joined(separator: " / ")
                s += "  \(i + 1). \(t.node.id) \(name): \(t.partners) partner\(t.partners == 1 ? "" : "s"), "
                    + "\(DOTWriter.measureText(t.meetings)) meeting\(t.meetings == 1 ? "" : "s")\n"
            }
        }
        if let layout { s += "layout: \(layout.rawValue)\n" }
        s += "wrote: " + (written.isEmpty ? "nothing" : written.joined(separator: ", ")) + "\n"
        return s
    }
}
