import Testing
@testable import Extraction

/// Held-out generalization: names introduced by head-of-state titles, names that contain country words,
/// English titles. Sentences written for these tests (invented officials).
@Suite struct GeneralizationNamesTests: ArticleProbe {
    func person(_ d: DocumentExtraction, _ name: String) -> ExtractedPerson? { d.persons.first { norm($0.name) == norm(name) } }

    @Test func bareHeadOfStateTitleIntroducesAName() {
        let d = doc("الجزائر - واج\nاستقبل الرئيس منصور بلقاسمي، اليوم، وزير الخارجية الموريتاني سيدي ولد أحمد.")
        #expect(person(d, "منصور بلقاسمي")?.country == "DZA")
        #expect(countryPairs(d).contains(["DZA", "MRT"]))
        #expect(personPairs(d).contains([norm("منصور بلقاسمي"), norm("سيدي ولد أحمد")].sorted()))
    }

    @Test func monarchTitlesIntroduceNames() {
        let d = doc("استقبل صاحب الجلالة الملك إدريس الرابع، بالقصر الملكي، رئيس الوزراء الكويتي سالم الحمود.")
        #expect(person(d, "إدريس الرابع") != nil)
        let e = doc("وكان في استقبال الضيف ولي العهد الأمير الفيصل بن ناصر آل راشد.")
        #expect(person(e, "الفيصل بن ناصر آل راشد") != nil)
        let f = doc("وبعث خادم الحرمين الشريفين الملك فهد بن سعود آل فيصل برقية إلى الرئيس اللبناني.")
        #expect(person(f, "فهد بن سعود آل فيصل")?.country == "SAU")
    }

    @Test func bareTitleLaterRefersToTheMainActor() {
        let d = doc("القاهرة - أ ش أ\nالتقى الرئيس كريم منصور، اليوم، بالعاهل الأردني الملك زيد بن طلال.\nكما التقى الرئيس رئيس الوزراء العراقي سعد الجبوري.")
        #expect(personPairs(d).contains([norm("كريم منصور"), norm("سعد الجبوري")].sorted()))
        #expect(!personPairs(d).contains([norm("زيد بن طلال"), norm("سعد الجبوري")].sorted()))
    }

    @Test func countryWordsInsideNames() {
        let d = doc("التقت رئيسة الوزراء الإيطالية جورجيا بيانكي وزير الداخلية الليبي سالم الورفلي.")
        #expect(person(d, "جورجيا بيانكي")?.country == "ITA")
        #expect(!d.countries.contains("GEO"))
        let e = doc("التقى رئيس مجلس الوزراء العراقي علي جاسم المصري، اليوم، نظيره الأردني.")
        #expect(person(e, "علي جاسم المصري")?.country == "IRQ")
        #expect(!e.countries.contains("EGY"))
        // a nisba followed by a title is the next person's country, not part of the name
        let f = doc("التقى وزير الداخلية العراقي علي جاسم، والسوداني الفريق عمر بابكر.")
        #expect(person(f, "علي جاسم") != nil)
        #expect(f.countries.contains("SDN"))
    }

    @Test func longMinistryTitleReachesTheName() {
        // a domestic official with a long coordinated title, then a comma and the name
        let d = doc("تونس - وات\nاستقبل وزير الشؤون الاجتماعية والتضامن الوطني والتونسيين بالخارج، السيد منير الجلاصي، نظيره الليبي.")
        #expect(person(d, "منير الجلاصي")?.country == "TUN")
        #expect(countryPairs(d).contains(["LBY", "TUN"]))
    }

    @Test func fatherNameInsideAPatronymicIsAnotherPerson() {
        let d = doc("AMMAN (Petra) -- King Talal III received Kuwaiti Prime Minister Salem Al-Hamoud. Crown Prince Zaid bin Talal III attended the meeting.")
        #expect(d.persons.contains { $0.name == "Talal III" })
        #expect(d.persons.contains { $0.name == "Zaid bin Talal III" })
    }

    @Test func nisbaMinisterResolvesToTheMinisterNotTheHeadOfState() {
        let d = doc("المنامة - بنا\nاستقبل الملك زيد بن علي آل فاضل اليوم وزير الخارجية المصري سامح عادل، الذي نقل تحيات الرئيس المصري كريم منصور.\nوكان في استقبال الوزير المصري لدى وصوله، وزير الخارجية سالم الدوسري.")
        let r = d.meetings.filter { $0.kind == .received }.map { $0.participants[1].person }
        #expect(r.allSatisfy { $0 == "سامح عادل" })
        #expect(r.count == 2)
    }

    @Test func titleNisbaBelongsToItsOwnOfficial() {
        let d = doc("التقى وزير الخارجية الكويتي سالم العلي، كلا على حدة، معالي كمال بن صالح وزير الخارجية التونسي، ومعالي الدكتور سامح عادل وزير الخارجية المصري.")
        #expect(person(d, "سامح عادل")?.country == "EGY")
        #expect(person(d, "كمال بن صالح")?.country == "TUN")
    }

    @Test func coordinatedTitleOpensTheNextGuest() {
        let d = doc("استقبل وزير الداخلية المغربي حميد العلوي كلا من وزير الداخلية للجمهورية التونسية، السيد كمال بن صالح، ووزير الداخلية بحكومة الوحدة الوطنية الليبية، السيد سالم الورفلي.")
        #expect(person(d, "سالم الورفلي")?.country == "LBY")
        #expect(countryPairs(d) == [["MAR", "TUN"], ["LBY", "MAR"]])
    }

    @Test func givenNamesWithTheArticleAfterAnHonorific() {
        let d = doc("أجرى رئيس الحكومة مباحثات مع رئيس الوزراء الموريتاني، السيد المصطفى ولد سيدي، الذي يزور البلاد.")
        #expect(person(d, "المصطفى ولد سيدي")?.country == "MRT")
        let e = doc("التقى وزير الخارجية التونسي السيد الطيب الزواري نظيره الجزائري.")
        #expect(person(e, "الطيب الزواري")?.country == "TUN")
        // without an honorific, an ال-word after a title is the institution, not a given name
        let f = doc("وقال رئيس الاتحاد سامي الجابري إن الفريق جاهز.")
        #expect(!f.persons.contains { $0.name.hasPrefix("الاتحاد") })
    }

    @Test func englishTitleWordsStayOutOfNames() {
        let d = doc("Minister of Foreign Affairs and Expatriates Nabil Haddad met Minister of External Relations of the Republic of Chad Ali Mahamat.")
        #expect(d.persons.contains { $0.name == "Nabil Haddad" })
        #expect(!d.persons.contains { $0.name.contains("Expatriates") })
    }
}

/// English phone-call phrasings.
@Suite struct GeneralizationEnglishCallTests {
    func calls(_ t: String) -> [ExtractedMeeting] { Extractor().extract(text: t, source: "-").meetings.filter { $0.kind == .called } }

    @Test func receivedAPhoneCallFrom() {
        let m = calls("AMMAN, March 3 (Petra) -- Foreign Minister Nabil Haddad received a phone call from Egyptian Foreign Minister Samir Farouk.")
        #expect(m.count == 1)
        #expect(m.first?.participants[0].person == "Samir Farouk")
        #expect(m.first?.participants[1].country == "JOR")
    }

    @Test func spokeByPhoneAndTelephoned() {
        let a = calls("DOHA, May 2 (QNA) - Minister of State Ali Kuwari spoke by phone with Omani Foreign Minister Salim Harthy on Monday.")
        #expect(Set(a.flatMap { $0.participants.compactMap(\.country) }) == ["QAT", "OMN"])
        let b = calls("Tunisian Foreign Minister Hedi Jaziri telephoned his Libyan counterpart Omar Zawi on Sunday.")
        #expect(Set(b.flatMap { $0.participants.compactMap(\.country) }) == ["TUN", "LBY"])
    }

    @Test func inAPhoneCallWith() {
        let a = calls("Iraqi Foreign Minister Hadi Rikabi said in a phone call with his Kuwaiti counterpart Jaber Sabah that trade should grow.")
        #expect(a.count == 1)
        #expect(Set(a.flatMap { $0.participants.compactMap(\.country) }) == ["IRQ", "KWT"])
    }
}
