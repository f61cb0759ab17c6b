// The diff diagram: the union of two graphs as DOT, with what was added in one colour, what was removed
// dashed in another, what is in both muted, re-weighted edges marked, and a legend. Pure (string out);
// the SVG comes from rendering this DOT through Graphviz.
import Analysis
import MeetingGraph
import Foundation

public enum DiffDiagram {
    public enum Status: String, Sendable { case added, removed, unchanged, reweighted }

    public static let addedColor = "#1a9641"
    public static let removedColor = "#d7191c"
    public static let mutedColor = "#b0b0b0"
    public static let reweightedColor = "#2c7bb6"

    /// Which nodes and edges of the two graphs to draw.
    public static func keeps(_ view: GraphView) -> (node: (NodeKind) -> Bool, edge: (EdgeKind) -> Bool) {
        switch view {
        case .full: return ({ _ in true }, { _ in true })
        case .countries: return ({ $0 == .country }, { $0 == .meets })
        case .countryTopic: return ({ $0 == .country || $0 == .topic }, { $0 == .discussed })
        case .persons: return ({ $0 == .person }, { $0 == .met })
        }
    }

    /// DOT of the union of `old` and `new` restricted to `view`. `labels`: "ar", "en" or "both".
    public static func dot(old: Graph, new: Graph, view: GraphView = .countries, labels: String = "both",
                           title: String) -> String {
        let keep = keeps(view)
        var nodes: [String: (node: Node, inOld: Bool, inNew: Bool)] = [:]
        for n in old.nodes where keep.node(n.kind) { nodes[n.id] = (n, true, false) }
        for n in new.nodes where keep.node(n.kind) {
            if let e = nodes[n.id] { nodes[n.id] = (n, e.inOld, true) } else { nodes[n.id] = (n, false, true) }
        }
        struct EK: Hashable, Comparable {
            var s: String, t: String, k: String
            static func < (a: EK, b: EK) -> Bool { (a.s, a.t, a.k) < (b.s, b.t, b.k) }
        }
        func table(_ g: Graph) -> [EK: Double] {
            var t: [EK: Double] = [:]
            for e in g.edges where keep.edge(e.kind) && nodes[e.source] != nil && nodes[e.target] != nil {
                let (a, b) = e.source <= e.target ? (e.source, e.target) : (e.target, e.source)
                t[EK(s: a, t: b, k: e.kind.rawValue), default: 0] += e.weight
            }
            return t
        }
        let oe = table(old), ne = table(new)

        var out = "graph majlis_diff {\n"
        out += "  graph [layout=neato, start=1, overlap=false, splines=true, outputorder=edgesfirst, "
        out += "fontname=\"\(Style.latinFontList)\", label=\"\(DOTWriter.escape(title))\", labelloc=t, fontsize=18, pad=0.3];\n"
        out += "  node [fontname=\"\(Style.arabicFontList)\", fontsize=12, style=\"filled\", margin=\"0.08,0.04\"];\n"
        out += "  edge [fontname=\"\(Style.latinFontList)\", fontsize=9];\n"
        for id in nodes.keys.sorted() {
            let (n, inOld, inNew) = nodes[id]!
            let st: Status = inOld && inNew ? .unchanged : (inNew ? .added : .removed)
            let shape = Style.node(n.kind).shape
            var attrs = ["label=\"\(DOTWriter.escape(label(n, labels)))\"", "shape=\(shape)", "tooltip=\"\(DOTWriter.escapeTooltip("\(n.id) — \(st.rawValue)"))\""]
            switch st {
            case .added: attrs += ["color=\(q(addedColor))", "fillcolor=\"#e5f5e0\"", "fontcolor=\"#0b4d1f\"", "penwidth=2"]
            case .removed: attrs += ["color=\(q(removedColor))", "fillcolor=\"#fde0dd\"", "fontcolor=\"#7f0000\"", "style=\"filled,dashed\"", "penwidth=2"]
            default: attrs += ["color=\(q(mutedColor))", "fillcolor=\"#f4f4f4\"", "fontcolor=\"#666666\""]
            }
            out += "  \(DOTWriter.quoteID(id)) [\(attrs.joined(separator: ", "))];\n"
        }
        for k in Set(oe.keys).union(ne.keys).sorted() {
            let o = oe[k], n = ne[k]
            let st: Status
            if let o, let n { st = abs(o - n) > 1e-12 ? .reweighted : .unchanged } else { st = n != nil ? .added : .removed }
            let w = n ?? o ?? 1
            let width = min(1 + log2(max(w, 1)) * 1.5, 6)
            var attrs = ["penwidth=\(fmt(width))"]
            let tip = "\(k.s) – \(k.t) (\(k.k)): " + (o.map { fmt($0) } ?? "–") + " → " + (n.map { fmt($0) } ?? "–")
            attrs.append("tooltip=\"\(DOTWriter.escapeTooltip(tip))\"")
            switch st {
            case .added: attrs += ["color=\(q(addedColor))"]
            case .removed: attrs += ["color=\(q(removedColor))", "style=dashed"]
            case .reweighted: attrs += ["color=\(q(reweightedColor))", "label=\(q(fmt(o!) + "→" + fmt(n!)))", "fontcolor=\(q(reweightedColor))"]
            case .unchanged: attrs += ["color=\(q(mutedColor))"]
            }
            out += "  \(DOTWriter.quoteID(k.s)) -- \(DOTWriter.quoteID(k.t)) [\(attrs.joined(separator: ", "))];\n"
        }
        // Legend: one plain-text node holding a small table.
        out += "  legend [shape=plaintext, style=\"\", fillcolor=\"\", label=<<table border=\"1\" cellborder=\"0\" cellspacing=\"2\" color=\"#999999\">"
        out += "<tr><td colspan=\"2\"><b>Legend</b></td></tr>"
        out += "<tr><td><font color=\"\(addedColor)\">━━</font></td><td align=\"left\"><font color=\"\(addedColor)\">added (only in the newer graph)</font></td></tr>"
        out += "<tr><td><font color=\"\(removedColor)\">╍╍</font></td><td align=\"left\"><font color=\"\(removedColor)\">removed (dashed: only in the older graph)</font></td></tr>"
        out += "<tr><td><font color=\"\(reweightedColor)\">━━</font></td><td align=\"left\"><font color=\"\(reweightedColor)\">re-weighted (old→new meetings)</font></td></tr>"
        out += "<tr><td><font color=\"\(mutedColor)\">━━</font></td><td align=\"left\"><font color=\"#666666\">unchanged</font></td></tr>"
        out += "</table>>];\n"
        out += "}\n"
        return out
    }

    static func label(_ n: Node, _ labels: String) -> String {
        let ar = n.labelAR.flatMap { $0.isEmpty ? nil : $0 }, en = n.labelEN.flatMap { $0.isEmpty ? nil : $0 }
        switch labels {
        case "ar": return ar ?? en ?? n.id
        case "en": return en ?? ar ?? n.id
        default:
            var parts: [String] = []
            for p in [ar, en].compactMap({ $0 }) where !parts.contains(p) { parts.append(p) }
            return parts.isEmpty ? n.id : parts.joined(separator: "\n")
        }
    }

    static func q(_ s: String) -> String { "\"" + DOTWriter.escape(s) + "\"" }

    static func fmt(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e12 ? String(Int(x)) : String(format: "%.2f", x)
    }

}

extension DiffDiagram {
    /// The diagram as SVG through the shared Graphviz renderer (neato, fixed start: byte-identical reruns).
    public static func svg(dot: String) async throws -> Data {
        try await GraphvizRenderer.shared.render(dot: dot, layout: .neato, format: .svg)
    }
}
