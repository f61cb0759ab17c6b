import Testing
@testable import Extraction

/// A dateline city that hosts the council session is where the reporter was sent, not the outlet's home: a domestic
/// minister named without a nisba must not take the venue's country. A dateline city that hosts a bilateral meeting
/// is still the outlet's own. Sentences written for these tests; the officials are invented.
@Suite struct SessionVenueHomeTests: ArticleProbe {
    @Test func englishDatelineAtTheSessionVenueIsNotHome() {
        let d = doc("""
        TUNIS — Minister of Interior Sheikh Faisal bin Hamad Al-Tamimi met his Jordanian counterpart Omar Haddadin on the \
        sidelines of the 41st session of the Council of Arab Interior Ministers, which opened in the Tunisian capital on Monday.
        """)
        #expect(country(d, "Omar Haddadin") == "JOR")
        #expect(country(d, "Faisal bin Hamad Al-Tamimi") != "TUN")
        #expect(!d.meetings.contains { m in m.participants.contains { $0.country == "TUN" } })
    }

    @Test func arabicDatelineAtTheSessionVenueIsNotHome() {
        let d = doc("""
        تونس: «الشروق»
        التقى الفريق الشيخ حمد بن سالم الكعبي، نائب رئيس مجلس الوزراء وزير الداخلية، على هامش أعمال الدورة الحادية والأربعين لمجلس وزراء الداخلية العرب في تونس، نظيره الأردني عمر الحديدي.
        """)
        #expect(country(d, "عمر الحديدي") == "JOR")
        #expect(country(d, "حمد بن سالم الكعبي") != "TUN")
    }

    @Test func datelineCityHostingABilateralMeetingIsStillHome() {
        let d = doc("""
        الرباط - أجرى وزير الداخلية، السيد كريم العلوي، اليوم الخميس بالرباط، مباحثات مع وزير الداخلية الموريتاني محمد ولد سيدي.
        """)
        #expect(country(d, "كريم العلوي") == "MAR")
        #expect(country(d, "محمد ولد سيدي") == "MRT")
    }
}

/// A session named in a relative clause about someone's past is background, not the session the article reports.
@Suite struct BackgroundSessionTests {
    func session(_ t: String) -> Int? { Extractor().extract(text: t, source: "-").session?.number }

    @Test func relativeClauseAboutThePastIsNotTheReportedSession() {
        #expect(session("""
        MADRID — Spain's interior minister met Morocco's Said Benali on Monday. Benali, who chaired the 39th session of \
        the Council of Arab Interior Ministers in 2022, discussed migration with his host.
        """) == nil)
    }

    @Test func theLeadsOwnHostedSessionStays() {
        #expect(session("TUNIS — Tunisia hosted the 41st session of the Council of Arab Interior Ministers on Wednesday.") == 41)
    }
}

/// Topic wording found on the fourth held-out set, in sentences written for these tests.
@Suite struct TopicWordingTests: ArticleProbe {
    @Test func maghrebTrainingCourses() {
        #expect(topics("واقترح الوزير تنظيم دورات تكوينية لفائدة أعوان الحماية المدنية.").contains("training"))
    }

    @Test func borderControlAndCrossings() {
        #expect(topics("واتفق الجانبان على تشديد الرقابة على الحدود والمعابر.").contains("border-security"))
    }

    @Test func policeSportIsNoPoliceCooperation() {
        #expect(!topics("وأكد أن الرياضة الشرطية تعزز روح الفريق بين المنتسبين.").contains("police-cooperation"))
        #expect(topics("وبحث الجانبان سبل تطوير التعاون في المجالات الشرطية.").contains("police-cooperation"))
    }
}
