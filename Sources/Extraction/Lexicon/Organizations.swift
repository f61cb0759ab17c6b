// Organization lexicon (all ids of vocab/organizations.json, plus others an analyst meets in these articles)
// and the OrganizationFinder (same normalized-token trie as topics: clitics, hamza and taa-marbuta variants).

public struct OrganizationHit: Sendable, Hashable {
    public let id: String
    public let evidence: Evidence
    public init(id: String, evidence: Evidence) { self.id = id; self.evidence = evidence }
}

public struct OrganizationEntry: Sendable, Hashable {
    public let id: String
    public let en: String
    /// Arabic names (the first is the display name).
    public let ar: [String]
    /// "council" (a body that holds numbered sessions) or "organization".
    public let kind: String
    /// English names and abbreviations.
    public let enNames: [String]
    /// In vocab/organizations.json (scored); others are known to the lexicon but not scored.
    public let vocab: Bool
}

public enum OrganizationLexicon {
    public static var all: [(id: String, en: String, ar: [String], kind: String)] {
        organizationData.map { ($0.id, $0.en, $0.ar, $0.kind) }
    }
    public static func entry(_ id: String) -> (id: String, en: String, ar: [String], kind: String)? {
        organizationByID[id].map { ($0.id, $0.en, $0.ar, $0.kind) }
    }
    /// The full entry (with English names and the vocab flag).
    public static func details(_ id: String) -> OrganizationEntry? { organizationByID[id] }
    /// Ids of vocab/organizations.json.
    public static let vocabIDs: Set<String> = Set(organizationData.filter(\.vocab).map(\.id))
}

private let organizationByID: [String: OrganizationEntry] = {
    var d = [String: OrganizationEntry]()
    for e in organizationData { d[e.id] = e }
    return d
}()

private func org(_ id: String, _ en: String, kind: String = "organization", vocab: Bool = true,
                 ar: [String], en enNames: [String] = []) -> OrganizationEntry {
    OrganizationEntry(id: id, en: en, ar: ar, kind: kind, enNames: [en] + enNames, vocab: vocab)
}

let organizationData: [OrganizationEntry] = [
    // MARK: councils of vocab/organizations.json
    org("arab-interior-ministers-council", "Council of Arab Interior Ministers", kind: "council", ar: [
        "مجلس وزراء الداخلية العرب", "مؤتمر وزراء الداخلية العرب", "الأمانة العامة لمجلس وزراء الداخلية العرب",
        "مجلس وزراء الداخلية العربي", "مجلس وزراء الداخلية", "الأمانة العامة لمجلس وزراء الداخلية",
        "مجلس وزراء الداخليه العرب", "مجلس الداخلية العرب",
    ], en: [
        "Arab Interior Ministers Council", "Arab Interior Ministers' Council", "Council of Arab Ministers of Interior",
        "Arab Interior Ministers Conference", "General Secretariat of the Council of Arab Interior Ministers",
        "Arab Ministers of Interior Council", "AIMC",
    ]),
    org("arab-justice-ministers-council", "Council of Arab Justice Ministers", kind: "council", ar: [
        "مجلس وزراء العدل العرب", "مجلس وزراء العدل", "الأمانة الفنية لمجلس وزراء العدل العرب",
    ], en: ["Arab Justice Ministers Council", "Council of Arab Ministers of Justice", "Arab Justice Ministers' Council"]),
    org("arab-foreign-ministers-council", "Arab League Council at ministerial level (foreign ministers)", kind: "council", ar: [
        "مجلس وزراء الخارجية العرب", "مجلس الجامعة العربية على المستوى الوزاري", "مجلس الجامعة على المستوى الوزاري",
        "مجلس جامعة الدول العربية على المستوى الوزاري", "اجتماع وزراء الخارجية العرب", "وزراء الخارجية العرب",
    ], en: [
        "Arab League Council at the ministerial level", "Arab Foreign Ministers Council", "Arab foreign ministers",
        "Council of Arab Foreign Ministers", "Arab League ministerial council",
    ]),
    org("arab-league-summit", "Arab League Summit", kind: "council", ar: [
        "القمة العربية", "مجلس الجامعة على مستوى القمة", "مجلس جامعة الدول العربية على مستوى القمة", "القمة العربية الطارئة",
    ], en: ["Arab Summit", "Arab League summit"]),
    org("oic-foreign-ministers-council", "OIC Council of Foreign Ministers", kind: "council", ar: [
        "مجلس وزراء خارجية منظمة التعاون الإسلامي", "مجلس وزراء خارجية الدول الأعضاء في منظمة التعاون الإسلامي",
        "وزراء خارجية منظمة التعاون الإسلامي",
    ], en: ["OIC Council of Foreign Ministers", "Council of Foreign Ministers of the OIC"]),
    org("gcc-interior-ministers", "GCC Interior Ministers meeting", kind: "council", ar: [
        "وزراء الداخلية بدول مجلس التعاون", "اجتماع وزراء داخلية دول مجلس التعاون الخليجي",
        "وزراء داخلية دول مجلس التعاون", "وزراء الداخلية بدول مجلس التعاون لدول الخليج العربية",
        "وزراء داخلية دول مجلس التعاون لدول الخليج العربية", "وزراء الداخلية في دول مجلس التعاون",
        "وزراء الداخلية لدول مجلس التعاون", "وزراء داخلية دول الخليج", "وزراء الداخلية الخليجيين",
        "وزراء داخلية دول مجلس التعاون الخليجي", "وزراء الداخلية بدول مجلس التعاون الخليجي",
        "مجلس وزراء الداخلية بدول مجلس التعاون", "مجلس وزراء الداخلية لدول مجلس التعاون",
        "مجلس وزراء داخلية دول مجلس التعاون", "مجلس وزراء الداخلية في دول مجلس التعاون",
        "مجلس وزراء الداخلية الخليجي", "وزراء الداخلية لدول الخليج العربية",
    ], en: ["GCC interior ministers", "Gulf interior ministers", "GCC Ministers of Interior",
            "Gulf Cooperation Council interior ministers", "interior ministers of the Gulf Cooperation Council",
            "interior ministers of the GCC", "GCC interior ministers' meeting"]),
    // MARK: organizations of vocab/organizations.json
    org("arab-league", "League of Arab States", ar: [
        "جامعة الدول العربية", "الجامعة العربية", "الأمانة العامة لجامعة الدول العربية",
    ], en: ["Arab League", "League of Arab States"]),
    org("naif-arab-university", "Naif Arab University for Security Sciences", ar: [
        "جامعة نايف العربية للعلوم الأمنية", "جامعة نايف", "جامعة نايف العربية", "أكاديمية نايف العربية للعلوم الأمنية",
    ], en: ["Naif Arab University", "Naif University", "NAUSS", "Naif Arab University for Security Sciences"]),
    org("interpol", "Interpol", ar: [
        "الإنتربول", "الانتربول", "المنظمة الدولية للشرطة الجنائية", "منظمة الإنتربول", "الأنتربول", "إنتربول",
        "منظمة الشرطة الجنائية الدولية", "الشرطة الدولية",
    ], en: ["INTERPOL", "International Criminal Police Organization", "International Criminal Police Organisation"]),
    org("europol", "Europol", ar: [
        "يوروبول", "اليوروبول", "وكالة الاتحاد الأوروبي للتعاون في مجال إنفاذ القانون", "الأوروبول", "يوروپول",
    ], en: ["European Union Agency for Law Enforcement Cooperation"]),
    org("unoct", "UN Office of Counter-Terrorism", ar: [
        "مكتب الأمم المتحدة لمكافحة الإرهاب", "مكتب الأمم المتحدة المعني بمكافحة الإرهاب",
    ], en: ["UN Office of Counter-Terrorism", "United Nations Office of Counter-Terrorism", "UNOCT",
            "UN Counter-Terrorism Office", "UN Office of Counter Terrorism"]),
    org("unodc", "UN Office on Drugs and Crime", ar: [
        "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "مكتب الأمم المتحدة لمكافحة المخدرات والجريمة",
        "مكتب الأمم المتحدة للمخدرات والجريمة",
    ], en: ["UN Office on Drugs and Crime", "United Nations Office on Drugs and Crime", "UNODC"]),
    org("united-nations", "United Nations", ar: [
        "الأمم المتحدة", "منظمة الأمم المتحدة", "هيئة الأمم المتحدة", "الأمم المتحدة",
    ], en: ["UN", "U.N.", "United Nations"]),
    org("arab-police-sports-federation", "Arab Police Sports Federation", ar: [
        "الاتحاد الرياضي العربي للشرطة", "الاتحاد العربي الرياضي للشرطة",
    ], en: ["Arab Police Sports Federation", "Arab Police Sports Union"]),
    org("european-union", "European Union", ar: [
        "الاتحاد الأوروبي", "الاتحاد الاوروبي", "المفوضية الأوروبية",
    ], en: ["EU", "European Union", "European Commission"]),
    org("gcc", "Gulf Cooperation Council", ar: [
        "مجلس التعاون لدول الخليج العربية", "مجلس التعاون الخليجي", "مجلس التعاون", "الأمانة العامة لمجلس التعاون",
        "دول مجلس التعاون", "مجلس التعاون لدول الخليج",
    ], en: ["GCC", "Gulf Cooperation Council", "Cooperation Council for the Arab States of the Gulf"]),
    org("arab-maghreb-union", "Arab Maghreb Union", ar: [
        "اتحاد المغرب العربي", "الاتحاد المغاربي",
    ], en: ["Arab Maghreb Union", "AMU"]),
    org("oic", "Organisation of Islamic Cooperation", ar: [
        "منظمة التعاون الإسلامي", "منظمة المؤتمر الإسلامي",
    ], en: ["OIC", "Organization of Islamic Cooperation", "Organisation of Islamic Cooperation"]),
    org("african-union", "African Union", ar: [
        "الاتحاد الأفريقي", "الاتحاد الإفريقي", "مفوضية الاتحاد الأفريقي",
    ], en: ["AU", "African Union"]),
    // MARK: others the lexicon knows (not scored; ids are this project's own)
    org("arab-police-chiefs-conference", "Conference of Arab Police and Security Chiefs", kind: "council", vocab: false, ar: [
        "مؤتمر قادة الشرطة والأمن العرب", "مؤتمر قادة الشرطة العرب", "مؤتمر قادة الشرطة والأمن",
    ], en: ["Arab Police and Security Chiefs Conference", "Conference of Arab Police and Security Chiefs",
            "Arab Police Chiefs Conference"]),
    org("arab-security-media-office", "Arab Office for Security Media", vocab: false, ar: [
        "المكتب العربي للإعلام الأمني",
    ], en: ["Arab Office for Security Media"]),
    org("arab-criminal-police-office", "Arab Criminal Police Office", vocab: false, ar: [
        "المكتب العربي للشرطة الجنائية",
    ], en: ["Arab Criminal Police Office"]),
    org("arab-drugs-office", "Arab Office for Narcotics Affairs", vocab: false, ar: [
        "المكتب العربي لشؤون المخدرات",
    ], en: ["Arab Office for Narcotics Affairs"]),
    org("arab-civil-defense-office", "Arab Office for Civil Protection and Rescue", vocab: false, ar: [
        "المكتب العربي للحماية المدنية والإنقاذ",
    ], en: ["Arab Office for Civil Protection and Rescue"]),
    org("arab-anti-terrorism-office", "Arab Office for Combating Terrorism", vocab: false, ar: [
        "المكتب العربي لمكافحة الإرهاب", "المكتب العربي لمكافحة التطرف والإرهاب",
    ], en: ["Arab Office for Combating Terrorism"]),
    org("arab-parliament", "Arab Parliament", vocab: false, ar: ["البرلمان العربي"], en: ["Arab Parliament"]),
    org("arab-justice-ministers-technical-secretariat", "Technical Secretariat of the Council of Arab Justice Ministers",
        vocab: false, ar: ["الأمانة الفنية لمجلس وزراء العدل"], en: []),
    org("un-security-council", "UN Security Council", kind: "council", vocab: false, ar: [
        "مجلس الأمن الدولي", "مجلس الأمن التابع للأمم المتحدة", "مجلس الأمن",
    ], en: ["UN Security Council", "United Nations Security Council", "Security Council", "UNSC"]),
    org("un-general-assembly", "UN General Assembly", kind: "council", vocab: false, ar: [
        "الجمعية العامة للأمم المتحدة",
    ], en: ["UN General Assembly", "United Nations General Assembly"]),
    org("unhcr", "UN Refugee Agency (UNHCR)", vocab: false, ar: [
        "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "مفوضية الأمم المتحدة لشؤون اللاجئين", "مفوضية اللاجئين",
    ], en: ["UNHCR", "UN Refugee Agency", "United Nations High Commissioner for Refugees"]),
    org("unrwa", "UNRWA", vocab: false, ar: [
        "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين", "الأونروا", "وكالة الأونروا", "وكالة غوث وتشغيل اللاجئين الفلسطينيين",
    ], en: ["UNRWA"]),
    org("who", "World Health Organization", vocab: false, ar: ["منظمة الصحة العالمية"], en: ["World Health Organization", "WHO"]),
    org("icrc", "International Committee of the Red Cross", vocab: false, ar: [
        "اللجنة الدولية للصليب الأحمر",
    ], en: ["International Committee of the Red Cross", "ICRC"]),
    org("iom", "International Organization for Migration", vocab: false, ar: [
        "المنظمة الدولية للهجرة",
    ], en: ["International Organization for Migration", "IOM"]),
    org("fatf", "Financial Action Task Force", vocab: false, ar: [
        "مجموعة العمل المالي", "مجموعة العمل المالي الدولية", "فاتف",
    ], en: ["Financial Action Task Force", "FATF"]),
    org("menafatf", "MENA Financial Action Task Force", vocab: false, ar: [
        "مجموعة العمل المالي لمنطقة الشرق الأوسط وشمال أفريقيا", "مجموعة العمل المالي لمنطقة الشرق الأوسط وشمال إفريقيا",
    ], en: ["MENAFATF"]),
    org("nato", "NATO", vocab: false, ar: ["حلف شمال الأطلسي", "حلف الناتو", "الناتو", "حلف شمال الاطلسي"],
        en: ["NATO", "North Atlantic Treaty Organization"]),
    org("afripol", "AFRIPOL", vocab: false, ar: ["أفريبول", "الأفريبول", "آلية الاتحاد الأفريقي للتعاون الشرطي"], en: ["AFRIPOL"]),
    org("gulfpol", "GCCPOL", vocab: false, ar: ["الشرطة الخليجية", "جهاز الشرطة الخليجية"], en: ["GCCPOL", "Gulfpol"]),
    org("aripol", "Arab Police (ARIPOL)", vocab: false, ar: ["الشرطة العربية"], en: []),
    org("imf", "International Monetary Fund", vocab: false, ar: ["صندوق النقد الدولي"], en: ["International Monetary Fund", "IMF"]),
    org("world-bank", "World Bank", vocab: false, ar: ["البنك الدولي"], en: ["World Bank"]),
    org("arab-organization-for-human-rights", "Arab Organization for Human Rights", vocab: false, ar: [
        "المنظمة العربية لحقوق الإنسان",
    ], en: ["Arab Organization for Human Rights"]),
    org("un-counter-terrorism-committee", "UN Counter-Terrorism Committee", vocab: false, ar: [
        "لجنة مكافحة الإرهاب التابعة لمجلس الأمن", "لجنة مكافحة الإرهاب",
    ], en: ["Counter-Terrorism Committee"]),
    org("global-coalition-against-daesh", "Global Coalition against Daesh", vocab: false, ar: [
        "التحالف الدولي ضد داعش", "التحالف الدولي لمحاربة داعش", "التحالف الدولي لهزيمة داعش",
    ], en: ["Global Coalition against Daesh", "Global Coalition to Defeat ISIS"]),
    org("islamic-military-counter-terrorism-coalition", "Islamic Military Counter Terrorism Coalition", vocab: false, ar: [
        "التحالف الإسلامي العسكري لمحاربة الإرهاب",
    ], en: ["Islamic Military Counter Terrorism Coalition", "IMCTC"]),
    org("council-of-arab-ministers-of-social-affairs", "Council of Arab Ministers of Social Affairs", kind: "council", vocab: false, ar: [
        "مجلس وزراء الشؤون الاجتماعية العرب",
    ], en: []),
    org("council-of-arab-health-ministers", "Council of Arab Health Ministers", kind: "council", vocab: false, ar: [
        "مجلس وزراء الصحة العرب",
    ], en: []),
    org("council-of-arab-information-ministers", "Council of Arab Information Ministers", kind: "council", vocab: false, ar: [
        "مجلس وزراء الإعلام العرب",
    ], en: []),
    org("arab-economic-social-council", "Economic and Social Council of the Arab League", kind: "council", vocab: false, ar: [
        "المجلس الاقتصادي والاجتماعي",
    ], en: []),
]

/// Finds organization names in a text. Build once and reuse.
public struct OrganizationFinder: Sendable {
    private let trie: PhraseTrie
    /// Payload index → organization id ("" = blocker).
    private let ids: [String]
    /// Payload index → the name is a capital abbreviation ("UN", "WHO") that must be capitalized in the text.
    private let needsCapitals: [Bool]
    /// Payload index → a number per distinct id (equal ids ⇔ equal numbers; -1 = blocker).
    private let idNumbers: [Int32]

    public init(extra: [UserLexicon.Organization] = []) {
        var trie = PhraseTrie()
        var ids = [String]()
        var caps = [Bool]()
        func add(_ id: String, _ names: [String]) {
            let index = Int32(ids.count)
            ids.append(id); caps.append(false)
            let capsIndex = Int32(ids.count)
            ids.append(id); caps.append(true)
            for n in names { trie.insert(phrase: n, payload: isCapitalAbbreviation(n) ? capsIndex : index) }
        }
        for e in organizationData { add(e.id, e.ar + e.enNames) }
        for e in extra { add(e.id, e.names + (e.en.map { [$0] } ?? [])) }
        // Blockers: names that contain a known name but are something else.
        add("", [
            "مجلس الأمن القومي", "مجلس الأمن الوطني", "مجلس التعاون التنسيقي", "مجلس الوزراء",
            "au pair",
        ])
        trie.pack()
        self.trie = trie
        self.ids = ids
        self.needsCapitals = caps
        var numbers = [String: Int32]()
        self.idNumbers = ids.map { id in
            if id.isEmpty { return -1 }
            if let k = numbers[id] { return k }
            let k = Int32(numbers.count); numbers[id] = k
            return k
        }
    }

    /// Organization mentions in text order. One hit per mention (the longest name wins).
    public func find(in text: String) -> [OrganizationHit] {
        find(in: LexTokens(text))
    }

    /// Same, over tokens already computed.
    public func find(in tokens: LexTokens) -> [OrganizationHit] { scan(tokens).hits }

    /// Token ranges covered by organization names (used to mask topic cues inside names).
    func tokenSpans(in tokens: LexTokens) -> [Range<Int>] { scan(tokens).spans }

    /// Hits and the token ranges of names, from one pass of the phrase trie.
    func scan(_ tokens: LexTokens) -> (hits: [OrganizationHit], spans: [Range<Int>]) {
        var out = [OrganizationHit](), spans = [Range<Int>]()
        var seen = [Int32]()
        for m in trie.matches(in: tokens) {
            let definite = tokens.definite(m.end - 1)
            let evidence = Evidence(start: Int(tokens.tokenStart(m.first)), end: Int(tokens.tokenEnd(m.end - 1)))
            seen.removeAll(keepingCapacity: true)
            var named = false   // an accepted payload names an organization: the match is a name's span
            for q in trie.packedPayloads[trie.payloadRange(m.node)] {
                guard let p = PhraseTrie.accepted(q, definite: definite) else { continue }
                let k = idNumbers[p]
                if k >= 0 { named = true }
                if k < 0 || seen.contains(k) { continue }
                seen.append(k)
                if needsCapitals[p] && !tokens.capitals(m.first) { continue }
                out.append(OrganizationHit(id: ids[p], evidence: evidence))
            }
            if named { spans.append(m.first..<m.end) }
        }
        return (out, spans)
    }

    /// Distinct ids in order of first mention.
    public func ids(in text: String) -> [String] {
        var seen = Set<String>(), out = [String]()
        for h in find(in: text) where seen.insert(h.id).inserted { out.append(h.id) }
        return out
    }
}
