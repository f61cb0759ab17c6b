import Testing
@testable import Extraction

@Suite struct PersonsMeetingsTests {
    @Test func groupReceptionGivesOneMeetingPerGuest() throws {
        let d = try extract("sessions/41/41-01-tunisia-feki-group.txt")
        let received = d.meetings.filter { $0.kind == .received }
        #expect(received.count == 3)
        #expect(Set(received.compactMap { $0.participants[1].country }) == ["DJI", "SDN", "MRT"])
        #expect(received.allSatisfy { $0.participants[0].country == "TUN" })
    }

    @Test func collectiveReceptionIsNotBilateral() throws {
        let d = try extract("sessions/42/42-02-tunisia-saied-nouri.txt")
        #expect(!d.meetings.contains { norm($0.participants[0].person) == norm("قيس سعيّد") })
        #expect(d.meetings.count == 4)
    }

    @Test func unnamedCounterpartIsACountrySide() throws {
        let d = try extract("sessions/39/39-03-libya-mazen-algeria.txt")
        #expect(countryPairs(d).contains(["LBY", "TUN"]))
        #expect(d.meetings.contains { $0.participants[1].person == nil && $0.participants[1].country == "TUN" })
        // Algeria is known only from the ministry title
        #expect(d.persons.first { norm($0.name) == norm("كمال بلجود") }?.country == "DZA")
    }

    @Test func phoneCallFromTheCaller() throws {
        let d = try extract("other/other-03-phone-jordan-iraq.txt")
        let call = d.meetings.first { $0.kind == .called }
        #expect(call?.participants[0].country == "IRQ")
        #expect(call?.participants[1].country == "JOR")
    }

    @Test func bylinesAndPageNoiseAreNotOfficials() throws {
        for f in ["sessions/40/40-02-egypt-tawfik.txt", "sessions/41/41-07-morocco-laftit.txt", "sessions/42/42-03-egypt-tawfik.txt"] {
            let d = try extract(f)
            #expect(!d.persons.contains { ["محمد عبد الحميد", "يوسف الإدريسي", "هشام عبد الرحيم"].map(norm).contains(norm($0.name)) })
        }
        let d = Extractor().extract(text: "التقى وزير الداخلية اللواء محمود توفيق نظيره التونسي.\nبقلم: د. خالد العمري\nاقرأ أيضاً: وزير الداخلية يلتقي السفير الياباني", source: "-")
        #expect(d.persons.map(\.name) == ["محمود توفيق"])
        #expect(d.meetings.count == 1)
    }

    @Test func englishArticle() throws {
        let d = try extract("sessions/39/39-05-en-jordan-iraq-libya.txt")
        #expect(d.language == "en")
        #expect(personPairs(d) == Set([[norm("Mazen Al-Faraya"), norm("Othman Al-Ghanimi")].sorted(), [norm("Mazen Al-Faraya"), norm("Khaled Mazen")].sorted()]))
    }

    @Test func userLexiconActorsSetCountryAndRole() {
        let lex = UserLexicon(actors: [.init(name: "سالم الهاشمي", country: "KWT", role: "director")])
        let d = Extractor(lexicon: lex).extract(text: "التقى الدكتور سالم الهاشمي نظيره العماني.", source: "-")
        #expect(d.persons.first?.country == "KWT")
        #expect(countryPairs(d) == [["KWT", "OMN"]])
    }
}

@Suite struct DegenerateInputTests {
    @Test(arguments: ["", " ", "...", "د.", "الدورة", "الدورة الـ", "Minister", "”", "التقى", "استقبل مع", "وزير وزير وزير",
                      "الشيخ الشيخ الشيخ", "ـــ", "٤١", "عبد", "بن بن", "Prince bin Al-", "the 41st", "دعوة من", "اتصالا هاتفيا من"])
    func degenerateTextsAreHandled(_ text: String) {
        let d = Extractor().extract(text: text, source: "-")
        #expect(d.meetings.isEmpty)
        #expect(d.persons.isEmpty)
    }

    @Test func longSingleLineIsProcessed() throws {
        let one = try seedText("000_5fb139bb7f0b8772.txt").replacingOccurrences(of: "\n", with: " ")
        let text = String(repeating: one + " ", count: 20)
        let d = Extractor().extract(text: text, source: "-")
        #expect(d.session?.number == 41)
        #expect(d.persons.count == 8)
    }
}
