// Council sessions: which session each article reports on, and the articles grouped by session.
//
// An article belongs to the session its extraction reports (`DocumentExtraction.session`: council body and
// ordinal). With `SessionRule.source = .folder` the number is taken from a `sessions/N/` path component
// instead (the body still comes from the extraction when it names one, else from the most common body of
// the input). A filter (`--session N`) keeps one session. Articles with no session are kept aside as
// *unassigned* and reported, never dropped silently.
import Extraction
import Foundation

/// A council session: the body's id (vocab/organizations.json, kind `council`) and its ordinal.
public struct SessionKey: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var body: String
    public var number: Int
    public init(body: String, number: Int) { self.body = body; self.number = number }

    /// "arab-interior-ministers-council#41", the form stored in `GraphMetadata.sessions`.
    public var id: String { "\(body)#\(number)" }
    public var description: String { id }

    /// Parses the `id` form ("body#41").
    public init?(id: String) {
        guard let hash = id.lastIndex(of: "#"), let n = Int(id[id.index(after: hash)...]) else { return nil }
        self.body = String(id[..<hash]); self.number = n
    }

    /// The calendar year the session was held, when majlis knows it (`KnownSessionYears`).
    public var year: Int? { KnownSessionYears.year(body: body, number: number) }

    public static func < (a: SessionKey, b: SessionKey) -> Bool { (a.body, a.number) < (b.body, b.number) }
}

/// Years of council sessions that are public record. Only sessions whose year is known are listed; any
/// other session simply has no year.
public enum KnownSessionYears {
    /// Council of Arab Interior Ministers, ordinary annual sessions held in Tunis (the 38th by video link).
    public static let table: [String: [Int: Int]] = [
        "arab-interior-ministers-council": [38: 2021, 39: 2022, 40: 2023, 41: 2024, 42: 2025],
    ]
    public static func year(body: String, number: Int) -> Int? { table[body]?[number] }
}

/// Where an article's session number comes from.
public enum SessionSource: String, Codable, Sendable, CaseIterable {
    /// the session the extraction (or gold file) reports
    case extraction
    /// a `sessions/N/` component of the article's path
    case folder
}

/// How to assign articles to sessions.
public struct SessionRule: Sendable, Hashable {
    public var source: SessionSource
    /// Keep only this session number (`--session N`); other articles are counted as filtered out.
    public var only: Int?
    /// Restrict to one council body; nil = any body.
    public var body: String?
    public init(source: SessionSource = .extraction, only: Int? = nil, body: String? = nil) {
        self.source = source; self.only = only; self.body = body
    }
}

/// One article and the session it was assigned to.
public struct SessionArticle: Sendable, Hashable {
    public var extraction: DocumentExtraction
    public var session: SessionKey?
    public var source: String { extraction.source }
}

/// Articles grouped by session, in session order, with the articles no session could be found for.
public struct SessionGroups: Sendable {
    /// Sessions in order (body, then number), each with its articles in input order.
    public var sessions: [(key: SessionKey, articles: [DocumentExtraction])]
    /// Articles whose session is unknown (no session in the extraction, or no `sessions/N/` in the path).
    /// Every article's `session` is the one assigned (nil for these), whatever the rule's source.
    public var unassigned: [DocumentExtraction]
    /// Articles left out by the rule's filter (`only` / `body`).
    public var filteredOut: [SessionArticle]

    public var keys: [SessionKey] { sessions.map(\.key) }

    public func articles(of key: SessionKey) -> [DocumentExtraction] {
        sessions.first(where: { $0.key == key })?.articles ?? []
    }

    /// The body with the most articles (ties: smallest id); the body a bare number refers to.
    public var primaryBody: String? {
        var counts: [String: Int] = [:]
        for s in sessions { counts[s.key.body, default: 0] += s.articles.count }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key
    }

    /// Finds a session from what a user typed: "41", "41st"-free digits, or "body#41".
    /// A bare number means the session of the primary body (the one most articles are about); when that
    /// body has no such session but exactly one other body does, that one.
    public func resolve(_ spec: String) throws(SessionError) -> SessionKey {
        let trimmed = spec.trimmingCharacters(in: .whitespaces)
        if let key = SessionKey(id: trimmed) {
            guard sessions.contains(where: { $0.key == key }) else { throw .noSuchSession(spec, available: keys) }
            return key
        }
        guard let n = Int(trimmed) else { throw .badSessionSpec(spec, available: keys) }
        let candidates = keys.filter { $0.number == n }
        if let primary = primaryBody, let key = candidates.first(where: { $0.body == primary }) { return key }
        if candidates.count == 1 { return candidates[0] }
        if candidates.isEmpty { throw .noSuchSession(spec, available: keys) }
        throw .ambiguousSession(spec, candidates: candidates)
    }
}

public enum SessionError: Error, Sendable, Equatable, CustomStringConvertible {
    case noSuchSession(String, available: [SessionKey])
    case badSessionSpec(String, available: [SessionKey])
    case ambiguousSession(String, candidates: [SessionKey])
    case emptySession(SessionKey, available: [SessionKey])

    public var description: String {
        switch self {
        case let .noSuchSession(spec, available):
            return "no articles in session \(spec); sessions found: \(Sessions.list(available))"
        case let .badSessionSpec(spec, available):
            return "'\(spec)' is not a session number (use e.g. 41 or body#41); sessions found: \(Sessions.list(available))"
        case let .ambiguousSession(spec, candidates):
            return "session \(spec) is ambiguous; name the body: \(candidates.map(\.id).joined(separator: ", "))"
        case let .emptySession(key, available):
            return "session \(key.id) has no meetings or countries; sessions found: \(Sessions.list(available))"
        }
    }
}

public enum Sessions {
    /// The session number given by a `sessions/N/` component of a path (the last such component), if any.
    public static func folderNumber(path: String) -> Int? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var found: Int?
        for i in parts.indices.dropLast() where parts[i] == "sessions" {
            let next = parts[i + 1]
            if !next.isEmpty, next.allSatisfy(\.isASCII), let n = Int(next), n >= 0 { found = n }
        }
        return found
    }

    /// Assigns every article to a session and groups them. Pure: only the extraction and its `source` path
    /// are used. The returned extractions carry the assigned session (so with `.folder` an article outside
    /// `sessions/N/` has none, and one inside has N whatever its text says).
    public static func group(_ docs: [DocumentExtraction], rule: SessionRule = SessionRule()) -> SessionGroups {
        // The body a folder number belongs to when the article itself names none.
        var bodyCounts: [String: Int] = [:]
        for d in docs { if let b = d.session?.body { bodyCounts[b, default: 0] += 1 } }
        let commonBody = bodyCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key

        var byKey: [SessionKey: [DocumentExtraction]] = [:]
        var unassigned: [DocumentExtraction] = []
        var filtered: [SessionArticle] = []
        for d in docs {
            let key: SessionKey?
            switch rule.source {
            case .extraction:
                key = d.session.map { SessionKey(body: $0.body, number: $0.number) }
            case .folder:
                if let n = folderNumber(path: d.source) {
                    key = SessionKey(body: d.session?.body ?? commonBody ?? "unknown", number: n)
                } else { key = nil }
            }
            // The extraction's session is set to the one assigned, so graphs built from these articles carry it.
            var d = d
            d.session = key.map { SessionRef(body: $0.body, number: $0.number, evidence: d.session?.evidence) }
            guard let key else { unassigned.append(d); continue }
            if let only = rule.only, key.number != only { filtered.append(SessionArticle(extraction: d, session: key)); continue }
            if let body = rule.body, key.body != body { filtered.append(SessionArticle(extraction: d, session: key)); continue }
            byKey[key, default: []].append(d)
        }
        let ordered = byKey.keys.sorted().map { (key: $0, articles: byKey[$0]!) }
        return SessionGroups(sessions: ordered, unassigned: unassigned, filteredOut: filtered)
    }

    /// "arab-interior-ministers-council#39, #40, #41; gcc-interior-ministers#41" — short list for messages.
    public static func list(_ keys: [SessionKey]) -> String {
        if keys.isEmpty { return "none" }
        var out: [String] = []
        var byBody: [String: [Int]] = [:]
        for k in keys { byBody[k.body, default: []].append(k.number) }
        for body in byBody.keys.sorted() {
            let nums = byBody[body]!.sorted()
            out.append(body + " " + nums.map { "#\($0)" }.joined(separator: ", "))
        }
        return out.joined(separator: "; ")
    }
}

/// Counts for one session, as `majlis sessions` prints them.
public struct SessionSummary: Codable, Hashable, Sendable {
    public var body: String
    public var number: Int
    public var year: Int?
    public var articles: Int
    public var countries: Int
    public var officials: Int
    public var meetings: Int
    /// Article paths, in the order given (the CLI sorts them by path).
    public var sources: [String]
    public init(body: String, number: Int, year: Int?, articles: Int, countries: Int, officials: Int,
                meetings: Int, sources: [String]) {
        self.body = body; self.number = number; self.year = year; self.articles = articles
        self.countries = countries; self.officials = officials; self.meetings = meetings; self.sources = sources
    }

    /// Counts from the session's graph: entity-resolved officials and countries, and meetings (each once
    /// however many articles report it, `Graph.meetingCount`).
    public init(key: SessionKey, articles: [DocumentExtraction], graph: Graph) {
        self.init(body: key.body, number: key.number, year: key.year, articles: articles.count,
                  countries: graph.nodes.filter { $0.kind == .country }.count,
                  officials: graph.nodes.filter { $0.kind == .person }.count,
                  meetings: graph.meetingCount,
                  sources: articles.map(\.source))
    }
}
