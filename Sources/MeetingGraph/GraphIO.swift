// Graph files: node-link JSON, GraphML, GEXF 1.3 and CSV edge lists, read and written.
import Foundation

/// A graph file format.
public enum GraphFormat: String, CaseIterable, Codable, Sendable {
    /// Node-link JSON as NetworkX's `node_link_data` writes and `node_link_graph` reads.
    case json
    /// GraphML with typed keys (Gephi, igraph, Cytoscape, NetworkX, yEd).
    case graphml
    /// GEXF 1.3 (Gephi, NetworkX).
    case gexf
    /// CSV edge list: source,target,kind,weight,...
    case csv

    public var fileExtension: String { rawValue }

    /// The format a file name's extension names (.json .graphml .gexf .csv), if any; other extensions (.xml) are
    /// left to `sniff`.
    public static func from(path: String) -> GraphFormat? {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "json": return .json
        case "graphml": return .graphml
        case "gexf": return .gexf
        case "csv": return .csv
        default: return nil
        }
    }

    /// The format the content looks like: a JSON object, a <graphml> or <gexf> document, or a CSV header
    /// starting with source,target.
    public static func sniff(_ data: Data) -> GraphFormat? {
        var head = String(decoding: data.prefix(4096), as: UTF8.self)
        if head.hasPrefix("\u{FEFF}") { head.removeFirst() }
        let trimmed = head.drop { $0.isWhitespace }
        if trimmed.hasPrefix("{") { return .json }
        if trimmed.hasPrefix("<") {
            if head.contains("<graphml") { return .graphml }
            if head.contains("<gexf") { return .gexf }
            return nil
        }
        let firstLine = trimmed.prefix { $0 != "\n" && $0 != "\r" }.lowercased()
        if firstLine.hasPrefix("source,target") || firstLine.hasPrefix("\"source\",\"target\"") { return .csv }
        return nil
    }
}

/// A graph file that could not be read: the file, the line (or field) and what is wrong.
/// Printed as `g.graphml:12: <edge> without target`.
public struct GraphFileError: Error, CustomStringConvertible, Sendable, Equatable {
    public var path: String
    public var line: Int?
    public var field: String?
    public var message: String
    public init(path: String, line: Int? = nil, field: String? = nil, message: String) {
        self.path = path; self.line = line; self.field = field; self.message = message
    }
    public var description: String { location + ": " + detail }
    /// "g.graphml:12" (or just the path when there is no line).
    public var location: String { line.map { "\(path):\($0)" } ?? path }
    /// "<edge> without target", or "links[3].weight: weight is not a number" when a field is named.
    public var detail: String { field.map { "\($0): \(message)" } ?? message }
}

public enum GraphIO {
    /// The file's text in the given format. Deterministic: the same graph gives the same bytes.
    public static func encode(_ graph: Graph, as format: GraphFormat) -> String {
        let g = graph.normalized()
        switch format {
        case .json: return NodeLinkFormat.write(g)
        case .graphml: return GraphMLFormat.write(g)
        case .gexf: return GEXFFormat.write(g)
        case .csv: return CSVEdgeListFormat.write(g)
        }
    }

    public static func data(_ graph: Graph, as format: GraphFormat) -> Data {
        Data(encode(graph, as: format).utf8)
    }

    /// Parses a graph file's bytes. `format` nil: by the path's extension, else by sniffing the content.
    /// `path` is used in error messages.
    public static func decode(_ data: Data, format: GraphFormat? = nil, path: String = "-") throws -> Graph {
        guard let f = format ?? GraphFormat.from(path: path) ?? GraphFormat.sniff(data) else {
            throw GraphFileError(path: path, line: 1, message: "not a graph file (expected node-link JSON, GraphML, GEXF or a CSV edge list)")
        }
        let bytes = [UInt8](data)
        switch f {
        case .json: return try NodeLinkFormat.read(bytes, path: path).normalized()
        case .graphml: return try GraphMLFormat.read(bytes, path: path).normalized()
        case .gexf: return try GEXFFormat.read(bytes, path: path).normalized()
        case .csv: return try CSVEdgeListFormat.read(bytes, path: path).normalized()
        }
    }

    /// Reads a graph file (format by extension, else by content).
    public static func read(path: String, format: GraphFormat? = nil) throws -> Graph {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw GraphFileError(path: path, message: "cannot read: \((error as NSError).localizedDescription)")
        }
        return try decode(data, format: format, path: path)
    }

    /// Writes a graph file atomically (temporary file in the same folder, then rename).
    public static func write(_ graph: Graph, to path: String, format: GraphFormat? = nil) throws {
        let f = format ?? GraphFormat.from(path: path) ?? .json
        try writeAtomically(data(graph, as: f), to: path)
    }

    /// Writes bytes to `path` through a temporary file and a rename, so no half-written file is ever left.
    public static func writeAtomically(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: tmp)
            guard rename(tmp.path, url.path) == 0 else {
                throw GraphFileError(path: path, message: "cannot write: \(String(cString: strerror(errno)))")
            }
        } catch let e as GraphFileError {
            try? FileManager.default.removeItem(at: tmp)
            throw e
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw GraphFileError(path: path, message: "cannot write: \((error as NSError).localizedDescription)")
        }
    }

    /// Whether a path names a graph file rather than an article: a graph extension (.json .graphml .gexf
    /// .csv), or (not for .txt files) content that sniffs as one.
    public static func isGraphFile(_ path: String) -> Bool {
        if GraphFormat.from(path: path) != nil { return true }
        if (path as NSString).pathExtension.lowercased() == "txt" { return false } // articles
        guard let h = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? h.close() }
        let d = (try? h.read(upToCount: 4096)) ?? Data()
        return GraphFormat.sniff(d) != nil
    }
}

// MARK: - Shared mapping between Graph and the attribute tables of the file formats

enum GraphFields {
    static let reservedNode: Set<String> = ["id", "kind", "label_ar", "label_en"]
    static let reservedEdge: Set<String> = ["source", "target", "kind", "weight", "evidence", "key", "id"]

    /// Node kind from an explicit value, else guessed from the id (ISO3 → country, "person:" → person);
    /// other ids of foreign graphs are persons.
    static func nodeKind(_ value: String?, id: String) -> NodeKind? {
        if let v = value { return NodeKind(rawValue: v) }
        return inferKind(id: id)
    }

    static func inferKind(id: String) -> NodeKind {
        if id.hasPrefix("person:") { return .person }
        if id.count == 3, id.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) { return .country }
        return .person
    }

    /// Edge kind from the endpoints' kinds when a foreign file gives none.
    static func inferEdgeKind(_ a: NodeKind?, _ b: NodeKind?) -> EdgeKind {
        let s = Set([a, b].compactMap { $0 })
        if s == [.country] { return .meets }
        if s == [.country, .topic] { return .discussed }
        if s == [.person, .country] { return .represents }
        if s == [.person, .organization] { return .member }
        return .met
    }

    static func evidenceJSON(_ evidence: [EvidenceRef]) -> JSONValue {
        .arr(evidence.map { e in
            var m: [(String, JSONValue)] = [("source", .string(e.source)), ("start", .int(e.start)), ("end", .int(e.end))]
            if let s = e.sentence { m.append(("sentence", .string(s))) }
            if let k = e.kind { m.append(("kind", .string(k))) }
            if let s = e.session { m.append(("session", .string(s))) }
            return .obj(m)
        })
    }

    /// Evidence from a JSON array (or a string holding one, as GraphML/GEXF/CSV cells do).
    static func evidence(_ v: JSONValue?, path: String, line: Int?, field: String) throws -> [EvidenceRef] {
        guard let v, !v.isNull else { return [] }
        var value = v
        if case .string(let s) = v {
            if s.isEmpty { return [] }
            do { value = try JSONReader.parse(Array(s.utf8)) } catch let e as JSONSyntaxError {
                throw GraphFileError(path: path, line: line, field: field, message: "evidence is not a JSON array (\(e.message))")
            }
        }
        guard let items = value.array else {
            throw GraphFileError(path: path, line: line, field: field, message: "evidence is not a list")
        }
        return try items.enumerated().map { k, item in
            guard let src = item["source"]?.scalarText else {
                throw GraphFileError(path: path, line: item.line ?? line, field: "\(field)[\(k)]", message: "evidence without \"source\"")
            }
            func int(_ key: String) throws -> Int {
                guard let d = item[key]?.double, d == d.rounded(), let n = Int(exactly: d) else {
                    throw GraphFileError(path: path, line: item.line ?? line, field: "\(field)[\(k)]", message: "evidence \"\(key)\" is not an integer")
                }
                return n
            }
            return EvidenceRef(source: src, start: try int("start"), end: try int("end"),
                               sentence: item["sentence"]?.scalarText, kind: item["kind"]?.scalarText,
                               session: item["session"]?.scalarText)
        }
    }

    static func metadataJSON(_ m: GraphMetadata) -> [(String, JSONValue)] {
        [("sources", .arr(m.sources.map { .string($0) })),
         ("sessions", .arr(m.sessions.map { .string($0) })),
         ("view", .string(m.view.rawValue))]
    }

    static func stringList(_ v: JSONValue?) -> [String] {
        guard let v else { return [] }
        if let a = v.array { return a.compactMap(\.scalarText) }
        if case .string(let s) = v {
            if let parsed = try? JSONReader.parse(Array(s.utf8)), let a = parsed.array { return a.compactMap(\.scalarText) }
            return s.isEmpty ? [] : [s]
        }
        return []
    }

    static func metadata(sources: JSONValue?, sessions: JSONValue?, view: String?) -> GraphMetadata {
        GraphMetadata(sources: stringList(sources), sessions: stringList(sessions),
                      view: view.flatMap(GraphView.init(rawValue:)) ?? .full)
    }

    /// A node's label from a generic "label" attribute: Arabic script → label_ar, else label_en.
    static func applyLabel(_ label: String?, to node: inout Node) {
        guard let l = label, !l.isEmpty, l != node.id else { return }
        if PersonName.isArabic(l) { if node.labelAR == nil { node.labelAR = l } }
        else if node.labelEN == nil { node.labelEN = l }
    }
}

/// Collects parsed nodes and edges, creating nodes an edge names but the file does not declare, and
/// merging repeated (pair, kind) edges.
struct GraphAssembler {
    var nodes: [Node] = []
    var index: [String: Int] = [:]
    var edges: [Edge] = []
    var edgeIndex: [String: Int] = [:]

    mutating func addNode(_ n: Node) {
        if let i = index[n.id] {
            // A repeated node: later attributes win, as NetworkX's add_node updates them.
            var m = nodes[i]
            m.kind = n.kind
            if n.labelAR != nil { m.labelAR = n.labelAR }
            if n.labelEN != nil { m.labelEN = n.labelEN }
            m.attributes.merge(n.attributes) { _, b in b }
            nodes[i] = m
        } else {
            index[n.id] = nodes.count
            nodes.append(n)
        }
    }

    func kind(of id: String) -> NodeKind? { index[id].map { nodes[$0].kind } }

    /// Adds an edge; a second edge with the same pair and kind is merged into the first (weights added, evidence
    /// joined), as a multigraph's parallel edges collapse into one weighted edge.
    mutating func addEdge(_ e: Edge) {
        for id in [e.source, e.target] where index[id] == nil {
            addNode(Node(id: id, kind: GraphFields.inferKind(id: id)))
        }
        var e = e
        if e.target < e.source { swap(&e.source, &e.target) }
        let key = e.source + "\u{1F}" + e.target + "\u{1F}" + e.kind.rawValue
        if let i = edgeIndex[key] {
            edges[i].weight += e.weight
            edges[i].evidence += e.evidence
        } else {
            edgeIndex[key] = edges.count
            edges.append(e)
        }
    }

    func graph(_ meta: GraphMetadata) -> Graph { Graph(nodes: nodes, edges: edges, metadata: meta) }
}
