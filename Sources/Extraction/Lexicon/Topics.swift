// Topic lexicon (ids of vocab/topics.json) and the TopicFinder.
//
// Each cue is a phrase (Arabic or English) mapped to one or more topic ids. Phrases are matched on
// normalized tokens with proclitics (و ف ب ك ل ال لل) stripped, leftmost-longest, so a longer phrase decides:
// "تمويل الإرهاب" is money-laundering (corpus convention), "التطرف العنيف" is extremism, not violence.
// Rules beyond plain phrases:
//   - ellipsis: a bare object after a trafficking head in a conjunction list takes the head's topic
//     ("تجارة المخدرات والسلاح" → arms-trafficking; "تهريب الأسلحة والبشر" → human-trafficking);
//   - cue words inside an organization's name are not topics ("مكتب الأمم المتحدة المعني بالمخدرات والجريمة"),
//     but strategy documents are phrases of their own that still signal their subject
//     ("الاستراتيجية العربية لمكافحة الإرهاب" → arab-security-strategy + terrorism);
//   - blockers: phrases that contain a cue word but are not the topic ("الأمن والاستقرار" is not a topic,
//     "الاستراتيجية الأمنية الخليجية" is not the Arab strategy).

public struct TopicHit: Sendable, Hashable {
    public let id: String
    public let evidence: Evidence
    public init(id: String, evidence: Evidence) { self.id = id; self.evidence = evidence }
}

public struct TopicEntry: Sendable, Hashable {
    public let id: String
    public let en: String
    public let ar: String
    public let generic: Bool
}

public enum TopicLexicon {
    public static var all: [(id: String, en: String, ar: String, generic: Bool)] {
        topicData.map { ($0.id, $0.en, $0.ar, $0.generic) }
    }
    public static func entry(_ id: String) -> (id: String, en: String, ar: String, generic: Bool)? {
        topicData.first { $0.id == id }.map { ($0.id, $0.en, $0.ar, $0.generic) }
    }
    /// Ids marked generic in vocab/topics.json (excluded from the "specific topics" score).
    public static let genericIDs: Set<String> = Set(topicData.filter(\.generic).map(\.id))
}

let topicData: [TopicEntry] = [
    TopicEntry(id: "terrorism", en: "Terrorism", ar: "الإرهاب", generic: false),
    TopicEntry(id: "extremism", en: "Extremism", ar: "التطرف", generic: false),
    TopicEntry(id: "violence", en: "Violence", ar: "العنف", generic: false),
    TopicEntry(id: "drug-trafficking", en: "Drug trafficking", ar: "المخدرات", generic: false),
    TopicEntry(id: "arms-trafficking", en: "Arms trafficking", ar: "تهريب السلاح", generic: false),
    TopicEntry(id: "illegal-migration", en: "Irregular migration", ar: "الهجرة غير الشرعية", generic: false),
    TopicEntry(id: "human-trafficking", en: "Human trafficking", ar: "الاتجار بالبشر", generic: false),
    TopicEntry(id: "organized-crime", en: "Organized crime", ar: "الجريمة المنظمة", generic: false),
    TopicEntry(id: "border-security", en: "Border security", ar: "تأمين الحدود", generic: false),
    TopicEntry(id: "information-exchange", en: "Information exchange", ar: "تبادل المعلومات", generic: false),
    TopicEntry(id: "training", en: "Training and capacity building", ar: "التدريب والتأهيل", generic: false),
    TopicEntry(id: "cybercrime", en: "Cybercrime and emerging crimes", ar: "الجرائم الإلكترونية", generic: false),
    TopicEntry(id: "artificial-intelligence", en: "Artificial intelligence", ar: "الذكاء الاصطناعي", generic: false),
    TopicEntry(id: "money-laundering", en: "Money laundering", ar: "غسل الأموال", generic: false),
    TopicEntry(id: "road-safety", en: "Road safety", ar: "السلامة المرورية", generic: false),
    TopicEntry(id: "civil-defense", en: "Civil defense", ar: "الحماية المدنية", generic: false),
    TopicEntry(id: "corruption", en: "Corruption", ar: "الفساد", generic: false),
    TopicEntry(id: "legislation", en: "Security legislation", ar: "التشريعات الأمنية", generic: false),
    TopicEntry(id: "extradition", en: "Extradition and wanted persons", ar: "تسليم المطلوبين", generic: false),
    TopicEntry(id: "refugees", en: "Refugees and displaced persons", ar: "اللاجئون", generic: false),
    TopicEntry(id: "palestinian-cause", en: "The Palestinian cause", ar: "القضية الفلسطينية", generic: false),
    TopicEntry(id: "security-cooperation", en: "Security cooperation (general)", ar: "التعاون الأمني", generic: true),
    TopicEntry(id: "smuggling", en: "Smuggling (general)", ar: "التهريب", generic: false),
    TopicEntry(id: "expertise-exchange", en: "Exchange of expertise", ar: "تبادل الخبرات", generic: false),
    TopicEntry(id: "police-cooperation", en: "Police cooperation", ar: "التعاون الشرطي", generic: false),
    TopicEntry(id: "judicial-cooperation", en: "Judicial cooperation", ar: "التعاون القضائي", generic: false),
    TopicEntry(id: "economic-cooperation", en: "Economic cooperation", ar: "التعاون الاقتصادي", generic: false),
    TopicEntry(id: "security-awareness", en: "Security awareness and crime prevention", ar: "التوعية الأمنية", generic: false),
    TopicEntry(id: "arab-security-strategy", en: "Arab security strategy and plans", ar: "الاستراتيجية الأمنية العربية", generic: false),
    TopicEntry(id: "human-rights", en: "Human rights", ar: "حقوق الإنسان", generic: false),
    TopicEntry(id: "regional-situation", en: "Regional security situation", ar: "الأوضاع في المنطقة", generic: true),
    TopicEntry(id: "foreign-interference", en: "Foreign interference", ar: "التدخلات الخارجية", generic: false),
    TopicEntry(id: "bilateral-relations", en: "Bilateral relations (general)", ar: "العلاقات الثنائية", generic: true),
]

/// When a cue counts only in context.
enum CueCondition: Sendable, Hashable {
    /// Always.
    case none
    /// Only after a trafficking / smuggling head word earlier in the same sentence (ellipsis in a list).
    case afterTraffickingHead
    /// Only when one of these topics was found a few tokens before, in the same sentence
    /// ("الإرهاب وتمويله" → money-laundering).
    case afterTopic(String)
    /// Only after a "field" word earlier in the same sentence ("المجالات الأمنية والشرطية").
    case afterFieldWord
    /// Not right after a trafficking / smuggling phrase: "تهريب المخدرات عبر الحدود", "drug smuggling across
    /// borders" describe the smuggling, not border security.
    case unlessAfterTraffickingHead
}

struct TopicCue: Sendable {
    var phrase: String
    var ids: [String]
    var condition: CueCondition = .none
}

/// Marker payloads (not topics) used by context rules.
enum TopicMarker {
    static let traffickingHead = "#trafficking-head"
    static let fieldWord = "#field-word"
    static let block = "#block"
    /// The head of a government department's name (الإدارة العامة لـ…، مديرية …): the words of the name are no topic.
    static let department = "#department"
}

private func cues(_ id: String, _ phrases: [String]) -> [TopicCue] { phrases.map { TopicCue(phrase: $0, ids: [id]) } }
private func cues(_ ids: [String], _ phrases: [String]) -> [TopicCue] { phrases.map { TopicCue(phrase: $0, ids: ids) } }

/// The built-in cue list. General phrasings only; never sentences from a particular article.
let topicCues: [TopicCue] = {
    var c = [TopicCue]()
    // MARK: terrorism
    c += cues("terrorism", [
        "الإرهاب", "إرهاب", "الإرهابي", "الإرهابية", "الإرهابيين", "الإرهابيون", "إرهابية", "إرهابيين", "إرهابي",
        "مكافحة الإرهاب", "محاربة الإرهاب", "الجماعات الإرهابية", "التنظيمات الإرهابية", "العمليات الإرهابية",
        "الأعمال الإرهابية", "الهجمات الإرهابية", "المقاتلين الإرهابيين الأجانب", "المقاتلين الأجانب",
        "التنظيمات المسلحة الإرهابية", "داعش", "تنظيم داعش",
        "terrorism", "terrorist", "terrorists", "counter terrorism", "counterterrorism", "anti terrorism",
        "terror", "foreign terrorist fighters", "foreign fighters",
    ])
    // MARK: extremism
    c += cues("extremism", [
        "التطرف", "تطرف", "التطرف العنيف", "الفكر المتطرف", "الأفكار المتطرفة", "الجماعات المتطرفة",
        "التنظيمات المتطرفة", "المتطرفة", "المتطرفين", "المتطرف", "الغلو", "التطرف الفكري", "الفكر التكفيري",
        "خطاب الكراهية", "التشدد", "الراديكالية", "التكفيرية", "التكفيريين", "التكفيري", "الفكر الضال", "الأمن الفكري",
        "extremism", "extremist", "extremists", "violent extremism", "radicalization", "radicalisation", "radicalized",
        "radicalised", "extremist ideology",
        "radicalism", "hate speech",
    ])
    // MARK: violence
    c += cues("violence", [
        "العنف", "أعمال العنف", "عنف", "العنف الأسري", "violence", "violent crime", "violent crimes",
    ])
    // MARK: drugs
    c += cues("drug-trafficking", [
        "المخدرات", "مخدرات", "المخدرة", "تجارة المخدرات", "تهريب المخدرات", "ترويج المخدرات", "مكافحة المخدرات",
        "الاتجار بالمخدرات", "الاتجار في المخدرات", "الاتجار غير المشروع بالمخدرات", "المؤثرات العقلية",
        "المواد المخدرة", "الحبوب المخدرة", "المواد المؤثرة", "المخدرات والمؤثرات العقلية", "الكبتاغون", "الكبتاجون",
        "كبتاغون", "كبتاجون", "الحشيش", "الكوكايين", "الهيروين", "الترامادول", "الإدمان", "تعاطي المخدرات",
        "حبوب الكبتاغون", "الحبوب المهلوسة", "المهلوسات", "السموم البيضاء",
        "drug", "drugs", "narcotics", "narcotic", "drug trafficking", "drug smuggling", "drug trade", "drug traffickers",
        "drug smugglers", "counter narcotics", "anti narcotics",
        "smuggling of narcotics", "smuggling of drugs", "trafficking of drugs", "trafficking in drugs",
        "narcotic drugs", "psychotropic substances", "captagon", "hashish", "cocaine", "heroin",
    ])
    // MARK: arms
    c += cues("arms-trafficking", [
        "تجارة السلاح", "تجارة الأسلحة", "تهريب السلاح", "تهريب الأسلحة", "الاتجار بالأسلحة", "الاتجار بالسلاح",
        "الاتجار غير المشروع بالأسلحة", "الاتجار في الأسلحة", "انتشار السلاح", "انتشار الأسلحة", "الأسلحة غير الشرعية",
        "الأسلحة غير المرخصة", "تهريب الأسلحة والذخائر", "الأسلحة والذخائر", "السلاح المنفلت", "الأسلحة الخفيفة",
        "الأسلحة الصغيرة والخفيفة", "السلاح غير الشرعي", "حيازة الأسلحة", "تدفق الأسلحة",
        "arms trafficking", "arms smuggling", "weapons smuggling", "weapons trafficking", "smuggling of weapons",
        "trafficking of weapons", "trafficking in weapons", "arms trade", "illicit arms", "flow of weapons",
        "flow of arms", "small arms", "weapons", "arms", "arms smugglers", "weapons smugglers", "arms dealers",
        "firearms", "illegal weapons",
    ])
    c += [TopicCue(phrase: "السلاح", ids: ["arms-trafficking"], condition: .afterTraffickingHead),
          TopicCue(phrase: "الأسلحة", ids: ["arms-trafficking"], condition: .afterTraffickingHead),
          TopicCue(phrase: "الذخائر", ids: ["arms-trafficking"], condition: .afterTraffickingHead),
          TopicCue(phrase: "البشر", ids: ["human-trafficking"], condition: .afterTraffickingHead),
          TopicCue(phrase: "بالبشر", ids: ["human-trafficking"], condition: .afterTraffickingHead),
          TopicCue(phrase: "الأشخاص", ids: ["human-trafficking"], condition: .afterTraffickingHead),
          TopicCue(phrase: "المهاجرين", ids: ["illegal-migration"], condition: .afterTraffickingHead),
          TopicCue(phrase: "الأموال", ids: ["money-laundering"], condition: .afterTopic("money-laundering")),
          TopicCue(phrase: "الشرطية", ids: ["police-cooperation"], condition: .afterFieldWord),
          TopicCue(phrase: "والشرطية", ids: ["police-cooperation"], condition: .afterFieldWord),
          TopicCue(phrase: "الأمنية", ids: ["security-cooperation"], condition: .afterFieldWord),
          TopicCue(phrase: "التكوين", ids: ["training"], condition: .afterFieldWord),
          TopicCue(phrase: "القضائي", ids: ["judicial-cooperation"], condition: .afterFieldWord),
          TopicCue(phrase: "القضائية", ids: ["judicial-cooperation"], condition: .afterFieldWord),
          TopicCue(phrase: "الاقتصادي", ids: ["economic-cooperation"], condition: .afterFieldWord),
          TopicCue(phrase: "الاقتصادية", ids: ["economic-cooperation"], condition: .afterFieldWord),
          TopicCue(phrase: "الشرطي", ids: ["police-cooperation"], condition: .afterFieldWord),
          TopicCue(phrase: "التدريب", ids: ["training"], condition: .afterFieldWord)]
    // Heads that license the ellipsis above.
    c += cues([TopicMarker.traffickingHead], ["تجارة", "تهريب", "الاتجار", "الإتجار", "ترويج", "الاتجار غير المشروع"])
    c += cues([TopicMarker.department], ["الإدارة العامة", "المديرية العامة", "مديرية", "المديرية", "إدارة عامة"])
    c += cues([TopicMarker.fieldWord], ["المجالات", "مجالات", "المجال", "مجال", "مجالي", "الجوانب", "الميادين", "ميادين"])
    // MARK: migration
    c += cues("illegal-migration", [
        "الهجرة غير الشرعية", "الهجرة غير النظامية", "الهجرة غير القانونية", "الهجرة غير المشروعة", "الهجرة السرية",
        "المهاجرين غير الشرعيين", "المهاجرين غير النظاميين", "المهاجرين غير القانونيين", "تهريب المهاجرين",
        "الهجرة النظامية وغير النظامية", "الهجرة الشرعية وغير الشرعية", "قوارب الهجرة", "الحرقة", "قوارب الموت", "المهاجرين غير الشرعيين", "مخالفي نظام الإقامة",
        "مخالفي أنظمة الإقامة", "الإقامة غير النظامية", "الإقامة غير الشرعية", "المتسللين",
        "illegal migration", "irregular migration", "illegal immigration", "irregular migrants", "illegal migrants",
        "illegal immigrants", "migrant smuggling", "illegal crossings", "illegal border crossings", "smuggling of migrants",
    ])
    // MARK: human trafficking
    c += cues("human-trafficking", [
        "الاتجار بالبشر", "الإتجار بالبشر", "الاتجار في البشر", "تهريب البشر", "الاتجار بالأشخاص", "الإتجار بالأشخاص",
        "الاتجار في الأشخاص", "تجارة البشر", "الاتجار بالنساء والأطفال", "الاتجار بالأعضاء البشرية",
        "human trafficking", "trafficking in persons", "trafficking in human beings", "people smuggling",
        "people trafficking", "human smuggling", "trafficking of persons", "human traffickers", "people smugglers",
        "trafficking networks", "trafficking in women and children",
    ])
    // MARK: organized crime
    c += cues("organized-crime", [
        "الجريمة المنظمة", "الجرائم المنظمة", "الجريمة المنظمة العابرة للحدود", "الجرائم المنظمة العابرة للحدود",
        "الجريمة العابرة للحدود", "الجرائم العابرة للحدود", "الجريمة العابرة للحدود الوطنية",
        "الجرائم العابرة للحدود الوطنية", "الشبكات الإجرامية", "العصابات الإجرامية", "العصابات المنظمة",
        "الجريمة المنظمة بكافة أشكالها", "الجريمة المنظمة بجميع أشكالها", "الجريمة العابرة للقارات",
        "organized crime", "organised crime", "transnational crime", "crime syndicates", "organized criminal groups",
        "organised criminal groups", "transnational organized crime",
        "transnational organised crime", "cross border crime", "criminal networks", "criminal gangs",
    ])
    // MARK: borders
    c += cues("border-security", [
        "تأمين الحدود", "أمن الحدود", "ضبط الحدود", "حماية الحدود", "مراقبة الحدود", "إدارة الحدود", "الحدود المشتركة",
        "المنافذ الحدودية", "المعابر الحدودية", "المعبر الحدودي", "المنفذ الحدودي", "الشريط الحدودي", "الحدود البرية",
        "الحدود البحرية", "تأمين المنافذ", "المناطق الحدودية", "المراكز الحدودية", "النقاط الحدودية", "أمن المنافذ",
        "تأمين الشريط الحدودي", "الحدودي", "الحدودية", "حرس الحدود", "قوات حرس الحدود", "المعابر البرية", "خفر السواحل", "حرس السواحل", "المنافذ البرية", "المنفذ البري",
        "المنافذ", "المنافذ الجوية والبرية والبحرية", "الرقابة على الحدود", "رقابة الحدود", "الرقابة الحدودية", "المعابر",
        "border security", "border control", "border controls", "border management", "borders", "border",
        "border protection", "border guards", "coast guard",
        "frontier", "frontiers", "border crossings", "border crossing",
    ])
    c += ["عبر الحدود", "across borders", "across the borders", "across the border"].map {
        TopicCue(phrase: $0, ids: ["border-security"], condition: .unlessAfterTraffickingHead)
    }
    // MARK: information exchange
    c += cues("information-exchange", [
        "تبادل المعلومات", "تبادل المعلومات الأمنية", "تبادل البيانات", "تبادل المعطيات", "المعلومات الاستخباراتية", "ربط قواعد البيانات", "قواعد البيانات",
        "تبادل المعلومات الاستخباراتية", "الربط الإلكتروني", "تقاسم المعلومات",
        "information sharing", "exchange of information", "intelligence sharing", "information exchange",
        "sharing information", "sharing of information", "share information", "exchange information",
        "exchanging information", "sharing intelligence", "exchange of intelligence",
        "sharing of intelligence", "intelligence exchange", "exchange of intelligence information", "intelligence-sharing",
        "data sharing", "sharing of data", "share data", "sharing data", "data exchange", "exchange of data", "exchanging data",
    ])
    c += cues(["information-exchange", "expertise-exchange"], [
        "تبادل الخبرات والمعلومات", "تبادل المعلومات والخبرات", "تبادل الخبرات والتجارب والمعلومات",
        "exchange of information and expertise", "exchange of expertise and information",
    ])
    // MARK: training
    c += cues("training", [
        "التدريب", "تدريب", "التأهيل", "تأهيل", "بناء القدرات", "الدورات التدريبية", "البرامج التدريبية",
        "دورات تدريبية", "برامج تدريبية", "التدريبية", "التدريبي", "التكوين الأمني", "الدورات التكوينية",
        "مجال التكوين", "التدريب والتأهيل", "رفع الكفاءة", "دورات تكوينية", "دورة تكوينية", "التكوينية",
        // Maghreb تكوين (training) with its object: تكوين الأطر، تكوين المكونين، التكوين المستمر
        "تكوين الأطر", "تكوين أطر", "تكوين الكوادر", "تكوين المكونين", "تكوين العناصر", "تكوين الموارد البشرية", "التكوين المستمر",
        "التكوين الأساسي", "التكوين والتأهيل", "تأهيل الأطر", "تأهيل الكوادر", "التكوين والتكوين المستمر", "تطوير القدرات", "تطوير قدرات", "بناء قدرات", "تنمية القدرات", "تنمية قدرات", "رفع قدرات", "رفع القدرات", "التكوين والتدريب", "التدريب المشترك",
        "training", "trainings", "capacity building", "training programmes", "training programs", "training courses",
    ])
    // MARK: cybercrime
    c += cues("cybercrime", [
        "الجرائم الإلكترونية", "الجريمة الإلكترونية", "الجرائم المعلوماتية", "الجريمة المعلوماتية",
        "الجرائم السيبرانية", "الجريمة السيبرانية", "الجرائم المستحدثة", "الجريمة المستحدثة", "الأمن السيبراني",
        "الفضاء السيبراني", "الهجمات السيبرانية", "الهجمات الإلكترونية", "الابتزاز الإلكتروني", "الاحتيال الإلكتروني",
        "جرائم تقنية المعلومات", "الجرائم التقنية", "الجرائم الرقمية", "الجريمة الرقمية", "الجرائم الناشئة",
        "الأمن الإلكتروني", "الأمن الرقمي", "الأمن المعلوماتي", "التهديدات السيبرانية", "السيبرانية", "السيبراني",
        "جرائم الإنترنت", "الجرائم الافتراضية", "الاحتيال المالي الإلكتروني", "عبر الإنترنت",
        "الجرائم المالية عبر الإنترنت", "الجرائم المرتكبة عبر الإنترنت", "الجرائم الإلكترونية والمالية",
        "cybercrime", "cybercrimes", "cyber crime", "cyber crimes", "cyber security", "cybersecurity", "cyber attack",
        "cyberattack", "online extortion", "digital crimes", "hacking",
        "emerging crimes", "cyber attacks", "cyberattacks", "online fraud", "electronic crimes", "cyber threats",
        "crimes committed with new technologies", "new forms of crime",
        "cyber enabled crime", "cyber enabled crimes", "cyber-enabled crime", "cyber-enabled crimes", "online scam", "online scams",
        "scam centres", "scam centers", "scam center", "scam centre", "scam compounds",
    ])
    // MARK: AI
    c += cues("artificial-intelligence", [
        "الذكاء الاصطناعي", "الذكاء الصناعي", "الذكاء الإصطناعي", "تقنيات الذكاء", "artificial intelligence", "AI",
    ])
    // MARK: money laundering (corpus convention: terrorist financing is tagged here)
    c += cues("money-laundering", [
        "غسل الأموال", "غسيل الأموال", "تبييض الأموال", "غسل الاموال", "تمويل الإرهاب", "تمويل الجماعات الإرهابية",
        "تمويل التنظيمات الإرهابية", "تجفيف منابع", "تجفيف مصادر", "مصادر تمويل", "منابع تمويل", "تمويل الإرهابيين",
        "العملات المشفرة", "الجرائم المالية المرتبطة بالإرهاب",
        "money laundering", "terrorist financing", "terrorism financing", "financing of terrorism", "terror financing",
        "financing terrorism", "terror funding", "laundering", "money launderers", "terrorism financing",
        "counter terrorist financing", "illicit financial flows",
    ])
    c += [TopicCue(phrase: "تمويله", ids: ["money-laundering"], condition: .afterTopic("terrorism")),
          TopicCue(phrase: "تمويلها", ids: ["money-laundering"], condition: .afterTopic("terrorism")),
          TopicCue(phrase: "its financing", ids: ["money-laundering"], condition: .afterTopic("terrorism")),
          TopicCue(phrase: "their financing", ids: ["money-laundering"], condition: .afterTopic("terrorism")),
          TopicCue(phrase: "financing", ids: ["money-laundering"], condition: .afterTopic("terrorism"))]
    // MARK: road safety
    c += cues("road-safety", [
        "السلامة المرورية", "حوادث المرور", "الحوادث المرورية", "حوادث السير", "السلامة على الطرق", "السلامة الطرقية",
        "أسبوع المرور العربي", "التوعية المرورية", "المرور", "حوادث الطرق", "الحوادث المرورية",
        "road safety", "traffic safety", "traffic accidents", "road accidents", "road traffic", "traffic fatalities",
        "traffic management",
    ])
    // MARK: civil defense
    c += cues("civil-defense", [
        "الحماية المدنية", "الدفاع المدني", "مواجهة الكوارث", "إدارة الكوارث", "إدارة الأزمات والكوارث",
        "الكوارث الطبيعية", "الإطفاء", "الإنقاذ", "إطفاء الحرائق", "مكافحة الحرائق", "البحث والإنقاذ",
        "civil defense", "civil defence", "civil protection", "disaster management", "natural disasters",
        "search and rescue", "disaster response", "firefighting",
    ])
    // MARK: corruption
    c += cues("corruption", [
        "الفساد", "مكافحة الفساد", "الفساد المالي", "الرشوة", "النزاهة",
        "corruption", "anti corruption", "bribery",
    ])
    // MARK: legislation
    c += cues("legislation", [
        "الجوانب التشريعية", "التشريعات", "التشريعات الأمنية", "الاتفاقيات الأمنية", "مشاريع القرارات",
        "الأطر القانونية", "الإطار القانوني", "إطار قانوني", "أطر قانونية", "القوانين", "مشروع اتفاقية", "مشاريع الاتفاقيات",
        "مشروع قانون", "مشروع القانون", "القانون العربي الاسترشادي", "القانون النموذجي", "القوانين النموذجية",
        "المنظومة التشريعية", "المنظومة القانونية", "التشريعية", "تشريعات", "الاتفاقيات العربية", "الاتفاقية العربية",
        "القانون الاسترشادي", "القوانين الاسترشادية", "اتفاقية عربية", "الاتفاقيات الدولية", "التشريعي",
        "legislation", "legal framework", "legal frameworks", "security agreements", "model law", "draft law",
        "draft convention", "draft agreement", "laws",
    ])
    // MARK: extradition
    c += cues("extradition", [
        "تسليم المطلوبين", "المطلوبين أمنيا", "تسليم المجرمين", "المطلوبين", "المطلوبين للعدالة", "الفارين من العدالة", 
        "تسليم المتهمين", "تسليم المحكوم عليهم", "النشرات الحمراء", "النشرة الحمراء", "ملاحقة الفارين", "المطلوبون",
        "الهاربين", "الفارين", "تبادل المطلوبين", "تسليم الفارين", "مذكرات التوقيف", "مذكرات القبض",
        "أوامر القبض الدولية", "مذكرات التوقيف الدولية",
        "extradition", "wanted persons", "wanted people", "wanted individuals", "wanted fugitives", "most wanted",
        "fugitives", "red notices", "red notice", "extraditions", "extradite",
        "handover of wanted", "handing over wanted",
    ])
    // MARK: refugees
    c += cues("refugees", [
        "اللاجئين", "اللاجئون", "النازحين", "النازحون", "اللجوء", "النزوح", "المهجرين", "التهجير", "تهجير",
        "التهجير القسري", "تهجير قسري", "اللاجئ", "لاجئين", "نازحين",
        "refugees", "refugee", "displaced persons", "displaced people", "displaced", "asylum seekers", "displacement",
    ])
    // displacing the Palestinians is both a refugee question and the Palestinian cause
    c += cues(["refugees", "palestinian-cause"], [
        "تهجير الفلسطينيين", "تهجير الشعب الفلسطيني", "تهجير سكان غزة", "التهجير القسري للفلسطينيين", "تهجير أهالي غزة",
        "displace palestinians", "displacing palestinians", "displacement of palestinians", "displace the palestinians",
        "displacing the palestinians", "displacement of the palestinian people", "forced displacement of palestinians",
        "displace the palestinian people", "displaced palestinians",
    ])
    // MARK: Palestine
    c += cues("palestinian-cause", [
        "القضية الفلسطينية", "دعم الأشقاء الفلسطينيين", "الشعب الفلسطيني", "حقوق الشعب الفلسطيني",
        "الحقوق الفلسطينية", "الأراضي الفلسطينية المحتلة", "الاحتلال الإسرائيلي", "الدولة الفلسطينية", "قضية فلسطين",
        "الأشقاء الفلسطينيين", "القدس الشريف", "الأراضي الفلسطينية", "الاحتلال", "حل الدولتين",
        "palestinian cause", "support for palestinians", "palestinian people", "israeli occupation",
        "palestinian state", "occupied palestinian territories", "palestinian issue", "palestinian question",
        "two state solution",
    ])
    // MARK: security cooperation (generic)
    c += cues("security-cooperation", [
        "التعاون الأمني", "العلاقات الأمنية", "التنسيق الأمني", "العمل الأمني العربي المشترك", "العمل الأمني المشترك",
        "التعاون في المجال الأمني", "التعاون في المجالات الأمنية", "الشراكة الأمنية", "التعاون والتنسيق الأمني",
        "التعاون والتشاور الأمني", "التشاور الأمني", "التنسيق والتعاون الأمني", "التعاون الأمني المشترك",
        "المجالات الأمنية", "المجال الأمني", "التنسيق بين الأجهزة الأمنية",
        // coordination with counterpart agencies: التنسيق مع الأجهزة النظيرة / الأمنية
        "التنسيق مع الأجهزة", "التنسيق مع الأجهزة النظيرة", "التنسيق مع الأجهزة الأمنية", "الأجهزة النظيرة", "الأجهزة الأمنية النظيرة",
        "التعاون مع الأجهزة النظيرة", "التعاون مع الأجهزة الأمنية", "التنسيق مع نظيراتها", "التنسيق مع السلطات الأمنية", "التعاون بين الأجهزة الأمنية", "القضايا الأمنية", "المسائل الأمنية", "الشؤون الأمنية",
        "security cooperation", "security coordination", "cooperation in security", "security ties",
        "security cooperation and coordination", "joint security", "security matters", "security issues",
    ])
    // MARK: smuggling (general)
    c += cues("smuggling", [
        "التهريب", "عمليات التهريب", "منع التهريب", "مكافحة التهريب", "شبكات التهريب", "المهربين", "تهريب الوقود",
        "تهريب السلع", "تهريب البضائع", "تهريب العملة", "تهريب الآثار", "تهريب المحروقات", "جرائم التهريب",
        "smuggling", "smugglers", "contraband", "smuggling networks", "smuggling rings", "fuel smuggling",
    ])
    // MARK: expertise
    c += cues("expertise-exchange", [
        "تبادل الخبرات", "الاستفادة من الخبرات", "تبادل التجارب", "نقل الخبرات", "تقاسم الخبرات",
        "الاستفادة من التجارب", "تبادل الخبرة", "الاستفادة من الخبرة", "الاستفادة من التجربة", "تبادل الخبرات والتجارب",
        "تبادل التجارب والخبرات", "الخبرات", "خبرات", "خبراتها", "خبراته", "خبراتنا", "تقاسم التجارب", "تقاسم تجربتها", "نقل التجربة",
        "نقل تجربتها", "الاستفادة من تجربة", "الاستفادة من تجارب", "الاستفادة من خبرات", "الاستفادة من خبرة",
        "best practices", "exchange of best practices", "sharing best practices", "share best practices",
        "exchange of expertise", "sharing expertise", "share expertise", "share its expertise", "exchange expertise",
        "exchanging expertise", "exchange of experience", "exchange of experiences", "sharing experience",
        "sharing experiences", "expertise", "benefit from the experience",
    ])
    // MARK: police
    // police sport (الرياضة الشرطية، البطولات الشرطية) is no police cooperation: a marker that takes the words
    c += ["الرياضة الشرطية", "الرياضات الشرطية", "البطولات الشرطية", "البطولة الشرطية", "الألعاب الشرطية"].map {
        TopicCue(phrase: $0, ids: ["#police-sport"])
    }
    c += cues("police-cooperation", [
        "التعاون الشرطي", "المجالات الشرطية", "العمل الشرطي", "التعاون بين أجهزة الشرطة", "الأجهزة الشرطية",
        "التعاون الشرطي العربي", "الشرطية",
        "police cooperation", "policing cooperation", "police work", "cooperation between police",
    ])
    // MARK: judicial
    c += cues("judicial-cooperation", [
        "التعاون القضائي", "المساعدة القانونية المتبادلة", "التعاون القانوني والقضائي", "الإنابة القضائية",
        "الإنابات القضائية", "التعاون القانوني", "المساعدة القضائية", "الجهات القضائية", "السلطات القضائية", "الأجهزة القضائية",
        "judicial cooperation", "legal cooperation", "mutual legal assistance", "judicial assistance",
    ])
    // MARK: economy
    c += cues("economic-cooperation", [
        "التعاون الاقتصادي", "الاستثمار", "الاستثمارات", "التبادل التجاري", "العلاقات الاقتصادية", "المجالات الاقتصادية",
        "التعاون التجاري", "الشراكة الاقتصادية",
        "economic cooperation", "investment", "investments", "trade", "economic ties", "economic relations",
    ])
    // MARK: awareness
    c += cues("security-awareness", [
        "التوعية الأمنية", "الوقاية من الجريمة", "الخطة الإعلامية", "الإعلام الأمني", "منع الجريمة", "التوعية",
        "حملات التوعية", "الوعي الأمني", "الشائعات", "التصدي للشائعات", "نشر الوعي", "التوعية بمخاطر",
        "security awareness", "crime prevention", "awareness campaigns", "public awareness", "awareness",
    ])
    // MARK: Arab strategy
    c += cues("arab-security-strategy", [
        "الاستراتيجية الأمنية العربية", "خطة أمنية عربية", "الخطة الأمنية العربية", "الخطة المرحلية", "الخطط المرحلية",
        "الاستراتيجية العربية لمكافحة", "الاستراتيجية العربية", "الاستراتيجيات العربية", "الاستراتيجيات الأمنية العربية",
        "استراتيجية عربية", "الإستراتيجية العربية", "للاستراتيجية العربية",
        "arab security strategy", "arab security plan", "arab strategy", "arab counter terrorism strategy",
        "phase plan", "arab security strategies",
    ])
    c += cues(["arab-security-strategy", "terrorism"], ["arab counter terrorism strategy", "arab strategy for combating terrorism"])
    c += cues(["arab-security-strategy", "drug-trafficking"], ["arab strategy for combating narcotics", "arab strategy for combating drugs"])
    // MARK: human rights
    c += cues("human-rights", ["حقوق الإنسان", "حقوق الانسان", "human rights"])
    // MARK: regional situation (generic)
    c += cues("regional-situation", [
        "الأوضاع الأمنية في المنطقة", "مستجدات الأوضاع", "التطورات على الساحة العربية", "الوضع الأمني في",
        "الأوضاع في المنطقة", "الأوضاع الأمنية", "الوضع الأمني", "التطورات الإقليمية", "الأوضاع الراهنة",
        "المستجدات الإقليمية", "الأوضاع الإقليمية", "الوضع الإقليمي", "التطورات الراهنة", "مستجدات الأحداث",
        "الأوضاع في", "تطورات الأوضاع", "التحديات الأمنية", "التحديات الأمنية في المنطقة", "المستجدات على الساحة", "الساحة الإقليمية", "الساحة العربية",
        "regional situation", "security situation", "regional developments", "situation in the region",
        "developments in the region",
    ])
    // MARK: foreign interference
    c += cues("foreign-interference", [
        "التدخلات الخارجية", "التدخل في الشؤون الداخلية", "التدخل الأجنبي", "التدخلات الأجنبية", "التدخل الخارجي",
        "التدخلات الإقليمية", "foreign interference", "interference in internal affairs", "foreign intervention",
    ])
    // MARK: bilateral relations (generic)
    c += cues("bilateral-relations", [
        "العلاقات الثنائية", "التعاون الثنائي", "العلاقات الأخوية", "علاقات التعاون الثنائية", "العلاقات بين البلدين",
        "علاقات الأخوة", "العلاقات المتميزة", "العلاقات التاريخية", "العلاقات الأخوية المتميزة",
        "علاقات الأخوة والتعاون", "أواصر التعاون", "العلاقات الوطيدة", "علاقات التعاون الثنائي", "التعاون الثنائي المشترك",
        "علاقات التعاون بين البلدين", "العلاقات بين البلدين الشقيقين", "العلاقات الثنائية المتميزة",
        "bilateral relations", "bilateral cooperation", "bilateral ties", "relations between the two countries",
        "ties between the two countries", "bilateral",
    ])
    // MARK: English phrase families (verb forms, determiners, places) generated from their parts
    c += englishFamilyCues()
    // MARK: blockers — phrases that contain a cue word but signal no topic.
    c += cues([TopicMarker.block], [
        "الاستراتيجية الأمنية الخليجية", "الاستراتيجية الأمنية الخليجية الشاملة", "الأمن والاستقرار",
        "اللقاءات الثنائية", "لقاءات ثنائية", "لقاء ثنائي", "مباحثات ثنائية", "المباحثات الثنائية", "اللقاء الثنائي",
        "الاجتماعات الثنائية", "bilateral meeting", "bilateral meetings", "bilateral talks",
        "وزير الداخلية", "وزارة الداخلية", "الحدود الدنيا", "حدود الله", "في حدود", "trade union",
        "الأمين العام", "air traffic", "traffic jam", "الاحتلال العسكري", "arms of", "arms length",
        "border on", "borders on", "respect borders", "respect no borders", "know no borders", "recognize no borders",
        "recognise no borders", "لا تعترف بالحدود", "لا تعرف الحدود", "بالتجربة", "experience in", "قانون المرور",
        "مراكز الإصلاح والتأهيل", "الإصلاح والتأهيل", "إعادة التأهيل", "إعادة تأهيل", "المؤسسات الإصلاحية والعقابية",
        "المجلس التشريعي", "السلطة التشريعية", "الانتخابات التشريعية", "السلطات التشريعية", "المؤسسة التشريعية",
        "legislative council", "legislative elections", "trade union", "world trade", "trade minister",
    ])
    return c
}()

/// English cue families: every verb form and determiner of a phrase, so that a general rule reads as one list.
/// - sharing verbs over data ("pool their data", "share information", "exchanging intelligence", "pooling of data");
/// - drugs named as the smuggled or trafficked thing: drug trafficking only ("the smuggling of Captagon", "cocaine
///   smuggling"), not also generic smuggling (which the corpus keeps for unspecified smuggling);
/// - the situation / war / crisis / developments in a named country or territory: the regional situation;
/// - training verbs ("to train police officers", "trained", "capacity-building").
private func englishFamilyCues() -> [TopicCue] {
    var c = [TopicCue]()
    let shareVerbs = ["share", "shared", "sharing", "exchange", "exchanging", "pool", "pooling", "exchange of", "sharing of", "pooling of"]
    let dets = ["", "their", "the"]
    let data = ["data", "information", "intelligence"]
    var info: [String] = []
    for v in shareVerbs { for d in dets { for o in data { info.append([v, d, o].filter { !$0.isEmpty }.joined(separator: " ")) } } }
    info += ["information-sharing", "data-sharing", "information-exchange", "data pooling", "information pooling"]
    c += cues("information-exchange", info)
    let drugs = ["captagon", "cocaine", "heroin", "hashish", "cannabis", "marijuana", "amphetamine", "amphetamines",
                 "methamphetamine", "crystal meth", "tramadol", "opium", "fentanyl", "drugs", "narcotics"]
    var drugCues: [String] = []
    for d in drugs {
        for h in ["smuggling of", "smuggling", "smuggled", "trafficking of", "trafficking in", "trade in"] { drugCues.append("\(h) \(d)") }
        for t in ["smuggling", "smugglers", "trafficking"] { drugCues.append("\(d) \(t)") }
    }
    c += cues("drug-trafficking", drugCues)
    var places = CountryLexicon.arabLeague.map { $0.en.lowercased() }
    places += ["gaza", "the gaza strip", "the west bank", "darfur", "the sahel", "the middle east", "the horn of africa", "southern lebanon",
               "south lebanon", "jerusalem", "the occupied territories", "the occupied palestinian territories", "the red sea", "the arab region"]
    var regional: [String] = []
    for h in ["situation in", "war in", "crisis in", "conflict in", "developments in", "events in"] {
        for p in places { regional.append("\(h) \(p)") }
    }
    c += cues("regional-situation", regional)
    var expertise: [String] = []
    for v in ["share", "sharing", "exchange", "exchanging", "transfer", "pooling", "sharing of", "exchange of", "transfer of"] {
        for d in ["", "their"] {
            for o in ["expertise", "experience", "experiences", "know-how", "best practices"] {
                expertise.append([v, d, o].filter { !$0.isEmpty }.joined(separator: " "))
            }
        }
    }
    c += cues("expertise-exchange", expertise)
    var interference: [String] = []
    for h in ["interference in", "interfering in", "meddling in", "intervention in", "interventions in", "interference into"] {
        for d in ["the", "its", "their", "arab", "the arab", "our", "his"] {
            interference.append("\(h) \(d) internal affairs")
        }
    }
    interference += ["external interference", "foreign meddling", "external meddling", "foreign interventions", "external interventions",
                     "regional interference", "regional interventions"]
    c += cues("foreign-interference", interference)
    c += cues("bilateral-relations", ["brotherly relations", "fraternal relations", "fraternal ties", "brotherly ties",
                                      "relations between the two brotherly countries", "ties between the two brotherly countries",
                                      "relations between the two sisterly countries", "relations between both countries",
                                      "cooperation between the two countries", "cooperation between both countries",
                                      "cooperation between the two brotherly countries", "bilateral relationship", "bilateral relationships"])
    c += cues("regional-situation", ["regional and international developments", "latest regional developments", "regional issues",
                                     "regional and international issues", "regional security", "situation in the arab region",
                                     "developments in the arab region", "latest developments in the region", "regional situation",
                                     "regional crises", "crises in the region", "conflicts in the region", "tensions in the region"])
    c += cues("training", ["train", "trains", "trained", "capacity-building", "build capacities", "building capacities",
                           "build the capacities", "building the capacities", "capacity development", "skills development",
                           "training courses", "training sessions", "training workshops", "qualification programmes"])
    return c
}

/// Finds topic cues in a text. Build once and reuse (the lexicon is compiled into a trie at init).
public struct TopicFinder: Sendable {
    private let trie: PhraseTrie
    private let payloads: [TopicCue]
    private let organizations: OrganizationFinder
    /// Trie node → every cue ending there is a capital abbreviation ("AI").
    private let capsOnly: [Bool]
    /// The matching loop works on small integers: every topic id and marker gets a number (its index here).
    private let idNames: [String]
    /// Per payload: the numbers of its ids (`cueIDs[cueIDStart[p] ..< cueIDStart[p + 1]]`), and its condition with
    /// numbers for names.
    private let cueIDs: [Int32], cueIDStart: [Int32]
    private let conditions: [Condition]
    /// Per id number: the rule families it belongs to (`Family`).
    private let families: [UInt8]
    private let department: Int32, drugTrafficking: Int32

    /// `CueCondition` with topic numbers instead of names.
    private enum Condition { case none, afterTraffickingHead, afterTopic(Int32), afterFieldWord, unlessAfterTraffickingHead }

    /// Id families tested by the conditions.
    private enum Family {
        static let marker: UInt8 = 1             // "#…": a marker, never reported
        static let ellipsisHead: UInt8 = 2       // trafficking head, arms, human trafficking, smuggling (drugs: see find)
        static let traffickingContext: UInt8 = 4 // trafficking head, drugs, arms, human trafficking, smuggling, migration
        static let fieldContext: UInt8 = 8       // field word, security cooperation, police cooperation
    }

    public init(extra: [UserLexicon.TopicCues] = []) {
        self.init(extra: extra, organizations: OrganizationFinder())
    }

    /// With the organization finder whose names mask topic cues (pass the one holding user organizations).
    public init(extra: [UserLexicon.TopicCues], organizations: OrganizationFinder) {
        var trie = PhraseTrie()
        var payloads = [TopicCue]()
        var all = topicCues
        for t in extra { all += t.cues.map { TopicCue(phrase: $0, ids: [t.id]) } }
        for cue in all {
            let index = Int32(payloads.count)
            payloads.append(cue)
            trie.insert(phrase: cue.phrase, payload: index)
        }
        trie.pack()
        self.trie = trie
        self.payloads = payloads
        self.organizations = organizations
        self.capsOnly = trie.payloads.map { ps in !ps.isEmpty && ps.allSatisfy { isCapitalAbbreviation(payloads[Int($0 & ~PhraseTrie.definiteEnd)].phrase) } }
        var names = [String](), numbers = [String: Int32]()
        func number(_ id: String) -> Int32 {
            if let k = numbers[id] { return k }
            let k = Int32(names.count)
            names.append(id); numbers[id] = k
            return k
        }
        var flatIDs = [Int32](), starts: [Int32] = [0]
        for cue in payloads { flatIDs += cue.ids.map(number); starts.append(Int32(flatIDs.count)) }
        cueIDs = flatIDs
        cueIDStart = starts
        conditions = payloads.map { cue in
            switch cue.condition {
            case .none: return .none
            case .afterTraffickingHead: return .afterTraffickingHead
            case .afterTopic(let id): return .afterTopic(number(id))
            case .afterFieldWord: return .afterFieldWord
            case .unlessAfterTraffickingHead: return .unlessAfterTraffickingHead
            }
        }
        department = number(TopicMarker.department)
        drugTrafficking = number("drug-trafficking")
        let groups: [(UInt8, [String])] = [
            (Family.ellipsisHead, [TopicMarker.traffickingHead, "arms-trafficking", "human-trafficking", "smuggling"]),
            (Family.traffickingContext, [TopicMarker.traffickingHead, "drug-trafficking", "arms-trafficking", "human-trafficking",
                                         "smuggling", "illegal-migration"]),
            (Family.fieldContext, [TopicMarker.fieldWord, "security-cooperation", "police-cooperation"]),
        ]
        let members = groups.map { g in (g.0, g.1.map(number)) }
        var fam = [UInt8](repeating: 0, count: names.count)
        for (bit, ks) in members { for k in ks { fam[Int(k)] |= bit } }
        for (k, id) in names.enumerated() where id.hasPrefix("#") { fam[k] |= Family.marker }
        families = fam
        idNames = names
    }

    /// Topic hits in `text`, in text order (one hit per cue occurrence; several ids may share a span).
    public func find(in text: String) -> [TopicHit] {
        find(in: LexTokens(text))
    }

    /// Same, over tokens already computed (share one `LexTokens` between finders).
    public func find(in tokens: LexTokens) -> [TopicHit] {
        find(in: tokens, organizationSpans: organizations.tokenSpans(in: tokens))
    }

    /// Same, with the token ranges of organization names already found by this finder's `OrganizationFinder`.
    func find(in tokens: LexTokens, organizationSpans orgSpans: [Range<Int>]) -> [TopicHit] {
        var hits = [TopicHit]()
        var recent = [(token: Int, sentence: Int32, id: Int32)]() // topics and markers found so far
        var emitted = [Int32]()
        var orgIndex = 0
        let families = self.families
        for m in trie.matches(in: tokens) {
            // Inside an organization's name?
            while orgIndex < orgSpans.count && orgSpans[orgIndex].upperBound <= m.first { orgIndex += 1 }
            if orgIndex < orgSpans.count, orgSpans[orgIndex].lowerBound <= m.first, m.end <= orgSpans[orgIndex].upperBound {
                continue
            }
            if m.end - m.first == 1 && !tokens.capitals(m.first) && capsOnly[Int(m.node)] { continue }
            let sentence = tokens.sentenceOf(m.first)
            // a cue inside a department's name (الإدارة العامة للعلاقات والإعلام الأمني) is not a topic
            // (the name runs on single spaces: a comma or other mark between ends it)
            if recent.contains(where: { r in r.sentence == sentence && r.id == department && m.first > r.token && m.first - r.token <= 5
                && (r.token..<m.first).allSatisfy { tokens.tokenStart($0 + 1) - tokens.tokenEnd($0) == 1 } }) { continue }
            let evidence = Evidence(start: Int(tokens.tokenStart(m.first)), end: Int(tokens.tokenEnd(m.end - 1)))
            emitted.removeAll(keepingCapacity: true)
            let definite = tokens.definite(m.end - 1)
            for q in trie.packedPayloads[trie.payloadRange(m.node)] {
                guard let p = PhraseTrie.accepted(q, definite: definite) else { continue }
                switch conditions[p] {
                case .none: break
                case .afterTraffickingHead:
                    guard recent.contains(where: { $0.sentence == sentence && m.first - $0.token <= 10
                        && (families[Int($0.id)] & Family.ellipsisHead != 0 || $0.id == drugTrafficking && $0.token < m.first) })
                    else { continue }
                case .afterTopic(let id):
                    guard recent.contains(where: { $0.sentence == sentence && m.first - $0.token <= 6 && $0.id == id })
                    else { continue }
                case .unlessAfterTraffickingHead:
                    if recent.contains(where: { $0.sentence == sentence && m.first - $0.token <= 6
                        && families[Int($0.id)] & Family.traffickingContext != 0 })
                    { continue }
                case .afterFieldWord:
                    guard recent.contains(where: { $0.sentence == sentence && m.first - $0.token <= 4
                        && families[Int($0.id)] & Family.fieldContext != 0 })
                    else { continue }
                }
                for id in cueIDs[Int(cueIDStart[p])..<Int(cueIDStart[p + 1])] where !emitted.contains(id) {
                    emitted.append(id)
                    recent.append((m.first, sentence, id))
                    if families[Int(id)] & Family.marker != 0 { continue }
                    hits.append(TopicHit(id: idNames[Int(id)], evidence: evidence))
                }
            }
            if recent.count > 64 { recent.removeFirst(recent.count - 32) }
        }
        return hits
    }

    /// Distinct topic ids in order of first mention.
    public func ids(in text: String) -> [String] {
        var seen = Set<String>(), out = [String]()
        for h in find(in: text) where seen.insert(h.id).inserted { out.append(h.id) }
        return out
    }
}
