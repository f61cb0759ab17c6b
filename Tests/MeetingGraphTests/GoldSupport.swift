// Gold files (PROTOCOL.md) → DocumentExtraction, so the graph can be tested on the dev corpus without the
// extractor. Meetings carry no offsets in gold files; evidence is (0, 0).
import Extraction
import Foundation

enum TestGold {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Side: Decodable { var person: String?; var country: String?; var organization: String? }
    struct Meeting: Decodable { var a: Side; var b: Side; var kind: String }
    struct Person: Decodable { var name: String; var aliases: [String]?; var country: String?; var role: String? }
    struct Session: Decodable { var body: String; var number: Int }
    struct Doc: Decodable {
        var language: String
        var session: Session?
        var countries: [String]
        var persons: [Person]
        var organizations: [String]
        var meetings: [Meeting]
        var topics: [String]
    }

    /// Relative paths of every gold file under seeds/, sorted.
    static func goldPaths(under folder: String = "seeds") -> [String] {
        let base = root.appendingPathComponent(folder).path
        let e = FileManager.default.enumerator(atPath: base)!
        var out: [String] = []
        while let rel = e.nextObject() as? String {
            if rel.hasSuffix(".gold.json") { out.append(folder + "/" + rel) }
        }
        return out.sorted()
    }

    /// The extraction a perfect extractor would give for the article beside this gold file.
    static func extraction(_ goldPath: String) throws -> DocumentExtraction {
        let data = try Data(contentsOf: root.appendingPathComponent(goldPath))
        let g = try JSONDecoder().decode(Doc.self, from: data)
        let source = String(goldPath.dropLast(".gold.json".count)) + ".txt"
        func part(_ s: Side) -> Participant { Participant(person: s.person, country: s.country, organization: s.organization) }
        return DocumentExtraction(
            source: source, language: g.language,
            session: g.session.map { SessionRef(body: $0.body, number: $0.number) },
            countries: g.countries,
            persons: g.persons.map { ExtractedPerson(name: $0.name, aliases: $0.aliases ?? [], country: $0.country, role: $0.role) },
            organizations: g.organizations.map { ExtractedOrganization(id: $0) },
            meetings: g.meetings.map { ExtractedMeeting(participants: [part($0.a), part($0.b)],
                                                        kind: MeetingKind(rawValue: $0.kind) ?? .met, topics: [],
                                                        evidence: Evidence(start: 0, end: 0)) },
            topics: g.topics)
    }

    static func all(under folder: String = "seeds") throws -> [DocumentExtraction] {
        try goldPaths(under: folder).map(extraction)
    }
}
