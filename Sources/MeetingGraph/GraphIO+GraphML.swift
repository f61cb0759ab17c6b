// GraphML (http://graphml.graphdrawing.org/) with typed <key>s, readable by Gephi, igraph, Cytoscape, yEd
// and NetworkX.
//
// Keys: graph `sources`, `sessions` (JSON arrays as text) and `view`; node `kind`, `label` (display label,
// Arabic first), `label_ar`, `label_en` and every node attribute (strings); edge `kind` (string), `weight`
// (double) and `evidence` (a JSON array as text). Edges are undirected; parallel edges (same pair, different
// kinds) are allowed, as GraphML allows them.

enum GraphMLFormat {
    static func write(_ g: Graph) -> String {
        var attrNames = Set<String>()
        for n in g.nodes { for k in n.attributes.keys where !GraphFields.reservedNode.contains(k) && k != "label" { attrNames.insert(k) } }
        var keys: [(id: String, for: String, name: String, type: String)] = []
        func key(_ f: String, _ name: String, _ type: String) -> String {
            let id = "d\(keys.count)"
            keys.append((id, f, name, type))
            return id
        }
        let gSources = key("graph", "sources", "string"), gSessions = key("graph", "sessions", "string"), gView = key("graph", "view", "string")
        let nKind = key("node", "kind", "string"), nLabel = key("node", "label", "string")
        let nAR = key("node", "label_ar", "string"), nEN = key("node", "label_en", "string")
        var nAttr: [String: String] = [:]
        for a in attrNames.sorted() { nAttr[a] = key("node", a, "string") }
        let eKind = key("edge", "kind", "string"), eWeight = key("edge", "weight", "double"), eEvidence = key("edge", "evidence", "string")

        var o = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        for k in keys {
            o += "  <key id=\"\(k.id)\" for=\"\(k.for)\" attr.name=\"\(XMLWriter.escape(k.name))\" attr.type=\"\(k.type)\"/>\n"
        }
        func data(_ key: String, _ value: String, indent: String) -> String {
            "\(indent)<data key=\"\(key)\">\(XMLWriter.escapeText(value))</data>\n"
        }
        o += "  <graph id=\"G\" edgedefault=\"undirected\">\n"
        o += data(gSources, JSONWriter.compact(.arr(g.metadata.sources.map { .string($0) })), indent: "    ")
        o += data(gSessions, JSONWriter.compact(.arr(g.metadata.sessions.map { .string($0) })), indent: "    ")
        o += data(gView, g.metadata.view.rawValue, indent: "    ")
        for n in g.nodes {
            o += "    <node id=\"\(XMLWriter.escape(n.id))\">\n"
            o += data(nKind, n.kind.rawValue, indent: "      ")
            o += data(nLabel, n.label(arabic: true), indent: "      ")
            if let l = n.labelAR { o += data(nAR, l, indent: "      ") }
            if let l = n.labelEN { o += data(nEN, l, indent: "      ") }
            for k in n.attributes.keys.sorted() { if let id = nAttr[k] { o += data(id, n.attributes[k]!, indent: "      ") } }
            o += "    </node>\n"
        }
        for (i, e) in g.edges.enumerated() {
            o += "    <edge id=\"e\(i)\" source=\"\(XMLWriter.escape(e.source))\" target=\"\(XMLWriter.escape(e.target))\">\n"
            o += data(eKind, e.kind.rawValue, indent: "      ")
            o += data(eWeight, JSONWriter.number(e.weight), indent: "      ")
            if !e.evidence.isEmpty { o += data(eEvidence, JSONWriter.compact(GraphFields.evidenceJSON(e.evidence)), indent: "      ") }
            o += "    </edge>\n"
        }
        o += "  </graph>\n</graphml>\n"
        return o
    }

    static func read(_ bytes: [UInt8], path: String) throws -> Graph {
        let root = try XMLReader.document(bytes, root: "graphml", path: path)
        struct Key { var name: String; var type: String; var def: String? }
        var keys: [String: Key] = [:]
        for k in root.children("key") {
            guard let id = k.attributes["id"] else { throw GraphFileError(path: path, line: k.line, message: "<key> without id") }
            keys[id] = Key(name: k.attributes["attr.name"] ?? id, type: k.attributes["attr.type"] ?? "string",
                           def: k.child("default")?.text)
            _ = k.attributes["for"]
        }
        guard let graph = root.child("graph") else { throw GraphFileError(path: path, line: root.line, message: "no <graph> element") }
        func values(_ el: XMLNode, for domain: String) throws -> [String: (value: String, type: String, line: Int)] {
            var out: [String: (String, String, Int)] = [:]
            for d in el.children("data") {
                guard let kid = d.attributes["key"] else {
                    throw GraphFileError(path: path, line: d.line, message: "<data> without key")
                }
                guard let k = keys[kid] else {
                    throw GraphFileError(path: path, line: d.line, message: "<data> refers to undeclared key \"\(kid)\"")
                }
                // yEd's graphics keys hold XML, not text: skip them.
                if d.children.isEmpty { out[k.name] = (d.text, k.type, d.line) }
            }
            return out
        }
        // Defaults declared by keys apply to elements without that data.
        func defaults(_ domain: String) -> [String: (value: String, type: String, line: Int)] {
            var out: [String: (String, String, Int)] = [:]
            for k in root.children("key") where (k.attributes["for"] ?? "all") == domain || k.attributes["for"] == "all" {
                if let id = k.attributes["id"], let key = keys[id], let d = key.def { out[key.name] = (d, key.type, k.line) }
            }
            return out
        }
        let nodeDefaults = defaults("node"), edgeDefaults = defaults("edge")

        var asm = GraphAssembler()
        for el in graph.children("node") {
            guard let id = el.attributes["id"] else { throw GraphFileError(path: path, line: el.line, message: "<node> without id") }
            let v = nodeDefaults.merging(try values(el, for: "node")) { _, b in b }
            guard let kind = GraphFields.nodeKind(v["kind"]?.value, id: id) else {
                throw GraphFileError(path: path, line: v["kind"]!.line, field: "kind",
                                     message: "unknown node kind \"\(v["kind"]!.value)\" (expected country, person, organization or topic)")
            }
            var node = Node(id: id, kind: kind, labelAR: v["label_ar"]?.value, labelEN: v["label_en"]?.value)
            for (name, x) in v where !GraphFields.reservedNode.contains(name) && name != "label" { node.attributes[name] = x.value }
            GraphFields.applyLabel(v["label"]?.value, to: &node)
            asm.addNode(node)
        }
        for el in graph.children("edge") {
            guard let s = el.attributes["source"] else { throw GraphFileError(path: path, line: el.line, message: "<edge> without source") }
            guard let t = el.attributes["target"] else { throw GraphFileError(path: path, line: el.line, message: "<edge> without target") }
            let v = edgeDefaults.merging(try values(el, for: "edge")) { _, b in b }
            let kind: EdgeKind
            if let kv = v["kind"] {
                guard let k = EdgeKind(rawValue: kv.value) else {
                    throw GraphFileError(path: path, line: kv.line, field: "kind", message: "unknown edge kind \"\(kv.value)\"")
                }
                kind = k
            } else {
                kind = GraphFields.inferEdgeKind(asm.kind(of: s) ?? GraphFields.inferKind(id: s), asm.kind(of: t) ?? GraphFields.inferKind(id: t))
            }
            var weight = 1.0
            if let w = v["weight"] {
                guard let d = Double(w.value.trimmingCharacters(in: .whitespaces)), d.isFinite else {
                    throw GraphFileError(path: path, line: w.line, field: "weight", message: "weight \"\(w.value)\" is not a number")
                }
                weight = d
            }
            let ev = try GraphFields.evidence(v["evidence"].map { .string($0.value) }, path: path, line: v["evidence"]?.line ?? el.line, field: "evidence")
            asm.addEdge(Edge(source: s, target: t, kind: kind, weight: weight, evidence: ev))
        }
        let gv = try values(graph, for: "graph")
        return asm.graph(GraphFields.metadata(sources: gv["sources"].map { .string($0.value) },
                                              sessions: gv["sessions"].map { .string($0.value) },
                                              view: gv["view"]?.value))
    }
}

import Foundation
