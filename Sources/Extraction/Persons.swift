// Officials: names found from context (after ranks and honorifics, inside quotes, around role phrases and
// nisba adjectives), their roles and countries, and coreference (surnames, role mentions) inside one article.
import ArabicText

struct NameSpan: Sendable {
    var first: Int          // first name token
    var last: Int           // last name token
    var lead: Int           // first token of the honorifics/quotes before the name (== first when none)
    var honorifics: [Int]
    var person: Int = -1
}

struct PersonRecord: Sendable {
    var key: [String]       // normalized tokens (عبد joined)
    var name: String
    var nameTokens: Int
    var aliases: [String] = []
    var country: String?
    var countrySource: Int = 99   // lower is stronger
    var role: String?
    var org: String?
    var domestic: Bool = false
    var spans: [Int] = []   // indices into name spans
    var mentions: [Evidence] = []
    var first: Int          // first token of first mention
}

enum NameFinder {
    static let quoteNorms: WordSet = ["\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{2018}", "\u{2019}", "'", "\u{201E}"]
    static let amin = ArabicNormalizer.normalize("الأمين")

    /// A quotation mark: one of `quoteNorms`, all single scalars (token k's word bit `quote`, kept per word).
    static func isQuote(_ ctx: DocContext, _ k: Int) -> Bool {
        ctx.tokens[k].kind == .punct && ctx.roleBits(k).contains(.quote)
    }
    /// Token k is a comma (، or ,), by its word bit.
    static func isComma(_ ctx: DocContext, _ k: Int) -> Bool {
        ctx.roleBits(k).contains(.comma)
    }
    /// A quotation mark token (other files' callers; `isQuote(ctx, k)` reads the word bit).
    static func isQuote(_ t: Token) -> Bool { t.kind == .punct && quoteNorm(t.norm) }
    /// Whether `norm` is one of `quoteNorms` (`RoleWordFacts.WordBits.quote`).
    static func quoteNorm(_ norm: String) -> Bool {
        var it = norm.unicodeScalars.makeIterator()
        guard let c = it.next(), it.next() == nil else { return false }
        switch c.value {
        case 0x22, 0x27, 0x201C, 0x201D, 0xAB, 0xBB, 0x2018, 0x2019, 0x201E: return true
        default: return false
        }
    }

    /// Honorific at i: an honorific reading of an Arabic word (the literal one by its class), or a capitalized
    /// English honorific.
    static func isHonorific(_ ctx: DocContext, _ i: Int) -> Bool {
        let toks = ctx.tokens
        guard toks[i].kind == .word else { return false }
        if !toks[i].isArabic { return ctx.isUpper(i) && ctx.litClass[i].contains(.enHonorific) }
        guard ctx.anyClass[i].contains(.honorific) else { return false }
        if ctx.litClass[i].contains(.honorific) { return true }
        return ctx.roleBits(i).contains(.honorificReading)
    }

    /// Whether any reading of word k (as `ctx.readings(k)`) is in `set`, whose words have the class `c`: the literal
    /// word by its class, the clitic readings looked up only when one of them has the class.
    static func anyReading(_ ctx: DocContext, _ k: Int, in set: WordSet, _ c: LexClass) -> Bool {
        if ctx.litClass[k].contains(c) { return true }
        guard ctx.anyClass[k].contains(c), ctx.tokens[k].isArabic else { return false }
        for r in ctx.clitics(k) where set.contains(r.stem) { return true }
        return false
    }

    /// Whether the last reading of Arabic word i (the most stripped) is a weak honorific.
    /// (Kept per word: `RoleWordFacts.WordBits.weakHonorificLast`.)
    static func weakHonorificLast(_ ctx: DocContext, _ i: Int) -> Bool {
        ctx.roleBits(i).contains(.weakHonorificLast)
    }

    /// Classes of a clitic reading that end a name (the literal word's are tested on `litClass`).
    static let notNameReading: LexClass = [.stop, .head, .honorific, .counterpart, .pluralHead, .protagonistRef]

    /// Can token i be part of an Arabic name?
    /// (The tests of the word alone, its classes and readings, are kept per word: `RoleWordFacts.nameBits`.)
    static func nameLike(_ ctx: DocContext, _ i: Int, afterConnector: Bool) -> Bool {
        let toks = ctx.tokens
        guard toks[i].kind == .word, toks[i].isArabic, !ctx.blocked[i] else { return false }
        let f = ctx.roleBits(i)
        if afterConnector { return !ctx.litClass[i].contains(.stop) || f.contains(.ali) }
        if f.contains(.ali), ctx.tt.scalars[toks[i].end - 1].value == 0x064A, i + 1 < toks.count, !toks[i + 1].norm.same("هامش") { return true }
        if ctx.countryCovered[i] { return false }
        if f.contains(.nameWord) { return true }
        // الأمين is a name unless العام follows
        if f.contains(.nameAmin) { return !(i + 1 < toks.count && RolePhraseFinder.aam.contains(toks[i + 1].norm)) }
        return false
    }

    /// Reads an Arabic name forward from token `s`. Returns the last token, or nil.
    /// A country word read as part of a name: a given name that is also a country (جورجيا …) right after a title
    /// that already has its country, or a nisba-like family name (… السوداني، … روسي) with no title after it.
    static func countryWordInName(_ ctx: DocContext, _ j: Int, count: Int) -> Bool {
        let toks = ctx.tokens
        guard let cm = ctx.country(at: j), cm.first == j, cm.last == j, cm.prefix.isEmpty else { return false }
        let next = j + 1 < toks.count ? j + 1 : nil
        if count == 0 {
            // given name: a plain country name followed by a name word
            guard cm.kind == .name, !toks[j].norm.hasPrefixFast("ال"), let q = next, toks[q].line == toks[j].line, RoleLexicon.agencies[toks[q].norm] == nil,
                  nameLike(ctx, q, afterConnector: false), !toks[q].norm.hasPrefixFast("ال") else { return false }
            return true
        }
        guard cm.kind == .nisba else { return false }
        // no title or name continues after it
        if let q = next, toks[q].line == toks[j].line, toks[q].kind == .word {
            if !ctx.anyClass[q].isDisjoint(with: LexClass.roleStart) || ctx.countryCovered[q] { return false }
            if nameLike(ctx, q, afterConnector: false) && !ctx.litClass[q].contains(.stop) { return false }
        }
        return true
    }

    static func readArabicName(_ ctx: DocContext, from s: Int, quoted: Bool, countryOK: Bool = false, afterHonorific: Bool = false) -> Int? {
        let toks = ctx.tokens
        var j = s
        var last: Int? = nil
        var count = 0
        var prevConnector = false
        var prevJoin = false
        while j < toks.count, count < 9 {
            if toks[j].kind != .word || !toks[j].isArabic { break }
            let line = toks[j].line
            if j > s, line != toks[j - 1].line { break }
            let isConnTok = ctx.litClass[j].contains(.connector)
            let conn = isConnTok && count > 0
            let countryName = countryOK && !conn && ctx.countryCovered[j] && countryWordInName(ctx, j, count: count)
            if !conn && !prevJoin && !countryName && !nameLike(ctx, j, afterConnector: prevConnector) { break }
            let f = ctx.roleBits(j)
            // a given name with ال is read only before بن (الأمير الحسين بن …)
            if count == 0 && f.contains(.al) && !quoted && !f.contains(.alWord)
                && !(countryOK && j + 1 < toks.count && toks[j + 1].line == line
                     && (toks[j + 1].kind == .word && toks[j + 1].isArabic && ctx.roleBits(j + 1).contains(.son) || afterHonorific && nameLike(ctx, j + 1, afterConnector: false))) { break }
            last = j; count += 1
            let isAl = f.contains(.alWord) && count > 1   // آل / أل family marker
            // a family name with ال (not after عبد/أبو) ends the name; so does the word after آل
            if !conn && !prevJoin && count > 1 && f.contains(.alLong) { break }
            if prevConnector && ctx.roleBits(j - 1).contains(.alWord) { break }
            prevConnector = isConnTok || isAl
            prevJoin = ctx.litClass[j].contains(.joinNext) && !isAl
            j += 1
        }
        guard var l = last else { return nil }
        // never end on a connector
        while l >= s, ctx.litClass[l].contains(.connector) { l -= 1 }
        return l >= s ? l : nil
    }

    /// Connectors inside English names (the words among them have the class `enConnector`).
    static let enConnectors: WordSet = ["bin", "bint", "ibn", "al", "el", "abu", "abdul", "abd", "bou", "ould", "-", "'", "ben"]

    /// Reads an English name (capitalized words, with bin/Al/Abu/Abdul connectors).
    static func readEnglishName(_ ctx: DocContext, from s: Int) -> Int? {
        let toks = ctx.tokens
        let lit = ctx.litClass
        var j = s
        var last: Int? = nil
        var parts = 0
        let conns = enConnectors
        while j < toks.count {
            if j > s, toks[j].line != toks[j - 1].line { break }
            if toks[j].kind == .punct {
                if toks[j].norm.same("-"), last != nil, j > 0, conns.contains(toks[j - 1].norm), j + 1 < toks.count, toks[j + 1].kind == .word, ctx.isUpper(j + 1), toks[j + 1].start == toks[j].end { j += 1; continue }
                break
            }
            guard toks[j].kind == .word, !toks[j].isArabic, !ctx.blocked[j] else { break }
            if lit[j].contains(.enConnector) { j += 1; continue }
            // a patronymic or family word after bin/ibn/Al/Abu is a name even when it is also a stop word ("bin Said", "Al Said")
            let afterConnector = last != nil && j > s && lit[j - 1].contains(.enConnector) && ctx.isUpper(j)
                && lit[j].isDisjoint(with: [.enHead, .enHonorific]) && !toks[j].norm.isOne(of: ["the", "of", "and", "on", "in", "at", "to", "for", "with", "by", "from", "a", "an"])
            if afterConnector { last = j; parts += 1; j += 1; if parts >= 7 { break }; continue }
            guard ctx.isUpper(j), !lit[j].contains(.enStop), !ctx.countryCovered[j], !lit[j].contains(.enHonorific) || parts > 0 && !toks[j].norm.isOne(of: ["general", "first"]) else { break }
            if lit[j].contains(.enHonorific) { break }
            last = j; parts += 1; j += 1
            if parts >= 7 { break }
        }
        guard let l = last, parts >= 1 else { return nil }
        return l
    }

    /// `الملك` (weak alone: "the king") read as a title when a name follows it (الملك سلمان بن …، الملك محمد السادس).
    static func monarchBeforeName(_ ctx: DocContext, _ i: Int) -> Bool {
        let toks = ctx.tokens
        guard toks[i].norm.same("الملك"), i + 1 < toks.count, toks[i + 1].line == toks[i].line else { return false }
        let q = i + 1
        if toks[q].norm.hasPrefixFast("ال") { return q + 1 < toks.count && toks[q + 1].norm.isOne(of: ["بن", "ابن"]) }
        return nameLike(ctx, q, afterConnector: false)
    }

    /// Bare head-of-state titles that introduce a name: الرئيس/الرئيسة، العاهل، الملك، الأمير.
    static func headOfStateTitle(_ ctx: DocContext, _ r: RolePhrase) -> Bool {
        guard r.bare, ctx.tokens[r.first].isArabic else { return false }
        return r.label == "president" || r.label == "king" || r.label == "emir"
    }

    /// All name spans of the document.
    static func find(_ ctx: DocContext, roles: [RolePhrase], countries: [CountryMention]) -> [NameSpan] {
        // (the per-article buffers are the word cache's, emptied with their capacity kept, and given back at the end)
        let scratch = ctx.words.nameScratch
        let toks = ctx.tokens
        let n = toks.count
        var spans = NameScratch.take(&scratch.spans)
        func add(_ lead: Int, _ first: Int, _ last: Int, _ hons: [Int]) {
            guard first <= last else { return }
            spans.append(NameSpan(first: first, last: last, lead: lead, honorifics: hons))
        }
        // After a run of honorifics (and quotes/commas/dots inside it).
        func afterLead(_ start: Int) -> (lead: Int, first: Int, hons: [Int], quoted: Bool) {
            var k = start
            var hons: [Int] = []
            var quoted = false
            while k < n {
                if toks[k].kind == .word, isHonorific(ctx, k) { hons.append(k); k += 1; continue }
                if isQuote(ctx, k) { quoted = true; k += 1; continue }
                // (the cheap tests first: the word bits, then the few punctuation marks)
                if toks[k].kind == .punct, !hons.isEmpty, k + 1 < n, isComma(ctx, k) || toks[k].norm.same(".") || toks[k].norm.same("(") || toks[k].norm.same(")"),
                   isHonorific(ctx, k + 1) || isQuote(ctx, k + 1) || toks[k].norm.same(".") { k += 1; continue }
                break
            }
            return (start, k, hons, quoted)
        }
        // Quotes make a name only next to a title (a role phrase or a nisba before, a role phrase after): a quoted
        // slogan is not a name.
        // (per-token marks in one array: a title's last token, a title's first token, a span's end, a role's last token)
        let titleLast: UInt8 = 1, titleFirst: UInt8 = 2, spanLast: UInt8 = 4, roleEnd: UInt8 = 8
        var marks = NameScratch.take(&scratch.marks)
        marks.append(contentsOf: repeatElement(0, count: n))
        for ri in roles.indices { marks[roles[ri].last] |= titleLast | roleEnd; marks[roles[ri].first] |= titleFirst }
        for ci in countries.indices where countries[ci].kind == .nisba || countries[ci].kind == .description { marks[countries[ci].last] |= titleLast }
        func quoteNextToTitle(_ open: Int, _ close: Int) -> Bool {
            var b = open - 1
            if b >= 0, isComma(ctx, b) { b -= 1 }
            if b >= 0, marks[b] & titleLast != 0 { return true }
            var a = close + 1
            if a < n, isComma(ctx, a) { a += 1 }
            return a < n && marks[a] & titleFirst != 0
        }
        // One pass over the tokens for the three scans below: where a name can start after honorifics or a quote
        // (other tokens are stepped over), the Arabic مع, and capitalized English words outside countries and
        // organizations.
        var leadAt = NameScratch.take(&scratch.leadAt), withAt = NameScratch.take(&scratch.withAt), capitalAt = NameScratch.take(&scratch.capitalAt)
        do {
            let anyClass = ctx.anyClass, litClass = ctx.litClass, blocked = ctx.blocked, countryCovered = ctx.countryCovered
            for k in 0..<n {
                if toks[k].kind == .punct {
                    if !blocked[k], isQuote(ctx, k) { leadAt.append(k) }
                    continue
                }
                if !blocked[k], !anyClass[k].isDisjoint(with: [.honorific, .enHonorific]) { leadAt.append(k) }
                if toks[k].isArabic {
                    if litClass[k].contains(.withWord) { withAt.append(k) }
                } else if toks[k].kind == .word, ctx.isUpper(k), !litClass[k].contains(.enStop), !countryCovered[k], !blocked[k] {
                    capitalAt.append(k)
                }
            }
        }
        var i = 0
        for start in leadAt where start >= i {
            // only honorifics (by class) and quotes start a name here: the tokens between are stepped over
            i = start
            // (fields read in place: no Token copy per token)
            let honorific = toks[i].kind == .word && isHonorific(ctx, i)
            // 1. honorific-led names
            if honorific, i > 0, anyReading(ctx, i - 1, in: RoleLexicon.namedPlaces, .namedPlace) {
                // skip the institution's name
                let a = afterLead(i)
                var k = a.first
                while k < n, toks[k].kind == .word, toks[k].line == toks[i].line, !ctx.litClass[k].contains(.stop) { k += 1 }
                i = max(i + 1, k); continue
            }
            if honorific, !(i > 0 && ctx.litClass[i - 1].contains(.connector)), !(toks[i].isArabic && weakHonorificLast(ctx, i) && !(i + 1 < n && isHonorific(ctx, i + 1)) && !monarchBeforeName(ctx, i)) {
                let a = afterLead(i)
                if a.first < n {
                    if toks[a.first].isArabic, let l = readArabicName(ctx, from: a.first, quoted: a.quoted, countryOK: true, afterHonorific: !a.hons.isEmpty) { add(i, a.first, l, a.hons); i = l + 1; continue }
                    if !toks[a.first].isArabic, toks[a.first].kind == .word, let l = readEnglishName(ctx, from: a.first) { add(i, a.first, l, a.hons); i = l + 1; continue }
                }
                i = max(i + 1, a.first); continue
            }
            // 2. quoted names
            if isQuote(ctx, i), i + 1 < n, toks[i + 1].isArabic {
                let a = afterLead(i + 1)
                if let l = readArabicName(ctx, from: a.first, quoted: true), l + 1 < n, isQuote(ctx, l + 1) || (!a.hons.isEmpty && l > a.first),
                   !a.hons.isEmpty || quoteNextToTitle(i, l + 1) {
                    add(i, a.first, l, a.hons); i = l + 1; continue
                }
            }
            i += 1
        }
        // 3. after role phrases and nisba adjectives; 4. before role phrases (apposition)
        var covered = NameScratch.take(&scratch.covered)
        covered.append(contentsOf: repeatElement(false, count: n))
        for s in spans { for k in s.lead...s.last { covered[k] = true } }
        var extra = NameScratch.take(&scratch.extra)
        for s in spans where s.last > s.first { marks[s.last] |= spanLast; if s.last + 1 < n, isQuote(ctx, s.last + 1) { marks[s.last + 1] |= spanLast } }
        var triggersAfter = NameScratch.take(&scratch.triggersAfter)
        // (roles and countries are read by index: iterating them would copy each phrase, strings and all)
        for ri in roles.indices where (!roles[ri].plural || roles[ri].counterpart || !roles[ri].countries.isEmpty) && (!roles[ri].bare || headOfStateTitle(ctx, roles[ri])) {
            let first = roles[ri].first, last = roles[ri].last
            // a role already in apposition to the name before it does not introduce another name
            var b = first - 1
            if b >= 0, isComma(ctx, b) { b -= 1 }
            // (a coordinated title, و + head, opens the next item: "… العماد X ورئيس الحكومة Y")
            let coordinated = toks[first].isArabic && ctx.roleBits(first).contains(.waHead)
            if b >= 0, marks[b] & spanLast != 0, !roles[ri].counterpart, !RolePhraseFinder.prepositional(ctx, first), !coordinated {
                // … unless the role has its own country and a full name follows it with no break: the object of a
                // reception verb (استقبل الشيخ X وزير الداخلية البريطاني Y)
                guard toks[first].isArabic, b == first - 1, roles[ri].country != nil, last + 2 < n, toks[last + 1].line == toks[first].line,
                      let l = readArabicName(ctx, from: last + 1, quoted: false), l > last + 1 else { continue }
            }
            triggersAfter.append((last + 1, true))
        }
        for ci in countries.indices where countries[ci].kind == .nisba {
            // a masculine singular nisba in a list (والعراقي X، نظرائه الأردني X)
            let first = countries[ci].first, last = countries[ci].last
            guard first == last, toks[first].isArabic, toks[first].norm.hasSuffixFast("ي") else { continue }
            // (the token before, or the nisba itself at the start; a counterpart word by its class)
            let p = first > 0 ? first - 1 : first
            let listy = countries[ci].prefix.hasPrefixFast("و") || isComma(ctx, p) || ctx.litClass[p].contains(.counterpart)
            if listy { triggersAfter.append((last + 1, false)) }
        }
        // after "مع" and meeting verbs: "التقى الفراية مع عبد الأمير الشمري"
        // (only مع itself goes on: a stopword)
        let litClass = ctx.litClass
        for k in withAt {
            var q = k + 1
            // only in a meeting clause ("التقى/بحث/اجتمع … مع", "لقاء مع")
            guard (max(0, k - 15)..<k).contains(where: { !ctx.anyClass[$0].isDisjoint(with: [.metVerb, .meetNoun, .callNoun]) && toks[$0].line == toks[k].line }) else { continue }
            if q < n, isQuote(ctx, q) { q += 1 }
            guard q < n, !covered[q], toks[q].isArabic, !isHonorific(ctx, q) else { continue }
            if let l = readArabicName(ctx, from: q, quoted: false), l > q, l - q <= 5 {
                let after = l + 1 < n ? toks[l + 1] : nil
                let delim = after == nil || after!.kind == .punct || after!.line != toks[l].line || !ctx.litClass[l + 1].isDisjoint(with: [.stop, .head, .clauseBreak, .counterpart])
                if delim { extra.append(NameSpan(first: q, last: l, lead: q, honorifics: [])); for x in q...l { covered[x] = true } }
            }
        }
        for (k0, allowComma) in triggersAfter.sorted(by: { $0.0 < $1.0 }) {
            var k = k0
            if allowComma, k < n, isComma(ctx, k) { k += 1 }
            guard k < n, !covered[k], k0 > 0, toks[k].line == toks[k0 - 1].line else { continue }
            // "… ووزير …", "… وأكد …": a coordinated word, not a name (names may start with و: وليد، وائل)
            if toks[k].isArabic, !isHonorific(ctx, k), ctx.roleBits(k).contains(.waCoordinated) { continue }
            if toks[k].isArabic {
                let a = afterLead(k)
                guard a.first < n, !covered[a.first] else { continue }
                if let l = readArabicName(ctx, from: a.first, quoted: a.quoted, countryOK: true, afterHonorific: !a.hons.isEmpty), l > a.first || !a.hons.isEmpty {
                    extra.append(NameSpan(first: a.first, last: l, lead: k, honorifics: a.hons))
                    for q in k...l { covered[q] = true }
                }
            } else if toks[k].kind == .word, ctx.isUpper(k) {
                let a = afterLead(k)
                guard a.first < n, !covered[a.first] else { continue }
                if let l = readEnglishName(ctx, from: a.first), l > a.first {
                    extra.append(NameSpan(first: a.first, last: l, lead: k, honorifics: a.hons))
                    for q in k...l { covered[q] = true }
                }
            }
        }
        for ri in roles.indices where !roles[ri].plural && !roles[ri].counterpart {
            var e = roles[ri].first - 1
            if e >= 0, isComma(ctx, e) { e -= 1 }
            guard e >= 0, !covered[e], toks[e].kind == .word else { continue }
            if toks[e].isArabic {
                var b = e
                while b - 1 >= 0, e - b < 5, toks[b - 1].line == toks[e].line,
                      nameLike(ctx, b - 1, afterConnector: false) || litClass[b - 1].contains(.connector)
                        || (b - 2 >= 0 && litClass[b - 2].contains(.connector) && toks[b - 1].kind == .word) {
                    if covered[b - 1] { break }
                    b -= 1
                }
                while b < e, (litClass[b].contains(.connector) && !litClass[b].contains(.joinNext)) || toks[b].norm.hasPrefixFast("ال") { b += 1 }
                guard b < e else { continue }
                // "في وقت لاحق، وزير …": a prepositional phrase, not a name
                if b > 0, toks[b - 1].norm.isOne(of: ["في", "من", "علي", "الي", "عن", "منذ", "بعد", "قبل"]) { continue }
                if let l = readArabicName(ctx, from: b, quoted: false), l == e {
                    extra.append(NameSpan(first: b, last: e, lead: b, honorifics: []))
                    for q in b...e { covered[q] = true }
                }
            } else if ctx.isUpper(e) {
                var b = e
                while b - 1 >= 0, toks[b - 1].kind == .word || toks[b - 1].norm.same("-"), !litClass[b - 1].contains(.enStop) || toks[b - 1].norm.isOne(of: ["al", "bin"]),
                      ctx.isUpper(b - 1) || toks[b - 1].norm.isOne(of: ["bin", "al", "-", "el", "abu"]), !covered[b - 1], e - b < 7 {
                    b -= 1
                }
                if let l = readEnglishName(ctx, from: b), l == e, e > b {
                    extra.append(NameSpan(first: b, last: e, lead: b, honorifics: []))
                    for q in b...e { covered[q] = true }
                }
            }
        }
        // 5. English: capitalized runs of two or more words next to a meeting verb or comma-apposition
        // (never starting inside a title: "… Foreign Affairs and Expatriates Ayman …").
        for ri in roles.indices where !toks[roles[ri].first].isArabic { for q in roles[ri].first...roles[ri].last where q < n { covered[q] = true } }
        for k in capitalAt where !covered[k] {
            if k > 0, toks[k - 1].kind == .word, !toks[k - 1].isArabic, ctx.isUpper(k - 1), !covered[k - 1], !litClass[k - 1].contains(.enStop) { continue }
            if let l = readEnglishName(ctx, from: k), l > k {
                let words = (k...l).filter { toks[$0].kind == .word && ctx.isUpper($0) }.count
                guard words >= 2 else { continue }
                // never across a title: "UNICEF Regional Director X" is read from after the title
                if (k...l).contains(where: { covered[$0] }) { continue }
                let next = l + 1 < n ? toks[l + 1].norm : ""
                let prev = k > 0 ? toks[k - 1].norm : ""
                if next.same(",") || RoleLexicon.enMeetVerbs.contains(next) || prev.same(",") || RoleLexicon.enMeetVerbs.contains(prev) || prev.same("with") || next.same("said") || prev.same("and") {
                    extra.append(NameSpan(first: k, last: l, lead: k, honorifics: []))
                    for q in k...l { covered[q] = true }
                }
            }
        }
        spans += extra
        spans.sort { $0.first < $1.first }
        // drop spans that are not names: a clause-initial و-word (ووضع المالكي …), a place after مطار/قصر/فندق
        spans.removeAll { s in
            guard s.honorifics.isEmpty, toks[s.first].isArabic else { return false }
            // an active participle of manner (مشيدا، مؤكدا، معربا، مبديا): م + consonant … + ا
            let f = ctx.roleBits(s.first)
            if f.contains(.mannerParticiple) { return true }
            let b = s.lead - 1
            // (the clause start tested only for a و-word)
            if s.lead == s.first, f.contains(.waWord),
               b < 0 || toks[b].line != toks[s.lead].line || isComma(ctx, b) || toks[b].norm.isOne(of: [".", ":", "\u{061B}", "-"]) { return true }
            // a portfolio coordinated after a title (المدير العام للأمن الوطني ومراقبة التراب): و + a noun in ة, right after the role
            if s.lead == s.first, b >= 0, marks[b] & roleEnd != 0, toks[s.first].norm.hasPrefixFast("و"), toks[s.first].norm.hasSuffixFast("ه"),
               toks[s.first].norm.unicodeScalars.count >= 6 { return true }
            var p = b
            if p >= 0, p < ctx.countryCovered.count, ctx.countryCovered[p], let cm = ctx.countryByLast[p] { p = cm.first - 1 }
            if p >= 0, toks[p].isArabic, anyReading(ctx, p, in: RoleLexicon.namedPlaces, .namedPlace) { return true }
            return false
        }
        // drop spans nested in others
        var out: [NameSpan] = []
        out.reserveCapacity(spans.count)
        for s in spans {
            if let p = out.last, s.first <= p.last { if s.last - s.first > p.last - p.first { out[out.count - 1] = s }; continue }
            out.append(s)
        }
        scratch.spans = spans; scratch.extra = extra; scratch.leadAt = leadAt; scratch.withAt = withAt
        scratch.capitalAt = capitalAt; scratch.marks = marks; scratch.covered = covered; scratch.triggersAfter = triggersAfter
        return out
    }

    /// Matching key: normalized tokens without connectors' spacing (عبد العزيز == عبدالعزيز), "al-" dropped; as
    /// vocabulary ids, written into `out` (emptied first): a word's own token id, a joined pair interned as one word
    /// (the word tests are kept per word: `RoleWordFacts.WordBits.keyJoin`, `keySkip`).
    static func keyIDs(_ ctx: DocContext, _ s: NameSpan, _ vocabulary: Vocabulary, into out: inout [Int32]) {
        out.removeAll(keepingCapacity: true)
        var k = s.first
        let toks = ctx.tokens
        while k <= s.last {
            if toks[k].kind != .word { k += 1; continue }
            let f = ctx.roleBits(k)
            if f.contains(.keyJoin) && k + 1 <= s.last { out.append(vocabulary.intern(toks[k].norm + toks[k + 1].norm)); k += 2; continue }
            if f.contains(.keySkip) { k += 1; continue }
            out.append(toks[k].id)
            k += 1
        }
    }
}

/// Buffers of `NameFinder.find` kept in the word cache (`WordCache.nameScratch`) and reused by the next article: one
/// allocation each for the life of the cache instead of several growth steps per article.
final class NameScratch {
    // (one extraction uses a cache at a time: no access checks)
    @exclusivity(unchecked) var spans: [NameSpan] = []
    @exclusivity(unchecked) var extra: [NameSpan] = []
    @exclusivity(unchecked) var leadAt: [Int] = []
    @exclusivity(unchecked) var withAt: [Int] = []
    @exclusivity(unchecked) var capitalAt: [Int] = []
    @exclusivity(unchecked) var marks: [UInt8] = []
    @exclusivity(unchecked) var covered: [Bool] = []
    @exclusivity(unchecked) var triggersAfter: [(Int, Bool)] = []

    /// Takes buffer `a` out (left empty), emptied with its capacity kept.
    static func take<T>(_ a: inout [T]) -> [T] {
        var x: [T] = []
        swap(&x, &a)
        x.removeAll(keepingCapacity: true)
        return x
    }
}
