// A faithful port of ../shared/eval/score.py (PROTOCOL.md): the same name normalization and matching, the
// same micro-averaged counts, the same rounding to 4 places, and the same printed table / JSON. Pure functions
// over gold documents and predictions; the CLI (`majlis eval`) does the file IO.
import Foundation

public enum Scoring {
    // MARK: - Names

    /// Honorific tokens dropped from the front of a normalized name (score.py HONORIFICS; الأمير is kept).
    public static let honorifics: Set<String> = [
        "اللواء", "لواء", "الدكتور", "د", "دكتور", "الشيخ", "معالي", "سمو", "السيد", "السيده",
        "القاضي", "الفريق", "فريق", "اول", "ركن", "العميد", "العقيد", "المستشار", "الاستاذ",
        "صاحب", "السمو", "الملكي", "مولاي", "الرئيس", "الوزير", "دوله", "فخامه",
    ]

    /// Characters score.py's PUNCT regex turns into spaces.
    static let punctuation: Set<UInt32> = Set("\"'“”«»‘’„()[]{}.,،؛;:!؟?*-–—_/\\".unicodeScalars.map(\.value))

    /// Python's str.isspace().
    @inline(__always) static func isPythonSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default: return false
        }
    }

    /// score.py `normalize`: the name's tokens after diacritics, letter variants, punctuation, lowercase and
    /// leading honorifics.
    public static func normalize(_ name: String?) -> [String] {
        var scalars = String.UnicodeScalarView()
        for s in (name ?? "").unicodeScalars {
            let v = s.value
            if (0x064B...0x0652).contains(v) || v == 0x0670 || v == 0x0640 { continue }
            let mapped: UInt32
            switch v {
            case 0x0623, 0x0625, 0x0622, 0x0671: mapped = 0x0627
            case 0x0649: mapped = 0x064A
            case 0x0629: mapped = 0x0647
            case 0x0624: mapped = 0x0648
            case 0x0626: mapped = 0x064A
            default: mapped = punctuation.contains(v) ? 0x20 : v
            }
            scalars.append(Unicode.Scalar(mapped)!)
        }
        let lowered = String(scalars).lowercased()
        var tokens = [String]()
        var current = String.UnicodeScalarView()
        for s in lowered.unicodeScalars {
            if isPythonSpace(s.value) {
                if !current.isEmpty { tokens.append(String(current)); current = String.UnicodeScalarView() }
            } else {
                current.append(s)
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        var start = 0
        while start < tokens.count && honorifics.contains(tokens[start]) { start += 1 }
        return Array(tokens[start...])
    }

    /// score.py `names_match`: equal after normalization, or the shorter (≥ 2 tokens) is a contiguous run of
    /// the longer one's tokens.
    public static func namesMatch(_ a: String?, _ b: String?) -> Bool {
        tokensMatch(normalize(a), normalize(b))
    }

    static func tokensMatch(_ ta: [String], _ tb: [String]) -> Bool {
        if ta.isEmpty || tb.isEmpty { return false }
        if ta == tb { return true }
        let (short, long) = ta.count <= tb.count ? (ta, tb) : (tb, ta)
        if short.count < 2 { return false }
        var i = 0
        while i + short.count <= long.count {
            if Array(long[i..<(i + short.count)]) == short { return true }
            i += 1
        }
        return false
    }

    static func personMatches(_ predName: String, _ gold: GoldDocument.Person) -> Bool {
        ([gold.name] + gold.aliases.map { Optional($0) }).contains { namesMatch(predName, $0) }
    }

    // MARK: - Tallies

    public struct Tally: Hashable, Sendable, Codable {
        public var tp = 0, fp = 0, fn = 0
        public init(tp: Int = 0, fp: Int = 0, fn: Int = 0) { self.tp = tp; self.fp = fp; self.fn = fn }
        mutating func add(_ t: (Int, Int, Int)) { tp += t.0; fp += t.1; fn += t.2 }
        public var precision: Double {
            tp + fp > 0 ? Double(tp) / Double(tp + fp) : (fn == 0 ? 1.0 : 0.0)
        }
        public var recall: Double { tp + fn > 0 ? Double(tp) / Double(tp + fn) : 1.0 }
        public var f1: Double {
            let p = precision, r = recall
            return p + r > 0 ? 2 * p * r / (p + r) : 0.0
        }
    }

    /// Python's round(x, 4) (correctly rounded; values here are never exact ties).
    public static func round4(_ x: Double) -> Double {
        Double(String(format: "%.4f", x)) ?? x
    }

    public static let categories = ["countries", "persons", "organizations", "meetings_countries", "meetings_persons",
                                    "topics", "topics_specific"]

    public struct DocumentRow: Hashable, Sendable {
        public var doc: String
        /// (tp, fp, fn) per category, in `categories` order without topics_specific (as score.py's per_doc rows).
        public var counts: [(String, Int, Int, Int)]
        public static func == (a: DocumentRow, b: DocumentRow) -> Bool {
            a.doc == b.doc && a.counts.map { "\($0)" } == b.counts.map { "\($0)" }
        }
        public func hash(into h: inout Hasher) { h.combine(doc) }
        public func counts(_ category: String) -> (tp: Int, fp: Int, fn: Int)? {
            counts.first { $0.0 == category }.map { ($0.1, $0.2, $0.3) }
        }
    }

    public struct Report: Sendable {
        public var tallies: [String: Tally]
        public var personCountryAccuracy: Double?
        public var sessionAccuracy: Double?
        public var documents: Int
        public var missingPredictions: [String]
        public var perDoc: [DocumentRow]
    }

    // MARK: - Scoring

    /// Scores predictions against gold documents, as score.py does.
    /// - Parameters:
    ///   - gold: (gold file path, document), sorted by path as score.py's walk; NAME.txt = basename minus .gold.json.
    ///   - predictions: matched to gold by the basename of `source` (the last one wins on duplicates).
    ///   - generic: topic ids excluded from topics_specific.
    public static func score(gold: [(path: String, document: GoldDocument)], predictions: [DocumentExtraction],
                             generic: Set<String> = TopicLexicon.genericIDs) -> Report {
        var byName = [String: DocumentExtraction]()
        for d in predictions { byName[basename(d.source)] = d }
        var tallies = Dictionary(uniqueKeysWithValues: categories.map { ($0, Tally()) })
        var countryOK = 0, countryTotal = 0, sessionOK = 0, sessionTotal = 0
        var missing = [String]()
        var rows = [DocumentRow]()
        for (path, g) in gold {
            var base = basename(path)
            if base.hasSuffix(".gold.json") { base.removeLast(".gold.json".count) }
            let name = base + ".txt"
            let doc = byName[name]
            if doc == nil { missing.append(name) }
            var counts = [(String, Int, Int, Int)]()
            func record(_ c: String, _ r: (Int, Int, Int), row: Bool = true) {
                tallies[c]!.add(r)
                if row { counts.append((c, r.0, r.1, r.2)) }
            }
            record("countries", setScore(doc?.countries ?? [], g.countries))
            let predPersons = doc?.persons ?? []
            let pairs = matchPersons(predPersons, g.persons)
            record("persons", (pairs.count, predPersons.count - pairs.count, g.persons.count - pairs.count))
            for (p, gp) in pairs {
                if let gc = gp.country, !gc.isEmpty {
                    countryTotal += 1
                    if p.country == gc { countryOK += 1 }
                }
            }
            record("organizations", setScore((doc?.organizations ?? []).map(\.id), g.organizations))
            record("meetings_countries", setScore(predCountryPairs(doc?.meetings ?? []), goldCountryPairs(g.meetings)))
            record("meetings_persons", personPairScore(doc?.meetings ?? [], g.meetings))
            record("topics", setScore(doc?.topics ?? [], g.topics))
            record("topics_specific", setScore((doc?.topics ?? []).filter { !generic.contains($0) },
                                               g.topics.filter { !generic.contains($0) }), row: false)
            if let number = g.session?.number {
                sessionTotal += 1
                if let ps = doc?.session, ps.number == number, ps.body == g.session?.body { sessionOK += 1 }
            }
            rows.append(DocumentRow(doc: name, counts: counts))
        }
        return Report(tallies: tallies,
                      personCountryAccuracy: countryTotal > 0 ? round4(Double(countryOK) / Double(countryTotal)) : nil,
                      sessionAccuracy: sessionTotal > 0 ? round4(Double(sessionOK) / Double(sessionTotal)) : nil,
                      documents: rows.count, missingPredictions: missing, perDoc: rows)
    }

    static func basename(_ path: String) -> String {
        if let i = path.lastIndex(of: "/") { return String(path[path.index(after: i)...]) }
        return path
    }

    static func setScore<T: Hashable>(_ pred: [T], _ gold: [T]) -> (Int, Int, Int) {
        let p = Set(pred), g = Set(gold)
        return (p.intersection(g).count, p.subtracting(g).count, g.subtracting(p).count)
    }
    static func setScore<T: Hashable>(_ pred: Set<T>, _ gold: Set<T>) -> (Int, Int, Int) {
        (pred.intersection(gold).count, pred.subtracting(gold).count, gold.subtracting(pred).count)
    }

    static func matchPersons(_ pred: [ExtractedPerson], _ gold: [GoldDocument.Person]) -> [(ExtractedPerson, GoldDocument.Person)] {
        var pairs = [(ExtractedPerson, GoldDocument.Person)]()
        var used = Set<Int>()
        for p in pred {
            for (i, g) in gold.enumerated() where !used.contains(i) && personMatches(p.name, g) {
                used.insert(i)
                pairs.append((p, g))
                break
            }
        }
        return pairs
    }

    struct Pair: Hashable { let a: String; let b: String
        init(_ x: String, _ y: String) { if x < y { a = x; b = y } else { a = y; b = x } }
    }

    static func predCountryPairs(_ meetings: [ExtractedMeeting]) -> Set<Pair> {
        var out = Set<Pair>()
        for m in meetings {
            let a = m.participants.first, b = m.participants.count > 1 ? m.participants[1] : nil
            if let ca = a?.country, let cb = b?.country, !ca.isEmpty, !cb.isEmpty, ca != cb { out.insert(Pair(ca, cb)) }
        }
        return out
    }

    static func goldCountryPairs(_ meetings: [GoldDocument.Meeting]) -> Set<Pair> {
        var out = Set<Pair>()
        for m in meetings {
            if let ca = m.a?.country, let cb = m.b?.country, !ca.isEmpty, !cb.isEmpty, ca != cb { out.insert(Pair(ca, cb)) }
        }
        return out
    }

    static func samePair(_ p: (String, String), _ q: (String, String)) -> Bool {
        (namesMatch(p.0, q.0) && namesMatch(p.1, q.1)) || (namesMatch(p.0, q.1) && namesMatch(p.1, q.0))
    }

    static func dedupePairs(_ pairs: [(String, String)]) -> [(String, String)] {
        var uniq = [(String, String)]()
        for p in pairs where !uniq.contains(where: { samePair(p, $0) }) { uniq.append(p) }
        return uniq
    }

    static func personPairScore(_ pred: [ExtractedMeeting], _ gold: [GoldDocument.Meeting]) -> (Int, Int, Int) {
        var goldPairs = [(String, String)]()
        for m in gold {
            if let a = m.a?.person, let b = m.b?.person, !a.isEmpty, !b.isEmpty { goldPairs.append((a, b)) }
        }
        goldPairs = dedupePairs(goldPairs)
        var predPairs = [(String, String)]()
        for m in pred {
            let a = m.participants.first, b = m.participants.count > 1 ? m.participants[1] : nil
            if let pa = a?.person, let pb = b?.person, !pa.isEmpty, !pb.isEmpty { predPairs.append((pa, pb)) }
        }
        let uniq = dedupePairs(predPairs)
        var used = Set<Int>()
        var tp = 0
        for p in uniq {
            for (i, g) in goldPairs.enumerated() where !used.contains(i) && samePair(p, g) {
                used.insert(i)
                tp += 1
                break
            }
        }
        return (tp, uniq.count - tp, goldPairs.count - used.count)
    }
}

// MARK: - Output exactly as score.py prints it

extension Scoring.Report {
    /// score.py's table (and per-doc rows with `perDoc`), ending with a newline.
    public func table(perDoc: Bool = false) -> String {
        var s = pad("category", 22, left: true) + pad("P", 8) + pad("R", 8) + pad("F1", 8) + pad("tp", 6) + pad("fp", 6) + pad("fn", 6) + "\n"
        for c in Scoring.categories {
            let t = tallies[c] ?? Scoring.Tally()
            s += pad(c, 22, left: true)
            for v in [t.precision, t.recall, t.f1] { s += pad(String(format: "%.3f", Scoring.round4(v)), 8) }
            s += pad(String(t.tp), 6) + pad(String(t.fp), 6) + pad(String(t.fn), 6) + "\n"
        }
        s += "person country accuracy: \(pyFloat(personCountryAccuracy))\n"
        s += "session accuracy: \(pyFloat(sessionAccuracy))\n"
        if !missingPredictions.isEmpty {
            s += "no prediction for \(missingPredictions.count) article(s): \(missingPredictions.prefix(10).joined(separator: ", "))\n"
        }
        if perDoc {
            for row in self.perDoc {
                var parts = ["'doc': \(pyRepr(row.doc))"]
                for (c, tp, fp, fn) in row.counts { parts.append("'\(c)': (\(tp), \(fp), \(fn))") }
                s += "{" + parts.joined(separator: ", ") + "}\n"
            }
        }
        return s
    }

    /// score.py's `--json` output (json.dumps(indent=1, ensure_ascii=False)), ending with a newline.
    public func json(perDoc: Bool = false) -> String {
        var items = [(String, PyJSON)]()
        for c in Scoring.categories {
            let t = tallies[c] ?? Scoring.Tally()
            items.append((c, .object([
                ("precision", .number(Scoring.round4(t.precision))), ("recall", .number(Scoring.round4(t.recall))),
                ("f1", .number(Scoring.round4(t.f1))), ("tp", .int(t.tp)), ("fp", .int(t.fp)), ("fn", .int(t.fn)),
            ])))
        }
        items.append(("person_country_accuracy", personCountryAccuracy.map { .number($0) } ?? .null))
        items.append(("session_accuracy", sessionAccuracy.map { .number($0) } ?? .null))
        items.append(("documents", .int(documents)))
        items.append(("missing_predictions", .array(missingPredictions.map { .string($0) })))
        if perDoc {
            items.append(("per_doc", .array(self.perDoc.map { row in
                .object([("doc", .string(row.doc))] + row.counts.map { ($0.0, .array([.int($0.1), .int($0.2), .int($0.3)])) })
            })))
        }
        var out = ""
        PyJSON.object(items).write(to: &out, indent: 0)
        return out + "\n"
    }

    private func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
        let n = s.count
        if n >= width { return s }
        let space = String(repeating: " ", count: width - n)
        return left ? s + space : space + s
    }
}

/// Python's str(float) / None.
func pyFloat(_ x: Double?) -> String {
    guard let x else { return "None" }
    return pyFloatRepr(x)
}

/// Python float repr for the values a scorer prints (shortest round-trip digits, at least one decimal).
func pyFloatRepr(_ x: Double) -> String {
    var s = "\(x)"
    if s.contains("e") {
        // Swift writes 1e-05 as "1e-05"; Python as "1e-05" too. Keep as is.
        return s
    }
    if !s.contains(".") { s += ".0" }
    return s
}

/// Python's repr() of a str.
func pyRepr(_ s: String) -> String {
    let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
    var out = String(quote)
    for ch in s.unicodeScalars {
        switch ch {
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if Character(ch) == quote { out += "\\" + String(quote) }
            else if ch.value < 0x20 || ch.value == 0x7F { out += String(format: "\\x%02x", ch.value) }
            else { out.unicodeScalars.append(ch) }
        }
    }
    out.append(quote)
    return out
}

/// Minimal JSON writer matching Python's json.dumps(indent=1, ensure_ascii=False) layout.
indirect enum PyJSON {
    case object([(String, PyJSON)])
    case array([PyJSON])
    case string(String)
    case number(Double)
    case int(Int)
    case null

    func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .int(let i): out += String(i)
        case .number(let d): out += pyFloatRepr(d)
        case .string(let s): PyJSON.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, v) in items.enumerated() {
                out += String(repeating: " ", count: indent + 1)
                v.write(to: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let items):
            if items.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, (k, v)) in items.enumerated() {
                out += String(repeating: " ", count: indent + 1)
                PyJSON.writeString(k, to: &out)
                out += ": "
                v.write(to: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if ch.value < 0x20 { out += String(format: "\\u%04x", ch.value) } else { out.unicodeScalars.append(ch) }
            }
        }
        out += "\""
    }
}
