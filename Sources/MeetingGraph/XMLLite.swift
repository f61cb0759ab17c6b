// A small, strict XML reader for GraphML and GEXF: elements, attributes, text, CDATA, comments, processing
import Foundation
// instructions and a skipped DOCTYPE; the five named entities and numeric references. Every element records
// the line it starts on, so errors can name it.

final class XMLNode {
    /// Local name (namespace prefix removed).
    let name: String
    var attributes: [String: String] = [:]
    var children: [XMLNode] = []
    var text = ""
    let line: Int
    init(name: String, line: Int) { self.name = name; self.line = line }

    func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }
    func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }
}

struct XMLSyntaxError: Error {
    var line: Int
    var message: String
}

struct XMLReader {
    private let b: [UInt8]
    private var i = 0
    private var line = 1

    static func parse(_ bytes: [UInt8]) throws -> XMLNode {
        var r = XMLReader(b: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes)
        return try r.document()
    }

    private init(b: [UInt8]) { self.b = b }

    private func fail(_ m: String, at l: Int? = nil) -> XMLSyntaxError { XMLSyntaxError(line: l ?? line, message: m) }
    private func peek(_ p: [UInt8]) -> Bool {
        guard i + p.count <= b.count else { return false }
        var k = 0
        while k < p.count { if b[i + k] != p[k] { return false }; k += 1 }
        return true
    }
    private static let endTag = Array("</".utf8), comment = Array("<!--".utf8), cdata = Array("<![CDATA[".utf8)
    private static let cdataEnd = Array("]]>".utf8), pi = Array("<?".utf8)
    private static let doctype = Array("<!DOCTYPE".utf8), doctypeLower = Array("<!doctype".utf8)
    private mutating func skip(until end: String, what: String) throws {
        let start = line
        let e = Array(end.utf8)
        while i < b.count, !b[i...].starts(with: e) { if b[i] == 0x0A { line += 1 }; i += 1 }
        guard i < b.count else { throw fail("unterminated \(what)", at: start) }
        i += e.count
    }
    private mutating func skipSpace() {
        while i < b.count, [0x20, 0x09, 0x0D, 0x0A].contains(b[i]) { if b[i] == 0x0A { line += 1 }; i += 1 }
    }

    private mutating func document() throws -> XMLNode {
        var root: XMLNode?
        while true {
            skipSpace()
            guard i < b.count else { break }
            if peek(Self.pi) { try skip(until: "?>", what: "processing instruction") }
            else if peek(Self.comment) { try skip(until: "-->", what: "comment") }
            else if peek(Self.doctype) || peek(Self.doctypeLower) { try doctype() }
            else if b[i] == UInt8(ascii: "<") {
                if root != nil { throw fail("a second root element") }
                root = try element()
            } else {
                throw fail("text outside the root element")
            }
        }
        guard let root else { throw fail("no XML element (empty or not XML)") }
        return root
    }

    private mutating func doctype() throws {
        var depth = 0
        let start = line
        while i < b.count {
            let c = b[i]
            if c == 0x0A { line += 1 }
            i += 1
            if c == UInt8(ascii: "[") { depth += 1 }
            else if c == UInt8(ascii: "]") { depth -= 1 }
            else if c == UInt8(ascii: ">"), depth <= 0 { return }
        }
        throw fail("unterminated DOCTYPE", at: start)
    }

    private static func isNameByte(_ c: UInt8) -> Bool {
        !(c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == UInt8(ascii: "/") || c == UInt8(ascii: ">")
            || c == UInt8(ascii: "=") || c == UInt8(ascii: "<") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'"))
    }

    private mutating func name() throws -> String {
        let s = i
        while i < b.count, Self.isNameByte(b[i]) { i += 1 }
        guard i > s else { throw fail("expected a name") }
        return String(decoding: b[s..<i], as: UTF8.self)
    }

    private static func local(_ qname: String) -> String {
        if let c = qname.lastIndex(of: ":") { return String(qname[qname.index(after: c)...]) }
        return qname
    }

    /// Parses `<name ...> ... </name>` starting at '<'.
    private mutating func element() throws -> XMLNode {
        let startLine = line
        i += 1 // '<'
        let qname = try name()
        let node = XMLNode(name: Self.local(qname), line: startLine)
        // attributes
        while true {
            skipSpace()
            guard i < b.count else { throw fail("unterminated <\(qname)> tag", at: startLine) }
            if b[i] == UInt8(ascii: "/") {
                guard i + 1 < b.count, b[i + 1] == UInt8(ascii: ">") else { throw fail("expected '/>' in <\(qname)>") }
                i += 2
                return node
            }
            if b[i] == UInt8(ascii: ">") { i += 1; break }
            let an = try name()
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "=") else { throw fail("attribute \(an) of <\(qname)> without a value") }
            i += 1
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") else {
                throw fail("attribute \(an) of <\(qname)>: value not quoted")
            }
            let q = b[i]
            i += 1
            let s = i
            while i < b.count, b[i] != q { if b[i] == 0x0A { line += 1 }; if b[i] == UInt8(ascii: "<") { throw fail("'<' inside attribute \(an)") }; i += 1 }
            guard i < b.count else { throw fail("unterminated value of attribute \(an)", at: startLine) }
            let raw = Array(b[s..<i])
            i += 1
            let value = try decodeEntities(raw)
            if node.attributes[an] != nil { throw fail("attribute \(an) repeated in <\(qname)>") }
            node.attributes[an] = value
        }
        // content
        var text: [UInt8] = []
        while true {
            guard i < b.count else { throw fail("<\(qname)> is never closed", at: startLine) }
            if b[i] == UInt8(ascii: "<") {
                if peek(Self.endTag) {
                    i += 2
                    let endName = try name()
                    skipSpace()
                    guard i < b.count, b[i] == UInt8(ascii: ">") else { throw fail("malformed </\(endName)>") }
                    i += 1
                    guard endName == qname else { throw fail("</\(endName)> closes <\(qname)> (line \(startLine))") }
                    node.text = String(decoding: text, as: UTF8.self)
                    return node
                } else if peek(Self.comment) {
                    try skip(until: "-->", what: "comment")
                } else if peek(Self.cdata) {
                    i += 9
                    let s = i
                    let startCD = line
                    while i < b.count, !peek(Self.cdataEnd) { if b[i] == 0x0A { line += 1 }; i += 1 }
                    guard i < b.count else { throw fail("unterminated CDATA", at: startCD) }
                    text += b[s..<i]
                    i += 3
                } else if peek(Self.pi) {
                    try skip(until: "?>", what: "processing instruction")
                } else {
                    node.children.append(try element())
                }
            } else {
                let s = i
                while i < b.count, b[i] != UInt8(ascii: "<") { if b[i] == 0x0A { line += 1 }; i += 1 }
                let slice = b[s..<i]
                if slice.contains(UInt8(ascii: "&")) { text += Array(try decodeEntities(Array(slice)).utf8) } else { text += slice }
            }
        }
    }

    private func decodeEntities(_ raw: [UInt8]) throws -> String {
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        var k = 0
        while k < raw.count {
            if raw[k] == UInt8(ascii: "&") {
                guard let semi = raw[k...].firstIndex(of: UInt8(ascii: ";")), semi - k <= 12 else {
                    throw fail("'&' not starting an entity (write &amp;)")
                }
                let ent = String(decoding: raw[(k + 1)..<semi], as: UTF8.self)
                var s: String
                switch ent {
                case "amp": s = "&"
                case "lt": s = "<"
                case "gt": s = ">"
                case "quot": s = "\""
                case "apos": s = "'"
                default:
                    var code: UInt32?
                    if ent.hasPrefix("#x") || ent.hasPrefix("#X") { code = UInt32(ent.dropFirst(2), radix: 16) }
                    else if ent.hasPrefix("#") { code = UInt32(ent.dropFirst()) }
                    guard let c = code, let u = Unicode.Scalar(c) else { throw fail("unknown entity &\(ent);") }
                    s = String(Character(u))
                }
                out += Array(s.utf8)
                k = semi + 1
            } else {
                out.append(raw[k]); k += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

enum XMLWriter {
    /// Escapes element text (quotes stay as they are).
    static func escapeText(_ s: String) -> String {
        escape(s).replacingOccurrences(of: "&quot;", with: "\"")
    }

    /// Escapes text and attribute values (quotes included, newlines and tabs as references so attribute
    /// values keep them).
    static func escape(_ s: String) -> String {
        var o = ""
        o.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": o += "&amp;"
            case "<": o += "&lt;"
            case ">": o += "&gt;"
            case "\"": o += "&quot;"
            case "\n": o += "&#10;"
            case "\r": o += "&#13;"
            case "\t": o += "&#9;"
            default:
                // Characters XML 1.0 forbids are dropped.
                if u.value < 0x20 || (0xFFFE...0xFFFF).contains(u.value) { continue }
                o.unicodeScalars.append(u)
            }
        }
        return o
    }
}
