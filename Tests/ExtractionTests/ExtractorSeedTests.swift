import Testing
import Foundation
@testable import Extraction
import ArabicText

/// Repository root, found from this file's path.
let repoRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func seedText(_ rel: String) throws -> String {
    try String(contentsOf: repoRoot.appendingPathComponent("seeds/" + rel), encoding: .utf8)
}

func extract(_ rel: String) throws -> DocumentExtraction {
    Extractor().extract(text: try seedText(rel), source: rel)
}

func norm(_ s: String?) -> String { ArabicNormalizer.normalizeName(s ?? "") }

/// Unordered (person, person) pairs of a document's meetings.
func personPairs(_ d: DocumentExtraction) -> Set<[String]> {
    Set(d.meetings.compactMap { m in
        guard let a = m.participants.first?.person, let b = m.participants.last?.person else { return nil }
        return [norm(a), norm(b)].sorted()
    })
}
func countryPairs(_ d: DocumentExtraction) -> Set<[String]> {
    Set(d.meetings.compactMap { m in
        guard let a = m.participants.first?.country, let b = m.participants.last?.country, a != b else { return nil }
        return [a, b].sorted()
    })
}

@Suite struct SeedArticleTests {
    let doc: DocumentExtraction
    init() throws { doc = try extract("000_5fb139bb7f0b8772.txt") }

    @Test func session() {
        #expect(doc.session?.body == "arab-interior-ministers-council")
        #expect(doc.session?.number == 41)
        #expect(doc.language == "ar")
    }

    @Test func countries() {
        #expect(Set(doc.countries) == ["LBY", "TUN", "SYR", "SAU", "ARE", "DZA", "PSE"])
    }

    @Test func officialsWithCountries() {
        let byName = Dictionary(doc.persons.map { (norm($0.name), $0) }, uniquingKeysWith: { a, _ in a })
        let expected: [(String, String?)] = [
            ("عماد مصطفى الطرابلسي", "LBY"), ("قيس سعيّد", "TUN"), ("محمد الرحمون", "SYR"), ("عبدالعزيز بن سعود", "SAU"),
            ("سيف بن زايد أل نهيان", "ARE"), ("عبدالمجيد بن عبدالله البنيان", nil), ("إبراهيم مراد", "DZA"),
            ("زياد محمود محمد هب الريح", "PSE"),
        ]
        #expect(doc.persons.count == expected.count)
        for (name, country) in expected {
            let p = byName[norm(name)]
            #expect(p != nil, "missing \(name)")
            #expect(p?.country == country, "\(name): \(p?.country ?? "nil")")
        }
        // one person, many mentions: the surname refers back
        let trabelsi = byName[norm("عماد مصطفى الطرابلسي")]
        #expect((trabelsi?.mentions.count ?? 0) >= 8)
        #expect(trabelsi?.role?.contains("interior minister") == true)
        #expect(byName[norm("عبدالمجيد بن عبدالله البنيان")]?.organization == "naif-arab-university")
    }

    @Test func meetings() {
        let t = norm("عماد مصطفى الطرابلسي")
        let expected: Set<[String]> = Set([
            "قيس سعيّد", "محمد الرحمون", "عبدالعزيز بن سعود", "سيف بن زايد أل نهيان", "عبدالمجيد بن عبدالله البنيان",
            "إبراهيم مراد", "زياد محمود محمد هب الريح",
        ].map { [t, norm($0)].sorted() })
        #expect(personPairs(doc) == expected)
        // the reception is hosted by the president; the invitation comes from the Saudi minister
        #expect(doc.meetings.contains { $0.kind == .received && norm($0.participants[0].person) == norm("قيس سعيّد") })
        #expect(doc.meetings.contains { $0.kind == .invited && $0.participants[0].country == "SAU" && $0.participants[1].country == "LBY" })
    }

    @Test func evidenceIsTheSentence() throws {
        let text = try seedText("000_5fb139bb7f0b8772.txt")
        let scalars = Array(text.unicodeScalars)
        for m in doc.meetings {
            var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[m.evidence.start..<m.evidence.end])
            #expect(String(v) == m.sentence)
        }
        let syrian = doc.meetings.first { $0.participants.last?.country == "SYR" }
        #expect(syrian?.sentence?.contains("الرحمون") == true)
        #expect(syrian?.topics.contains("information-exchange") == true)
    }
}
