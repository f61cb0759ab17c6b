// A small JSON reader that remembers the line of every value (for error messages naming the line), and a
// deterministic writer (sorted keys, non-ASCII unescaped, integral numbers without a fraction).

indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// The number's text as written (ids like 0 or 1.5 stay as written) and its value.
    case number(String, Double)
    case string(String)
    case array([JSONValue], line: Int)
    case object([(key: String, value: JSONValue)], line: Int)

    subscript(_ key: String) -> JSONValue? {
        if case .object(let members, _) = self { return members.last { $0.key == key }?.value }
        return nil
    }
    var line: Int? {
        switch self {
        case .array(_, let l), .object(_, let l): return l
        default: return nil
        }
    }
    var string: String? { if case .string(let s) = self { return s }; return nil }
    var array: [JSONValue]? { if case .array(let a, _) = self { return a }; return nil }
    var isNull: Bool { if case .null = self { return true }; return false }
    /// A scalar as text (strings as is, numbers as written, booleans "true"/"false"); nil for null,
    /// arrays and objects.
    var scalarText: String? {
        switch self {
        case .string(let s): return s
        case .number(let raw, _): return raw
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }
    var double: Double? {
        switch self {
        case .number(_, let d): return d
        case .string(let s): return Double(s)
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }
}

struct JSONSyntaxError: Error {
    var line: Int
    var message: String
}

struct JSONReader {
    private let b: [UInt8]
    private var i = 0
    private(set) var line = 1
    init(_ bytes: [UInt8]) {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        b = bytes
    }

    static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        var r = JSONReader(bytes)
        r.skipSpace()
        let v = try r.value(depth: 0)
        r.skipSpace()
        if r.i < r.b.count { throw JSONSyntaxError(line: r.line, message: "unexpected text after the JSON value") }
        return v
    }

    private mutating func skipSpace() {
        while i < b.count {
            switch b[i] {
            case 0x0A: line += 1; i += 1
            case 0x20, 0x09, 0x0D: i += 1
            default: return
            }
        }
    }
    private func fail(_ m: String) -> JSONSyntaxError { JSONSyntaxError(line: line, message: m) }

    private mutating func value(depth: Int) throws -> JSONValue {
        guard depth < 512 else { throw fail("nested too deeply") }
        guard i < b.count else { throw fail("unexpected end of file") }
        switch b[i] {
        case UInt8(ascii: "{"):
            let start = line
            i += 1
            var members: [(key: String, value: JSONValue)] = []
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .object(members, line: start) }
            while true {
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
                let k = try string()
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: ":") else { throw fail("expected ':' after key \"\(k)\"") }
                i += 1
                skipSpace()
                members.append((k, try value(depth: depth + 1)))
                skipSpace()
                guard i < b.count else { throw fail("unexpected end of file in an object") }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "}") { i += 1; return .object(members, line: start) }
                throw fail("expected ',' or '}' in an object")
            }
        case UInt8(ascii: "["):
            let start = line
            i += 1
            var items: [JSONValue] = []
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .array(items, line: start) }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard i < b.count else { throw fail("unexpected end of file in an array") }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "]") { i += 1; return .array(items, line: start) }
                throw fail("expected ',' or ']' in an array")
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "N"): return try literal("NaN", .number("NaN", .nan))
        case UInt8(ascii: "I"): return try literal("Infinity", .number("Infinity", .infinity))
        default:
            let start = i
            if b[i] == UInt8(ascii: "-") {
                if b[i...].starts(with: Array("-Infinity".utf8)) { i += 9; return .number("-Infinity", -.infinity) }
                i += 1
            }
            while i < b.count, (0x30...0x39).contains(b[i]) || [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
                                                                  UInt8(ascii: "+"), UInt8(ascii: "-")].contains(b[i]) { i += 1 }
            let raw = String(decoding: b[start..<i], as: UTF8.self)
            guard let d = Double(raw), i > start else {
                throw fail(i == start ? "unexpected character '\(String(decoding: [b[i]], as: UTF8.self))'" : "bad number \(raw)")
            }
            return .number(raw, d)
        }
    }

    private mutating func literal(_ word: String, _ v: JSONValue) throws -> JSONValue {
        let w = Array(word.utf8)
        guard b[i...].starts(with: w) else { throw fail("unexpected character '\(String(decoding: [b[i]], as: UTF8.self))'") }
        i += w.count
        return v
    }

    private mutating func string() throws -> String {
        i += 1 // opening quote
        var out: [UInt8] = []
        while true {
            guard i < b.count else { throw fail("unterminated string") }
            let c = b[i]
            if c == UInt8(ascii: "\"") { i += 1; break }
            if c == 0x0A { throw fail("newline inside a string") }
            if c == UInt8(ascii: "\\") {
                i += 1
                guard i < b.count else { throw fail("unterminated string") }
                let e = b[i]; i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code), i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") {
                        i += 2
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) { code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) }
                    }
                    let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: throw fail("bad escape \\\(String(decoding: [e], as: UTF8.self))")
                }
                continue
            }
            out.append(c); i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= b.count, let v = UInt32(String(decoding: b[i..<i + 4], as: UTF8.self), radix: 16) else {
            throw fail("bad \\u escape")
        }
        i += 4
        return v
    }
}

/// Deterministic JSON text: keys sorted, two-space indentation, non-ASCII and '/' unescaped.
enum JSONWriter {
    static func quote(_ s: String) -> String {
        var o = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": o += "\\\""
            case "\\": o += "\\\\"
            case "\n": o += "\\n"
            case "\r": o += "\\r"
            case "\t": o += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let h = String(u.value, radix: 16)
                    o += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    o.unicodeScalars.append(u)
                }
            }
        }
        return o + "\""
    }

    /// Shortest text that reads back as the same Double; integral values without ".0".
    static func number(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    static func write(_ v: JSONValue, indent: Int = 0, into o: inout String) {
        let pad = String(repeating: "  ", count: indent + 1), close = String(repeating: "  ", count: indent)
        switch v {
        case .null: o += "null"
        case .bool(let b): o += b ? "true" : "false"
        case .number(let raw, _): o += raw
        case .string(let s): o += quote(s)
        case .array(let items, _):
            if items.isEmpty { o += "[]"; return }
            o += "[\n"
            for (k, item) in items.enumerated() {
                o += pad
                write(item, indent: indent + 1, into: &o)
                o += k + 1 < items.count ? ",\n" : "\n"
            }
            o += close + "]"
        case .object(let members, _):
            if members.isEmpty { o += "{}"; return }
            o += "{\n"
            let sorted = members.sorted { $0.key < $1.key }
            for (k, m) in sorted.enumerated() {
                o += pad + quote(m.key) + ": "
                write(m.value, indent: indent + 1, into: &o)
                o += k + 1 < sorted.count ? ",\n" : "\n"
            }
            o += close + "}"
        }
    }

    static func string(_ v: JSONValue) -> String {
        var o = ""
        write(v, into: &o)
        return o + "\n"
    }

    /// One line, no spaces (for JSON held inside a GraphML/GEXF/CSV cell).
    static func compact(_ v: JSONValue) -> String {
        switch v {
        case .array(let items, _): return "[" + items.map(compact).joined(separator: ",") + "]"
        case .object(let members, _):
            return "{" + members.sorted { $0.key < $1.key }.map { quote($0.key) + ":" + compact($0.value) }.joined(separator: ",") + "}"
        default:
            var o = ""
            write(v, into: &o)
            return o
        }
    }
}

extension JSONValue {
    static func obj(_ members: [(String, JSONValue)]) -> JSONValue { .object(members.map { (key: $0.0, value: $0.1) }, line: 0) }
    static func arr(_ items: [JSONValue]) -> JSONValue { .array(items, line: 0) }
    static func num(_ d: Double) -> JSONValue { .number(JSONWriter.number(d), d) }
    static func int(_ n: Int) -> JSONValue { .number(String(n), Double(n)) }
}
