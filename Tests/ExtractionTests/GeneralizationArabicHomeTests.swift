import Testing
@testable import Extraction

/// Held-out generalization (third set, Arabic): home country of domestic officials without a nisba, ranks and
/// honorifics, `جمع لقاء X بـ Y`, unlinked surname subjects, descriptor nisbas, topic cues of Maghreb and Gulf copy.
/// Sentences written for these tests; the officials are invented.
@Suite struct GeneralizationArabicHomeTests: ArticleProbe {
    @Test func leadStartingWithShaarakIsNotFurniture() {
        let d = doc("شارك وزير الداخلية الأردني سامر الخوالدة في أعمال المؤتمر العربي لرؤساء أجهزة الأمن في الجزائر.")
        #expect(d.persons.map(\.name) == ["سامر الخوالدة"])
        #expect(country(d, "سامر الخوالدة") == "JOR")
    }

    @Test func levantineArmyRankIntroducesName() {
        let d = doc("ونقل الوزير تحيات قائد الجيش العماد ميشال حداد إلى المشاركين.")
        #expect(d.persons.contains { $0.name == "ميشال حداد" })
        let e = doc("وحضر اللقاء سماحة الشيخ حسن الموسوي ممثلا عن المجلس.")
        #expect(e.persons.contains { $0.name == "حسن الموسوي" })
    }

    @Test func coordinatedTitleAfterRankedNameOpensTheNextName() {
        let d = doc("وكان الوزير قد نقل تحيات رئيس الجمهورية العماد ميشال حداد ورئيس الحكومة سليم نصار إلى المجتمعين.")
        #expect(d.persons.contains { $0.name == "ميشال حداد" })
        #expect(d.persons.contains { $0.name == "سليم نصار" })
    }

    @Test func ministryTitleWithoutNisbaVotesForItsCountryNotTheVenue() {
        let d = doc("سعيد من الجزائر: لبنان حاضر\n\nشارك وزير الداخلية والبلديات العميد سامي سعيد في أعمال الدورة التي انعقدت في الجزائر.\n\nوكان سعيد قد نقل إلى المجتمعين، في كلمة لبنان، تحيات رئيس الحكومة رامي داود.")
        #expect(country(d, "سامي سعيد") == "LBN")
        #expect(country(d, "رامي داود") == "LBN")
    }

    @Test func policeCommanderTakesTheOutletCountry() {
        let d = doc("المنامة (بنا) - حضر الاجتماع اللواء خالد يوسف العلي، القائد العام لشرطة المحرق.")
        #expect(country(d, "خالد يوسف العلي") == "BHR")
    }

    @Test func newspaperDatelineGivesTheOutlet() {
        let d = doc("القاهرة - البيان\nالتقى وزير الداخلية الفريق سالم بن راشد، نظيره المصري اللواء حسن فؤاد.")
        #expect(country(d, "سالم بن راشد") == "ARE")
        #expect(country(d, "حسن فؤاد") == "EGY")
    }

    @Test func domesticReportFallsBackToItsOnlyCountry() {
        let d = doc("أعلنت وزارة الداخلية ضبط شحنة مخدرات بتوجيهات من وزير الداخلية الشيخ ناصر سالم الحمد، وبمتابعة من وكيل الوزارة اللواء فيصل الرشيد، قبل وصولها إلى قطر.")
        #expect(country(d, "ناصر سالم الحمد") == "QAT")
        #expect(country(d, "فيصل الرشيد") == "QAT")
    }

    @Test func outletNamedInTheTextGivesTheHomeCountry() {
        let d = doc("التقى سعيد البقالي، وزير العدل، أمس بتونس، نظيره الليبي، وفق بلاغ توصلت به هسبريس.")
        #expect(country(d, "سعيد البقالي") == "MAR")
    }

    @Test func monarchWithoutNisbaIsTheOutletsOwn() {
        let d = doc("عمان (بترا) - أكد وزير الداخلية أن توجيهات جلالة الملك حسين بن طلال، تقضي بتعزيز التنسيق الأمني.")
        #expect(country(d, "حسين بن طلال") == "JOR")
    }

    @Test func gatheringConstructionIsAMeeting() {
        let d = doc("الرباط (ومع) - وجمع لقاء ثان وزير الداخلية سعيد العلمي بالفريق الشيخ حمد بن راشد آل خليفة، وزير الداخلية بمملكة البحرين، تم خلاله بحث التعاون.")
        #expect(pairs(d).contains { Set($0.compactMap { $0 }) == Set(["سعيد العلمي", "حمد بن راشد آل خليفة"]) })
        #expect(country(d, "حمد بن راشد آل خليفة") == "BHR")
    }

    @Test func descriptorNisbaIsNotTheNextNamesCountry() {
        let d = doc("أجرى سعيد العلمي، وزير الداخلية، مباحثات مع نظيره التونسي.\nوجمع لقاء آخر المسؤول الحكومي المغربي بالفريق الشيخ حمد بن راشد آل خليفة، وزير الداخلية بمملكة البحرين.")
        #expect(country(d, "حمد بن راشد آل خليفة") == "BHR")
        #expect(country(d, "سعيد العلمي") == "MAR")
    }

    @Test func unlinkedSurnameSubjectIsNotAnotherPerson() {
        let d = doc("بيروت (الوكالة الوطنية للإعلام) - فقد اجتمع الخوري بوزير الداخلية الأردني سامر الخوالدة. ونقل تحيات رئيس الحكومة رامي داود.")
        #expect(!pairs(d).contains { $0.contains("رامي داود") })
        #expect(pairs(d).contains { Set($0.compactMap { $0 }) == Set(["LBN", "سامر الخوالدة"]) })
    }

    @Test func venueAfterCounterpartListIsNotACounterpart() {
        let d = doc("العلمي يجري مباحثات مع نظيريه الليبي والقطري بالجزائر")
        #expect(!pairs(d).contains { $0.contains("DZA") })
    }

    @Test func bareSecretaryGeneralIsNotDomestic() {
        let d = doc("الرباط (ومع) - وافتتح المجلس أشغاله بكلمة للأمين العام حسن بن سالم النعيمي.")
        #expect(country(d, "حسن بن سالم النعيمي") == nil)
    }

    @Test func arabicTopicCues() {
        #expect(topics("وتباحث الجانبان في مجالات تكوين الأطر وتبادل الخبرات.").contains("training"))
        #expect(topics("وأكدت الوزارة أن التنسيق مع الأجهزة النظيرة أسهم في ضبط الشحنة.").contains("security-cooperation"))
        #expect(!topics("وقالت المديرية العامة للعلاقات والإعلام الأمني، في بيان، إن العملية نجحت.").contains("security-awareness"))
        #expect(topics("ودعا إلى تعزيز الإعلام الأمني، وفق المديرية العامة.").contains("security-awareness"))
    }
}
