import Testing
@testable import Extraction

@Suite struct SessionExtractionTests {
    func session(_ text: String) -> SessionRef? { Extractor().extract(text: text, source: "-").session }

    @Test(arguments: [
        ("sessions/39/39-01-oman-busaidi-chair.txt", 39), ("sessions/39/39-03-libya-mazen-algeria.txt", 39),
        ("sessions/39/39-04-tunisia-saied-charfeddine.txt", 39), ("sessions/40/40-02-egypt-tawfik.txt", 40),
        ("sessions/40/40-03-libya-trabelsi.txt", 40), ("sessions/40/40-05-en-libya-algeria.txt", 40),
        ("sessions/41/41-03-algeria-merad.txt", 41), ("sessions/41/41-07-morocco-laftit.txt", 41),
        ("sessions/41/41-04-en-uae-saif.txt", 41), ("sessions/42/42-01-libya-trabelsi.txt", 42),
        ("sessions/42/42-03-egypt-tawfik.txt", 42), ("sessions/42/42-05-iraq-shammari.txt", 42),
    ])
    func numberFormsOnSeeds(_ file: String, _ number: Int) throws {
        let d = try extract(file)
        #expect(d.session?.number == number)
        #expect(d.session?.body == "arab-interior-ministers-council")
    }

    @Test func picksTheReportedSessionAmongSeveral() throws {
        #expect(try extract("other/other-04-oman-koman-two-sessions.txt").session?.number == 40)
        #expect(try extract("other/other-05-en-wire-38-virtual.txt").session?.number == 38)
        #expect(try extract("sessions/40/40-04-tunisia-opening.txt").session?.number == 40)
    }

    @Test func tellsCouncilsApart() throws {
        #expect(try extract("other/other-01-justice-40-libya.txt").session == SessionRef(body: "arab-justice-ministers-council", number: 40, evidence: try extract("other/other-01-justice-40-libya.txt").session?.evidence))
        #expect(try extract("other/other-02-gcc-interior-41-uae.txt").session?.body == "gcc-interior-ministers")
        #expect(try extract("other/other-06-arab-fm-162-wafa.txt").session?.number == 162)
        #expect(try extract("other/other-03-phone-jordan-iraq.txt").session == nil)
    }

    @Test func otherBodiesAreNotTheCouncil() {
        #expect(session("شارك الوزير في المؤتمر الـ48 لقادة الشرطة والأمن العرب.") == nil)
        #expect(session("شارك الوزير في الاجتماع الثاني عشر لوزراء داخلية دول جوار ليبيا.") == nil)
        #expect(session("انطلقت أعمال الدورة الحادية والأربعين لمجلس وزراء الداخلية العرب في تونس.")?.number == 41)
    }
}
