// Node-link JSON, the form NetworkX 3.6's `node_link_data` writes and `node_link_graph` reads.
//
//   {"directed": false, "multigraph": false,
//    "graph": {"sources": [...], "sessions": [...], "view": "full"},
//    "nodes": [{"id": "LBY", "kind": "country", "label_ar": "ليبيا", "label_en": "Libya", "articles": "12", ...}],
//    "edges": [{"source": "LBY", "target": "TUN", "kind": "meets", "weight": 3, "evidence": [{...}]}]}
//
// Node attributes are stored flat on the node object. When two edges join the same pair (different kinds),
// the file says "multigraph": true and every edge carries "key": its kind, so NetworkX builds a MultiGraph
// with those keys. Reading accepts "links" as well as "edges" (older NetworkX), numeric ids, and files
// without majlis' fields (kinds are then guessed from ids and endpoints, weight defaults to 1).

enum NodeLinkFormat {
    static func write(_ g: Graph) -> String {
        var pairs = Set<String>()
        var multi = false
        for e in g.edges { if !pairs.insert(e.source + "\u{1F}" + e.target).inserted { multi = true; break } }
        let nodes: [JSONValue] = g.nodes.map { n in
            var m: [(String, JSONValue)] = [("id", .string(n.id)), ("kind", .string(n.kind.rawValue))]
            if let l = n.labelAR { m.append(("label_ar", .string(l))) }
            if let l = n.labelEN { m.append(("label_en", .string(l))) }
            for (k, v) in n.attributes where !GraphFields.reservedNode.contains(k) { m.append((k, .string(v))) }
            return .obj(m)
        }
        let edges: [JSONValue] = g.edges.map { e in
            var m: [(String, JSONValue)] = [("source", .string(e.source)), ("target", .string(e.target)),
                                            ("kind", .string(e.kind.rawValue)), ("weight", .num(e.weight)),
                                            ("evidence", GraphFields.evidenceJSON(e.evidence))]
            if multi { m.append(("key", .string(e.kind.rawValue))) }
            return .obj(m)
        }
        let doc: JSONValue = .obj([
            ("directed", .bool(false)), ("multigraph", .bool(multi)),
            ("graph", .obj(GraphFields.metadataJSON(g.metadata))),
            ("nodes", .arr(nodes)), ("edges", .arr(edges)),
        ])
        return JSONWriter.string(doc)
    }

    static func read(_ bytes: [UInt8], path: String) throws -> Graph {
        let root: JSONValue
        do { root = try JSONReader.parse(bytes) } catch let e as JSONSyntaxError {
            throw GraphFileError(path: path, line: e.line, message: e.message)
        }
        guard case .object = root else { throw GraphFileError(path: path, line: 1, message: "not a JSON object") }
        guard let nodesValue = root["nodes"] else {
            throw GraphFileError(path: path, line: root.line, message: "no \"nodes\" list (not a node-link graph)")
        }
        guard let nodeItems = nodesValue.array else {
            throw GraphFileError(path: path, line: nodesValue.line ?? root.line, field: "nodes", message: "not a list")
        }
        let edgeKey = root["edges"] != nil ? "edges" : "links"
        let edgeItems: [JSONValue]
        if let ev = root[edgeKey] {
            guard let a = ev.array else {
                throw GraphFileError(path: path, line: ev.line ?? root.line, field: edgeKey, message: "not a list")
            }
            edgeItems = a
        } else {
            edgeItems = []
        }
        var asm = GraphAssembler()
        for (k, item) in nodeItems.enumerated() {
            guard case .object(let members, let line) = item else {
                throw GraphFileError(path: path, line: item.line ?? root.line, field: "nodes[\(k)]", message: "not an object")
            }
            guard let id = item["id"]?.scalarText else {
                throw GraphFileError(path: path, line: line, field: "nodes[\(k)]", message: "node without \"id\"")
            }
            guard let kind = GraphFields.nodeKind(item["kind"]?.scalarText, id: id) else {
                throw GraphFileError(path: path, line: line, field: "nodes[\(k)].kind",
                                     message: "unknown node kind \"\(item["kind"]?.scalarText ?? "")\" (expected country, person, organization or topic)")
            }
            var node = Node(id: id, kind: kind, labelAR: item["label_ar"]?.scalarText, labelEN: item["label_en"]?.scalarText)
            for (key, value) in members where !GraphFields.reservedNode.contains(key) {
                if key == "label" { GraphFields.applyLabel(value.scalarText, to: &node); continue }
                if let s = value.scalarText { node.attributes[key] = s }
                else if !value.isNull { node.attributes[key] = JSONWriter.compact(value) }
            }
            asm.addNode(node)
        }
        for (k, item) in edgeItems.enumerated() {
            let field = "\(edgeKey)[\(k)]"
            guard case .object(_, let line) = item else {
                throw GraphFileError(path: path, line: item.line ?? root.line, field: field, message: "not an object")
            }
            guard let s = item["source"]?.scalarText else {
                throw GraphFileError(path: path, line: line, field: field, message: "edge without \"source\"")
            }
            guard let t = item["target"]?.scalarText else {
                throw GraphFileError(path: path, line: line, field: field, message: "edge without \"target\"")
            }
            let kind: EdgeKind
            if let kv = item["kind"]?.scalarText {
                guard let ek = EdgeKind(rawValue: kv) else {
                    throw GraphFileError(path: path, line: line, field: field + ".kind",
                                         message: "unknown edge kind \"\(kv)\" (expected \(EdgeKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                kind = ek
            } else {
                kind = GraphFields.inferEdgeKind(asm.kind(of: s) ?? GraphFields.inferKind(id: s),
                                                 asm.kind(of: t) ?? GraphFields.inferKind(id: t))
            }
            var weight = 1.0
            if let w = item["weight"], !w.isNull {
                guard let d = w.double, d.isFinite else {
                    throw GraphFileError(path: path, line: line, field: field + ".weight", message: "weight is not a number")
                }
                weight = d
            }
            let ev = try GraphFields.evidence(item["evidence"], path: path, line: line, field: field + ".evidence")
            asm.addEdge(Edge(source: s, target: t, kind: kind, weight: weight, evidence: ev))
        }
        let gv = root["graph"]
        return asm.graph(GraphFields.metadata(sources: gv?["sources"], sessions: gv?["sessions"], view: gv?["view"]?.scalarText))
    }
}
