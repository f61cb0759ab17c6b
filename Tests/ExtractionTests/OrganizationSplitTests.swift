import Testing
import Foundation
@testable import Extraction

/// `organizations` holds controlled ids only (the vocabulary and the user's lexicon), as gold files do;
/// other organizations the built-in lexicon knows are kept under `other_organizations`.
@Suite struct OrganizationSplitTests {
    let text = "القاهرة (وام) - شارك وزير الصحة في أعمال الدورة 61 لمجلس وزراء الصحة العرب بمقر جامعة الدول العربية."

    @Test func builtInNonVocabularyOrganizationsAreKeptApart() throws {
        let doc = Extractor().extract(text: text, source: "t.txt")
        let controlled = doc.organizations.map(\.id)
        #expect(controlled.contains("arab-league"))
        for id in controlled { #expect(OrganizationLexicon.vocabIDs.contains(id), "\(id) is not a vocabulary id") }
        #expect(!doc.otherOrganizations.isEmpty)
        for o in doc.otherOrganizations { #expect(!OrganizationLexicon.vocabIDs.contains(o.id)) }
        #expect(doc.allOrganizations.count == doc.organizations.count + doc.otherOrganizations.count)
    }

    @Test func userLexiconOrganizationsAreControlled() throws {
        let lexicon = UserLexicon(organizations: [.init(id: "arab-health-council", names: ["مجلس وزراء الصحة العرب"], kind: "council")])
        let doc = Extractor(lexicon: lexicon).extract(text: text, source: "t.txt")
        #expect(doc.organizations.map(\.id).contains("arab-health-council"))
        #expect(!doc.otherOrganizations.contains { $0.id == "arab-health-council" })
    }

    @Test func jsonCarriesBothListsAndDecodesOldFilesWithoutTheSecond() throws {
        let doc = Extractor().extract(text: text, source: "t.txt")
        let data = try JSONEncoder().encode(doc)
        let back = try JSONDecoder().decode(DocumentExtraction.self, from: data)
        #expect(back == doc)
        let old = #"{"source":"a.txt","language":"ar","countries":["TUN"],"persons":[],"organizations":[{"id":"arab-league","mentions":[]}],"meetings":[],"topics":[]}"#
        let decoded = try JSONDecoder().decode(DocumentExtraction.self, from: Data(old.utf8))
        #expect(decoded.organizations.map(\.id) == ["arab-league"])
        #expect(decoded.otherOrganizations.isEmpty)
    }
}
