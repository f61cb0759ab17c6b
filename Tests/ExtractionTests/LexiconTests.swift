import Foundation
import Testing
@testable import Extraction

/// Locations of the package's seeds and of the shared vocabulary (skipped when absent).
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ relative: String) -> String {
        String(decoding: FileManager.default.contents(atPath: root.appendingPathComponent(relative).path)!, as: UTF8.self)
    }

    /// ../shared (next to the package) or /work/shared.
    static let shared: URL? = {
        for candidate in [root.deletingLastPathComponent().appendingPathComponent("shared"), URL(fileURLWithPath: "/work/shared")]
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("vocab/topics.json").path) {
            return candidate
        }
        return nil
    }()

    static func vocab(_ name: String) -> [String: Any]? {
        guard let shared, let data = FileManager.default.contents(atPath: shared.appendingPathComponent("vocab/\(name).json").path)
        else { return nil }
        return try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    }

    /// Every article of seeds/ with its gold file, sorted by path.
    static let corpus: [(path: String, goldPath: String, text: String, gold: GoldDocument)] = {
        let seeds = root.appendingPathComponent("seeds")
        let walker = FileManager.default.enumerator(atPath: seeds.path)!
        var out = [(String, String, String, GoldDocument)]()
        while let rel = walker.nextObject() as? String {
            guard rel.hasSuffix(".gold.json") else { continue }
            let goldPath = seeds.appendingPathComponent(rel).path
            let textPath = String(goldPath.dropLast(".gold.json".count)) + ".txt"
            let gold = try! GoldDocument.parse(FileManager.default.contents(atPath: goldPath)!)
            out.append((textPath, goldPath, String(decoding: FileManager.default.contents(atPath: textPath)!, as: UTF8.self), gold))
        }
        return out.sorted { $0.0 < $1.0 }
    }()

    /// The original text at an evidence span.
    static func slice(_ text: String, _ e: Evidence) -> String {
        let s = Array(text.unicodeScalars)
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[e.start..<e.end])
        return String(v)
    }
}

@Suite struct LexiconCountryTests {
    @Test func arabLeagueHasTheTwentyTwoMembers() {
        let members = Set(CountryLexicon.all.filter(\.arabLeague).map(\.iso3))
        #expect(members == ["DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN",
                            "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM"])
        #expect(CountryLexicon.all.filter { !$0.arabLeague }.count >= 60)
    }

    @Test func entriesAreCompleteAndUnique() {
        var seen = Set<String>()
        for e in CountryLexicon.all {
            #expect(seen.insert(e.iso3).inserted, "duplicate \(e.iso3)")
            #expect(e.iso3.count == 3 && e.iso3 == e.iso3.uppercased())
            #expect(!e.ar.isEmpty && !e.en.isEmpty && !e.capitals.isEmpty && !e.capitalsEN.isEmpty, "\(e.iso3) incomplete")
        }
        #expect(CountryLexicon.entry("PSE")?.ar.contains("دولة فلسطين") == true)
        #expect(CountryLexicon.entry("XYZ") == nil)
    }

    @Test func officialNamesNisbasAndTitles() {
        #expect(CountryLexicon.entry("SAU")?.ar.contains("المملكة العربية السعودية") == true)
        #expect(CountryLexicon.entry("ARE")?.ar.contains("دولة الإمارات العربية المتحدة") == true)
        #expect(CountryLexicon.entry("OMN")?.ar.contains("سلطنة عمان") == true)
        #expect(CountryLexicon.entry("TUN")?.ar.contains("الجمهورية التونسية") == true)
        #expect(CountryLexicon.entry("DZA")?.ministryTitles.contains("وزير الداخلية والجماعات المحلية والتهيئة العمرانية") == true)
        #expect(CountryLexicon.entry("LBN")?.ministryTitles.contains("وزير الداخلية والبلديات") == true)
        #expect(CountryLexicon.entry("QAT")?.ministryTitles.contains("وزير الدولة للشؤون الداخلية") == true)
        #expect(CountryLexicon.entry("ARE")?.nisba == ["إماراتي"])
        // عمان names Oman and is Jordan's capital: both listed, context decides.
        #expect(CountryLexicon.codes(forName: "عمان").sorted() == ["JOR", "OMN"])
        // "مالي" also means "financial": Mali has no nisba.
        #expect(CountryLexicon.entry("MLI")?.nisba.isEmpty == true)
    }

    @Test func nisbaForms() {
        let forms = Set(CountryLexicon.nisbaForms("سوري"))
        for f in ["سوري", "السوري", "السورية", "السوريين", "السوريون", "سوريات"] { #expect(forms.contains(f), "\(f)") }
    }
}

@Suite struct LexiconTopicTests {
    let finder = TopicFinder()

    func ids(_ text: String) -> Set<String> { Set(finder.find(in: text).map(\.id)) }

    @Test func everyVocabularyTopicIsKnownWithTheSameGenericFlag() throws {
        let vocab = try #require(Fixtures.vocab("topics"), "shared vocabulary not found")
        let topics = vocab["topics"] as! [[String: Any]]
        for t in topics {
            let id = t["id"] as! String
            let entry = try #require(TopicLexicon.entry(id), "missing topic \(id)")
            #expect(entry.generic == ((t["generic"] as? Bool) ?? false), "\(id) generic flag")
        }
        #expect(Set(TopicLexicon.all.map(\.id)) == Set(topics.map { $0["id"] as! String }))
    }

    @Test func everyVocabularyCueIsFoundWithClitics() throws {
        let vocab = try #require(Fixtures.vocab("topics"))
        for t in vocab["topics"] as! [[String: Any]] {
            let id = t["id"] as! String
            for cue in (t["cues_ar"] as! [String]) {
                #expect(ids("وناقش الجانبان \(cue) في المنطقة.").contains(id), "\(id): \(cue)")
                #expect(ids("وبحثا سبل التعاون و\(cue).").contains(id), "\(id): و\(cue)")
            }
            for cue in (t["cues_en"] as! [String]) {
                #expect(ids("The ministers discussed \(cue) on Thursday.").contains(id), "\(id): \(cue)")
            }
        }
    }

    @Test func phrasingsBeyondTheVocabulary() {
        #expect(ids("بحث سبل مكافحة ترويج المخدرات") == ["drug-trafficking"])
        #expect(ids("الحد من انتشار المؤثرات العقلية") == ["drug-trafficking"])
        #expect(ids("التصدي للجرائم المستحدثة") == ["cybercrime"])
        #expect(ids("تعزيز الأمن السيبراني") == ["cybercrime"])
        #expect(ids("توظيف الذكاء الصناعي") == ["artificial-intelligence"])
        #expect(ids("تعزيز التعاون لتأمين الحدود") == ["border-security"])
        #expect(ids("للإرهاب") == ["terrorism"])
        #expect(ids("وبالإرهاب") == ["terrorism"])
        #expect(ids("مكافحة الإرهاب والتطرف العنيف") == ["terrorism", "extremism"])
        #expect(ids("irregular migrants and human trafficking networks") == ["illegal-migration", "human-trafficking"])
    }

    @Test func diacriticsTatweelAndHamzaVariants() {
        #expect(ids("مُكافَحَة الإِرْهَاب") == ["terrorism"])
        #expect(ids("الارهـــاب") == ["terrorism"])
        #expect(ids("الهجرة غير الشرعيه") == ["illegal-migration"])
    }

    @Test func ellipsisInConjunctionLists() {
        #expect(ids("وعلى رأسها الإرهاب والعنف وتجارة المخدرات والسلاح") == ["terrorism", "violence", "drug-trafficking", "arms-trafficking"])
        #expect(ids("تهريب الأسلحة والبشر").contains("human-trafficking"))
        // "السلاح" without a trafficking head is not arms trafficking.
        #expect(!ids("نزع السلاح وحصره بيد الدولة").contains("arms-trafficking"))
    }

    @Test func organizationNamesMaskTheirCueWords() {
        #expect(ids("بحضور ممثل مكتب الأمم المتحدة المعني بالمخدرات والجريمة").isEmpty)
        #expect(ids("بمشاركة مكتب الأمم المتحدة لمكافحة الإرهاب").isEmpty)
        #expect(ids("Representatives of the UN Office on Drugs and Crime took part").isEmpty)
        // A strategy is not an organization: it still signals its subject.
        #expect(ids("الخطة المرحلية للاستراتيجية العربية لمكافحة الإرهاب") == ["arab-security-strategy", "terrorism"])
    }

    @Test func corpusConventions() {
        // "تمويل الإرهاب" on its own is money laundering.
        #expect(ids("تجفيف مصادر تمويل الإرهاب") == ["money-laundering"])
        #expect(ids("مكافحة غسل الأموال وتمويل الإرهاب") == ["money-laundering"])
        // Smuggling in general vs smuggling of something.
        #expect(ids("مكافحة التهريب") == ["smuggling"])
        #expect(ids("مكافحة تهريب المخدرات") == ["drug-trafficking"])
        // A bilateral meeting is not the bilateral-relations topic.
        #expect(ids("عقد لقاء ثنائي مع نظيره").isEmpty)
        // "AI" only in capitals.
        #expect(ids("the use of AI in policing") == ["artificial-intelligence"])
        #expect(ids("Ai Weiwei").isEmpty)
    }

    @Test func evidenceOffsetsPointIntoTheOriginalText() {
        let text = "قال: “نرفض الإرهَاب” ثم ناقشا الهجرة غير الشرعية 🇱🇾 وتجارة المخدرات."
        let hits = finder.find(in: text)
        #expect(hits.map { Fixtures.slice(text, $0.evidence) } == ["الإرهَاب", "الهجرة غير الشرعية", "وتجارة المخدرات"])
    }

    @Test func userCuesExtendTheLexicon() {
        let custom = TopicFinder(extra: [UserLexicon.TopicCues(id: "water-security", cues: ["الأمن المائي", "water security"])])
        #expect(Set(custom.find(in: "ناقشا الأمن المائي والإرهاب").map(\.id)) == ["water-security", "terrorism"])
    }

    /// Recall and precision of article-level specific topics against the dev corpus gold.
    @Test func corpusSpecificTopics() {
        var tp = 0, fp = 0, fn = 0
        for doc in Fixtures.corpus {
            let pred = ids(doc.text).subtracting(TopicLexicon.genericIDs)
            let gold = Set(doc.gold.topics).subtracting(TopicLexicon.genericIDs)
            tp += pred.intersection(gold).count; fp += pred.subtracting(gold).count; fn += gold.subtracting(pred).count
        }
        let p = Double(tp) / Double(tp + fp), r = Double(tp) / Double(tp + fn)
        #expect(p >= 0.9 && r >= 0.9, "precision \(p), recall \(r)")
    }
}

@Suite struct LexiconOrganizationTests {
    let finder = OrganizationFinder()

    @Test func everyVocabularyOrganizationAndNameIsFound() throws {
        let vocab = try #require(Fixtures.vocab("organizations"), "shared vocabulary not found")
        for o in vocab["organizations"] as! [[String: Any]] {
            let id = o["id"] as! String
            let entry = try #require(OrganizationLexicon.entry(id), "missing \(id)")
            #expect(entry.kind == o["kind"] as! String)
            for name in o["ar"] as! [String] {
                #expect(finder.ids(in: "بمشاركة \(name) في تونس").contains(id), "\(id): \(name)")
                #expect(finder.ids(in: "وممثلين عن \(name)، و\(name) أيضا").contains(id), "\(id): و\(name)")
            }
            #expect(finder.ids(in: "The \(o["en"] as! String) said").contains(id), "\(id): \(o["en"]!)")
        }
    }

    @Test func cliticsAndVariants() {
        #expect(finder.ids(in: "بالمنظمة الدولية للشرطة الجنائية (الإنتربول) وبجامعة الدول العربية") == ["interpol", "arab-league"])
        #expect(finder.ids(in: "لمجلس وزراء الداخلية العرب") == ["arab-interior-ministers-council"])
        #expect(finder.ids(in: "INTERPOL and the EU") == ["interpol", "european-union"])
        // Abbreviations count only in capitals.
        #expect(finder.ids(in: "who said the un plan was au fait").isEmpty)
        // The Maghreb union is not Morocco, the GCC meeting is not the GCC alone.
        #expect(finder.ids(in: "واتحاد المغرب العربي") == ["arab-maghreb-union"])
        #expect(finder.ids(in: "اجتماع وزراء الداخلية بدول مجلس التعاون لدول الخليج العربية") == ["gcc-interior-ministers"])
    }

    @Test func evidenceAndUserOrganizations() {
        let custom = OrganizationFinder(extra: [UserLexicon.Organization(id: "arab-water-council", names: ["المجلس العربي للمياه"])])
        let text = "وشارك المجلسُ العربي للمياه."
        let hits = custom.find(in: text)
        #expect(hits.map(\.id) == ["arab-water-council"])
        #expect(hits.map { Fixtures.slice(text, $0.evidence) } == ["المجلسُ العربي للمياه"])
    }

    /// Article-level organization ids (vocabulary only) against the dev corpus gold.
    @Test func corpusOrganizations() {
        var tp = 0, fp = 0, fn = 0
        for doc in Fixtures.corpus {
            let pred = Set(finder.ids(in: doc.text)).intersection(OrganizationLexicon.vocabIDs)
            let gold = Set(doc.gold.organizations)
            tp += pred.intersection(gold).count; fp += pred.subtracting(gold).count; fn += gold.subtracting(pred).count
        }
        let f1 = 2.0 * Double(tp) / Double(2 * tp + fp + fn)
        #expect(f1 >= 0.97, "F1 \(f1): tp \(tp) fp \(fp) fn \(fn)")
    }
}

@Suite struct UserLexiconLoadingTests {
    @Test func exampleFileLoads() throws {
        let data = try #require(FileManager.default.contents(atPath: Fixtures.root.appendingPathComponent("examples/lexicon.json").path))
        let l = try UserLexicon.parse(data)
        #expect(l.actors.first?.country == "GBR")
        #expect(l.organizations.first?.names.contains("المجلس العربي للمياه") == true)
        #expect(l.topics.map(\.id) == ["water-security", "drug-trafficking"])
    }

    func error(_ json: String) -> String? {
        do { _ = try UserLexicon.parse(Data(json.utf8)); return nil } catch { return error.description }
    }

    @Test func malformedFilesGiveOneLineErrorsWithLineOrField() {
        #expect(error("") == "empty lexicon file (expected a JSON object)")
        #expect(error("{\"actors\": [\n{\"name\": \"a\"}\n") == "invalid JSON at line 3, column 1: unexpected end of file (missing ']')")
        #expect(error("{\"actors\": [{\"name\": \"a\"}]\n\"topics\": []}")?.hasPrefix("invalid JSON at line 2, column 1") == true)
        #expect(error("[]")?.hasPrefix("top level must be a JSON object") == true)
        #expect(error("{\"actor\": []}") == "unknown key \"actor\" (expected \"actors\", \"organizations\", \"topics\")")
        #expect(error("{\"actors\": [{\"aliases\": [\"x\"]}]}") == "actors[0].name: missing (required)")
        #expect(error("{\"actors\": [{\"name\": \"x\", \"aliases\": [1]}]}") == "actors[0].aliases[0]: expected a string")
        #expect(error("{\"organizations\": [{\"id\": \"x\"}]}") == "organizations[0].names: at least one name is required")
        #expect(error("{\"topics\": [{\"id\": \"x\", \"cues\": []}]}") == "topics[0].cues: at least one cue is required")
        #expect(error("{\"actors\": [{\"name\": \"x\", \"country\": \"ly\"}]}")?.hasPrefix("actors[0].country") == true)
    }

    @Test func missingListsDefaultToEmpty() throws {
        let l = try UserLexicon.parse(Data("{\"topics\": [{\"id\": \"t\", \"cues\": \"one cue\"}]}".utf8))
        #expect(l.actors.isEmpty && l.organizations.isEmpty && l.topics == [UserLexicon.TopicCues(id: "t", cues: ["one cue"])])
    }
}

@Suite struct LexiconCouncilTests {
    let finder = OrganizationFinder()

    /// The GCC interior ministers' meeting is not the Council of Arab Interior Ministers, however it is phrased.
    @Test func gulfInteriorMinistersAreTheirOwnBody() {
        for text in ["اجتماع مجلس وزراء الداخلية بدول مجلس التعاون في الدوحة",
                     "الاجتماع الحادي والأربعين لوزراء داخلية دول مجلس التعاون لدول الخليج العربية",
                     "The 41st meeting of GCC interior ministers was held in Doha"] {
            let ids = finder.ids(in: text)
            #expect(ids.first == "gcc-interior-ministers", "\(text)")
            #expect(!ids.contains("arab-interior-ministers-council"), "\(text)")
        }
        #expect(finder.ids(in: "أعمال الدورة 41 لمجلس وزراء الداخلية العرب") == ["arab-interior-ministers-council"])
        #expect(finder.ids(in: "the Council of Arab Interior Ministers") == ["arab-interior-ministers-council"])
    }
}
