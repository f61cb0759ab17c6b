import Testing
@testable import Extraction

/// Held-out generalization: words that look like names in position but are not. Sentences written for these tests.
@Suite struct GeneralizationNonNamesTests: ArticleProbe {
    @Test func commonNounAfterRoleAndNisbaIsNotAName() {
        let d = doc("وزير الداخلية يبحث مع نظيره الفرنسي قضية تأمين الحدود\nبحث وزير الداخلية التونسي كمال الفقي مع وزير الداخلية الفرنسي ملف تبادل المعلومات.")
        #expect(d.persons.map(\.name) == ["كمال الفقي"])
        #expect(countryPairs(d).contains(["FRA", "TUN"]))
    }

    @Test func quotedSloganIsNotAName() {
        let d = doc("وأكد وزير الداخلية الليبي سالم الورفلي أن بلاده \"شريك في الحل وليست طرفا في المشكلة\".")
        #expect(d.persons.map(\.name) == ["سالم الورفلي"])
        // a quoted name right after a title is still read
        let e = doc("التقى وزير الداخلية المصري ” سامي عبد الحليم ” نظيره التونسي.")
        #expect(e.persons.map(\.name) == ["سامي عبد الحليم"])
    }

    @Test func clauseInitialVerbWithWawIsNotAName() {
        let d = doc("التقى وزير الخارجية الفلسطيني رامي الشوا الأمين العام للجامعة العربية.\nووضع الشوا الأمين العام في صورة آخر التطورات.")
        #expect(!d.persons.contains { $0.name.hasPrefix("ووضع") })
        #expect(d.persons.count == 1)
    }

    @Test func placesAfterAirportOrPalaceAreNotNames() {
        let d = doc("ولدى وصوله إلى مطار الرباط سلا الدولي، كان في استقباله وزير الداخلية المغربي حميد العلوي.")
        #expect(d.persons.map(\.name) == ["حميد العلوي"])
        let e = doc("استقبل الرئيس اللبناني في قصر بعبدا الجمهوري وزير الخارجية القطري.")
        #expect(e.persons.isEmpty)
    }

    @Test func listIntroducerIsNotAName() {
        let d = doc("وناقش المجلس جملة من البنود، من بينها تقرير الأمين العام عن نشاط الأمانة.")
        #expect(d.persons.isEmpty)
    }

    @Test func participlesAndTimePhrasesAreNotNames() {
        let d = doc("رحب وزير الداخلية بوزير الداخلية العماني، مثمنا عمق العلاقات بين البلدين.")
        #expect(d.persons.isEmpty)
        let e = doc("كما استقبل سموه، في وقت لاحق، وزير الخارجية الليبي سالم الورفلي.")
        #expect(e.persons.map(\.name) == ["سالم الورفلي"])
    }

    @Test func undersecretaryIsAnOffice() {
        let d = doc("الرياض - واس\nحضر اللقاء وكيل الوزارة للشؤون السياسية الدكتور ماجد الزهراني.")
        #expect(d.persons.first?.role == "undersecretary")
        #expect(d.persons.first?.country == "SAU")
    }
}
