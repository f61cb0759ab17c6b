import Testing
@testable import Extraction

/// Held-out generalization (second set): long English portfolios, title runs, English topic paraphrases.
/// Sentences written for these tests; the officials are invented.
@Suite struct GeneralizationPortfolioTests: ArticleProbe {
    @Test func portfolioAfterAndIsPartOfTheTitle() {
        let d = doc("The delegation later met Oman's Minister of Health and Prevention Karim Al Zadi, and both sides reviewed hospital plans.")
        #expect(d.persons.map(\.name) == ["Karim Al Zadi"])
        #expect(country(d, "Karim Al Zadi") == "OMN")
    }

    @Test func adjectivePortfolioAfterComma() {
        let d = doc("Talks were also held with Tunisian Minister of Equipment, Regional Development and Housing Samir Bouzid on Sunday.")
        #expect(d.persons.map(\.name) == ["Samir Bouzid"])
        #expect(country(d, "Samir Bouzid") == "TUN")
    }

    @Test func organizationDirectorTitleIntroducesName() {
        let d = doc("UNODC Executive Director Lina Harb, in a recorded address, warned about smuggling routes.")
        #expect(d.persons.map(\.name) == ["Lina Harb"])
        #expect(d.persons.first?.country == nil)
        let e = doc("The forum heard IOM Director General Paulo Santos, who spoke on return programmes.")
        #expect(e.persons.map(\.name) == ["Paulo Santos"])
    }


    @Test func smugglingAcrossBordersIsNotBorderSecurity() {
        #expect(!topics("The ministers agreed to curb weapons smuggling across borders in the Sahel.").contains("border-security"))
        #expect(!topics("واتفقا على التصدي لتهريب الأسلحة عبر الحدود في المنطقة.").contains("border-security"))
        #expect(!topics("Armed gangs know no borders, the minister warned.").contains("border-security"))
        #expect(topics("They discussed joint patrols across the border between the two countries.").contains("border-security"))
    }

    @Test func englishParaphrasesOfTopics() {
        let t = topics("He urged faster data sharing among agencies to fight cyber-enabled crime and online scams.")
        #expect(t.contains("information-exchange"))
        #expect(t.contains("cybercrime"))
        let p = topics("The two ministers rejected plans to displace Palestinians from the West Bank.")
        #expect(p.contains("refugees") && p.contains("palestinian-cause"))
    }

    @Test func pluralPeopleAndCoordinatedVenuesAreNotTheOutlet() {
        let d = doc("AMMAN — Foreign Minister Ayman Haddad on Sunday received a phone call from Egyptian Foreign Minister Badr Samir. Both rejected any attempt to displace Palestinians.")
        #expect(country(d, "Ayman Haddad") == "JOR")
        let e = doc("BEIRUT — Interior Minister Nadim Saleh met Omani Interior Minister Hamad Rawahi. They discussed developments in Iraq and Syria.")
        #expect(country(e, "Nadim Saleh") == "LBN")
    }

    @Test func counterpartsTellTheOutletCountry() {
        let d = doc("بن قردان - إذاعة الجنوب\nأشرف وزير الداخلية سامي القاسمي ونظيره الليبي فرج الزاوي على افتتاح المعبر.\nووجه وزير الداخلية الليبي دعوة لنظيره التونسي لزيارة طرابلس.")
        #expect(country(d, "سامي القاسمي") == "TUN")
        #expect(country(d, "فرج الزاوي") == "LBY")
    }

    @Test func arabicPortfolioOutsideTheLexiconKeepsTheTitle() {
        let d = doc("القاهرة - أ ش أ\nالتقى وزير الإسكان المصري سامح فؤاد مع هاني بن خالد الرشيد، وزير الشؤون البلدية والقروية بالمملكة العربية السعودية، وبحثا التعاون.")
        #expect(country(d, "سامح فؤاد") == "EGY")
        #expect(country(d, "هاني بن خالد الرشيد") == "SAU")
        let e = doc("وقدم الوزير الحداد رؤية الوزارة حول القضايا الأمنية.")
        #expect(!e.persons.contains { $0.name.contains("رؤية") })
    }

    @Test func delegationMemberAndLeaderTakeTheCountry() {
        let d = doc("التقى وزير الداخلية المغربي سعيد العلمي نظيره العراقي. وضم الوفد العراقي مدير عام الجمارك اللواء حازم الربيعي.")
        #expect(country(d, "حازم الربيعي") == "IRQ")
        let e = doc("أكد الوزير دعم الكويت الثابت بقيادة صاحب السمو الأمير مشعل الأحمد للعمل العربي المشترك.")
        #expect(country(e, "مشعل الأحمد") == "KWT")
    }

    @Test func delegationObjectMakesTheTitledOfficialTheSubject() {
        let d = doc("الرباط (ومع) - استقبل رئيس الحكومة سعيد العلمي نظيره الموريتاني.\nوفي سياق آخر، التقى وزير العدل حسن البقالي، بمقر الوزارة، وفدا عن منظمة الأمم المتحدة للطفولة.")
        let m = d.meetings.first { $0.participants.contains { $0.person == "حسن البقالي" } }
        #expect(m != nil)
        #expect(m?.participants.contains { $0.person == "سعيد العلمي" } == false)
    }

    @Test func secretaryGeneralWithoutHyphenAndBareTitleRefersBack() {
        let d = doc("RABAT, Morocco — INTERPOL Secretary General Lucas Moreno opened the conference on Monday.\nLater, the Secretary General held talks with Council Secretary-General Hamad bin Ali Saleh on training, and met Morocco's Minister of the Interior Youssef Amrani.")
        #expect(d.persons.first { $0.name == "Lucas Moreno" }?.organization == "interpol")
        let pairs = d.meetings.compactMap { m -> [String]? in
            let ps = m.participants.compactMap(\.person); return ps.count == 2 ? ps.sorted() : nil }
        #expect(pairs.contains(["Hamad bin Ali Saleh", "Lucas Moreno"]))
        #expect(pairs.contains(["Lucas Moreno", "Youssef Amrani"]))
    }

    @Test func coordinatedPortfolioAfterTitleIsNotAName() {
        let d = doc("ويضم الوفد المدير العام للأمن الوطني ومراقبة الحدود البرية.")
        #expect(d.persons.isEmpty)
        let e = doc("واستقبل وزير الداخلية الأردني وليد الحسن في عمان.")
        #expect(e.persons.map(\.name) == ["وليد الحسن"])
    }

    @Test func leagueCouncilNamesTheLeague() {
        let d = doc("وصل الوزير إلى القاهرة للمشاركة في اجتماع مجلس جامعة الدول العربية على المستوى الوزاري.")
        #expect(Set(d.organizations.map(\.id)) == ["arab-foreign-ministers-council", "arab-league"])
        let e = doc("The ministers will meet ahead of the Arab League Council at the ministerial level next week.")
        #expect(e.organizations.map(\.id).contains("arab-league"))
        let f = doc("اجتمع وزراء الخارجية العرب في الرياض.")
        #expect(!f.organizations.map(\.id).contains("arab-league"))
    }

    @Test func indefiniteCapacityBuildingIsTraining() {
        #expect(topics("وتناول اللقاء سبل تطوير قدرات الأجهزة المختصة في البلدين.").contains("training"))
        #expect(topics("واتفق الجانبان على بناء قدرات العاملين في الدفاع المدني.").contains("training"))
    }

    @Test func multiWordPortfoliosAndUnknownOrganizationTitles() {
        let d = doc("He also received Jordan's Minister of Higher Education and Scientific Research Omar Nsour, and Kuwaiti Minister of Justice and Minister of State for Housing Affairs Salem Mutairi.")
        #expect(country(d, "Omar Nsour") == "JOR")
        #expect(country(d, "Salem Mutairi") == "KWT")
        let e = doc("MANAMA, Jan 5 (BNA) -- The minister met UNHABITAT Regional Director Rania Saad on Monday.")
        #expect(e.persons.map(\.name) == ["Rania Saad"])
        #expect(country(e, "Rania Saad") == nil)
    }

    @Test func masculineAdjectiveOfPortfolioBeforeNisba() {
        let d = doc("كما التقى وزير التعليم العالي الأردني سامي حداد في مكتبه.")
        #expect(country(d, "سامي حداد") == "JOR")
    }

    @Test func titleBetweenTwoNamesIntroducesTheSecond() {
        let d = doc("الكويت (كونا) - استقبل الشيخ سالم العلي وزير الداخلية البريطاني جيمس كارتر في مكتبه.")
        #expect(country(d, "جيمس كارتر") == "GBR")
        #expect(country(d, "سالم العلي") == "KWT")
        let e = doc("التقى راشد بن عبد الله آل خليفة وزير الداخلية البحريني اليوم نظيره المصري.")
        #expect(e.persons.map(\.name) == ["راشد بن عبد الله آل خليفة"])
        #expect(country(e, "راشد بن عبد الله آل خليفة") == "BHR")
    }

    @Test func directorOfANationalBodyTakesItsCountry() {
        let d = doc("The minister also met with the Director General of the Egyptian Civil Protection Authority, Major General Hazem Fathi, on Monday.")
        #expect(country(d, "Hazem Fathi") == "EGY")
        #expect(d.meetings.allSatisfy { m in m.participants.allSatisfy { $0.person != nil || $0.country != "EGY" } })
    }

    @Test func delegationWordIsNotPartOfAName() {
        let d = doc("الجزائر (واج) - استقبل وزير الداخلية سمير بلقاسم وفدا عن المنظمة الدولية للهجرة.")
        #expect(d.persons.map(\.name) == ["سمير بلقاسم"])
        #expect(d.meetings.first?.participants.contains { $0.organization == "iom" } == true)
    }

    @Test func nisbaInsidePortfolioAndEnvoyTitles() {
        let d = doc("The prime minister met today with Minister of Foreign Affairs, African Cooperation and Senegalese Abroad Amadou Diop, and with the UN Special Envoy for Libya Maria Lind.")
        #expect(country(d, "Amadou Diop") == "SEN")
        #expect(d.persons.first { $0.name == "Maria Lind" }?.organization == "united-nations")
        #expect(country(d, "Maria Lind") == nil)
        let e = doc("He also received EU High Representative for Foreign Affairs and Security Policy Anna Berg on Monday.")
        #expect(e.persons.map(\.name) == ["Anna Berg"])
    }

    @Test func organizationAmbassadorPostedInACountryHasNoNationality() {
        let d = doc("تونس (وات) - استقبل وزير الداخلية سامي القاسمي سفيرة الاتحاد الأوروبي بتونس ماريا ليندا.")
        #expect(d.persons.first { $0.name == "ماريا ليندا" }?.country == nil)
        #expect(d.persons.first { $0.name == "ماريا ليندا" }?.organization == "european-union")
    }

    @Test func directorOfAMultiWordBody() {
        let d = doc("Sheikh Salem also met Director of the National Bureau of Investigation Mark Hale, and discussed counter-terrorism cooperation.")
        #expect(d.persons.contains { $0.name == "Mark Hale" })
        #expect(!d.persons.contains { $0.name.contains("Investigation") })
    }

    @Test func intelligenceSharingAndBestPractices() {
        let t = topics("The ministers called for the sharing of intelligence and an exchange of best practices between their forces.")
        #expect(t.contains("information-exchange"))
        #expect(t.contains("expertise-exchange"))
    }

    @Test func englishMinistryTitleMustMatchItsPortfolio() {
        let d = doc("Minister of Interior, Local Authorities and Regional Planning Samir Haddad met Minister of State for Foreign Affairs Khalifa Marar.")
        #expect(country(d, "Samir Haddad") == "DZA")
        #expect(country(d, "Khalifa Marar") == nil)
    }
}
