// The gold annotation of one article (`NAME.gold.json`, ../shared/eval/PROTOCOL.md), and its conversion to a
// `DocumentExtraction` so graphs and tests can be built from gold files. Parsing only; no file IO.
import Foundation

public struct GoldDocument: Codable, Hashable, Sendable {
    public struct Session: Codable, Hashable, Sendable {
        public var body: String?
        public var number: Int?
        public init(body: String?, number: Int?) { self.body = body; self.number = number }
    }

    public struct Person: Codable, Hashable, Sendable {
        public var name: String?
        public var aliases: [String]
        public var country: String?
        public var role: String?
        public init(name: String?, aliases: [String] = [], country: String? = nil, role: String? = nil) {
            self.name = name; self.aliases = aliases; self.country = country; self.role = role
        }
        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decodeIfPresent(String.self, forKey: .name)
            aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
            country = try c.decodeIfPresent(String.self, forKey: .country)
            role = try c.decodeIfPresent(String.self, forKey: .role)
        }
    }

    /// One side of a gold meeting: a person (with country when known), a country alone, or an organization.
    public struct Side: Codable, Hashable, Sendable {
        public var person: String?
        public var country: String?
        public var organization: String?
        public init(person: String? = nil, country: String? = nil, organization: String? = nil) {
            self.person = person; self.country = country; self.organization = organization
        }
    }

    public struct Meeting: Codable, Hashable, Sendable {
        public var a: Side?
        public var b: Side?
        public var kind: String?
        public init(a: Side?, b: Side?, kind: String?) { self.a = a; self.b = b; self.kind = kind }
    }

    public var language: String?
    public var session: Session?
    public var countries: [String]
    public var persons: [Person]
    public var organizations: [String]
    public var meetings: [Meeting]
    public var topics: [String]

    public init(language: String? = nil, session: Session? = nil, countries: [String] = [], persons: [Person] = [],
                organizations: [String] = [], meetings: [Meeting] = [], topics: [String] = []) {
        self.language = language; self.session = session; self.countries = countries; self.persons = persons
        self.organizations = organizations; self.meetings = meetings; self.topics = topics
    }

    /// Missing or null lists read as empty (as the reference scorer treats them).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        session = try c.decodeIfPresent(Session.self, forKey: .session)
        countries = try c.decodeIfPresent([String].self, forKey: .countries) ?? []
        persons = try c.decodeIfPresent([Person].self, forKey: .persons) ?? []
        organizations = try c.decodeIfPresent([String].self, forKey: .organizations) ?? []
        meetings = try c.decodeIfPresent([Meeting].self, forKey: .meetings) ?? []
        topics = try c.decodeIfPresent([String].self, forKey: .topics) ?? []
    }

    /// Why a gold file could not be read; `description` is one line.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Parses a gold file's bytes.
    public static func parse(_ data: Data) throws(ParseError) -> GoldDocument {
        do {
            return try JSONDecoder().decode(GoldDocument.self, from: data)
        } catch let DecodingError.dataCorrupted(ctx) {
            if let syntax = JSONSyntax.firstError(in: [UInt8](data)) {
                throw ParseError(message: "invalid JSON at line \(syntax.line), column \(syntax.column): \(syntax.message)")
            }
            throw ParseError(message: "invalid gold file: \(ctx.debugDescription)")
        } catch let DecodingError.typeMismatch(_, ctx) {
            throw ParseError(message: "\(path(ctx.codingPath)): wrong type (\(ctx.debugDescription))")
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw ParseError(message: "\(path(ctx.codingPath + [key])): missing")
        } catch let DecodingError.valueNotFound(_, ctx) {
            throw ParseError(message: "\(path(ctx.codingPath)): null where a value is required")
        } catch {
            throw ParseError(message: "invalid gold file: \(error)")
        }
    }

    private static func path(_ keys: [CodingKey]) -> String {
        var s = ""
        for k in keys {
            if let i = k.intValue { s += "[\(i)]" } else { s += s.isEmpty ? k.stringValue : "." + k.stringValue }
        }
        return s.isEmpty ? "top level" : s
    }

    /// The gold annotation as an extraction result (no evidence offsets: gold files have none).
    public func asExtraction(source: String) -> DocumentExtraction {
        var session: SessionRef?
        if let s = self.session, let body = s.body, let number = s.number {
            session = SessionRef(body: body, number: number)
        }
        let persons = self.persons.compactMap { p -> ExtractedPerson? in
            guard let name = p.name, !name.isEmpty else { return nil }
            return ExtractedPerson(name: name, aliases: p.aliases, country: p.country, role: p.role)
        }
        let meetings = self.meetings.compactMap { m -> ExtractedMeeting? in
            guard let a = m.a, let b = m.b else { return nil }
            let kind = m.kind.flatMap(MeetingKind.init(rawValue:)) ?? .met
            return ExtractedMeeting(
                participants: [Participant(person: a.person, country: a.country, organization: a.organization),
                               Participant(person: b.person, country: b.country, organization: b.organization)],
                kind: kind, topics: [], evidence: Evidence(start: 0, end: 0))
        }
        return DocumentExtraction(source: source, language: language ?? "ar", session: session, countries: countries,
                                  persons: persons, organizations: organizations.map { ExtractedOrganization(id: $0) },
                                  meetings: meetings, topics: topics)
    }
}
