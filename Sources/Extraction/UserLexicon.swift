// A user's own additions to the built-in lexicons, loaded from `--lexicon FILE` (JSON).
// Built-in lexicons never list persons; this is the only place person names come from a list.

public struct UserLexicon: Codable, Hashable, Sendable {
    public struct Actor: Codable, Hashable, Sendable {
        /// Canonical name, as it should be reported.
        public var name: String
        /// Other spellings / short forms that refer to the same person.
        public var aliases: [String]
        public var country: String?
        public var role: String?
        public var organization: String?
        public init(name: String, aliases: [String] = [], country: String? = nil, role: String? = nil,
                    organization: String? = nil) {
            self.name = name; self.aliases = aliases; self.country = country; self.role = role
            self.organization = organization
        }
    }
    public struct Organization: Codable, Hashable, Sendable {
        public var id: String
        public var en: String?
        /// Arabic and/or English names that refer to it.
        public var names: [String]
        /// "council" or "organization".
        public var kind: String?
        public init(id: String, en: String? = nil, names: [String], kind: String? = nil) {
            self.id = id; self.en = en; self.names = names; self.kind = kind
        }
    }
    public struct TopicCues: Codable, Hashable, Sendable {
        /// A topic id (existing or new).
        public var id: String
        public var cues: [String]
        public init(id: String, cues: [String]) { self.id = id; self.cues = cues }
    }
    public var actors: [Actor]
    public var organizations: [Organization]
    public var topics: [TopicCues]
    public init(actors: [Actor] = [], organizations: [Organization] = [], topics: [TopicCues] = []) {
        self.actors = actors; self.organizations = organizations; self.topics = topics
    }
}

// MARK: - Loading (parsing only; the CLI reads the file)
import Foundation

extension UserLexicon {
    /// Why a lexicon file could not be used; `description` is one line ("line 3: ..." or "actors[1].name: ...").
    public struct LoadError: Error, Sendable, Hashable, CustomStringConvertible {
        public let message: String
        public init(_ message: String) { self.message = message }
        public var description: String { message }
    }

    /// Parses a lexicon file's bytes (JSON, see docs/lexicon.md). Unknown top-level keys are rejected so a
    /// typo ("actor") does not silently do nothing; missing lists default to empty.
    public static func parse(_ data: Data) throws(LoadError) -> UserLexicon {
        let bytes = [UInt8](data)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw LoadError("empty lexicon file (expected a JSON object)")
        }
        if let syntax = JSONSyntax.firstError(in: bytes) { throw LoadError("invalid JSON at line \(syntax.line), column \(syntax.column): \(syntax.message)") }
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data) } catch {
            throw LoadError("invalid JSON: \(error.localizedDescription)")
        }
        guard let object = root as? [String: Any] else {
            throw LoadError("top level must be a JSON object with \"actors\", \"organizations\" and/or \"topics\"")
        }
        let known: Set<String> = ["actors", "organizations", "topics", "about", "comment", "version"]
        if let bad = object.keys.sorted().first(where: { !known.contains($0) }) {
            throw LoadError("unknown key \"\(bad)\" (expected \"actors\", \"organizations\", \"topics\")")
        }
        var lexicon = UserLexicon()
        lexicon.actors = try list(object, "actors") { item, path throws(LoadError) in
            let name = try string(item, "name", path)
            return Actor(name: name, aliases: try strings(item, "aliases", path),
                         country: try optionalString(item, "country", path).map { $0.uppercased() },
                         role: try optionalString(item, "role", path),
                         organization: try optionalString(item, "organization", path))
        }
        for (i, a) in lexicon.actors.enumerated() {
            if let c = a.country, !(c.count == 3 && c.unicodeScalars.allSatisfy { $0.value >= 65 && $0.value <= 90 }) {
                throw LoadError("actors[\(i)].country: \"\(c)\" is not an ISO 3166-1 alpha-3 code")
            }
        }
        lexicon.organizations = try list(object, "organizations") { item, path throws(LoadError) in
            let id = try string(item, "id", path)
            var names = try strings(item, "names", path)
            names += try strings(item, "ar", path)
            if names.isEmpty { throw LoadError("\(path).names: at least one name is required") }
            return Organization(id: id, en: try optionalString(item, "en", path), names: names,
                                kind: try optionalString(item, "kind", path))
        }
        lexicon.topics = try list(object, "topics") { item, path throws(LoadError) in
            let id = try string(item, "id", path)
            let cues = try strings(item, "cues", path)
            if cues.isEmpty { throw LoadError("\(path).cues: at least one cue is required") }
            return TopicCues(id: id, cues: cues)
        }
        return lexicon
    }

    private static func list<T>(_ object: [String: Any], _ key: String,
                                _ make: ([String: Any], String) throws(LoadError) -> T) throws(LoadError) -> [T] {
        guard let raw = object[key], !(raw is NSNull) else { return [] }
        guard let items = raw as? [Any] else { throw LoadError("\(key): expected a list") }
        var out = [T]()
        for (i, item) in items.enumerated() {
            guard let dict = item as? [String: Any] else { throw LoadError("\(key)[\(i)]: expected an object") }
            out.append(try make(dict, "\(key)[\(i)]"))
        }
        return out
    }

    private static func string(_ item: [String: Any], _ key: String, _ path: String) throws(LoadError) -> String {
        guard let v = item[key] else { throw LoadError("\(path).\(key): missing (required)") }
        guard let s = v as? String else { throw LoadError("\(path).\(key): expected a string") }
        if s.trimmingCharacters(in: .whitespaces).isEmpty { throw LoadError("\(path).\(key): empty string") }
        return s
    }

    private static func optionalString(_ item: [String: Any], _ key: String, _ path: String) throws(LoadError) -> String? {
        guard let v = item[key], !(v is NSNull) else { return nil }
        guard let s = v as? String else { throw LoadError("\(path).\(key): expected a string") }
        return s.isEmpty ? nil : s
    }

    private static func strings(_ item: [String: Any], _ key: String, _ path: String) throws(LoadError) -> [String] {
        guard let v = item[key], !(v is NSNull) else { return [] }
        if let s = v as? String { return [s] }
        guard let list = v as? [Any] else { throw LoadError("\(path).\(key): expected a list of strings") }
        var out = [String]()
        for (i, x) in list.enumerated() {
            guard let s = x as? String else { throw LoadError("\(path).\(key)[\(i)]: expected a string") }
            if !s.isEmpty { out.append(s) }
        }
        return out
    }
}

/// A small JSON syntax checker that reports the line and column of the first error (Foundation's messages
/// do not say where).
enum JSONSyntax {
    struct Problem { var line: Int; var column: Int; var message: String }

    static func firstError(in b: [UInt8]) -> Problem? {
        var i = 0
        var problem: Problem?
        func fail(_ msg: String) -> Bool {
            var line = 1, col = 1
            for k in 0..<min(i, b.count) { if b[k] == 0x0A { line += 1; col = 1 } else if b[k] & 0xC0 != 0x80 { col += 1 } }
            problem = Problem(line: line, column: col, message: msg)
            return false
        }
        func ws() { while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 } }
        func lit(_ s: String) -> Bool {
            for c in s.utf8 { guard i < b.count, b[i] == c else { return fail("unexpected character") }; i += 1 }
            return true
        }
        func str() -> Bool {
            i += 1
            while i < b.count {
                let c = b[i]
                if c == 0x22 { i += 1; return true }
                if c == 0x5C { i += 2; continue }
                if c < 0x20 { return fail("unescaped control character or line break inside a string") }
                i += 1
            }
            return fail("unterminated string")
        }
        func num() -> Bool {
            let s = i
            while i < b.count, (b[i] >= 0x30 && b[i] <= 0x39) || b[i] == 0x2D || b[i] == 0x2B || b[i] == 0x2E || b[i] == 0x65 || b[i] == 0x45 { i += 1 }
            return i > s ? true : fail("unexpected character")
        }
        func value(_ depth: Int) -> Bool {
            if depth > 200 { return fail("nesting too deep") }
            ws()
            guard i < b.count else { return fail("unexpected end of file") }
            switch b[i] {
            case 0x7B: // {
                i += 1; ws()
                if i < b.count, b[i] == 0x7D { i += 1; return true }
                while true {
                    ws()
                    guard i < b.count, b[i] == 0x22 else { return fail(i < b.count ? "expected a quoted key" : "unexpected end of file") }
                    guard str() else { return false }
                    ws()
                    guard i < b.count, b[i] == 0x3A else { return fail("expected ':' after key") }
                    i += 1
                    guard value(depth + 1) else { return false }
                    ws()
                    guard i < b.count else { return fail("unexpected end of file (missing '}')") }
                    if b[i] == 0x2C { i += 1; ws(); if i < b.count, b[i] == 0x7D { return fail("trailing comma") }; continue }
                    if b[i] == 0x7D { i += 1; return true }
                    return fail("expected ',' or '}'")
                }
            case 0x5B: // [
                i += 1; ws()
                if i < b.count, b[i] == 0x5D { i += 1; return true }
                while true {
                    guard value(depth + 1) else { return false }
                    ws()
                    guard i < b.count else { return fail("unexpected end of file (missing ']')") }
                    if b[i] == 0x2C { i += 1; ws(); if i < b.count, b[i] == 0x5D { return fail("trailing comma") }; continue }
                    if b[i] == 0x5D { i += 1; return true }
                    return fail("expected ',' or ']'")
                }
            case 0x22: return str()
            case 0x74: return lit("true")
            case 0x66: return lit("false")
            case 0x6E: return lit("null")
            default: return num()
            }
        }
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
        guard value(0) else { return problem }
        ws()
        if i < b.count { _ = fail("unexpected text after the JSON value") }
        return problem
    }
}
