import Testing
@testable import Extraction

/// Held-out generalization: reversed and passive receptions, shared subjects, long adjuncts.
/// Sentences written for these tests (invented officials).
@Suite struct GeneralizationMeetingsTests: ArticleProbe {
    func received(_ d: DocumentExtraction) -> [(host: String?, guest: String?)] {
        d.meetings.filter { $0.kind == .received }.map { ($0.participants[0].country, $0.participants[1].country) }
    }

    @Test func receptionWithAnHonorificPossessor() {
        let d = doc("الكويت في 3 مايو /كونا/ توجه معالي الشيخ سالم العبد الله وزير الخارجية إلى الرباط.\nوكان في استقبال معاليه لدى وصوله إلى مطار الرباط سلا، السيد حميد العلوي وزير الخارجية المغربي.")
        #expect(received(d).contains { $0.host == "MAR" && $0.guest == "KWT" })
        let e = doc("الدوحة - قنا\nوصل وزير الداخلية الشيخ حمد بن جاسم آل ثاني إلى القاهرة، وكان في استقبال الوزير بالمطار وزير الداخلية المصري اللواء سامح عادل.")
        #expect(received(e).contains { $0.host == "EGY" && $0.guest == "QAT" })
    }

    @Test func passiveReceptions() {
        let d = doc("المنامة - بنا\nوكان وزير الخارجية عادل الزيرة قد استقبل، صباح اليوم، من طرف رئيس الحكومة الموريتاني السيد سيدي ولد محمد.")
        #expect(received(d).contains { $0.host == "MRT" && $0.guest == "BHR" })
        let e = doc("مسقط - العمانية\nحظي وزير الداخلية حمود البوسعيدي باستقبال من قبل الرئيس التونسي كمال بن علي.")
        #expect(received(e).contains { $0.host == "TUN" && $0.guest == "OMN" })
        let f = doc("AMMAN (Petra) -- Foreign Minister Nabil Haddad was received by Iraqi Prime Minister Ali Jabouri in Baghdad.")
        #expect(received(f).contains { $0.host == "IRQ" && $0.guest == "JOR" })
    }

    @Test func coordinatedClauseKeepsItsSubject() {
        let d = doc("On Monday, Iraqi Foreign Minister Hadi Rikabi held talks with Spain's Foreign Minister Luis Alvarez on trade, and later met Kuwaiti Foreign Minister Jaber Sabah.")
        #expect(personPairs(d).contains([norm("Hadi Rikabi"), norm("Jaber Sabah")].sorted()))
        #expect(!personPairs(d).contains([norm("Luis Alvarez"), norm("Jaber Sabah")].sorted()))
        let e = doc("استقبل وزير الداخلية المغربي حميد العلوي وزير الداخلية الموريتاني سيدي ولد أحمد، والتقى نظيره التونسي.")
        #expect(countryPairs(e).contains(["MAR", "TUN"]))
        #expect(!countryPairs(e).contains(["MRT", "TUN"]))
    }

    @Test func longAdjunctBeforeTheObject() {
        let d = doc("الرياض في 2 مايو /قنا/ التقى سعادة الشيخ حمد بن جاسم آل ثاني وزير العدل، على هامش مشاركته في أعمال المؤتمر الذي استضافته الرياض بحضور عدد من الوزراء، معالي المستشار سامح عادل وزير العدل في جمهورية مصر العربية.")
        #expect(countryPairs(d).contains(["EGY", "QAT"]))
        let e = doc("أبوظبي - وام\nالتقى وزير الخارجية الشيخ حمدان بن سيف آل نهيان نظيره الأردني.\nكما التقى سموه، بحضور سفير الدولة لدى المملكة ومندوبها الدائم لدى الجامعة العربية، وزير الخارجية الكويتي.")
        #expect(countryPairs(e).contains(["ARE", "KWT"]))
    }

    @Test func counterpartIsNotTheHeadOfState() {
        let d = doc("الرباط - ومع\nالتقى وزير الخارجية كريم العلوي نظيره السنغالي.\nوكان الرئيس السنغالي أمادو فال قد استقبل الوفود صباح اليوم.\nوالتقى كذلك نظيره الموريتاني.\nوكان رئيس الجمهورية الموريتانية سيدي ولد محمد قد افتتح الاجتماع.")
        #expect(!personPairs(d).contains([norm("كريم العلوي"), norm("سيدي ولد محمد")].sorted()))
        #expect(countryPairs(d).contains(["MAR", "MRT"]))
    }

    @Test func relativeClauseVisitHasItsAntecedentAsSubject() {
        let d = doc("الدوحة في 4 مايو /قنا/ استقبل وزير الداخلية الشيخ حمد بن جاسم آل ثاني اليوم وزير الداخلية العماني حمود البوسعيدي والوفد المرافق له الذي يزور دولة قطر حاليا.")
        let visits = d.meetings.filter { $0.kind == .visited }
        #expect(visits.allSatisfy { $0.participants[0].country == "OMN" && $0.participants[1].country == "QAT" })
        // nobody meets their own country
        #expect(!d.meetings.contains { $0.participants[0].country == $0.participants[1].country })
    }

    @Test func receptionOfAnUnnamedGuest() {
        let d = doc("الكويت - كونا\nوصل وزير الخارجية جابر الصباح إلى الرباط، وكان في استقبال الضيف لدى وصوله إلى المطار، وزير الخارجية المغربي حميد العلوي.")
        #expect(received(d).contains { $0.host == "MAR" && $0.guest == "KWT" })
    }
}
