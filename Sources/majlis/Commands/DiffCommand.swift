import ArgumentParser
import Foundation
import Extraction
import MeetingGraph
import Analysis
import Rendering

struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two council sessions, or two saved graph files.",
        discussion: """
        With --from and --to, builds the graph of each session from the articles and compares them. \
        With exactly two graph files (written by `majlis graph`: .json node-link, .graphml, .gexf or .csv; \
        both of the same format), compares the saved graphs, old first.

        The report lists nodes added and removed by kind (countries that appeared, officials who changed), \
        country pairs that met in one and not the other, re-weighted pairs and edges, country rank shifts \
        for each measure in --by (top movers first, with the partners gained and lost), communities matched \
        across the two by Jaccard overlap and the countries that moved, and topics that appeared or \
        disappeared, overall and per country.

        A session is a number (the council most of the articles are about) or body#number. With -o DIR, \
        writes DIR/diff.dot and DIR/diff.svg: the union graph, added in green, removed dashed red, \
        re-weighted blue, unchanged grey, with a legend.

        Examples:
          majlis diff seeds --from 40 --to 41
          majlis diff seeds --from 40 --to 41 --format json
          majlis diff seeds --from 41 --to 42 --by degree,betweenness --format markdown
          majlis diff seeds --from 40 --to 41 -o output/diff-40-41
          majlis diff old/graph.json new/graph.json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Argument(help: "Article files or folders with --from/--to; or two graph files (old new).")
    var paths: [String]

    @Option(name: .long, help: "The older session (number, or body#number).")
    var from: String?

    @Option(name: .long, help: "The newer session (number, or body#number).")
    var to: String?

    @Option(name: .long, help: "Centrality measures for rank shifts, comma-separated: degree, strength, betweenness, closeness, eigenvector, pagerank, core.")
    var by: String = "degree"

    @Option(name: .long, help: "Output format: text, json or markdown.")
    var format: Format = .text

    @Option(name: [.short, .customLong("output")], help: "Folder for diff.dot and diff.svg.")
    var output: String?

    @Option(name: .long, help: "What the diagram shows: countries (default), full, country-topic or persons.")
    var view: String = "countries"

    @Option(name: .long, help: "Diagram labels: ar, en or both.")
    var labels: String = "both"

    @Option(name: .long, help: "Community algorithm: louvain or leiden.")
    var algorithm: String = "louvain"

    @Option(name: .long, help: "Rank shifts to show per measure in the text and markdown reports.")
    var limit: Int = 10

    @OptionGroup var sessionOptions: SessionOptions

    func validate() throws {
        if (from == nil) != (to == nil) { throw ValidationError("give both --from and --to (or two graph files and neither)") }
        _ = try parseMeasures(by)
        guard GraphView(rawValue: view) != nil else {
            throw ValidationError("unknown view '\(view)' (countries, full, country-topic, persons)")
        }
        guard ["ar", "en", "both"].contains(labels) else { throw ValidationError("unknown labels '\(labels)' (ar, en, both)") }
        guard CommunityAlgorithm(rawValue: algorithm) != nil else {
            throw ValidationError("unknown algorithm '\(algorithm)' (louvain, leiden)")
        }
    }

    func run() async throws {
        try await withOutputFolder(output) { try await report() }
    }

    func report() async throws {
        let measures = try parseMeasures(by)
        let options = AnalysisOptions(algorithm: CommunityAlgorithm(rawValue: algorithm)!)
        let oldGraph: Graph, newGraph: Graph, oldLabel: String, newLabel: String
        var title = ""
        var failed = false

        if let from, let to {
            let loaded = try await SessionInput.load(paths: paths, options: sessionOptions)
            failed = loaded.failed
            let groups = loaded.groups
            let a: SessionKey, b: SessionKey
            do {
                a = try groups.resolve(from)
                b = try groups.resolve(to)
            } catch {
                printError("\(paths.joined(separator: " ")): \(error.description)")
                throw ExitCode(1)
            }
            oldGraph = loaded.graph(of: a)
            newGraph = loaded.graph(of: b)
            for (key, g) in [(a, oldGraph), (b, newGraph)] where !g.nodes.contains(where: { $0.kind == .country }) {
                printError("\(paths.joined(separator: " ")): \(SessionError.emptySession(key, available: groups.keys).description)")
                throw ExitCode(1)
            }
            oldLabel = Self.label(a, articles: groups.articles(of: a).count)
            newLabel = Self.label(b, articles: groups.articles(of: b).count)
            let short = { (k: SessionKey) in "#\(k.number)" + (k.year.map { " (\($0))" } ?? "") }
            let council = { (k: SessionKey) in OrganizationLexicon.entry(k.body)?.en ?? k.body }
            title = (a.body == b.body ? council(a) : "\(council(a)) / \(council(b))") + "\n\(short(a)) → \(short(b))"
        } else {
            // Two graph files: existing files that are graphs, or paths named like one (a missing one is then
            // reported as missing, not read as an article).
            let isGraph = { (p: String) -> Bool in
                var dir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: p, isDirectory: &dir) else { return GraphFormat.from(path: p) != nil }
                return !dir.boolValue && !ExtractionFile.isOne(p) && GraphIO.isGraphFile(p)
            }
            guard paths.count == 2, paths.allSatisfy(isGraph) else {
                // Articles without --from/--to: say which sessions there are.
                let loaded = try await SessionInput.load(paths: paths, options: sessionOptions)
                printError("\(paths.joined(separator: " ")): give --from and --to sessions to compare, or exactly two graph files; sessions found: \(Sessions.list(loaded.groups.keys))")
                throw ExitCode(1)
            }
            do {
                // Each file is read (and a malformed one reported) before their formats are compared.
                let (da, fa) = try GraphFiles.signature(paths[0])
                oldGraph = try GraphFiles.read(da, fa, path: paths[0])
                let (db, fb) = try GraphFiles.signature(paths[1])
                newGraph = try GraphFiles.read(db, fb, path: paths[1])
                guard fa == fb else {
                    printError("\(paths[1]): graph file is \(fb) but \(paths[0]) is \(fa); not the same format and version")
                    throw ExitCode(1)
                }
                oldLabel = paths[0]; newLabel = paths[1]
                title = "\((paths[0] as NSString).lastPathComponent) → \((paths[1] as NSString).lastPathComponent)"
            } catch let e as InputProblem {
                printError(e.description)
                throw ExitCode(1)
            }
        }

        let diff = GraphDiff.compute(
            old: .analysed(label: oldLabel, graph: oldGraph, measures: measures, options: options),
            new: .analysed(label: newLabel, graph: newGraph, measures: measures, options: options),
            measures: measures.map(\.rawValue))

        let out = StandardOutput.shared
        switch format {
        case .text: out.write(diff.textReport(maxShifts: limit))
        case .markdown: out.write(diff.markdownReport(maxShifts: limit))
        case .json:
            let enc = JSONEncoder()
            enc.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            out.write(try enc.encode(diff)); out.write("\n")
        }
        out.flush()

        if let output {
            let dot = DiffDiagram.dot(old: oldGraph, new: newGraph, view: GraphView(rawValue: view)!, labels: labels,
                                      title: title)
            let svg: Data
            do { svg = try await DiffDiagram.svg(dot: dot) } catch {
                printError("\(output): \(error)")
                throw ExitCode(1)
            }
            try writeOutputFiles([(output + "/diff.dot", Data(dot.utf8)), (output + "/diff.svg", svg)])
        }
        if failed { throw ExitCode(1) }
    }

    static func label(_ k: SessionKey, articles: Int) -> String {
        let name = OrganizationLexicon.entry(k.body)?.en ?? k.body
        return "\(name) #\(k.number)" + (k.year.map { " (\($0))" } ?? "") + ", \(articles) article\(articles == 1 ? "" : "s")"
    }
}

/// "degree,betweenness" → measures; unknown names are a usage error.
func parseMeasures(_ s: String) throws -> [Measure] {
    var out: [Measure] = []
    for part in s.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
        guard let m = Measure(rawValue: part) else {
            throw ValidationError("unknown measure '\(part)' (\(Measure.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        if !out.contains(m) { out.append(m) }
    }
    if out.isEmpty { throw ValidationError("--by needs at least one measure") }
    return out
}

/// Graph files for `diff old new`: read with the graph layer's readers; the format (by content, else by
/// extension) and any version the file states are returned so two files can be checked to match.
enum GraphFiles {
    struct Signature: Equatable, CustomStringConvertible {
        var format: GraphFormat
        var version: String?
        var description: String { format.rawValue + (version.map { " (\($0))" } ?? "") }
    }

    /// The file's bytes and what it is (format by content, else by extension; version where stated).
    static func signature(_ path: String) throws -> (Data, Signature) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputProblem(path: path, message: FileManager.default.fileExists(atPath: path) ? "cannot read file" : "no such file")
        }
        guard let format = GraphFormat.sniff(data) ?? GraphFormat.from(path: path) else {
            throw InputProblem(path: path, message: "not a graph file (expected node-link JSON, GraphML, GEXF or a CSV edge list)")
        }
        return (data, Signature(format: format, version: version(data, format)))
    }

    static func read(_ data: Data, _ sig: Signature, path: String) throws -> Graph {
        do {
            return try GraphIO.decode(data, format: sig.format, path: path)
        } catch let e as GraphFileError {
            throw InputProblem(path: e.location, message: e.detail)
        }
    }

    /// The version a file declares: GEXF's `version` attribute; node-link JSON's NetworkX layout (`links`,
    /// before NetworkX 3.4, or `edges`) and a `version` in its graph attributes; none for GraphML and CSV.
    static func version(_ data: Data, _ format: GraphFormat) -> String? {
        switch format {
        case .gexf:
            let head = String(decoding: data.prefix(4096), as: UTF8.self)
            guard let r = head.range(of: "<gexf") else { return nil }
            let tag = head[r.upperBound...].prefix { $0 != ">" }
            guard let v = tag.range(of: "version=\"") else { return nil }
            return String(tag[v.upperBound...].prefix { $0 != "\"" })
        case .json:
            guard let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
            var parts: [String] = []
            if obj["links"] != nil { parts.append("node-link with \"links\"") } else if obj["edges"] != nil { parts.append("node-link with \"edges\"") }
            if let g = obj["graph"] as? [String: Any] {
                for key in ["version", "majlis_version"] { if let v = g[key] { parts.append("\(key) \(v)") } }
            }
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        case .graphml, .csv:
            return nil
        }
    }
}

