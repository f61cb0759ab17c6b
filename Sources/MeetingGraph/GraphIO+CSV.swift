// CSV edge list (RFC 4180): one row per edge.
//
//   source,target,kind,weight,source_kind,target_kind,source_label_ar,source_label_en,target_label_ar,target_label_en,evidence
//
// `evidence` holds the evidence list as compact JSON. Reading needs only `source` and `target` (other
// columns optional, any order). An edge list cannot hold isolated nodes or node attributes other than kind
// and labels; use JSON, GraphML or GEXF to keep everything.

enum CSVEdgeListFormat {
    static let header = ["source", "target", "kind", "weight", "source_kind", "target_kind", "source_label_ar",
                         "source_label_en", "target_label_ar", "target_label_en", "evidence"]

    static func field(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    static func write(_ g: Graph) -> String {
        let index = g.nodeIndex
        var out = header.joined(separator: ",") + "\r\n"
        for e in g.edges {
            let s = index[e.source].map { g.nodes[$0] }, t = index[e.target].map { g.nodes[$0] }
            let row = [e.source, e.target, e.kind.rawValue, JSONWriter.number(e.weight),
                       s?.kind.rawValue ?? "", t?.kind.rawValue ?? "", s?.labelAR ?? "", s?.labelEN ?? "",
                       t?.labelAR ?? "", t?.labelEN ?? "",
                       e.evidence.isEmpty ? "" : JSONWriter.compact(GraphFields.evidenceJSON(e.evidence))]
            out += row.map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// Rows with the line each starts on.
    static func rows(_ text: String, path: String) throws -> [(line: Int, fields: [String])] {
        var rows: [(Int, [String])] = []
        var fields: [String] = []
        var cur = ""
        var line = 1, rowLine = 1
        var inQuotes = false, quotedField = false
        var it = Array(text.unicodeScalars)
        if it.first == "\u{FEFF}" { it.removeFirst() }
        var i = 0
        func endRow() {
            fields.append(cur); cur = ""
            if !(fields.count == 1 && fields[0].isEmpty && !quotedField) { rows.append((rowLine, fields)) }
            fields = []; quotedField = false
        }
        while i < it.count {
            let c = it[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < it.count, it[i + 1] == "\"" { cur.unicodeScalars.append("\""); i += 2; continue }
                    inQuotes = false; i += 1; continue
                }
                if c == "\n" { line += 1 }
                cur.unicodeScalars.append(c); i += 1; continue
            }
            switch c {
            case "\"":
                if cur.isEmpty { inQuotes = true; quotedField = true }
                else { throw GraphFileError(path: path, line: line, message: "stray quote inside an unquoted field") }
            case ",": fields.append(cur); cur = ""
            case "\r": break
            case "\n": endRow(); line += 1; rowLine = line
            default: cur.unicodeScalars.append(c)
            }
            i += 1
        }
        if inQuotes { throw GraphFileError(path: path, line: rowLine, message: "unterminated quoted field") }
        if !cur.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }

    static func read(_ bytes: [UInt8], path: String) throws -> Graph {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw GraphFileError(path: path, message: "not UTF-8")
        }
        let all = try rows(text, path: path)
        guard let head = all.first else { throw GraphFileError(path: path, line: 1, message: "empty file (expected a header row source,target,...)") }
        let cols = head.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func col(_ name: String) -> Int? { cols.firstIndex(of: name) }
        guard let si = col("source") else { throw GraphFileError(path: path, line: head.line, message: "no \"source\" column in the header") }
        guard let ti = col("target") else { throw GraphFileError(path: path, line: head.line, message: "no \"target\" column in the header") }
        var asm = GraphAssembler()
        for (line, f) in all.dropFirst() {
            func v(_ i: Int?) -> String? { i.flatMap { $0 < f.count && !f[$0].isEmpty ? f[$0] : nil } }
            guard let s = v(si) else { throw GraphFileError(path: path, line: line, field: "source", message: "row without source") }
            guard let t = v(ti) else { throw GraphFileError(path: path, line: line, field: "target", message: "row without target") }
            for (id, kcol, ar, en) in [(s, "source_kind", "source_label_ar", "source_label_en"), (t, "target_kind", "target_label_ar", "target_label_en")] {
                let kv = v(col(kcol))
                guard let kind = GraphFields.nodeKind(kv, id: id) else {
                    throw GraphFileError(path: path, line: line, field: kcol, message: "unknown node kind \"\(kv ?? "")\"")
                }
                if asm.index[id] == nil || kv != nil {
                    asm.addNode(Node(id: id, kind: kind, labelAR: v(col(ar)), labelEN: v(col(en))))
                }
            }
            let kind: EdgeKind
            if let kv = v(col("kind")) {
                guard let k = EdgeKind(rawValue: kv) else {
                    throw GraphFileError(path: path, line: line, field: "kind", message: "unknown edge kind \"\(kv)\"")
                }
                kind = k
            } else {
                kind = GraphFields.inferEdgeKind(asm.kind(of: s), asm.kind(of: t))
            }
            var weight = 1.0
            if let w = v(col("weight")) {
                guard let d = Double(w.trimmingCharacters(in: .whitespaces)), d.isFinite else {
                    throw GraphFileError(path: path, line: line, field: "weight", message: "weight \"\(w)\" is not a number")
                }
                weight = d
            }
            let ev = try GraphFields.evidence(v(col("evidence")).map { .string($0) }, path: path, line: line, field: "evidence")
            asm.addEdge(Edge(source: s, target: t, kind: kind, weight: weight, evidence: ev))
        }
        return asm.graph(GraphMetadata())
    }
}

import Foundation
