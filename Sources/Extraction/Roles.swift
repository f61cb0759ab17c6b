// Ranks, honorifics and role titles (Arabic and English), plus the function words that end a name.
// Sets hold normalized forms (ArabicNormalizer.normalize); write them in natural spelling here.
import ArabicText

enum RoleLexicon {
    static func norm(_ xs: [String]) -> WordSet { WordSet(xs.map { ArabicNormalizer.normalize($0) }) }
    /// The same for a word → value table written in natural spelling (a later duplicate key wins).
    static func normMap(_ pairs: [(String, String)]) -> WordMap<String> {
        var d = WordMap<String>()
        for (a, b) in pairs { d[ArabicNormalizer.normalize(a)] = b }
        return d
    }

    /// Ranks and honorifics that may precede a name, in any combination.
    static let honorifics: WordSet = norm([
        "اللواء", "لواء", "الفريق", "فريق", "أول", "الأول", "ركن", "الركن", "العميد", "عميد", "العقيد", "عقيد", "المقدم",
        "الرائد", "النقيب", "المشير", "شرطة", "الشيخ", "الشيخة", "شيخ", "الأمير", "الأميرة", "صاحب", "صاحبة", "السمو", "الملكي",
        "سمو", "سموّ", "معالي", "سعادة", "فخامة", "دولة", "القاضي", "المستشار", "المستشارة", "الدكتور", "الدكتورة", "د", "دكتور",
        "السيد", "السيدة", "الأستاذ", "الأستاذة", "مولاي", "المهندس", "الحاج", "جلالة", "الملك", "الشريف", "العلامة",
        "البروفيسور", "سيادة", "حضرة", "المشير", "الجنرال", "الجلالة", "الفخامة", "دولة",
        // Levantine and Maghreb army ranks, police ranks, lower officer ranks (with the article: عماد, ملازم … are names)
        "العماد", "الملازم", "المراقب", "المفوض", "الرقيب",
        // religious and courtesy honorifics (Jordanian عطوفة, Maghreb مولانا, Gulf/Levant سماحة، فضيلة، نيافة، غبطة)
        "مولانا", "سماحة", "فضيلة", "عطوفة", "نيافة", "غبطة", "الإمام",
    ])
    /// Honorifics that never start a name when alone (they can be pronoun-like: دولة = state).
    static let weakHonorifics: WordSet = norm(["دولة", "أول", "الأول", "الملكي", "شرطة", "ركن", "الركن", "الملك", "فضيلة", "الإمام",
                                               "المراقب", "المفوض", "الرقيب"])

    static let enHonorifics: WordSet = [
        "prince", "princess", "sheikh", "sheikha", "shaikh", "king", "emir", "dr", "lt", "lieutenant", "general", "gen",
        "major", "maj", "brigadier", "brig", "colonel", "col", "h", "hh", "his", "her", "highness", "excellency", "mr",
        "mrs", "ms", "judge", "counsellor", "counselor", "sayyid", "sayed", "royal", "eng", "police", "staff", "field",
        "marshal", "first", "sir", "e", "he",
    ]

    /// Name-internal connectors (normalized): بن، بنت، ابن، آل/أل (→ ال)، أبو، عبد، ولد.
    static let connectors: WordSet = norm(["بن", "بنت", "ابن", "آل", "أل", "أبو", "ابو", "أبي", "عبد", "ولد", "بو", "ذو", "أم", "عبدال"])
    static let joinNext: WordSet = norm(["عبد", "أبو", "ابو", "بو", "ذو", "أبي", "آل", "أل"])

    /// Role heads (singular) and their English labels.
    static let heads: WordMap<String> = normMap([
        ("وزير", "minister"), ("وزيرة", "minister"), ("الوزير", "minister"), ("الوزيرة", "minister"),
        ("رئيس", "president"), ("رئيسة", "president"), ("الرئيس", "president"), ("الرئيسة", "president"),
        ("نائب", "deputy"), ("النائب", "deputy"), ("الأمين", "secretary-general"), ("أمين", "secretary-general"),
        ("الأمينة", "secretary-general"), ("المفتش", "inspector general"), ("سفير", "ambassador"), ("السفير", "ambassador"),
        ("سفيرة", "ambassador"), ("مدير", "director"), ("المدير", "director"), ("مديرة", "director"), ("قائد", "commander"),
        ("القائد", "commander"), ("ولي", "crown prince"), ("وكيل", "undersecretary"), ("الوكيل", "undersecretary"), ("المتحدث", "spokesperson"), ("مساعد", "assistant"),
        ("محافظ", "governor"), ("المحافظ", "governor"), ("رئيس", "president"), ("عاهل", "king"), ("العاهل", "king"),
        ("أمير", "emir"), ("ملك", "king"), ("المندوب", "representative"), ("مندوب", "representative"),
        // a descriptor that refers back to an official (المسؤول الحكومي المغربي): a role only with its country
        ("المسؤول", "official"), ("المسؤولة", "official"),
    ])

    /// Counterpart words (نظيره …): the head of a role phrase that borrows the subject's role.
    static let counterparts: WordSet = norm([
        "نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظيري", "نظرائه", "نظراءه", "نظراؤه", "نظرائها", "نظيريه", "نظرائهم", "نظيرهما",
    ])
    static let pluralCounterparts: WordSet = norm(["نظرائه", "نظراءه", "نظراؤه", "نظرائها", "نظيريه", "نظرائهم"])

    /// Plural heads: a collective, never one person.
    static let pluralHeads: WordSet = norm([
        "وزراء", "الوزراء", "وزيري", "وزيرا", "رؤساء", "أصحاب", "المسؤولين", "مسؤولين", "الوفود", "قادة", "سفراء", "ممثلين", "ممثلي",
    ])

    /// Words that continue a role phrase after its head (normalized, clitics stripped).
    static let complements: WordSet = norm([
        "الداخلية", "الخارجية", "العدل", "الدفاع", "الدولة", "الوزراء", "مجلس", "الحكومة", "حكومة", "الجمهورية", "جمهورية", "شؤون",
        "الشؤون", "الجماعات", "المحلية", "التهيئة", "العمرانية", "البلديات", "اللامركزية", "المغتربين", "الهجرة", "المصريين",
        "الخارج", "المكلف", "المكلفة", "الوحدة", "الوطنية", "الأول", "الأولى", "العام", "العامة", "الفخري", "الإدارة", "الشرطة",
        "الجمارك", "الأمن", "العدلية", "المالية", "الاقتصاد", "الإعلام", "الصحة", "الوزارة", "وزارة", "الدورة", "الحالية", "الحالي",
        "للشرطة", "السابق", "الأسبق", "الوطني", "العمومي", "الأعلى", "القضاء", "المجلس", "الجامعة", "التنفيذي", "الدائم",
        "الشريفين", "الحرمين", "خادم", "العهد", "الأركان", "هيئة", "الداخليّة", "المؤقتة", "الانتقالية", "الانتقالي", "الرئاسي",
        "المجلس", "المساعد", "للأمن", "والبلديات", "الأمانة", "النواب", "الشورى", "العموم",
        "جهاز", "هيئة", "مصلحة", "إدارة", "مديرية", "المديرية", "دائرة", "قطاع", "وكالة", "الحرس", "المخابرات", "الاستخبارات",
        "الجوازات", "المرور", "السجون", "الإصلاح", "المدني", "الجنسية", "الإقامة", "الحدود", "السواحل", "خفر", "غير", "الشرعية",
        "النظامية", "مكافحة", "المخدرات", "الجنائية", "التحقيقات", "الوطنية", "العامة", "شرطة", "الشرطة", "الأمن", "أمن",
        "المنافذ", "الموانئ", "الطوارئ", "الأزمات", "العمليات", "الخاصة", "المركزية", "الدولي", "الدولية", "التعاون",
    ])

    /// Function words, time words, frequent verbs and nouns that end a name (normalized).
    static let stopwords: WordSet = norm([
        "في", "على", "علي", "من", "إلى", "الى", "عن", "مع", "حول", "بين", "عبر", "لدى", "بعد", "قبل", "منذ", "حيث", "إذ", "أن", "إن",
        "ان", "لا", "لم", "لن", "ما", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "كل", "كلا", "كلاً", "عدد", "عددا", "جميع", "بعض",
        "اليوم", "أمس", "غدا", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "يوم", "صباح",
        "مساء", "أيضا", "أيضاً", "ايضا", "كذلك", "قد", "كان", "كانت", "التي", "الذي", "الذين", "اللذين", "اللتين", "وذلك", "ذات",
        "خلال", "هامش", "أعمال", "أشغال", "فعاليات", "إطار", "سياق", "مجال", "مجالات", "سبل", "أجل", "حين", "عند", "لقاء", "لقاءات",
        "اللقاء", "اللقاءات", "مباحثات", "محادثات", "المباحثات", "سلسلة", "اجتماع", "الاجتماع", "اجتماعات", "دعوة", "دعوه", "رئاسة",
        "اتصالا", "اتصال", "هاتفيا", "كلمة", "بيان", "زيارة", "وفد", "الوفد", "الجلسة", "جلسة", "الدورة", "دورة", "مقر", "بمقر",
        "التقى", "التقت", "يلتقي", "تلتقي", "استقبل", "استقبلت", "يستقبل", "بحث", "بحثت", "تباحث", "أجرى", "أجرت", "يجري", "عقد",
        "عقدت", "شارك", "شاركت", "يشارك", "ترأس", "ترأست", "يترأس", "أكد", "أكدت", "قال", "قالت", "أضاف", "أوضح", "أشار", "أعرب",
        "وجه", "وجهت", "تلقى", "تلقت", "سلم", "حضر", "حضور", "بحضور", "توجه", "وصل", "غادر", "افتتح", "اختتم", "نظيره", "نظيرها",
        "الجانبان", "الطرفان", "الوزيران", "الوزيرتان", "الجانبين", "الطرفين", "وزراء", "الوزراء", "معاليه", "سموه", "فخامته",
        "منصب", "يشغل", "يتولى", "تتولى", "بصفة", "بصفته", "المنعقدة", "المنعقد", "المشاركين", "المشارك", "المشاركة", "العرب",
        "العربية", "العربي", "الشقيقين", "البلدين", "الشقيقة", "حاليا", "رسمية", "رسميا", "هاتفية", "الإعلامي", "المكتب", "مصادر",
        "وفق", "وفقا", "بحسب", "حسب", "نحو", "لدي", "ضمن", "دون", "غير", "أو", "أم", "ثم", "لكن", "بل", "كما", "لما", "إذا",
        "قصر", "بقصر", "العاصمة", "مدينة", "بمدينة", "منطقة", "بلاده", "بلادها", "الأمانة", "المجلس", "الجامعة", "الحكومة",
        "كلمته", "كلمتها", "لقائه", "لقائها", "مشاركته", "مشاركتها", "المقابلة", "جرى", "تم", "يتم", "والوفد", "المرافق", "المرافقة",
        "حفظه", "الله", "رعاه", "يرعاه", "أطال", "عمره", "حدة", "حده", "كلًا", "كلاً", "كلا", "بدوره", "بدورها", "جهته", "جهتها",
        "الوزير", "الوزيرة", "تحت", "فوق", "أمام", "خلف", "وراء", "إثر", "اثر", "لأول", "مرة", "أول", "آخر", "أخرى", "سابق",
        "الذي", "يذكر", "يُذكر", "وكان", "وكانت", "ويذكر", "شارك", "المقال", "الخبر", "تعليقاً", "تعليقا", "اترك", "اقرأ",
        "خلاله", "خلالها", "فيه", "فيها", "منه", "منها", "عنه", "عنها", "له", "لها", "معه", "معها", "به", "بها", "إليه", "إليها",
        "جهود", "دور", "تصريح", "تصريحات", "رسالة", "برقية", "ديوان", "استقبال", "قرار", "توجيهات", "رعاية", "نيابة", "ممثل",
        "ممثلا", "برعاية", "بتوجيه", "تهنئة", "شكر", "تقدير", "أشاد", "ثمن", "أثنى", "أعلن", "كشف", "دعا", "طالب", "شدد", "نوه",
        "استعرض", "تناول", "ناقش", "اطلع", "حرص", "حرصه", "مواقف", "موقف", "مبادرة", "مبادرات", "قدم", "منح", "تسلم", "سلم",
        "دول", "الدول", "جهات", "الجهات", "كافة", "مختلف", "سائر", "بقية", "نظرائه", "نظرائهم",
        "رحمه", "يرحمه", "ثراه", "طيب", "الراحل", "المغفور", "له", "تغمده",
        "بينها", "بينهم", "بينه", "بينهن", "وقت", "الوقت", "لاحق", "لاحقا", "فترة", "الفترة", "ساعة", "ساعات", "أيام", "أسبوع",
        "شهر", "عام", "العام", "الماضي", "المقبل", "القادم", "الجاري", "الحالي",
        // common nouns that open what was discussed, never a name (… مع وزير الداخلية الإيطالي ملف الهجرة)
        "ملف", "ملفات", "قضية", "قضايا", "مسألة", "مسائل", "موضوع", "مواضيع", "موضوعات", "آفاق", "أوجه", "تعزيز", "تطوير",
        "تنسيق", "تطورات", "مستجدات", "جهود", "إجراءات", "آليات", "برامج", "خطة", "مشروع", "مشاريع", "علاقات", "مكافحة",
        "ظاهرة", "بنود", "تقرير", "تقارير", "جملة", "أهمية", "ضرورة", "تبادل", "تسهيل", "بلد", "بلدان", "عبور", "أوضاع",
        "الأوضاع", "ملفي", "قضيتي", "واقع", "آخر", "سبيل", "نتائج", "مخرجات", "توصيات", "قرارات",
        // a delegation received or met (التقى الوزير X وفدا عن …)
        "وفد", "وفدا", "وفودا", "وفود", "الوفد",
        "بينهما", "كلاهما", "نفسه", "نفسها", "أنه", "أنها", "إنه", "إنها", "والذي", "والتي", "البلاد", "حاليا", "سابقا", "رئاسته",
    ])

    static let enStop: WordSet = [
        "the", "of", "and", "on", "in", "at", "to", "for", "with", "by", "from", "a", "an", "his", "her", "their", "its",
        "minister", "ministers", "interior", "foreign", "affairs", "justice", "defence", "defense", "deputy", "prime", "first",
        "president", "secretary", "general", "council", "arab", "league", "university", "security", "sciences",
        "government", "national", "unity", "ministry", "municipalities", "local", "authorities", "urban", "planning", "state",
        "kingdom", "republic", "united", "nations", "office", "drugs", "crime", "interpol", "europol", "gulf", "cooperation",
        "honorary", "custodian", "two", "holy", "mosques", "ambassador", "share", "this", "facebook", "x", "whatsapp", "twitter",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "agencies", "session", "meeting",
        "during", "also", "today", "said", "met", "meets", "held", "the", "tripoli", "tunis", "riyadh", "cairo", "amman",
        "baghdad", "doha", "dhabi", "muscat", "algiers", "rabat", "beirut", "damascus", "his", "highness", "he", "she",
        "they", "sheikh", "prince", "lt", "dr", "h", "major", "organisation", "organization", "islamic", "african", "union",
        "european", "centre", "center", "strategy", "general", "secretariat", "representatives", "spa", "wam", "petra", "qna",
        "kuna", "bna", "ona", "sana", "mena", "wafa", "ina", "tap", "aps", "map", "inspector", "police", "customs", "staff",
        "commander", "chief", "chairman", "head", "king", "emir", "crown", "speaker", "parliament", "assembly", "agency",
        "news", "reuters", "afp", "ap", "as", "but", "road", "street", "mosque", "hospital", "city", "airport", "palace", "hall",
        "strip", "bank", "west", "east", "north", "south", "sea", "region", "crossing", "border", "desert", "valley", "island",
        "islands", "peninsula", "sahel", "middle", "horn", "red", "mediterranean", "press", "times", "post", "daily",
        "stadium", "square", "avenue", "bridge", "port", "museum", "academy", "college", "school", "institute", "award", "prize", "after", "before", "while", "when", "however", "meanwhile", "according",
    ]

    /// Meeting verbs and nouns (normalized, after stripping و/ف): verbal triggers take a subject; nominal ones
    /// (لقاء، مباحثات، اتصالا، دعوة) take the subject of a light verb before them.
    static let metVerbs: WordSet = norm([
        "التقى", "التقت", "يلتقي", "تلتقي", "التقيا", "اجتمع", "اجتمعت", "يجتمع", "تجتمع", "تباحث", "تباحثت", "يتباحث",
        "تتباحث", "بحث", "بحثت", "يبحث", "تبحث", "ناقش", "ناقشت", "يناقش", "تناقش", "التقي",
    ])
    /// Verbs that are meetings only with an `مع` complement (otherwise they report what was discussed).
    static let withVerbs: WordSet = norm(["تباحث", "تباحثت", "يتباحث", "تتباحث", "بحث", "بحثت", "يبحث", "تبحث",
                                              "ناقش", "ناقشت", "يناقش", "تناقش"])
    static let receiveVerbs: WordSet = norm(["استقبل", "استقبلت", "يستقبل", "تستقبل"])
    static let visitVerbs: WordSet = norm(["زار", "زارت", "يزور", "تزور"])
    static let meetNouns: WordSet = norm(["لقاء", "لقاءً", "لقاءا", "لقائه", "لقائها", "لقاءه", "مباحثات", "محادثات", "المباحثات",
                                              "المحادثات", "جلسة", "اجتماعا", "لقاءات", "اللقاء"])
    static let callNouns: WordSet = norm(["اتصالا", "اتصال", "اتصالاً", "مكالمة", "اتصالًا"])
    static let inviteNouns: WordSet = norm(["دعوة", "دعوه"])
    static let lightVerbs: WordSet = norm(["عقد", "عقدت", "يعقد", "أجرى", "أجرت", "يجري", "تجري", "وجه", "وجهت", "يوجه", "توجه",
                                               "تلقى", "تلقت", "يتلقى", "سلم", "سلمت", "نقل", "قدم", "أجريا", "عقدا",
                                               "received", "receives", "made", "makes", "held", "holds", "had", "conducted", "spoke",
                                               "speaks", "talked", "talks", "extended", "sent"])
    static let receiveLight: WordSet = norm(["تلقى", "تلقت", "يتلقى", "تسلم", "تسلمت", "received", "receives"])
    /// Verbs of a phone call (اتصل، هاتف) and of talking (تحادث): a call when هاتفيا follows or the verb is a call verb.
    static let callVerbs: WordSet = norm(["اتصل", "اتصلت", "يتصل", "تتصل", "هاتف", "هاتفت", "يهاتف"])
    static let talkVerbs: WordSet = norm(["تحادث", "تحادثت", "يتحادث", "تتحادث", "تشاور", "تشاورت", "يتشاور"])
    /// Words that close the participant list of a meeting clause.
    static let clauseBreak: WordSet = norm([
        "وجرى", "جرى", "وتم", "تم", "وتناول", "تناول", "وتناولت", "تناولت", "وتباحث", "وبحث", "بحث", "واتفق", "اتفق", "وأكد",
        "أكد", "وأكدا", "حيث", "الذي", "التي", "الذين", "بحضور", "حضر", "وحضر", "وذلك", "لبحث", "لمناقشة", "وناقش", "ناقش",
        "وتمحورت", "تمحورت", "واستعرض", "استعرض", "همت", "همّت", "تطرق", "وتطرق", "بحثا", "استعرضا", "وأطلع", "أطلع",
        "واطلع", "مؤكدا", "مؤكدة", "مشيرا", "جدد", "وجدد", "لزيارة", "للقيام", "لحضور", "بمناسبة", "حول", "قصد",
    ])
    static let enMeetVerbs: WordSet = ["met", "meets", "meet", "meeting", "talks", "received", "receives", "receive", "hosted",
                                           "hosts", "called", "call", "invited", "invites", "invitation", "visited", "visits"]

    /// "كان في استقباله X": X hosted the subject.
    static let receptionNouns: WordSet = norm(["استقباله", "استقبالها", "استقبالهم", "استقبال"])
    /// Lines that are page furniture, not article text.
    static let furnitureStarts: WordSet = norm(["اقرأ", "إقرأ", "شارك", "المصدر", "كلمات", "الوسوم", "وسوم", "تابعونا", "اترك",
                                                 "related", "read", "share", "tags", "source", "follow"])
    static let bylineWords: WordSet = norm(["كتب", "كتبت", "بقلم", "إعداد", "اعداد", "تحرير", "متابعة", "تقرير", "تصوير", "مراسل",
                                             "by", "reporting", "written", "edited", "editing", "author"])
    /// Institutions named after a person (مسجد الشيخ زايد، مدينة الملك فهد): the name that follows is not an official.
    static let namedPlaces: WordSet = norm(["مسجد", "جامع", "مدينة", "شارع", "جامعة", "مستشفى", "مطار", "قاعة", "قصر", "جائزة", "مركز",
                                            "معهد", "أكاديمية", "ميناء", "حديقة", "جسر", "مدرسة", "كلية", "مؤسسة", "صندوق", "برنامج",
                                            "ملعب", "استاد", "ضاحية", "حي", "منطقة", "طريق", "كرسي", "وسام", "قلادة", "مدينه", "فندق", "منتجع",
                                            "قاعدة", "مبنى", "ساحة", "ميدان", "قرية", "محافظة", "ولاية", "إقليم"])
    /// Pronoun-like references to the article's protagonist.
    static let protagonistRefs: WordSet = norm(["معاليه", "سموه", "فخامته", "سعادته", "الوزير", "الوزيرة", "جلالته", "دولته"])
    /// Duals and plurals that stand for both sides of the meeting just named.
    static let bothSides: WordSet = norm(["الوزيران", "الوزيرين", "الجانبان", "الجانبين", "الطرفان", "الطرفين", "الوزيرتان",
                                              "الوزيرتين"])

    /// Dateline news agencies → ISO3.
    static let agencies: WordMap<String> = normMap([
        ("وات", "TUN"), ("واع", "IRQ"), ("واس", "SAU"), ("وام", "ARE"), ("وفا", "PSE"), ("قنا", "QAT"), ("كونا", "KWT"),
        ("بنا", "BHR"), ("العمانية", "OMN"), ("سانا", "SYR"), ("بترا", "JOR"), ("ومع", "MAR"), ("واج", "DZA"), ("سبأ", "YEM"),
        ("سونا", "SDN"), ("الأناضول", "TUR"), ("ونا", "LBY"), ("أشأ", "EGY"), ("ومض", "MRT"),
        ("petra", "JOR"), ("spa", "SAU"), ("wam", "ARE"), ("qna", "QAT"), ("kuna", "KWT"), ("bna", "BHR"), ("ona", "OMN"),
        ("sana", "SYR"), ("map", "MAR"), ("aps", "DZA"), ("mena", "EGY"), ("wafa", "PSE"), ("ina", "IRQ"), ("tap", "TUN"),
        ("saba", "YEM"), ("suna", "SDN"), ("lana", "LBY"), ("anadolu", "TUR"), ("nna", "LBN"),
        ("لانا", "LBY"), ("وال", "LBY"), ("ومأ", "MRT"), ("ami", "MRT"), ("wal", "LBY"), ("sna", "SDN"),
    ])

    /// Newspapers and news sites in a dateline after the city (تونس - البيان، الرباط - هسبريس): their country. Many are
    /// also common words (البيان = the statement, الغد = tomorrow), so only the dateline slot right after a mark counts.
    static let datelineOutlets: WordMap<String> = normMap([
        ("البيان", "ARE"), ("الخليج", "ARE"), ("الاتحاد", "ARE"), ("عكاظ", "SAU"), ("سبق", "SAU"), ("القبس", "KWT"),
        ("الأهرام", "EGY"), ("الغد", "JOR"), ("الدستور", "JOR"), ("عمون", "JOR"), ("الراية", "QAT"), ("هسبريس", "MAR"),
        ("أثير", "OMN"),
    ])
    /// Outlet names that are no common word (هسبريس، عكاظ، القبس …): anywhere in the text (توصلت به هسبريس، علمت عكاظ) they
    /// hint at the outlet's country.
    static let distinctOutlets: WordMap<String> = {
        var d = WordMap<String>()
        for w in norm(["هسبريس", "عكاظ", "القبس", "الأهرام", "عمون"]).words { d[w] = datelineOutlets[w] }
        return d
    }()

    /// Agencies written in several words.
    static let multiWordAgencies: [([String], String)] = [
        (["الوكاله", "الوطنيه", "للاعلام"], "LBN"),
        (["وكاله", "المغرب", "العربي", "للانباء"], "MAR"),
        (["وكاله", "الانباء", "السعوديه"], "SAU"),
        (["وكاله", "الانباء", "الكويتيه"], "KWT"),
        (["وكاله", "الانباء", "القطريه"], "QAT"),
        (["وكاله", "الانباء", "الاردنيه"], "JOR"),
        (["وكاله", "الانباء", "العراقيه"], "IRQ"),
        (["وكاله", "الانباء", "الجزائريه"], "DZA"),
        (["وكاله", "الانباء", "الليبيه"], "LBY"),
        (["وكاله", "انباء", "الامارات"], "ARE"),
        (["وكاله", "تونس", "افريقيا", "للانباء"], "TUN"),
        (["وكاله", "انباء", "الشرق", "الاوسط"], "EGY"),
        (["وكاله", "الانباء", "العمانيه"], "OMN"),
        (["وكاله", "انباء", "البحرين"], "BHR"),
        (["middle", "east", "news", "agency"], "EGY"),
        (["saudi", "press", "agency"], "SAU"),
        (["kuwait", "news", "agency"], "KWT"),
        (["qatar", "news", "agency"], "QAT"),
        (["emirates", "news", "agency"], "ARE"),
        (["jordan", "news", "agency"], "JOR"),
        (["bahrain", "news", "agency"], "BHR"),
        (["oman", "news", "agency"], "OMN"),
        (["iraqi", "news", "agency"], "IRQ"),
        (["algerie", "presse", "service"], "DZA"),
        (["tunis", "afrique", "presse"], "TUN"),
    ]
    /// First words of `multiWordAgencies` (one lookup before scanning the list).
    static let multiWordAgencyFirsts = WordSet(multiWordAgencies.map { $0.0[0] })

    /// Date material in datelines: months (Gregorian, Maghrebi, Levantine, Hijri, English), era marks and fillers.
    static let dateWords: WordSet = {
        let ar = ["يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "اغسطس",
                  "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "جانفي", "فيفري", "أفريل", "افريل", "ماي", "جوان", "جويلية",
                  "أوت", "اوت", "كانون", "الثاني", "الأول", "شباط", "آذار", "اذار", "نيسان", "أيار", "ايار", "حزيران", "تموز", "آب",
                  "أيلول", "ايلول", "تشرين", "محرم", "صفر", "ربيع", "الآخر", "الاخر", "جمادى", "جمادي", "الأولى", "الآخرة", "رجب",
                  "شعبان", "رمضان", "شوال", "ذو", "ذي", "القعدة", "الحجة", "هـ", "ه", "م", "الموافق", "الموافقة", "في", "عام", "سنة",
                  "ميلادي", "ميلادية", "هجري", "هجرية", "اليوم", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
                  "الجمعة", "السبت", "مساء", "صباح"]
        let en = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
                  "march", "april", "june", "july", "august", "september", "october", "november", "december", "st", "nd", "rd",
                  "th", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        return WordSet(ar.map { ArabicNormalizer.normalize($0) } + en)
    }()
}
