import ArgumentParser
import Foundation
import MeetingGraph
import Analysis
import Rendering

struct GraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Build the meeting network from articles and draw it (DOT, SVG, PNG, PDF) with its data files.",
        discussion: """
        Reads the articles (or a graph file: .json, .graphml, .gexf), builds the graph of officials, \
        countries, organizations and topics, computes centralities and clusters, and writes into the output \
        folder graph.<format> for each requested format. Drawing happens inside the process through the \
        Graphviz libraries; no Graphviz program is needed. Files are written all-or-nothing: on any failure \
        nothing new is left in the output folder.

        Formats: svg, png, pdf (drawings), dot (Graphviz source; `dot -Tsvg graph.dot` draws the same \
        picture), json (node-link, NetworkX-readable), graphml, gexf.
        Layouts: neato (default up to 150 nodes), sfdp (default above), fdp, circo, dot. Every layout uses \
        a fixed seed: the same input gives byte-identical files.
        Node size follows --size-by (degree, strength, betweenness, closeness, eigenvector, pagerank, core); \
        edge width follows the number of meetings. Hovering a node or edge in the SVG shows its role, \
        centralities, meeting kinds and evidence sentences.

        Examples:
          majlis graph seeds -o output
          majlis graph seeds --format svg,png,pdf --labels both
          majlis graph seeds --view countries --color cluster --size-by betweenness
          majlis graph seeds --session 41 --labels en -o output/41
          majlis graph big-corpus --max-nodes 300 --layout sfdp
        """
    )

    static let allFormats = ["svg", "png", "pdf", "dot", "json", "graphml", "gexf"]

    @OptionGroup var input: GraphInputOptions

    @Option(name: [.short, .long], help: "Output folder.")
    var output: String = "output"

    @Option(help: "Comma-separated formats: svg, png, pdf, dot, json, graphml, gexf.")
    var format: String = "dot,svg,json"

    @Option(help: "Layout engine: sfdp, neato, fdp, circo or dot (default: by graph size).")
    var layout: String?

    @Option(help: "Node labels: ar, en or both.")
    var labels: String = "ar"

    @Option(help: "Node colour by kind or by cluster.")
    var color: String = "kind"

    @Option(help: "Measure for node size: degree, strength, betweenness, closeness, eigenvector, pagerank, core.")
    var sizeBy: String = "strength"

    @Option(help: "Keep only the N most central nodes (by --size-by) in the drawing.")
    var maxNodes: Int?

    @Option(help: "Title of the drawing (default: the council and its sessions).")
    var title: String?

    struct Settings {
        var formats: [String]
        var view: GraphView
        var layout: Layout?
        var labels: LabelLanguage
        var color: ColorMode
        var sizeBy: Measure
    }

    /// Validates every option before any work; a bad one is a single line and exit status 2.
    func settings() throws -> Settings {
        var formats: [String] = []
        for raw in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !raw.isEmpty {
            guard Self.allFormats.contains(raw) else {
                throw UsageProblem("unknown format '\(raw)' (expected \(Self.allFormats.joined(separator: ", ")))")
            }
            if !formats.contains(raw) { formats.append(raw) }
        }
        if formats.isEmpty { throw UsageProblem("--format names no format (expected \(Self.allFormats.joined(separator: ", ")))") }
        let view = input.view
        var chosenLayout: Layout?
        if let layout {
            guard let l = Layout(rawValue: layout.lowercased()) else {
                throw UsageProblem("unknown layout '\(layout)' (expected \(Layout.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            chosenLayout = l
        }
        guard let labels = LabelLanguage(rawValue: labels) else {
            throw UsageProblem("unknown --labels '\(labels)' (expected ar, en or both)")
        }
        guard let color = ColorMode(rawValue: color) else {
            throw UsageProblem("unknown --color '\(color)' (expected kind or cluster)")
        }
        guard let sizeBy = Measure(rawValue: sizeBy) else {
            throw UsageProblem("unknown --size-by '\(sizeBy)' (expected \(Measure.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        if let maxNodes, maxNodes < 1 { throw UsageProblem("--max-nodes must be at least 1") }
        return Settings(formats: formats, view: view, layout: chosenLayout, labels: labels, color: color, sizeBy: sizeBy)
    }

    func run() async throws {
        let settings: Settings
        do { settings = try self.settings() } catch let p as UsageProblem {
            printError(p.message); throw ExitCode(2)
        }
        let existed = FileManager.default.fileExists(atPath: output)
        do {
            try OutputFiles.prepare(directory: output)
        } catch {
            printError("\(error)"); throw ExitCode(1)
        }
        do {
            try await draw(settings)
        } catch {
            // A folder this run created stays only if something was written into it.
            if !existed { rmdir(output) }
            throw error
        }
    }

    func draw(_ settings: Settings) async throws {
        // Input: articles, folders or graph files; session filter and view applied by the loader.
        let loaded = try await loadGraph(input)
        // The graph the summary describes: the session's (when --session is given), all node kinds.
        let full = input.session.map { loaded.fullGraph.filtered(session: $0) } ?? loaded.fullGraph
        let drawnFull = loaded.graph
        let label = input.paths.count == 1 ? input.paths[0] : "input"
        if let n = input.session, full.nodes.isEmpty, !loaded.fullGraph.nodes.isEmpty {
            let available = loaded.sessionsAvailable.isEmpty ? "none" : loaded.sessionsAvailable.joined(separator: ", ")
            printError("--session \(n): no articles of that session (sessions present: \(available))")
            throw ExitCode(1)
        }
        if drawnFull.nodes.isEmpty {
            printNotice("nothing to draw: the \(input.view.rawValue) view has no nodes; writing an empty diagram")
        }

        // Measures on the drawn view; options for the writer.
        let analysis = GraphAnalysis(drawnFull)
        var options = RenderOptions(view: settings.view, labels: settings.labels, color: settings.color,
                                    sizeBy: settings.sizeBy.rawValue, layout: settings.layout, title: title,
                                    maxNodes: maxNodes)
        options.layout = DOTWriter.layout(for: drawnFull, options: options)
        let (measures, clusters) = DOTWriter.measures(of: analysis)
        let trimmed = DOTWriter.trim(drawnFull, maxNodes: maxNodes, scores: measures[settings.sizeBy.rawValue] ?? [:],
                                     measureName: settings.sizeBy.rawValue)
        let dot = DOTWriter.dot(graph: drawnFull, measures: measures, clusters: clusters, options: options)

        // Everything rendered in memory first; nothing touches the output folder until all succeeded.
        var files: [(path: String, data: Data)] = []
        func path(_ ext: String) -> String { (output as NSString).appendingPathComponent("graph.\(ext)") }
        let drawings: [OutputFormat] = settings.formats.compactMap { f in
            switch f { case "svg": .svg; case "png": .png; case "pdf": .pdf; default: nil }
        }
        var rendered: [OutputFormat: Data] = [:]
        if !drawings.isEmpty {
            do {
                let result = try await GraphvizRenderer.shared.renderWithWarnings(dot: dot, layout: options.layout!,
                                                                                  formats: drawings)
                for (f, d) in zip(drawings, result.outputs) { rendered[f] = d }
                for warning in Set(result.warnings).sorted() { printNotice("graphviz: \(warning)") }
            } catch let e as GraphvizError {
                printError("\(label): \(e.description)")
                throw ExitCode(1)
            }
        }
        do {
            for f in settings.formats {
                switch f {
                case "svg": files.append((path("svg"), rendered[.svg]!))
                case "png": files.append((path("png"), rendered[.png]!))
                case "pdf": files.append((path("pdf"), rendered[.pdf]!))
                case "dot": files.append((path("dot"), Data(dot.utf8)))
                default: files.append((path(f), try graphFile(drawnFull, format: f)))
                }
            }
        } catch {
            printError("\(label): cannot write \(settings.formats.joined(separator: ",")): \(error)")
            throw ExitCode(1)
        }
        let written: [String]
        do {
            written = try OutputFiles.write(files)
        } catch {
            printError("\(error)"); throw ExitCode(1)
        }
        let summary = GraphSummary.text(articlesRead: loaded.articleCount, full: full, drawn: trimmed.graph,
                                        view: settings.view, layout: drawings.isEmpty && !settings.formats.contains("dot") ? nil : options.layout,
                                        trimNote: trimmed.note, written: written)
        StandardOutput.shared.write(summary)
        StandardOutput.shared.flush()
        if loaded.hadProblems { throw ExitCode(1) }
    }
}

/// A bad option value: reported as one line, exit status 2.
struct UsageProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

// MARK: - graph files

func graphFile(_ graph: Graph, format: String) throws -> Data {
    guard let f = GraphFormat(rawValue: format) else {
        throw UsageProblem("unknown graph file format \(format)")
    }
    return GraphIO.data(graph, as: f)
}
