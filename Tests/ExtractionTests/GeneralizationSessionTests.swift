import Testing
import ArabicText
@testable import Extraction

/// Held-out generalization: session numbers outside the `الدورة … لمجلس …` shape, and the Palestinian cause.
/// Sentences written for these tests.
@Suite struct GeneralizationSessionTests {
    func session(_ t: String) -> SessionRef? { Extractor().extract(text: t, source: "-").session }

    @Test func arabSummitNumbers() {
        #expect(session("انطلقت في الجزائر أعمال القمة العربية الـ31 بمشاركة القادة العرب.").map { [$0.body, "\($0.number)"] } == ["arab-league-summit", "31"])
        #expect(session("يشارك الوفد في أعمال القمة العربية العادية الخامسة والثلاثين.").map { [$0.body, "\($0.number)"] } == ["arab-league-summit", "35"])
        #expect(session("Leaders gathered in Algiers for the 31st Arab League summit on Tuesday.").map { [$0.body, "\($0.number)"] } == ["arab-league-summit", "31"])
        #expect(session("Leaders gathered for the Arab League's 31st summit in Algiers.").map { [$0.body, "\($0.number)"] } == ["arab-league-summit", "31"])
        #expect(session("انطلقت أعمال القمة العربية العادية في دورتها الـ31 بالجزائر.").map { [$0.body, "\($0.number)"] } == ["arab-league-summit", "31"])
    }

    @Test func englishHundredsInWords() {
        let s = session("Ministers attended the one hundred and sixty-fourth session of the Arab League Council at the ministerial level.")
        #expect(s?.number == 164)
        #expect(s?.body == "arab-foreign-ministers-council")
        let toks = TokenizedText("the one hundred and first session").tokens
        #expect(Ordinals.parse(toks, at: 1)?.value == 101)
    }

    @Test func councilNamedBeforeTheNumber() {
        let s = session("The Arab League Council at ministerial level opened its 158th ordinary session in Cairo on Sunday.")
        #expect(s?.number == 158)
        #expect(s?.body == "arab-foreign-ministers-council")
    }

    @Test func palestinianCauseNamesPalestine() {
        let d = Extractor().extract(text: "وأكد وزير الخارجية العماني دعم بلاده الثابت للقضية الفلسطينية.", source: "-")
        #expect(d.countries.contains("PSE"))
    }
}
