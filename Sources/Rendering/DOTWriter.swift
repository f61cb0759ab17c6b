// The DOT writer: a meeting graph in, Graphviz DOT text out. Pure Swift, deterministic (same graph and
// options → byte-identical text). The text carries its own layout engine and seed (`layout=`, `start=`), so
// `dot -Tsvg graph.dot` draws the same picture as `majlis graph`.
import Foundation
import MeetingGraph
import Analysis
import Extraction

/// Which labels nodes carry.
public enum LabelLanguage: String, CaseIterable, Sendable, Codable {
    case ar, en, both
}

/// What node fill colour means.
public enum ColorMode: String, CaseIterable, Sendable, Codable {
    /// one colour per node kind (country, official, organization, topic)
    case kind
    /// one colour per community; shape and border still tell the kind
    case cluster
}

public struct RenderOptions: Sendable, Hashable {
    /// The view the graph is (used in the subtitle; the caller projects the graph).
    public var view: GraphView
    public var labels: LabelLanguage
    public var color: ColorMode
    /// Measure that sets node size (a key of the `measures` given to the writer), e.g. "strength".
    public var sizeBy: String
    /// Layout engine; nil chooses by size (`Layout.automatic`).
    public var layout: Layout?
    /// Title line; nil builds one from the graph's sessions.
    public var title: String?
    /// Keep only the N nodes ranked highest by `sizeBy` (nil or 0 keeps all).
    public var maxNodes: Int?

    public init(view: GraphView = .full, labels: LabelLanguage = .ar, color: ColorMode = .kind,
                sizeBy: String = "strength", layout: Layout? = nil, title: String? = nil, maxNodes: Int? = nil) {
        self.view = view; self.labels = labels; self.color = color; self.sizeBy = sizeBy
        self.layout = layout; self.title = title; self.maxNodes = maxNodes
    }
}

/// The result of trimming a graph to its most central nodes.
public struct TrimResult: Sendable {
    public var graph: Graph
    /// Nodes left out, most central first.
    public var dropped: [Node]
    /// "dropped 120 of 230 nodes (95 officials, 25 topics) ranked lowest by strength", or nil.
    public var note: String?
}

public enum DOTWriter {
    // MARK: - public API

    /// DOT for `graph`. `measures` maps measure name → node id → value (e.g. "strength", "degree",
    /// "betweenness"); node size follows `options.sizeBy` (falling back to strength computed here), and
    /// tooltips list every measure given. `clusters` maps node id → community (used by `.cluster` colouring
    /// and listed in tooltips).
    public static func dot(graph: Graph, measures: [String: [String: Double]] = [:], clusters: [String: Int] = [:],
                           options: RenderOptions = RenderOptions()) -> String {
        let sizes = sizeValues(graph: graph, measures: measures, sizeBy: options.sizeBy)
        let trimmed = trim(graph, maxNodes: options.maxNodes, scores: sizes, measureName: options.sizeBy)
        return write(trimmed.graph, fullGraph: graph, sizes: sizes, measures: measures, clusters: clusters,
                     options: options, trimNote: trimmed.note)
    }

    /// DOT for `graph` with every measure and the communities of `analysis` (computed on the same graph).
    public static func dot(graph: Graph, analysis: GraphAnalysis, options: RenderOptions = RenderOptions()) -> String {
        let m = measures(of: analysis)
        return dot(graph: graph, measures: m.measures, clusters: m.clusters, options: options)
    }

    /// An analysis as the writer's dictionaries: measure name ("degree", "strength", "betweenness",
    /// "closeness", "eigenvector", "pagerank", "core") → node id → value, and node id → cluster.
    public static func measures(of analysis: GraphAnalysis) -> (measures: [String: [String: Double]], clusters: [String: Int]) {
        var measures: [String: [String: Double]] = [:]
        var clusters: [String: Int] = [:]
        for measure in Measure.allCases {
            var values: [String: Double] = [:]
            for node in analysis.nodes { values[node.id] = node.value(measure) }
            measures[measure.rawValue] = values
        }
        for node in analysis.nodes { clusters[node.id] = node.cluster }
        return (measures, clusters)
    }

    /// The layout the DOT for `graph` uses under `options` (after `maxNodes` trimming).
    public static func layout(for graph: Graph, options: RenderOptions) -> Layout {
        if let layout = options.layout { return layout }
        let count = options.maxNodes.map { $0 > 0 ? min($0, graph.nodes.count) : graph.nodes.count } ?? graph.nodes.count
        return Layout.automatic(nodeCount: count)
    }

    /// Escapes `s` for a double-quoted DOT string whose value Graphviz treats as an escString (labels,
    /// tooltips): `"` and `\` are backslash-escaped; `&`, `<`, `>` become entities (Graphviz decodes
    /// entities in labels, so a literal `&amp;` in a name survives); newlines become `\n` (centered line
    /// break); bidi controls and other invisible format characters become numeric entities so the DOT file
    /// itself cannot be visually reordered; other control characters become spaces.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        var previousWasCR = false
        for scalar in s.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\u{2028}", "\u{2029}", "\u{85}": out += "\\n"
            default:
                if isBidiOrFormat(scalar) {
                    out += "&#\(scalar.value);"
                } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Escapes `s` for a tooltip: like `escape`, except that a backslash before `N`, `G`, `E`, `T`, `H` or
    /// `L` is doubled once more, because Graphviz expands those object escapes in tooltips one level deeper
    /// than in labels.
    public static func escapeTooltip(_ s: String) -> String {
        guard s.unicodeScalars.contains("\\") else { return escape(s) }
        var out = ""
        var pending = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            if scalar == "\\", i + 1 < scalars.count, "NGETHL".unicodeScalars.contains(scalars[i + 1]) {
                out += escape(String(pending))
                pending = String.UnicodeScalarView()
                out += "\\\\\\\\"
            } else {
                pending.append(scalar)
            }
        }
        return out + escape(String(pending))
    }

    /// Escapes text for an HTML-like label (`<...>` values): XML entities only, backslashes literal.
    public static func escapeHTML(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\r", "\u{2028}", "\u{2029}": out += "<br/>"
            default:
                if isBidiOrFormat(scalar) || scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += "&#\(scalar.value);"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A node or graph identifier, quoted. Identifiers are not escStrings: only `"` needs escaping; a
    /// backslash is kept unless it would escape the closing quote, then it is doubled into `\\ ` form
    /// that reads back as-is (Graphviz keeps backslashes in names).
    public static func quoteID(_ id: String) -> String {
        var out = "\""
        for scalar in id.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        // A trailing backslash would escape the closing quote; the DOT grammar has no way to end a quoted
        // string with one, so it is replaced by the look-alike U+29F5.
        if out.hasSuffix("\\") { out.removeLast(); out += "\u{29F5}" }
        return out + "\""
    }

    /// Keeps the `maxNodes` highest-scoring nodes (ties: kind order, then id) and the edges among them.
    public static func trim(_ graph: Graph, maxNodes: Int?, scores: [String: Double],
                            measureName: String = "strength") -> TrimResult {
        guard let maxNodes, maxNodes > 0, graph.nodes.count > maxNodes else {
            return TrimResult(graph: graph, dropped: [], note: nil)
        }
        let ranked = graph.nodes.sorted { a, b in
            let sa = scores[a.id] ?? 0, sb = scores[b.id] ?? 0
            if sa != sb { return sa > sb }
            if a.kind != b.kind { return a.kind < b.kind }
            return a.id < b.id
        }
        let keep = Set(ranked.prefix(maxNodes).map(\.id))
        var kept = graph
        kept.nodes = graph.nodes.filter { keep.contains($0.id) }
        kept.edges = graph.edges.filter { keep.contains($0.source) && keep.contains($0.target) }
        let dropped = Array(ranked.dropFirst(maxNodes))
        var byKind: [NodeKind: Int] = [:]
        for node in dropped { byKind[node.kind, default: 0] += 1 }
        let parts = NodeKind.allCases.compactMap { kind -> String? in
            guard let n = byKind[kind] else { return nil }
            return "\(n) \(n == 1 ? singular(kind) : Style.node(kind).legendEN)"
        }
        let note = "dropped \(dropped.count) of \(graph.nodes.count) nodes (\(parts.joined(separator: ", "))) "
            + "ranked lowest by \(measureName)"
        return TrimResult(graph: kept, dropped: dropped, note: note)
    }

    /// Strength (sum of incident edge weights, self-loops counted twice as NetworkX does), used when no
    /// measures are given.
    public static func strength(_ graph: Graph) -> [String: Double] {
        var s: [String: Double] = [:]
        for node in graph.nodes { s[node.id] = 0 }
        for edge in graph.edges {
            s[edge.source, default: 0] += edge.weight
            s[edge.target, default: 0] += edge.weight
        }
        return s
    }

    // MARK: - writing

    static func singular(_ kind: NodeKind) -> String {
        switch kind {
        case .country: return "country"
        case .person: return "official"
        case .organization: return "organization"
        case .topic: return "topic"
        }
    }

    private static func sizeValues(graph: Graph, measures: [String: [String: Double]], sizeBy: String)
        -> [String: Double] {
        if let values = measures[sizeBy] { return values }
        if let values = measures["strength"] { return values }
        return strength(graph)
    }

    private static func isBidiOrFormat(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Numbers in DOT: fixed decimals, no locale, no exponent.
    static func num(_ x: Double, _ digits: Int = 2) -> String {
        guard x.isFinite else { return "0" }
        var s = String(format: "%.\(digits)f", x)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s == "-0" ? "0" : s
    }

    /// Measure values in tooltips: integers plainly, others with 4 significant decimals.
    static func measureText(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e9 { return String(Int(x)) }
        return num(x, 4)
    }

    private static func label(_ node: Node, _ labels: LabelLanguage) -> String {
        switch labels {
        case .ar: return node.label(arabic: true)
        case .en: return node.label(arabic: false)
        case .both:
            let ar = node.labelAR, en = node.labelEN
            if let ar, let en, ar != en { return ar + "\n" + en }
            return node.label(arabic: true)
        }
    }

    private static func write(_ graph: Graph, fullGraph: Graph, sizes: [String: Double],
                              measures: [String: [String: Double]], clusters: [String: Int],
                              options: RenderOptions, trimNote: String?) -> String {
        let layout = options.layout ?? Layout.automatic(nodeCount: graph.nodes.count)
        let nodes = graph.nodes.sorted { ($0.kind, $0.id) < ($1.kind, $1.id) }
        let edges = graph.edges.sorted { ($0.source, $0.target, $0.kind.rawValue) < ($1.source, $1.target, $1.kind.rawValue) }
        let byID = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let maxSize = nodes.map { sizes[$0.id] ?? 0 }.max() ?? 0
        let big = nodes.count > Layout.autoThreshold
        // Edges routed around nodes ("true") cost seconds above a few hundred edges; curved arcs are cheap.
        let splines = edges.count <= 150 ? "true" : (big ? "false" : "curved")
        let fontList = options.labels == .en ? Style.latinFontList : Style.arabicFontList

        var out = "graph \"majlis\" {\n"
        // Graph attributes: engine and seed travel with the file.
        var g: [(String, String)] = [
            ("layout", layout.rawValue),
            ("start", "1"),
            ("outputorder", "edgesfirst"),
            ("bgcolor", "\"white\""),
            ("pad", "\"0.4\""),
            ("fontname", quoteID(Style.latinFontList)),
            ("labelloc", "t"),
            ("labeljust", "c"),
        ]
        switch layout {
        case .neato:
            g += [("overlap", "prism"), ("sep", "\"+10\""), ("splines", splines), ("mode", "major"),
                  ("epsilon", "0.0001"), ("maxiter", "600")]
        case .fdp:
            g += [("overlap", "prism"), ("sep", "\"+8\""), ("splines", splines), ("K", "1.2")]
        case .sfdp:
            g += [("overlap", "prism"), ("overlap_scaling", big ? "4" : "2"), ("sep", "\"+6\""),
                  ("splines", splines), ("smoothing", "none"), ("beautify", "false")]
        case .circo:
            g += [("overlap", "false"), ("splines", splines), ("mindist", "0.6")]
        case .dot:
            g += [("rankdir", "LR"), ("ranksep", "1.0"), ("nodesep", "0.35"), ("splines", "true")]
        }
        g.append(("label", legendLabel(graph: graph, fullGraph: fullGraph, options: options, layout: layout,
                                       clusters: clusters, trimNote: trimNote)))
        g.append(("tooltip", "\"" + escapeTooltip(titleText(graph: fullGraph, options: options)) + "\""))
        out += "  graph [" + g.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "];\n"
        out += "  node [fontname=\(quoteID(fontList)), penwidth=1.3, margin=\"0.12,0.05\"];\n"
        out += "  edge [fontname=\(quoteID(Style.latinFontList))];\n"

        let measureNames = measures.keys.sorted()
        for node in nodes {
            let style = Style.node(node.kind)
            let raw = sizes[node.id] ?? 0
            let t = maxSize > 0 ? (max(raw, 0) / maxSize).squareRoot() : 0
            let fontSize = style.fontBase + style.fontExtra * t
            var fill = style.fill
            if options.color == .cluster {
                fill = clusters[node.id].map(Style.clusterFill) ?? "#ffffff"
                if node.kind == .topic, clusters[node.id] != nil { fill += "99" }
            }
            var attrs: [(String, String)] = [
                ("label", "\"" + escape(label(node, options.labels)) + "\""),
                ("shape", style.shape),
                ("style", "\"" + style.style + "\""),
                ("fillcolor", "\"" + fill + "\""),
                ("color", "\"" + style.border + "\""),
                ("fontcolor", "\"" + style.fontColor + "\""),
                ("fontsize", num(fontSize, 1)),
            ]
            if node.kind != .topic {
                attrs.append(("width", num(0.5 + 0.9 * t)))
                attrs.append(("height", num(0.3 + 0.35 * t)))
            } else {
                attrs.append(("width", "0.3"))
                attrs.append(("height", "0.2"))
            }
            attrs.append(("class", "\"" + node.kind.rawValue + "\""))
            attrs.append(("tooltip", "\"" + escapeTooltip(nodeTooltip(node, byID: byID, measures: measures,
                                                                 names: measureNames, clusters: clusters)) + "\""))
            out += "  " + quoteID(node.id) + " [" + attrs.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "];\n"
        }
        for edge in edges where byID[edge.source] != nil && byID[edge.target] != nil {
            let style = Style.edge(edge.kind)
            var attrs: [(String, String)] = [
                ("color", "\"" + style.color + "\""),
                ("penwidth", num(Style.penWidth(weight: edge.weight, kind: edge.kind))),
            ]
            if style.style != "solid" { attrs.append(("style", style.style)) }
            // Preferred lengths and pull (neato/fdp): officials sit next to their country and organization,
            // topics on the outside; frequent meetings pull harder. `weight` is an integer for dot.
            switch edge.kind {
            case .represents:
                attrs += [("len", "0.6"), ("weight", "4")]
            case .heads, .member:
                attrs += [("len", "0.8"), ("weight", "3")]
            case .discussed:
                attrs += [("len", "1.8"), ("weight", "1")]
            case .met, .meets:
                attrs.append(("weight", String(Int(min(100, max(1, edge.weight.rounded()))))))
            }
            attrs.append(("class", "\"" + edge.kind.rawValue + "\""))
            attrs.append(("tooltip", "\"" + escapeTooltip(edgeTooltip(edge, byID: byID, labels: options.labels)) + "\""))
            out += "  " + quoteID(edge.source) + " -- " + quoteID(edge.target)
                + " [" + attrs.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "];\n"
        }
        out += "}\n"
        return out
    }

    // MARK: - title and legend

    /// "Arab interior ministers council, sessions 39–42" from metadata ("body#41"), or a generic title.
    static func titleText(graph: Graph, options: RenderOptions) -> String {
        if let title = options.title { return title }
        var numbersByBody: [String: [Int]] = [:]
        for session in graph.metadata.sessions {
            let parts = session.split(separator: "#", maxSplits: 1)
            let body = parts.count == 2 ? String(parts[0]) : ""
            if let n = parts.last.flatMap({ Int($0) }) { numbersByBody[body, default: []].append(n) }
        }
        guard !numbersByBody.isEmpty else { return "Ministerial meetings network" }
        let bodies = numbersByBody.keys.sorted { (numbersByBody[$0]!.count, $1) > (numbersByBody[$1]!.count, $0) }
        let main = bodies[0]
        let numbers = Array(Set(numbersByBody[main]!)).sorted()
        var text = main.isEmpty ? "Council" : (OrganizationLexicon.entry(main)?.en ?? humanize(main))
        text += numbers.count == 1 ? ", session \(numbers[0])" : ", sessions " + ranges(numbers)
        if bodies.count > 1 { text += " · and \(bodies.count - 1) other council\(bodies.count == 2 ? "" : "s")" }
        return text
    }

    static func humanize(_ id: String) -> String {
        let words = id.split(separator: "-").map(String.init)
        guard let first = words.first else { return id }
        let acronyms: Set<String> = ["gcc", "un", "eu", "au", "oic", "nato", "uae", "us", "uk"]
        let mapped = words.map { acronyms.contains($0) ? $0.uppercased() : $0 }
        return ([first.prefix(1).uppercased() + first.dropFirst()] + mapped.dropFirst()).joined(separator: " ")
    }

    /// [39, 40, 41, 43] → "39–41, 43"
    static func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var i = 0
        while i < numbers.count {
            var j = i
            while j + 1 < numbers.count, numbers[j + 1] == numbers[j] + 1 { j += 1 }
            parts.append(j > i ? "\(numbers[i])–\(numbers[j])" : "\(numbers[i])")
            i = j + 1
        }
        return parts.joined(separator: ", ")
    }

    private static func legendLabel(graph: Graph, fullGraph: Graph, options: RenderOptions, layout: Layout,
                                    clusters: [String: Int], trimNote: String?) -> String {
        var counts: [NodeKind: Int] = [:]
        for node in graph.nodes { counts[node.kind, default: 0] += 1 }
        var edgeCounts: [EdgeKind: Int] = [:]
        for edge in graph.edges { edgeCounts[edge.kind, default: 0] += 1 }
        let articles = fullGraph.metadata.sources.count
        var subtitle: [String] = []
        if articles > 0 { subtitle.append("\(articles) article\(articles == 1 ? "" : "s")") }
        subtitle.append("view: \(options.view.rawValue)")
        subtitle.append("\(graph.nodes.count) nodes, \(graph.edges.count) edges")
        subtitle.append("node size: \(options.sizeBy)")
        subtitle.append("edge width: weight")

        // Big drawings get a bigger title and legend, so they stay readable when the picture is scaled down.
        let scale = min(2.0, max(1.0, (Double(graph.nodes.count) / 40).squareRoot()))
        let titleSize = Int((22 * scale).rounded()), subSize = Int((12 * scale).rounded())
        let legendSize = Int((12 * scale).rounded())
        // Legend rows are single text cells with coloured glyphs: nested tables would be stretched to the
        // title's width by Graphviz, spreading their cells apart.
        let gap = "&#160;&#160;&#160;&#160;"
        func glyph(_ g: String, _ color: String) -> String {
            "<font color=\"\(color)\" point-size=\"\(legendSize + 3)\">\(g)</font>&#160;"
        }
        func text(_ t: String, _ color: String = "#333333") -> String {
            "<font color=\"\(color)\">" + escapeHTML(t) + "</font>"
        }
        func row(_ items: [String]) -> String {
            "<tr><td><font point-size=\"\(legendSize)\">" + items.joined(separator: gap) + "</font></td></tr>"
        }
        var html = "<<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"1\">"
        html += "<tr><td><font point-size=\"\(titleSize)\" color=\"#1a1a1a\">"
            + escapeHTML(titleText(graph: fullGraph, options: options)) + "</font></td></tr>"
        html += "<tr><td><font point-size=\"\(subSize)\" color=\"#555555\">"
            + escapeHTML(subtitle.joined(separator: "  ·  ")) + "</font></td></tr>"
        if let trimNote {
            html += "<tr><td><font point-size=\"\(subSize)\" color=\"#8a4b00\">"
                + escapeHTML("Showing the \(graph.nodes.count) most central nodes; " + trimNote) + "</font></td></tr>"
        }
        // Kinds: shape glyph in the kind's colour, name, count (and the Arabic name).
        var kindItems: [String] = []
        for kind in NodeKind.allCases {
            guard let n = counts[kind], n > 0 else { continue }
            let style = Style.node(kind)
            var item = glyph(kindGlyph(kind), style.border) + text("\(style.legendEN) (\(n))")
            if options.labels != .en { item += "&#160;&#160;" + text(style.legendAR, "#666666") }
            kindItems.append(item)
        }
        if !kindItems.isEmpty { html += row(kindItems) }
        // Edge kinds present: a short bar in the edge colour and style.
        var edgeItems: [String] = []
        for kind in EdgeKind.allCases {
            guard let n = edgeCounts[kind], n > 0 else { continue }
            let style = Style.edge(kind)
            let bar = style.style == "solid" ? "━━" : (style.style == "dashed" ? "╍╍" : "┅┅")
            edgeItems.append(glyph(bar, String(style.color.prefix(7))) + text("\(style.legendEN) (\(n))"))
        }
        if !edgeItems.isEmpty { html += row(edgeItems) }
        // Clusters (colour by cluster): a square in the cluster colour, size, up to three member countries.
        if options.color == .cluster {
            var members: [Int: [Node]] = [:]
            for node in graph.nodes { if let c = clusters[node.id] { members[c, default: []].append(node) } }
            let order = members.keys.sorted { (members[$0]!.count, $1) > (members[$1]!.count, $0) }
            let shown = Array(order.filter { members[$0]!.count > 1 }.prefix(12))
            var items: [String] = []
            for c in shown {
                let names = members[c]!.filter { $0.kind == .country }.prefix(3)
                    .map { label($0, options.labels == .en ? .en : .ar) }
                var item = glyph("■", Style.clusterFill(c)) + text("cluster \(c) (\(members[c]!.count))")
                if !names.isEmpty {
                    item += "&#160;&#160;" + text(names.joined(separator: options.labels == .en ? ", " : "، "), "#555555")
                }
                items.append(item)
            }
            let rest = order.count - shown.count
            if rest > 0 { items.append(text("+\(rest) smaller cluster\(rest == 1 ? "" : "s")", "#555555")) }
            var i = 0
            while i < items.count {
                html += row(Array(items[i..<min(i + 4, items.count)]))
                i += 4
            }
        }
        html += "</table>>"
        // Graphviz rejects empty <font></font> elements (e.g. a cluster without countries).
        return html.replacingOccurrences(of: "<font[^<>]*></font>", with: "", options: .regularExpression)
    }

    /// The legend glyph of a node kind (drawn in the kind's border colour).
    static func kindGlyph(_ kind: NodeKind) -> String {
        switch kind {
        case .country: return "⬬"
        case .person: return "▬"
        case .organization: return "⬢"
        case .topic: return "▭"
        }
    }

    // MARK: - tooltips

    private static func nodeTooltip(_ node: Node, byID: [String: Node], measures: [String: [String: Double]],
                                    names: [String], clusters: [String: Int]) -> String {
        var lines: [String] = []
        let ar = node.labelAR, en = node.labelEN
        var head = [ar, en].compactMap { $0 }.joined(separator: " — ")
        if head.isEmpty { head = node.id }
        lines.append(head)
        lines.append(singular(node.kind))
        if let role = node.attributes["role"], !role.isEmpty { lines.append("role: " + role) }
        if let country = node.attributes["country"], !country.isEmpty {
            let name = byID[country].map { [$0.labelEN, $0.labelAR].compactMap { $0 }.joined(separator: " / ") } ?? ""
            lines.append("country: " + country + (name.isEmpty ? "" : " (\(name))"))
        }
        if let org = node.attributes["organization"], !org.isEmpty { lines.append("organization: " + org) }
        if let aliases = node.attributes["aliases"], !aliases.isEmpty { lines.append("also: " + aliases) }
        let values = names.compactMap { name -> String? in
            guard let v = measures[name]?[node.id] else { return nil }
            return "\(name) \(measureText(v))"
        }
        if !values.isEmpty { lines.append(values.joined(separator: ", ")) }
        if let c = clusters[node.id] { lines.append("cluster \(c)") }
        lines.append("id: " + node.id)
        return lines.joined(separator: "\n")
    }

    private static func edgeTooltip(_ edge: Edge, byID: [String: Node], labels: LabelLanguage) -> String {
        let a = byID[edge.source].map { $0.label(arabic: labels != .en) } ?? edge.source
        let b = byID[edge.target].map { $0.label(arabic: labels != .en) } ?? edge.target
        var lines = ["\(a) — \(b)", "\(edge.kind.rawValue), weight \(measureText(edge.weight))"]
        var kinds: [String: Int] = [:]
        for ref in edge.evidence { if let k = ref.kind { kinds[k, default: 0] += 1 } }
        if !kinds.isEmpty {
            lines.append("meetings: " + kinds.keys.sorted().map { "\($0) ×\(kinds[$0]!)" }.joined(separator: ", "))
        }
        // Evidence sentences, deduplicated, in evidence order; long ones shortened.
        var seen = Set<String>()
        var sentences: [(String, String)] = []
        for ref in edge.evidence.sorted() {
            guard let s = ref.sentence?.trimmingCharacters(in: .whitespacesAndNewlines), !s.isEmpty,
                  seen.insert(s).inserted else { continue }
            sentences.append((ref.source, s))
        }
        for (source, sentence) in sentences.prefix(3) {
            let short = sentence.count > 320 ? String(sentence.prefix(317)) + "…" : sentence
            let file = (source as NSString).lastPathComponent
            lines.append("• " + short + " [" + file + "]")
        }
        if sentences.count > 3 { lines.append("… and \(sentences.count - 3) more sentences") }
        if sentences.isEmpty, !edge.evidence.isEmpty {
            let files = Set(edge.evidence.map { ($0.source as NSString).lastPathComponent }).sorted()
            lines.append("sources: " + files.prefix(5).joined(separator: ", ") + (files.count > 5 ? ", …" : ""))
        }
        return lines.joined(separator: "\n")
    }
}
