import Analysis
import ArgumentParser
import Foundation
import MeetingGraph

/// Node kinds `majlis top --kind` accepts.
enum TopKind: String, ExpressibleByArgument, CaseIterable {
    case country, person, organization, topic, any
    var nodeKind: NodeKind? {
        switch self {
        case .country: .country
        case .person: .person
        case .organization: .organization
        case .topic: .topic
        case .any: nil
        }
    }
}

/// Output formats of `top` and `clusters`.
enum AnalysisOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

extension Measure: ExpressibleByArgument {}
extension CommunityAlgorithm: ExpressibleByArgument {}

struct TopCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "top",
        abstract: "Rank the most-connected countries (or persons, organizations, topics) of the meeting graph.",
        discussion: """
        Builds the meeting graph from articles (or reads a graph file) and ranks its nodes. By default the \
        countries are ranked in the countries view (country–country meetings) by the number of distinct \
        partner countries, ties broken by meetings (strength) and then betweenness. `--by` ranks by one \
        centrality instead. Every centrality follows NetworkX's definition and defaults (see \
        docs/analysis.md): degree, strength (weighted degree), betweenness (normalized, unweighted \
        paths), closeness (Wasserman–Faust), eigenvector (weighted), PageRank (α 0.85, weighted), \
        k-core number, and the Louvain cluster (seed 42).

        View: without `--view`, `--kind country` uses the countries view and the other kinds the full \
        graph. Table and CSV show the top 10 (`--limit`); JSON lists every node unless `--limit` is given; \
        `--limit 0` lists all.

        Examples:
          majlis top seeds
          majlis top seeds --by betweenness --limit 5
          majlis top seeds --kind person --by pagerank
          majlis top output/graph.json --format json --limit 0
          majlis top g.graphml --view country-topic --kind topic --format csv
        """
    )

    @OptionGroup var input: GraphInputOptions

    @Option(help: "Which nodes to rank: country, person, organization, topic or any.")
    var kind: TopKind = .country

    @Option(help: "Rank by: degree, strength, betweenness, closeness, eigenvector, pagerank or core (default: distinct partners).")
    var by: Measure?

    @Option(help: "How many to show (0 = all). Default 10 for table and csv, all for json.")
    var limit: Int?

    @Option(help: "Output: table, json or csv.")
    var format: AnalysisOutputFormat = .table

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 (all) or a positive number") }
    }

    func run() async throws {
        var options = input
        let view = options.view ?? (kind == .country ? .countries : .full)
        options.view = view
        let loaded = try await loadGraph(options)
        let analysis = GraphAnalysis(loaded.graph)
        var ranked = analysis.ranking(by: by, kind: kind.nodeKind)
        if ranked.isEmpty {
            let what = kind == .any ? "nodes" : "\(kind.rawValue) nodes"
            printNotice("no \(what) in the \(view.rawValue) view of the graph "
                         + "(\(loaded.graph.nodes.count) nodes, \(loaded.articleCount) article(s), "
                         + "\(loaded.graphFileCount) graph file(s)); nothing to rank")
        }
        let n = limit ?? (format == .json ? 0 : 10)
        if n > 0 && ranked.count > n { ranked = Array(ranked.prefix(n)) }
        let countriesView = view == .countries
        let out: String
        switch format {
        case .json: out = topJSON(ranked)
        case .csv: out = topCSV(ranked)
        case .table: out = ranked.isEmpty ? "" : topTable(ranked, kind: kind, countriesView: countriesView)
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        if loaded.hadProblems { throw ExitCode.failure }
    }
}

// MARK: - Output (shared with ClustersCommand)

/// One ranked node as written by `top --format json` (keys sorted by the encoder).
struct TopRow: Encodable {
    var rank: Int
    var node: NodeMeasures
    enum Key: String, CodingKey {
        case rank, id, kind, label_ar, label_en, degree, degree_centrality, partners, strength, betweenness,
             closeness, eigenvector, pagerank, core, cluster
    }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(rank, forKey: .rank)
        try c.encode(node.id, forKey: .id)
        try c.encode(node.kind.rawValue, forKey: .kind)
        try c.encode(node.labelAR, forKey: .label_ar)
        try c.encode(node.labelEN, forKey: .label_en)
        try c.encode(node.degree, forKey: .degree)
        try c.encode(node.degreeCentrality, forKey: .degree_centrality)
        try c.encode(node.partners, forKey: .partners)
        try c.encode(node.strength, forKey: .strength)
        try c.encode(node.betweenness, forKey: .betweenness)
        try c.encode(node.closeness, forKey: .closeness)
        try c.encode(node.eigenvector, forKey: .eigenvector)
        try c.encode(node.pagerank, forKey: .pagerank)
        try c.encode(node.core, forKey: .core)
        try c.encode(node.cluster, forKey: .cluster)
    }
}

func analysisJSON<T: Encodable>(_ value: T) -> String {
    let enc = JSONEncoder()
    enc.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try! enc.encode(value), as: UTF8.self) + "\n"
}

func topJSON(_ ranked: [NodeMeasures]) -> String {
    analysisJSON(ranked.enumerated().map { TopRow(rank: $0.offset + 1, node: $0.element) })
}


/// Shortest round-trip decimal of a Double (as JSON writes it).
func number(_ x: Double) -> String {
    if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
    return "\(x)"
}

func topCSV(_ ranked: [NodeMeasures]) -> String {
    var lines = ["rank,id,kind,label_en,label_ar,partners,degree,degree_centrality,strength,betweenness,closeness,eigenvector,pagerank,core,cluster"]
    for (i, m) in ranked.enumerated() {
        lines.append([String(i + 1), csvField(m.id), m.kind.rawValue, csvField(m.labelEN ?? ""),
                      csvField(m.labelAR ?? ""), String(m.partners), String(m.degree), number(m.degreeCentrality),
                      number(m.strength), number(m.betweenness), number(m.closeness), number(m.eigenvector),
                      number(m.pagerank), String(m.core), String(m.cluster)].joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
}

/// Display width of a string in a terminal: combining marks (Arabic diacritics) take no column.
func displayWidth(_ s: String) -> Int {
    s.unicodeScalars.filter { !($0.properties.generalCategory == .nonspacingMark
        || $0.properties.generalCategory == .enclosingMark || $0.properties.generalCategory == .format) }.count
}

/// A plain-text table: columns padded to their widest cell; numeric columns right-aligned.
func textTable(_ header: [String], _ rows: [[String]], rightAligned: Set<Int>) -> String {
    var widths = header.map(displayWidth)
    for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], displayWidth(c)) } }
    func line(_ cells: [String]) -> String {
        cells.enumerated().map { i, c in
            let pad = String(repeating: " ", count: widths[i] - displayWidth(c))
            return rightAligned.contains(i) ? pad + c : c + pad
        }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
    return ([line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line))
        .joined(separator: "\n") + "\n"
}

func fixed(_ x: Double, _ digits: Int = 4) -> String { String(format: "%.\(digits)f", x) }

func topTable(_ ranked: [NodeMeasures], kind: TopKind, countriesView: Bool) -> String {
    let name = kind == .any ? "node" : kind.rawValue
    let header = ["#", name, "الاسم", "partners", countriesView ? "meetings" : "strength", "betweenness",
                  "closeness", "eigenvector", "pagerank", "core", "cluster"]
    let rows = ranked.enumerated().map { i, m in
        [String(i + 1), m.labelEN ?? m.id, m.labelAR ?? "", String(m.partners), number(m.strength),
         fixed(m.betweenness), fixed(m.closeness), fixed(m.eigenvector), fixed(m.pagerank), String(m.core),
         String(m.cluster)]
    }
    return textTable(header, rows, rightAligned: [0, 3, 4, 5, 6, 7, 8, 9, 10])
}
