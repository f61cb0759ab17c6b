import Testing
import Foundation
import MeetingGraph
import Analysis
import Extraction
@testable import Rendering

/// A small hand-built meeting graph with the characters labels can hold.
func sampleGraph() -> Graph {
    let nodes = [
        Node(id: "LBY", kind: .country, labelAR: "ليبيا", labelEN: "Libya"),
        Node(id: "TUN", kind: .country, labelAR: "تونس", labelEN: "Tunisia"),
        Node(id: "SYR", kind: .country, labelAR: "سوريا", labelEN: "Syria"),
        Node(id: "person:عماد مصطفى الطرابلسي", kind: .person, labelAR: "عماد مصطفى الطرابلسي",
             labelEN: "Imad Mustafa Trabelsi", attributes: ["role": "interior minister", "country": "LBY"]),
        Node(id: "person:قيس سعيد", kind: .person, labelAR: "قيس سعيّد", labelEN: nil,
             attributes: ["role": "president", "country": "TUN"]),
        Node(id: "arab-interior-ministers-council", kind: .organization, labelAR: "مجلس وزراء الداخلية العرب",
             labelEN: "Council of Arab Interior Ministers"),
        Node(id: "terrorism", kind: .topic, labelAR: "الإرهاب", labelEN: "Terrorism"),
    ]
    let ev = EvidenceRef(source: "seeds/000.txt", start: 0, end: 40,
                         sentence: "استقبل الرئيس قيس سعيّد وزير الداخلية الليبي \"عماد\" <الطرابلسي> & وفده", kind: "received")
    let edges = [
        Edge(source: "LBY", target: "TUN", kind: .meets, weight: 2, evidence: [ev]),
        Edge(source: "LBY", target: "terrorism", kind: .discussed, weight: 1),
        Edge(source: "LBY", target: "person:عماد مصطفى الطرابلسي", kind: .represents),
        Edge(source: "TUN", target: "person:قيس سعيد", kind: .represents),
        Edge(source: "person:عماد مصطفى الطرابلسي", target: "person:قيس سعيد", kind: .met, weight: 1, evidence: [ev]),
        Edge(source: "LBY", target: "SYR", kind: .meets, weight: 1),
    ]
    return Graph(nodes: nodes, edges: edges, metadata: GraphMetadata(
        sources: ["seeds/000.txt"], sessions: ["arab-interior-ministers-council#41"], view: .full))
}

/// Labels that need escaping in DOT and in SVG.
let trickyLabels = [
    "plain",
    "عماد مصطفى الطرابلسي",
    "say \"hello\"",
    "back\\slash",
    "ends with backslash\\",
    "\\N \\G \\n are not escapes",
    "<b>bold?</b> & more",
    "already &amp; an entity",
    "\u{200F}مرحبا\u{202B} rtl embed \u{202C}\u{200E}",
    "\u{2067}isolate\u{2069} and \u{200B}zero-width",
    "emoji 🇱🇾 and ZWJ",
]

/// The text content of every `<text>` element of an SVG, XML-decoded, in document order.
func svgTexts(_ svg: String) -> [String] {
    var result: [String] = []
    var rest = svg[...]
    while let open = rest.range(of: "<text") {
        guard let close = rest[open.upperBound...].range(of: ">"),
              let end = rest[close.upperBound...].range(of: "</text>") else { break }
        result.append(xmlDecode(String(rest[close.upperBound..<end.lowerBound])))
        rest = rest[end.upperBound...]
    }
    return result
}

func xmlDecode(_ s: String) -> String {
    var out = ""
    var i = s.startIndex
    while i < s.endIndex {
        if s[i] == "&", let semi = s[i...].firstIndex(of: ";") {
            let entity = String(s[s.index(after: i)..<semi])
            var decoded: String?
            switch entity {
            case "amp": decoded = "&"
            case "lt": decoded = "<"
            case "gt": decoded = ">"
            case "quot": decoded = "\""
            case "apos": decoded = "'"
            default:
                if entity.hasPrefix("#x"), let v = UInt32(entity.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) {
                    decoded = String(Character(u))
                } else if entity.hasPrefix("#"), let v = UInt32(entity.dropFirst()), let u = Unicode.Scalar(v) {
                    decoded = String(Character(u))
                }
            }
            if let decoded { out += decoded; i = s.index(after: semi); continue }
        }
        out.append(s[i])
        i = s.index(after: i)
    }
    return out
}

/// Graphviz writes non-breaking spaces for runs of spaces in SVG text; compare with plain spaces.
func normalizeSpaces(_ s: String) -> String { s.replacingOccurrences(of: "\u{A0}", with: " ") }

@Suite struct DOTEscapingTests {
    @Test func labelsRoundTripThroughGraphvizIntoSVG() async throws {
        var dot = "graph g {\n"
        for (i, label) in trickyLabels.enumerated() {
            dot += "  n\(i) [shape=box, label=\"\(DOTWriter.escape(label))\"];\n"
        }
        dot += "}\n"
        let svg = String(decoding: try await GraphvizRenderer.shared.render(dot: dot, layout: .neato, format: .svg),
                         as: UTF8.self)
        let texts = svgTexts(svg).map(normalizeSpaces)
        for label in trickyLabels {
            #expect(texts.contains(label), "label not drawn verbatim: \(label.debugDescription)")
        }
    }

    @Test func newlinesBecomeSeparateLines() async throws {
        let dot = "graph g { a [label=\"\(DOTWriter.escape("سطر أول\nsecond line"))\"]; }"
        let svg = String(decoding: try await GraphvizRenderer.shared.render(dot: dot, layout: .neato, format: .svg),
                         as: UTF8.self)
        #expect(svgTexts(svg).map(normalizeSpaces) == ["سطر أول", "second line"])
    }

    @Test func tooltipsRoundTrip() async throws {
        var dot = "graph g {\n"
        for (i, label) in trickyLabels.enumerated() {
            dot += "  n\(i) [tooltip=\"\(DOTWriter.escapeTooltip(label))\"];\n"
        }
        dot += "}\n"
        let svg = String(decoding: try await GraphvizRenderer.shared.render(dot: dot, layout: .neato, format: .svg),
                         as: UTF8.self)
        var titles: [String] = []
        for part in svg.components(separatedBy: "xlink:title=\"").dropFirst() {
            titles.append(normalizeSpaces(xmlDecode(String(part.prefix { $0 != "\"" }))))
        }
        for label in trickyLabels {
            #expect(titles.contains(label), "tooltip changed: \(label.debugDescription)")
        }
    }

    @Test func escapedTextHasNoRawBidiControlsOrQuotes() {
        for label in trickyLabels {
            let e = DOTWriter.escape(label)
            #expect(!e.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) || $0.value == 0x200F })
            // Every quote is escaped, so the string cannot end early.
            var previous: Character = " "
            for c in e { if c == "\"" { #expect(previous == "\\") }; previous = c }
        }
    }

    @Test func writerOutputParsesWithOriginalIDsAndLabels() async throws {
        var graph = sampleGraph()
        graph.nodes.append(Node(id: "org:\"quoted\" & <odd>", kind: .organization, labelAR: nil,
                                labelEN: "A \"quoted\" & <odd> org\\"))
        for labels in LabelLanguage.allCases {
            let dot = DOTWriter.dot(graph: graph, options: RenderOptions(labels: labels))
            // Node names read back exactly as the graph's ids.
            let read = try await GraphvizRenderer.shared.nodeAttribute("label", in: dot)
            #expect(read.map(\.name).sorted() == graph.nodes.map(\.id).sorted())
            // Every label is drawn verbatim (one SVG text per line).
            let svg = String(decoding: try await GraphvizRenderer.shared.render(dot: dot, layout: .neato, format: .svg),
                             as: UTF8.self)
            let texts = Set(svgTexts(svg).map(normalizeSpaces))
            for node in graph.nodes {
                let expected: [String]
                switch labels {
                case .ar: expected = [node.label(arabic: true)]
                case .en: expected = [node.label(arabic: false)]
                case .both: expected = [node.labelAR, node.labelEN].compactMap { $0 }
                }
                for line in expected { #expect(texts.contains(line), "\(labels): \(line) not drawn") }
            }
        }
    }
}

@Suite struct GraphvizBridgeTests {
    @Test func svgIsByteIdenticalAcrossRenders() async throws {
        let dot = DOTWriter.dot(graph: sampleGraph(), options: RenderOptions(labels: .both))
        #expect(dot == DOTWriter.dot(graph: sampleGraph(), options: RenderOptions(labels: .both)))
        for layout in Layout.allCases {
            let a = try await GraphvizRenderer.shared.render(dot: dot, layout: layout, format: .svg)
            let b = try await GraphvizRenderer.shared.render(dot: dot, layout: layout, format: .svg)
            #expect(a == b, "layout \(layout.rawValue) not deterministic")
        }
    }

    @Test func pngAndPDFRenderInProcess() async throws {
        let dot = DOTWriter.dot(graph: sampleGraph())
        let outputs = try await GraphvizRenderer.shared.render(dot: dot, layout: .neato, formats: [.png, .pdf, .svg])
        #expect(outputs[0].starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(outputs[1].starts(with: Array("%PDF".utf8)))
        #expect(String(decoding: outputs[2], as: UTF8.self).contains("<svg"))
    }

    @Test func badDOTThrowsGraphvizMessage() async throws {
        do {
            _ = try await GraphvizRenderer.shared.render(dot: "graph { a -- ; }", layout: .neato, format: .svg)
            Issue.record("expected an error")
        } catch let error as GraphvizError {
            #expect(error.stage == .parse)
            #expect(error.message.contains("syntax error"))
        }
        // Errors are not sticky: the next call succeeds.
        let svg = try await GraphvizRenderer.shared.render(dot: "graph { a -- b }", layout: .neato, format: .svg)
        #expect(!svg.isEmpty)
    }

    @Test func warningsAreCollectedNotFatal() async throws {
        let result = try await GraphvizRenderer.shared.renderWithWarnings(
            dot: "graph { a [shape=nosuchshape]; a -- b }", layout: .neato, formats: [.svg])
        #expect(!result.outputs[0].isEmpty)
        let warnings = result.warnings
        #expect(warnings.contains { $0.contains("nosuchshape") })
    }

    @Test func tooLargeForLayoutIsRefusedBeforeLayout() async throws {
        var dot = "graph g {\n"
        for i in 0...Layout.neato.maxNodes { dot += "n\(i);\n" }
        dot += "}\n"
        do {
            _ = try await GraphvizRenderer.shared.render(dot: dot, layout: .neato, format: .svg)
            Issue.record("expected an error")
        } catch let error as GraphvizError {
            #expect(error.stage == .limits)
            #expect(error.description.contains("neato"))
        }
    }

    @Test func pluginsLoadInProcess() async {
        let devices = await GraphvizRenderer.shared.availablePlugins(kind: "device")
        for format in ["svg", "png", "pdf"] {
            #expect(devices.contains { $0.hasPrefix(format) }, "missing \(format) in \(devices)")
        }
        let layouts = await GraphvizRenderer.shared.availablePlugins(kind: "layout")
        for layout in Layout.allCases { #expect(layouts.contains(layout.rawValue)) }
    }
}

@Suite struct DOTWriterTests {
    @Test func picturesCarryKindStylesTooltipsAndLegend() {
        let graph = sampleGraph()
        let analysis = GraphAnalysis(graph)
        let dot = DOTWriter.dot(graph: graph, analysis: analysis, options: RenderOptions())
        #expect(dot.contains("layout=neato"))
        #expect(dot.contains("start=1"))
        // Every node and every edge carries a tooltip.
        let statements = dot.split(separator: "\n").filter { $0.hasPrefix("  \"") }
        #expect(statements.count == graph.nodes.count + graph.edges.count)
        for line in statements { #expect(line.contains("tooltip=")) }
        // The edge tooltip holds the evidence sentence and the meeting kind.
        #expect(dot.contains("meetings: received ×1"))
        #expect(dot.contains(DOTWriter.escapeTooltip("قيس سعيّد وزير الداخلية الليبي \"عماد\"")))
        // Node tooltip has role and centralities.
        #expect(dot.contains("role: interior minister"))
        #expect(dot.contains("betweenness "))
        // Legend names each kind present, with counts.
        #expect(dot.contains("countries (3)"))
        #expect(dot.contains("officials (2)"))
        #expect(dot.contains("topics (1)"))
        #expect(dot.contains("session 41"))
    }

    @Test func edgeTooltipCountsMeetingsNotReports() {
        // One meeting reported by two articles (same meeting key), and another meeting.
        func ev(_ source: String, _ meeting: String) -> EvidenceRef {
            EvidenceRef(source: source, start: 0, end: 10, sentence: "التقى \(source)", kind: "met", meeting: meeting)
        }
        var graph = sampleGraph()
        graph.edges = [Edge(source: "LBY", target: "TUN", kind: .meets, weight: 2,
                            evidence: [ev("a.txt", "s#41|met|x|y"), ev("b.txt", "s#41|met|x|y"), ev("c.txt", "s#42|met|x|y")])]
        let dot = DOTWriter.dot(graph: graph, analysis: GraphAnalysis(graph), options: RenderOptions())
        #expect(dot.contains("meetings: met ×2 (3 reports)"))
        #expect(dot.contains("[a.txt]") && dot.contains("[b.txt]"), "every report's sentence is kept")
    }

    @Test func nodeSizeFollowsTheMeasure() {
        let graph = sampleGraph()
        let sizes = ["LBY": 10.0, "TUN": 1.0]
        let dot = DOTWriter.dot(graph: graph, measures: ["degree": sizes], options: RenderOptions(sizeBy: "degree"))
        func fontSize(_ id: String) -> Double? {
            guard let line = dot.split(separator: "\n").first(where: { $0.hasPrefix("  \"\(id)\" [") }),
                  let r = line.range(of: "fontsize=") else { return nil }
            return Double(line[r.upperBound...].prefix { $0 != "," })
        }
        #expect(fontSize("LBY")! > fontSize("TUN")!)
    }

    @Test func layoutIsChosenBySize() {
        var big = Graph()
        for i in 0..<200 { big.nodes.append(Node(id: "p\(i)", kind: .person)) }
        #expect(DOTWriter.layout(for: big, options: RenderOptions()) == .sfdp)
        #expect(DOTWriter.layout(for: sampleGraph(), options: RenderOptions()) == .neato)
        #expect(DOTWriter.layout(for: big, options: RenderOptions(maxNodes: 50)) == .neato)
        #expect(DOTWriter.layout(for: big, options: RenderOptions(layout: .dot)) == .dot)
        #expect(DOTWriter.dot(graph: big).contains("layout=sfdp"))
    }

    @Test func maxNodesKeepsTheMostCentralAndSaysWhatWasDropped() {
        let graph = sampleGraph()
        let result = DOTWriter.trim(graph, maxNodes: 3, scores: DOTWriter.strength(graph))
        #expect(result.graph.nodes.count == 3)
        #expect(Set(result.graph.nodes.map(\.id)).contains("LBY"))
        #expect(result.dropped.count == 4)
        for edge in result.graph.edges {
            #expect(result.graph.nodes.contains { $0.id == edge.source } && result.graph.nodes.contains { $0.id == edge.target })
        }
        #expect(result.note?.contains("dropped 4 of 7 nodes") == true)
        let dot = DOTWriter.dot(graph: graph, options: RenderOptions(maxNodes: 3))
        #expect(dot.contains("dropped 4 of 7 nodes"))
    }

    @Test func clusterColouringUsesThePalette() {
        let graph = sampleGraph()
        let clusters = Dictionary(uniqueKeysWithValues: graph.nodes.enumerated().map { ($0.element.id, $0.offset % 2) })
        let dot = DOTWriter.dot(graph: graph, clusters: clusters, options: RenderOptions(color: .cluster))
        #expect(dot.contains(Style.clusterFill(0)))
        #expect(dot.contains(Style.clusterFill(1)))
        #expect(dot.contains("cluster 0 ("))
    }
}

@Suite struct OutputFilesTests {
    func tempDir() throws -> String {
        let dir = NSTemporaryDirectory() + "majlis-render-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func parentFolderOfOutputPaths() throws {
        // One-letter names made Foundation's deletingLastPathComponent trap.
        for (path, parent) in [("o", "."), ("o/", "."), ("a/b", "a"), ("a//b/", "a"), ("/o", "/"), ("/", "/"), ("./p", ".")] {
            #expect(OutputFiles.parent(of: path) == parent, "\(path)")
        }
        let dir = NSTemporaryDirectory() + "majlis-out-\(UUID().uuidString)/o"
        defer { try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent) }
        try OutputFiles.prepare(directory: dir)
        #expect(FileManager.default.fileExists(atPath: dir))
    }

    @Test func writesAllFiles() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let written = try OutputFiles.write([(dir + "/a.txt", Data("a".utf8)), (dir + "/b.txt", Data("b".utf8))])
        #expect(written == [dir + "/a.txt", dir + "/b.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["a.txt", "b.txt"])
    }

    @Test func failureLeavesNoTemporaryOrPartialFiles() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // b.txt is a non-empty folder: the rename onto it fails after a.txt's temporary was written.
        try FileManager.default.createDirectory(atPath: dir + "/b.txt/x", withIntermediateDirectories: true)
        #expect(throws: OutputError.self) {
            try OutputFiles.write([(dir + "/b.txt", Data("b".utf8)), (dir + "/c.txt", Data("c".utf8))])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["b.txt"])
    }

    @Test func unwritableFolderIsReported() throws {
        #expect(throws: OutputError.self) { try OutputFiles.prepare(directory: "/proc/majlis-cannot-exist") }
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = FileManager.default.createFile(atPath: dir + "/file", contents: Data())
        #expect(throws: OutputError.self) { try OutputFiles.prepare(directory: dir + "/file") }
    }
}

@Suite struct LegendTests {
    @Test func everyViewAndOptionRendersInGraphviz() async throws {
        let graph = sampleGraph()
        // A cluster with no country in it, and one with only a topic.
        let clusters = ["LBY": 0, "TUN": 0, "SYR": 0, "person:عماد مصطفى الطرابلسي": 1, "person:قيس سعيد": 1,
                        "arab-interior-ministers-council": 2, "terrorism": 3]
        for view in GraphView.allCases {
            for labels in LabelLanguage.allCases {
                for color in ColorMode.allCases {
                    let g = graph.view(view)
                    let dot = DOTWriter.dot(graph: g, clusters: clusters,
                                            options: RenderOptions(view: view, labels: labels, color: color))
                    let svg = try await GraphvizRenderer.shared.render(dot: dot, layout: .neato, format: .svg)
                    #expect(String(decoding: svg, as: UTF8.self).contains("</svg>"))
                }
            }
        }
    }
}

/// The graph of the gold annotations of every article under seeds/ (what the extractor should find).
func goldSeedsGraph(only: String? = nil) throws -> Graph {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds")
    var files: [URL] = []
    let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
    for case let url as URL in e where url.lastPathComponent.hasSuffix(".gold.json") {
        if let only, url.lastPathComponent != only { continue }
        files.append(url)
    }
    files.sort { $0.path < $1.path }
    let docs = try files.map { url -> DocumentExtraction in
        let gold = try JSONDecoder().decode(GoldDocument.self, from: Data(contentsOf: url))
        return gold.asExtraction(source: url.path.replacingOccurrences(of: ".gold.json", with: ".txt"))
    }
    return GraphBuilder().build(docs)
}

@Suite struct RealGraphTests {
    @Test func seedsGoldGraphRendersWithEveryNodeAndLegend() async throws {
        let graph = try goldSeedsGraph()
        #expect(graph.nodes.count > 50)
        let analysis = GraphAnalysis(graph)
        let dot = DOTWriter.dot(graph: graph, analysis: analysis, options: RenderOptions(labels: .both))
        let svgData = try await GraphvizRenderer.shared.render(dot: dot, layout: DOTWriter.layout(for: graph, options: RenderOptions()),
                                                               format: .svg)
        let svg = String(decoding: svgData, as: UTF8.self)
        // One SVG node group per graph node and one edge group per edge.
        #expect(svg.components(separatedBy: "class=\"node ").count - 1 == graph.nodes.count
                || svg.components(separatedBy: "<g id=\"node").count - 1 == graph.nodes.count)
        #expect(svg.components(separatedBy: "<g id=\"edge").count - 1 == graph.edges.count)
        // Every country's Arabic name is drawn.
        let texts = Set(svgTexts(svg).map(normalizeSpaces))
        for node in graph.nodes where node.kind == .country {
            if let ar = node.labelAR { #expect(texts.contains(ar), "country \(node.id) label missing") }
        }
        #expect(texts.contains { $0.hasPrefix("countries (") })
        // The title names the council and the sessions.
        #expect(texts.contains { $0.contains("Council of Arab Interior Ministers") && $0.contains("sessions") })
    }

    @Test func viewsRenderAndTrimmedGraphSaysWhatWasDropped() async throws {
        let graph = try goldSeedsGraph()
        for view in GraphView.allCases {
            let g = graph.view(view)
            let options = RenderOptions(view: view, color: .cluster, maxNodes: 25)
            let dot = DOTWriter.dot(graph: g, analysis: GraphAnalysis(g), options: options)
            let svg = String(decoding: try await GraphvizRenderer.shared.render(
                dot: dot, layout: DOTWriter.layout(for: g, options: options), format: .svg), as: UTF8.self)
            if g.nodes.count > 25 {
                #expect(svg.components(separatedBy: "<g id=\"node").count - 1 == 25)
                #expect(svg.contains("dropped \(g.nodes.count - 25) of \(g.nodes.count) nodes"))
            }
        }
    }
}
