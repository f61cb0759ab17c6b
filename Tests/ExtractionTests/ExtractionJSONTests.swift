import Foundation
import Testing
@testable import Extraction

@Suite struct ExtractionJSONTests {
    func reference(_ d: DocumentExtraction) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try e.encode(d), as: UTF8.self)
    }

    /// The fast writer gives JSONEncoder's bytes on every extracted dev-corpus document.
    @Test func sameBytesAsJSONEncoderOnTheCorpus() throws {
        let extractor = Extractor()
        for doc in Fixtures.corpus {
            let d = extractor.extract(text: doc.text, source: doc.path)
            #expect(ExtractionJSON.string(d) == (try reference(d)), "\(doc.path)")
        }
    }

    @Test func escapesAndOptionalFields() throws {
        var d = Fixtures.corpus[0].gold.asExtraction(source: "dir/with \"quotes\"\\and\ttabs\u{01}.txt")
        d.persons.append(ExtractedPerson(name: "line\nbreak /slash", aliases: ["ع\u{0C}"], country: nil, role: "r",
                                         organization: "o", mentions: [Evidence(start: 1, end: 2)]))
        d.session = SessionRef(body: "b", number: 7, evidence: Evidence(start: 3, end: 9))
        d.meetings.append(ExtractedMeeting(participants: [Participant(organization: "x")], kind: .called,
                                           topics: ["t"], evidence: Evidence(start: 0, end: 1), sentence: "«s»"))
        #expect(ExtractionJSON.string(d) == (try reference(d)))
    }
}
