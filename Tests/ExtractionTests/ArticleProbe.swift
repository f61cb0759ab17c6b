@testable import Extraction

/// What the rule tests ask of an invented sentence: its extraction, a person's country, the meetings' sides, the
/// topics of a phrase. Suites conform to get these helpers.
protocol ArticleProbe {}

extension ArticleProbe {
    func doc(_ t: String) -> DocumentExtraction { Extractor().extract(text: t, source: "-") }
    func country(_ d: DocumentExtraction, _ name: String) -> String? { d.persons.first { $0.name == name }?.country }
    func pairs(_ d: DocumentExtraction) -> [[String?]] { d.meetings.map { $0.participants.map { $0.person ?? $0.country } } }
    func topics(_ t: String) -> [String] { TopicFinder().ids(in: t) }
}
