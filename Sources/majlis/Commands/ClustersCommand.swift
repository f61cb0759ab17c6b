import Analysis
import ArgumentParser
import Foundation
import MeetingGraph

struct ClustersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Find the clusters (communities) of the meeting graph, with their members and modularity.",
        discussion: """
        Builds the meeting graph from articles (or reads a graph file) and partitions it with Louvain \
        (default) or Leiden on the weighted graph, with a fixed seed so the result is the same on every \
        run. Modularity is NetworkX's (with `--resolution`); clusters are numbered by size, largest first, \
        members listed most connected first. Without `--view` the countries view is used.

        Examples:
          majlis clusters seeds
          majlis clusters seeds --algorithm leiden --resolution 0.8
          majlis clusters output/graph.json --view full --format json
          majlis clusters seeds --view persons --format csv
        """
    )

    @OptionGroup var input: GraphInputOptions

    @Option(help: "Community algorithm: louvain or leiden.")
    var algorithm: CommunityAlgorithm = .louvain

    @Option(help: "Modularity resolution γ (> 0; larger gives more, smaller clusters).")
    var resolution: Double = 1

    @Option(help: "Random seed of the algorithm.")
    var seed: UInt64 = 42

    @Option(help: "Output: table, json or csv.")
    var format: AnalysisOutputFormat = .table

    func validate() throws {
        if !(resolution > 0) || !resolution.isFinite { throw ValidationError("--resolution must be a positive number") }
    }

    func run() async throws {
        var options = input
        let view = options.view ?? .countries
        options.view = view
        let loaded = try await loadGraph(options)
        let analysis = GraphAnalysis(loaded.graph, options: AnalysisOptions(
            algorithm: algorithm, resolution: resolution, seed: seed))
        if analysis.nodes.isEmpty {
            printNotice("no nodes in the \(view.rawValue) view of the graph (\(loaded.articleCount) "
                         + "article(s), \(loaded.graphFileCount) graph file(s)); no clusters")
        }
        let report = ClustersReport(analysis, view: view)
        let out: String
        switch format {
        case .json: out = analysisJSON(report)
        case .csv: out = report.csv
        case .table: out = analysis.nodes.isEmpty ? "" : report.table
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        if loaded.hadProblems { throw ExitCode.failure }
    }
}

/// The clusters of one analysis, as written by `majlis clusters`.
struct ClustersReport: Encodable {
    struct Member: Encodable {
        var id: String
        var kind: String
        var label_ar: String?
        var label_en: String?
        var partners: Int
        var strength: Double
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(kind, forKey: .kind)
            try c.encode(label_ar, forKey: .label_ar); try c.encode(label_en, forKey: .label_en)
            try c.encode(partners, forKey: .partners); try c.encode(strength, forKey: .strength)
        }
        enum CodingKeys: String, CodingKey { case id, kind, label_ar, label_en, partners, strength }
    }
    struct Cluster: Encodable {
        var cluster: Int
        var size: Int
        var members: [Member]
    }
    var algorithm: String
    var resolution: Double
    var seed: UInt64
    var view: String
    var nodes: Int
    var edges: Int
    var modularity: Double
    var components: Int
    var clusters: [Cluster]

    init(_ a: GraphAnalysis, view: GraphView) {
        algorithm = a.options.algorithm.rawValue
        resolution = a.options.resolution
        seed = a.options.seed
        self.view = view.rawValue
        nodes = a.weighted.nodeCount
        edges = a.weighted.edgeCount
        modularity = a.partition.modularity
        components = Community.connectedComponents(a.weighted).count
        let ranked = a.ranking()
        var byCluster = [[Member]](repeating: [], count: a.partition.count)
        for m in ranked {
            byCluster[m.cluster].append(Member(id: m.id, kind: m.kind.rawValue, label_ar: m.labelAR,
                                               label_en: m.labelEN, partners: m.partners, strength: m.strength))
        }
        clusters = byCluster.enumerated().map { Cluster(cluster: $0.offset, size: $0.element.count, members: $0.element) }
    }

    var csv: String {
        var lines = ["cluster,size,id,kind,label_en,label_ar,partners,strength"]
        for c in clusters {
            for m in c.members {
                lines.append([String(c.cluster), String(c.size), csvField(m.id), m.kind, csvField(m.label_en ?? ""),
                              csvField(m.label_ar ?? ""), String(m.partners), number(m.strength)]
                    .joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var table: String {
        var out = "\(algorithm) (resolution \(number(resolution)), seed \(seed)) on the \(view) view: "
            + "\(nodes) nodes, \(edges) edges, \(components) connected component(s)\n"
            + "modularity \(fixed(modularity)), \(clusters.count) cluster(s)\n\n"
        let rows = clusters.map { c in
            [String(c.cluster), String(c.size),
             c.members.map { m in
                 let en = m.label_en ?? m.id
                 return m.label_ar.map { "\(en) (\($0))" } ?? en
             }.joined(separator: ", ")]
        }
        out += textTable(["cluster", "size", "members (most connected first)"], rows, rightAligned: [0, 1])
        return out
    }
}
