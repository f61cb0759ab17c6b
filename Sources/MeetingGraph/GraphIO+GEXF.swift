// GEXF 1.3 (https://gexf.net/), Gephi's format; NetworkX reads it with read_gexf.
//
// Each node carries its display label (Arabic first) in `label` and, as attvalues, `kind`, `label_ar`,
// `label_en` and its attributes. Each edge carries `weight`, its kind as `label` and, as attvalues, `kind`
// and `evidence` (a JSON array as text). The graph's sources, sessions and view are kept in
// <meta><description> as a small JSON object. Reading also accepts GEXF 1.1 and 1.2 files.

enum GEXFFormat {
    static func write(_ g: Graph) -> String {
        var attrNames = Set<String>()
        for n in g.nodes { for k in n.attributes.keys where !GraphFields.reservedNode.contains(k) && k != "label" { attrNames.insert(k) } }
        let nodeAttrs = ["kind", "label_ar", "label_en"] + attrNames.sorted()
        let edgeAttrs = ["kind", "evidence"]
        let meta = JSONWriter.compact(.obj(GraphFields.metadataJSON(g.metadata)))
        var o = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
          <meta>
            <creator>majlis</creator>
            <description>\(XMLWriter.escapeText(meta))</description>
          </meta>
          <graph defaultedgetype="undirected" mode="static">
            <attributes class="node" mode="static">

        """
        for (i, a) in nodeAttrs.enumerated() { o += "      <attribute id=\"\(i)\" title=\"\(XMLWriter.escape(a))\" type=\"string\"/>\n" }
        o += "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n"
        for (i, a) in edgeAttrs.enumerated() { o += "      <attribute id=\"\(i)\" title=\"\(a)\" type=\"string\"/>\n" }
        o += "    </attributes>\n    <nodes>\n"
        for n in g.nodes {
            o += "      <node id=\"\(XMLWriter.escape(n.id))\" label=\"\(XMLWriter.escape(n.label(arabic: true)))\">\n        <attvalues>\n"
            var vals: [(Int, String)] = [(0, n.kind.rawValue)]
            if let l = n.labelAR { vals.append((1, l)) }
            if let l = n.labelEN { vals.append((2, l)) }
            for (i, a) in nodeAttrs.enumerated().dropFirst(3) { if let v = n.attributes[a] { vals.append((i, v)) } }
            for (i, v) in vals { o += "          <attvalue for=\"\(i)\" value=\"\(XMLWriter.escape(v))\"/>\n" }
            o += "        </attvalues>\n      </node>\n"
        }
        o += "    </nodes>\n    <edges>\n"
        for (i, e) in g.edges.enumerated() {
            o += "      <edge id=\"\(i)\" source=\"\(XMLWriter.escape(e.source))\" target=\"\(XMLWriter.escape(e.target))\" weight=\"\(JSONWriter.number(e.weight))\" label=\"\(e.kind.rawValue)\">\n        <attvalues>\n"
            o += "          <attvalue for=\"0\" value=\"\(e.kind.rawValue)\"/>\n"
            if !e.evidence.isEmpty {
                o += "          <attvalue for=\"1\" value=\"\(XMLWriter.escape(JSONWriter.compact(GraphFields.evidenceJSON(e.evidence))))\"/>\n"
            }
            o += "        </attvalues>\n      </edge>\n"
        }
        o += "    </edges>\n  </graph>\n</gexf>\n"
        return o
    }

    static func read(_ bytes: [UInt8], path: String) throws -> Graph {
        let root = try XMLReader.document(bytes, root: "gexf", path: path)
        guard let graph = root.child("graph") else { throw GraphFileError(path: path, line: root.line, message: "no <graph> element") }
        var titles: [String: [String: (title: String, def: String?)]] = ["node": [:], "edge": [:]]
        for block in graph.children("attributes") {
            let cls = block.attributes["class"] ?? "node"
            for a in block.children("attribute") {
                guard let id = a.attributes["id"] else { throw GraphFileError(path: path, line: a.line, message: "<attribute> without id") }
                titles[cls, default: [:]][id] = (a.attributes["title"] ?? id, a.child("default")?.text)
            }
        }
        func values(_ el: XMLNode, _ cls: String) throws -> [String: (value: String, line: Int)] {
            var out: [String: (String, Int)] = [:]
            for (_, t) in titles[cls] ?? [:] { if let d = t.def { out[t.title] = (d, el.line) } }
            for av in el.child("attvalues")?.children("attvalue") ?? [] {
                guard let f = av.attributes["for"] ?? av.attributes["id"] else {
                    throw GraphFileError(path: path, line: av.line, message: "<attvalue> without for")
                }
                guard let t = titles[cls]?[f] else {
                    throw GraphFileError(path: path, line: av.line, message: "<attvalue> refers to undeclared \(cls) attribute \"\(f)\"")
                }
                guard let v = av.attributes["value"] else {
                    throw GraphFileError(path: path, line: av.line, message: "<attvalue> without value")
                }
                out[t.title] = (v, av.line)
            }
            return out
        }
        var asm = GraphAssembler()
        func addNodes(_ container: XMLNode?) throws {
            for el in container?.children("node") ?? [] {
                guard let id = el.attributes["id"] else { throw GraphFileError(path: path, line: el.line, message: "<node> without id") }
                let v = try values(el, "node")
                guard let kind = GraphFields.nodeKind(v["kind"]?.value, id: id) else {
                    throw GraphFileError(path: path, line: v["kind"]!.line, field: "kind", message: "unknown node kind \"\(v["kind"]!.value)\"")
                }
                var node = Node(id: id, kind: kind, labelAR: v["label_ar"]?.value, labelEN: v["label_en"]?.value)
                for (name, x) in v where !GraphFields.reservedNode.contains(name) && name != "label" { node.attributes[name] = x.value }
                GraphFields.applyLabel(el.attributes["label"] ?? v["label"]?.value, to: &node)
                asm.addNode(node)
                try addNodes(el.child("nodes")) // GEXF hierarchies: sub-nodes become nodes too
            }
        }
        try addNodes(graph.child("nodes"))
        for el in graph.child("edges")?.children("edge") ?? [] {
            guard let s = el.attributes["source"] else { throw GraphFileError(path: path, line: el.line, message: "<edge> without source") }
            guard let t = el.attributes["target"] else { throw GraphFileError(path: path, line: el.line, message: "<edge> without target") }
            let v = try values(el, "edge")
            let kindText = v["kind"]?.value ?? el.attributes["label"].flatMap { EdgeKind(rawValue: $0) != nil ? $0 : nil }
            let kind: EdgeKind
            if let kv = kindText {
                guard let k = EdgeKind(rawValue: kv) else {
                    throw GraphFileError(path: path, line: v["kind"]?.line ?? el.line, field: "kind", message: "unknown edge kind \"\(kv)\"")
                }
                kind = k
            } else {
                kind = GraphFields.inferEdgeKind(asm.kind(of: s) ?? GraphFields.inferKind(id: s), asm.kind(of: t) ?? GraphFields.inferKind(id: t))
            }
            var weight = 1.0
            if let w = el.attributes["weight"] ?? v["weight"]?.value {
                guard let d = Double(w.trimmingCharacters(in: .whitespaces)), d.isFinite else {
                    throw GraphFileError(path: path, line: el.line, field: "weight", message: "weight \"\(w)\" is not a number")
                }
                weight = d
            }
            let ev = try GraphFields.evidence(v["evidence"].map { .string($0.value) }, path: path, line: v["evidence"]?.line ?? el.line, field: "evidence")
            asm.addEdge(Edge(source: s, target: t, kind: kind, weight: weight, evidence: ev))
        }
        var meta = GraphMetadata()
        if let d = root.child("meta")?.child("description")?.text, d.hasPrefix("{"),
           let j = try? JSONReader.parse(Array(d.utf8)) {
            meta = GraphFields.metadata(sources: j["sources"], sessions: j["sessions"], view: j["view"]?.scalarText)
        }
        return asm.graph(meta)
    }
}

import Foundation
