// Session extraction: the council and the ordinal of the session the article reports on.
import ArabicText

enum SessionFinder {
    static let sessionWords: WordSet = WordSet(["الدوره", "دوره", "الاجتماع", "اجتماع", "دورته", "دورتها", "الدورة"].map { ArabicNormalizer.normalize($0) })
    static let enSessionWords: WordSet = ["session", "meeting", "ordinary", "summit"]
    static let summitWords: WordSet = WordSet(["القمه", "قمه", "للقمه", "بالقمه", "والقمه"])
    static let pastCues: WordSet = WordSet(["السابقه", "الماضيه", "المقبله", "القادمه", "المنصرمه", "الفائته", "الماضي", "المقبل", "القادم"])
    static let pastBefore: WordSet = WordSet(["قرارات", "توصيات", "لقرارات", "مخرجات", "ترأست", "ترأس", "خرجت", "التي", "لعقد", "عقد",
                                               "استضافة", "لاستضافة", "تحضيرا", "التحضير"].map { ArabicNormalizer.normalize($0) })
    static let goodBefore: WordSet = WordSet(["أعمال", "أشغال", "فعاليات", "هامش", "افتتاح", "انطلاق", "اختتام", "ختام", "انطلقت",
                                               "في", "حضور", "لحضور", "المشاركين", "المشاركة", "المشارك"].map { ArabicNormalizer.normalize($0) })

    /// `Ordinals.parse(toks, at: k)`, skipping the call where it cannot succeed: punctuation, and Arabic words
    /// without the article (every Arabic ordinal word, and the ال of الـ41, starts with ال).
    /// An Arabic word other than ال is looked up in the word cache (`WordCache.isArabicOrdinalStart`).
    static func ordinal(_ toks: [Token], at k: Int, words: WordCache) -> (value: Int, last: Int)? {
        guard k < toks.count else { return nil }
        let kind = toks[k].kind
        if kind == .punct { return nil }
        if kind == .word && toks[k].isArabic {
            let w = toks[k].norm
            guard w.hasPrefixFast("ال") else { return nil }
            if !w.same("ال"), !words.isArabicOrdinalStart(toks[k]) { return nil }
        } else if kind == .word, !words.isEnglishOrdinalStart(toks[k]) {
            // (an English ordinal opens on one of a few words: the word cache says which)
            return nil
        }
        return Ordinals.parse(toks, at: k)
    }

    /// Words skipped between a summit word and its ordinal (القمة العربية [العادية] الـ33).
    static let summitFillers = ["العربيه", "العاديه", "الاستثنائيه", "(", "رقم"]
    /// Words skipped between a session word and its ordinal (الدورة [العادية] [رقم] …).
    static let sessionFillers = ["العاديه", "رقم", "الاستثنائيه", "(", "الوزاريه"]

    /// The words `council` looks for.
    static let councilWordList = ["داخليه", "interior", "عرب", "عربيه", "arab", "اعضاء", "تعاون", "خليج", "دول", "gcc", "gulf",
                                  "عدل", "justice", "خارجيه", "foreign", "مستوي", "وزاري", "اسلامي", "islamic", "قمه", "summit",
                                  "ministerial", "league"]
    static let councilWords = WordSet(councilWordList)
    /// The council words among the article-free stems of a word's readings, as bits (bit j: `councilWordList[j]`).
    static func councilBits(_ readings: [(prefix: String, stem: String)]) -> UInt32 {
        var bits: UInt32 = 0
        for r in readings {
            let w = Clitics.withoutArticle(r.stem)
            if let j = councilWordList.firstIndex(where: { $0.same(w) }) { bits |= 1 << UInt32(j) }
        }
        return bits
    }
    /// The bit of a council word.
    @inline(__always) static func cw(_ w: String) -> UInt32 { 1 << UInt32(councilWordList.firstIndex(where: { $0.same(w) })!) }
    static let cInterior = cw("داخليه") | cw("interior")
    static let cArab = cw("عرب") | cw("عربيه") | cw("arab") | cw("اعضاء")
    static let cGulf = cw("خليج") | cw("دول")
    static let cTaawun = cw("تعاون")
    static let cGccGulf = cw("gcc") | cw("gulf")
    static let cJustice = cw("عدل") | cw("justice")
    static let cForeign = cw("خارجيه") | cw("foreign")
    static let cLevel = cw("مستوي"), cMinisterialAr = cw("وزاري")
    static let cIslamic = cw("اسلامي") | cw("islamic")
    static let cSummit = cw("قمه") | cw("summit")
    static let cMinisterial = cw("ministerial")
    static let cArabLeague = cw("arab") | cw("league")

    /// Classifies the council named in tokens [from, to).
    static func council(_ ctx: DocContext, _ from: Int, _ to: Int, orgs: [(first: Int, last: Int, id: String)]) -> String? {
        let toks = ctx.tokens
        // organization finder hits first
        var lo = 0, hi = orgs.count
        while lo < hi { let m = (lo + hi) / 2; if orgs[m].first < from { lo = m + 1 } else { hi = m } }
        var q = lo
        while q < orgs.count, orgs[q].first < to {
            if let e = OrganizationLexicon.entry(orgs[q].id), e.kind == "council" { return orgs[q].id }
            q += 1
        }
        // the council words among the range's article-free readings (a word none of whose readings is one is
        // skipped by its class), as the bits of the words found (`councilBits`, kept per word in the word cache)
        var s: UInt32 = 0
        let anyClass = ctx.anyClass
        let words = ctx.words
        for k in from..<min(to, toks.count) where toks[k].kind == .word && anyClass[k].contains(.councilWord) {
            s |= words.councilBits(toks[k])
        }
        let interior = s & cInterior != 0
        let arab = s & cArab != 0
        if (s & cTaawun != 0 && s & cGulf != 0) || s & cGccGulf != 0 {
            if interior { return "gcc-interior-ministers" }
        }
        if interior && arab { return "arab-interior-ministers-council" }
        if s & cJustice != 0 && arab { return "arab-justice-ministers-council" }
        if (s & cForeign != 0 && arab) || (s & cLevel != 0 && s & cMinisterialAr != 0) {
            if s & cIslamic != 0 { return "oic-foreign-ministers-council" }
            return "arab-foreign-ministers-council"
        }
        if s & cSummit != 0 { return "arab-league-summit" }
        // "The Arab League Council at ministerial level"
        if s & cMinisterial != 0 && s & cArabLeague != 0 { return "arab-foreign-ministers-council" }
        return nil
    }

    static func find(_ ctx: DocContext, sentences: [Range<Int>], orgs: [(first: Int, last: Int, id: String)]) -> SessionRef? {
        let toks = ctx.tokens
        let n = toks.count
        struct Cand { var number: Int; var body: String?; var weight: Double; var first: Int; var last: Int }
        var cands: [Cand] = []
        /// Whether token k is in the first sentence (or in none): the last sentence that holds it is 0.
        func inFirstSentence(_ k: Int) -> Bool {
            guard let si = sentences.lastIndex(where: { $0.contains(k) }) else { return true }
            return si == 0
        }
        // (session words have one of these classes; other tokens are skipped on their class alone)
        // (class tests read the literal word: metVerb and pastCue words are never punctuation or numbers)
        let anyClass = ctx.anyClass, litClass = ctx.litClass, stemClasses = ctx.words.stemClass
        /// The classes of token k's word and of its readings' stems (`WordCache.stemClass`): `.goodBefore` ⇔ a reading
        /// of `ctx.readings(k)` is in `goodBefore`, `.pastBefore` ⇔ one is in `pastBefore`.
        func stemClass(_ k: Int) -> LexClass { toks[k].kind == .word ? stemClasses[Int(toks[k].id)] : [] }
        let words = ctx.words
        var parsed: [(value: Int, last: Int)??] = []   // the English search's ordinals (one buffer for the article)
        // the fillers by vocabulary id (equal ids ⇔ equal words)
        let sessionFillerIDs = words.sessionFillerIDs, summitFillerIDs = words.summitFillerIDs
        let sessionMask: LexClass = [.sessionWord, .enSession]
        var i = -1
        while true {
            // (most tokens have neither class: a tight loop skips them)
            i = firstWithClass(sessionMask, anyClass, from: i + 1, to: n)
            guard i < n else { break }
            guard toks[i].kind == .word else { continue }
            let isAr = toks[i].isArabic
            guard (isAr && anyClass[i].contains(.sessionWord)) || (!isAr && litClass[i].contains(.enSession)) else { continue }
            if isAr, litClass[i].contains(.summitWord) {
                // القمة العربية الـ33، القمة العربية [العادية] الرابعة والثلاثين
                var k = i + 1
                while k < n, k - i <= 3, summitFillerIDs.contains(toks[k].id) { k += 1 }
                guard k < n, k > i + 1, let num = ordinal(toks, at: k, words: words) else { continue }
                var w = 1.0
                if i > 0, stemClass(i - 1).contains(.goodBefore) { w += 1 }
                if i > 0, stemClass(i - 1).contains(.pastBefore) || toks[i - 1].norm.hasPrefixFast("استضاف") { w -= 1.5 }
                if i >= 2, litClass[i - 2].contains(.pastBefore) { w -= 1 }
                for q in (num.last + 1)..<min(n, num.last + 4) where litClass[q].contains(.pastCue) { w -= 2; break }
                if toks[i].line == 0 || inFirstSentence(i) { w += 0.5 }
                cands.append(Cand(number: num.value, body: "arab-league-summit", weight: w, first: i, last: num.last))
                continue
            }
            if isAr {
                // الدورة [العادية] [رقم] <ordinal> ل…
                var k = i + 1
                while k < n, sessionFillerIDs.contains(toks[k].id) { k += 1 }
                guard k < n, let num = ordinal(toks, at: k, words: words) else { continue }
                var last = num.last
                if last + 1 < n, toks[last + 1].norm.same(")") { last += 1 }
                let end = min(n, last + 14)
                var stop = end
                for q in (last + 1)..<end where toks[q].kind == .punct && toks[q].norm.isOne(of: [".", "\u{060C}", ",", "\u{061B}"]) { stop = q; break }
                for q in (last + 1)..<stop where q > last + 1 && litClass[q].contains(.metVerb) { stop = q; break }
                var body = council(ctx, last + 1, stop, orgs: orgs)
                let nextNorm = last + 1 < n ? toks[last + 1].norm : ""
                if body == nil, nextNorm.hasPrefixFast("للمجلس") || nextNorm.same("للمجلس") || nextNorm.same("للمؤتمر") || stop == last + 1 || nextNorm.same("المنعقده") || nextNorm.same("التي") {
                    body = nil // refers to the doc's council; filled below
                } else if body == nil, nextNorm.hasPrefixFast("ل") { continue }   // another body (e.g. لقادة الشرطة)
                var w = 1.0
                if i > 0, stemClass(i - 1).contains(.goodBefore) { w += 1 }
                if i > 0, stemClass(i - 1).contains(.pastBefore) { w -= 1.5 }
                if i >= 2, litClass[i - 2].contains(.pastBefore) { w -= 1 }
                if last + 1 < n, litClass[last + 1].contains(.pastCue) { w -= 2 }
                for q in (last + 1)..<min(n, last + 8) where litClass[q].contains(.pastCue) || toks[q].norm.same("ترأستها") { w -= 1; break }
                if toks[i].line == 0 || inFirstSentence(i) { w += 0.5 }
                if body != nil { w += 0.5 }
                cands.append(Cand(number: num.value, body: body, weight: w, first: i, last: last))
            } else {
                // "<ordinal> session of the …", "held its 38th session", "the 41st Arab Interior Ministers Council session"
                var found: (value: Int, last: Int)? = nil
                var start = i - 1
                var k0 = i - 1
                // ordinals starting at each token before i, parsed once (the search below tries a start for several ends)
                let base = max(0, i - 13)
                parsed.removeAll(keepingCapacity: true)
                parsed.append(contentsOf: repeatElement(nil, count: max(0, i - base)))
                func ordinalAt(_ s0: Int) -> (value: Int, last: Int)? {
                    if let p = parsed[s0 - base] { return p }
                    let p = ordinal(toks, at: s0, words: words)
                    parsed[s0 - base] = .some(p)
                    return p
                }
                while k0 >= max(0, i - 7), found == nil {
                    // the longest ordinal ending at k0 ("one hundred and sixty-second", not "second")
                    for s0 in stride(from: max(0, k0 - 6), through: k0, by: 1) {
                        if let p = ordinalAt(s0), p.last == k0,
                           toks[s0].kind != .number || p.last > s0 || k0 == i - 1 { found = p; start = s0; break }
                    }
                    if found == nil { k0 -= 1 }
                    if k0 >= 0, toks[k0].kind == .punct { break }
                }
                guard let num = found else { continue }
                let k = num.last
                let from = i + 1
                var stop = min(n, i + 12)
                for q in from..<stop where toks[q].kind == .punct && toks[q].norm.isOne(of: [".", ",", ";"]) { stop = q; break }
                var body = k + 1 < i ? council(ctx, k + 1, i, orgs: orgs) : nil
                if body == nil, toks[i].norm.same("summit"), (max(0, start - 4)..<i).contains(where: { toks[$0].norm.isOne(of: ["arab", "league"]) }) { body = "arab-league-summit" }
                if toks[i].norm.same("summit"), body == nil { continue }
                if body == nil { body = council(ctx, from, stop, orgs: orgs) }
                if body == nil { body = council(ctx, max(0, start - 10), start, orgs: orgs) }
                var w = 1.0
                // the four words before the ordinal (compared in place: these ASCII words are equal only byte for byte)
                let before = max(0, start - 4)..<start
                func beforeHas(_ ws: [String]) -> Bool { before.contains { toks[$0].norm.isOne(of: ws) } }
                if beforeHas(["hold", "host", "next"]) { w -= 2 }
                // a relative clause about someone's past ("Laftit, who hosted the 39th session … in 2022"): background
                if beforeHas(["who", "which"]), beforeHas(["hosted", "chaired", "presided", "attended", "headed"]) { w -= 2 }
                if (from..<min(n, from + 8)).contains(where: { toks[$0].norm.isOne(of: ["next", "previous", "last", "coming", "upcoming"]) }) { w -= 1.5 }
                if beforeHas(["held", "sidelines", "opened", "of"]) { w += 0.5 }
                if toks[i].line == 0 { w += 0.5 }
                cands.append(Cand(number: num.value, body: body, weight: w, first: start, last: i))
            }
        }
        guard !cands.isEmpty else { return nil }
        // (a few candidates and bodies an article: counts in small arrays, no dictionaries keyed by String)
        /// The most frequent key; a tie goes to the smallest key.
        func mostFrequent(_ counts: [(key: String, count: Int)]) -> String? {
            var best: (key: String, count: Int)? = nil
            for e in counts where best.map({ (e.count, $0.key) > ($0.count, e.key) }) ?? true { best = e }
            return best?.key
        }
        func count(_ keys: [String]) -> [(key: String, count: Int)] {
            var out: [(key: String, count: Int)] = []
            for k in keys {
                if let j = out.firstIndex(where: { $0.key == k }) { out[j].count += 1 } else { out.append((k, 1)) }
            }
            return out
        }
        // The doc's council: most frequent body among candidates, else org hits.
        let docBody = mostFrequent(count(cands.compactMap { $0.body }))
            ?? mostFrequent(count(orgs.compactMap { o in OrganizationLexicon.entry(o.id).flatMap { $0.kind == "council" ? o.id : nil } }))
        // votes by body and number, in the order of their first candidate
        var votes: [(body: String, number: Int, w: Double, first: Int, c: Cand)] = []
        for c in cands {
            guard let b = c.body ?? docBody else { continue }
            if let j = votes.firstIndex(where: { $0.number == c.number && $0.body == b }) {
                votes[j].w += c.weight; votes[j].first = min(votes[j].first, c.first)
            } else { votes.append((b, c.number, c.weight, c.first, c)) }
        }
        // the heaviest, then the earliest (the first such vote)
        var top: (w: Double, first: Int, c: Cand)? = nil
        for v in votes where top.map({ (v.w, -v.first) > ($0.w, -$0.first) }) ?? true { top = (v.w, v.first, v.c) }
        guard let best = top, best.w > 0 else { return nil }
        let c = best.c
        let body = c.body ?? docBody!
        return SessionRef(body: body, number: c.number, evidence: Evidence(start: toks[c.first].start, end: toks[c.last].end))
    }
}
