// majlis-bench FILE.graphml [--repeat N] [--threads T]: times every Analysis measure on one GraphML file
// and prints one JSON object per measure: {"measure", "seconds", "modularity"?, "communities"?}.
// Loading is not timed. Used by bench/bench-analysis.sh.
import Analysis
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Minimal GraphML reader: nodes, undirected edges, the edge attribute named "weight" (default 1).
final class GraphMLReader: NSObject, XMLParserDelegate {
    var ids: [String] = []
    var index: [String: Int] = [:]
    var edges: [(Int, Int, Double)] = []
    var weightKey: String?
    var inEdge: (Int, Int)?
    var edgeWeight = 1.0
    var dataKey: String?
    var text = ""

    func id(_ s: String) -> Int {
        if let i = index[s] { return i }
        index[s] = ids.count; ids.append(s); return ids.count - 1
    }
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes a: [String: String] = [:]) {
        switch name {
        case "key" where a["attr.name"] == "weight" && (a["for"] == "edge" || a["for"] == "all"):
            weightKey = a["id"]
        case "node": _ = id(a["id"] ?? "")
        case "edge":
            inEdge = (id(a["source"] ?? ""), id(a["target"] ?? "")); edgeWeight = 1
        case "data": dataKey = a["key"]; text = ""
        default: break
        }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { if dataKey != nil { text += string } }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "data" {
            if inEdge != nil, dataKey == weightKey, let w = Double(text.trimmingCharacters(in: .whitespaces)) {
                edgeWeight = w
            }
            dataKey = nil
        } else if name == "edge", let (u, v) = inEdge {
            edges.append((u, v, edgeWeight)); inEdge = nil
        }
    }
}

var args = Array(CommandLine.arguments.dropFirst())
var repeats = 3
var threads = defaultAnalysisThreads
var path: String?
while !args.isEmpty {
    let a = args.removeFirst()
    if a == "--repeat", let v = args.first.flatMap(Int.init) { repeats = v; args.removeFirst() }
    else if a == "--threads", let v = args.first.flatMap(Int.init) { threads = v; args.removeFirst() }
    else { path = a }
}
guard let path, let parser = XMLParser(contentsOf: URL(fileURLWithPath: path)) else {
    FileHandle.standardError.write("usage: majlis-bench FILE.graphml [--repeat N] [--threads T]\n".data(using: .utf8)!)
    exit(2)
}
let reader = GraphMLReader()
parser.delegate = reader
guard parser.parse() else {
    FileHandle.standardError.write("majlis-bench: error: \(path): \(parser.parserError.map { "\($0)" } ?? "parse error")\n".data(using: .utf8)!)
    exit(1)
}
let g = WeightedGraph(nodeCount: reader.ids.count, edges: reader.edges, ids: reader.ids)

@MainActor func time<T>(_ name: String, _ extra: (T) -> String = { _ in "" }, _ body: () -> T) {
    var best = Double.infinity
    var result: T?
    for _ in 0..<max(1, repeats) {
        let t0 = DispatchTime.now().uptimeNanoseconds
        result = body()
        let dt = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        best = min(best, dt)
        if dt > 2 { break }  // long measures: one run
    }
    print("{\"measure\": \"\(name)\", \"seconds\": \(best)\(extra(result!))}")
}

print("{\"nodes\": \(g.nodeCount), \"edges\": \(g.edgeCount), \"threads\": \(threads)}")
time("degree") { Centrality.degreeCentrality(g) }
time("strength") { Centrality.strength(g) }
time("betweenness") { Centrality.betweenness(g, threads: threads) }
time("closeness") { Centrality.closeness(g, threads: threads) }
time("eigenvector", { ", \"iterations\": \($0.iterations)" }) { Centrality.eigenvector(g) }
time("pagerank", { ", \"iterations\": \($0.iterations)" }) { Centrality.pageRank(g) }
time("core") { Centrality.coreNumber(g) }
time("components") { Community.componentLabels(g) }
let communityInfo: (Partition) -> String = { ", \"modularity\": \($0.modularity), \"communities\": \($0.count)" }
time("louvain", communityInfo) { Community.louvain(g, seed: 42) }
time("leiden", communityInfo) { Community.leiden(g, seed: 42) }
