// One article's extraction: tokens → organizations → countries → role phrases → names → persons →
// mentions → meetings → session and topics.
import ArabicText

enum Ref: Hashable { case person(Int), country(String), org(String), protagonist, none }

struct Mention {
    var first: Int
    var last: Int
    var ref: Ref
    var marked: Bool
    var isCounterpart: Bool = false
    var from: String = ""
}

/// Per-token arrays kept from one article to the next, so that an article's run allocates and frees none of them:
/// a run takes a buffer (cleared and filled for its tokens) and gives it back when done with it. One per word cache
/// (one extraction at a time uses it). A buffer still shared with a value that outlived its article is copied on its
/// first write, as any array; buffers past `keep` elements are not kept (a one-line 50 MB article would pin them).
final class RunBuffers {
    static let keep = 1 << 16
    // (one run at a time uses the buffers, and a take or give never overlaps another: no run-time exclusivity checks)
    @exclusivity(unchecked) private var bools: [[Bool]] = []
    @exclusivity(unchecked) private var ints: [[Int]] = []
    @exclusivity(unchecked) private var optionalInts: [[Int?]] = []
    @exclusivity(unchecked) private var int32s: [[Int32]] = []
    @exclusivity(unchecked) private var classes: [[LexClass]] = []

    @inline(__always) private static func take<T>(_ pool: inout [[T]], _ n: Int, _ v: T) -> [T] {
        var a = pool.popLast() ?? []
        // the kept elements overwritten in place (a fill, not an append per element), the rest appended
        if a.count > n { a.removeLast(a.count - n) }
        a.withUnsafeMutableBufferPointer { $0.update(repeating: v) }
        if a.count < n { a.append(contentsOf: repeatElement(v, count: n - a.count)) }
        return a
    }
    @inline(__always) private static func give<T>(_ pool: inout [[T]], _ a: [T]) {
        if a.capacity > 0, a.capacity <= keep, pool.count < 16 { pool.append(a) }
    }

    /// `n` times `v`, in a kept buffer when there is one.
    func bools(_ n: Int, _ v: Bool = false) -> [Bool] { Self.take(&bools, n, v) }
    func ints(_ n: Int, _ v: Int) -> [Int] { Self.take(&ints, n, v) }
    func optionalInts(_ n: Int) -> [Int?] { Self.take(&optionalInts, n, nil) }
    func int32s(_ n: Int, _ v: Int32) -> [Int32] { Self.take(&int32s, n, v) }
    func classes(_ n: Int) -> [LexClass] { Self.take(&classes, n, []) }
    /// Gives a buffer back for a later `take` (its contents are dropped then).
    func give(_ a: [Bool]) { Self.give(&bools, a) }
    func give(_ a: [Int]) { Self.give(&ints, a) }
    func give(_ a: [Int?]) { Self.give(&optionalInts, a) }
    func give(_ a: [Int32]) { Self.give(&int32s, a) }
    func give(_ a: [LexClass]) { Self.give(&classes, a) }
}

final class ExtractionRun {
    /// The article's UTF-8 bytes (valid; the evidence sentences are sliced out of them).
    let text: [UInt8]
    /// The extractor's lexicon and finders (one reference, shared by every article of the extractor).
    let tables: Extractor.Tables
    let tt: TokenizedText
    var ctx: DocContext
    var sentences: [Range<Int>] = []
    var sentOf: [Int] = []
    var orgHits: [(first: Int, last: Int, id: String)] = []
    var countryMentions: [CountryMention] = []
    var roles: [RolePhrase] = []
    var spans: [NameSpan] = []
    var persons: [PersonRecord] = []
    /// The vocabulary ids of the last three words of each person's `key` (its words are vocabulary words; -1 for a
    /// key of two words).
    var personTailIDs: [(last: Int32, beforeLast: Int32, third: Int32)] = []
    var home: String? = nil
    var agency: String? = nil
    var mentions: [Mention] = []
    var lang = "ar"

    convenience init(text: String, tables: Extractor.Tables, words: WordCache) {
        self.init(utf8: ValidUTF8(text), tables: tables, words: words)
    }

    init(utf8: ValidUTF8, tables: Extractor.Tables, words: WordCache) {
        self.text = utf8.bytes
        self.tables = tables
        self.tt = TokenizedText(utf8, vocabulary: words.vocabulary)
        self.toks = tt.tokens
        self.ctx = DocContext(tt: tt, words: words)
    }

    let toks: [Token]

    /// The per-token arrays go back to the word cache's buffers for the next article.
    deinit {
        let b = ctx.words.runBuffers
        b.give(sentOf); b.give(ctx.blocked); b.give(ctx.countryCovered)
        b.give(ctx.litClass); b.give(ctx.anyClass); b.give(ctx.extraReadings.has); b.give(ctx.wordIDs)
        if let r = roleTokensIfMade { b.give(r) }
    }

    // MARK: pipeline
    func run(source: String) -> DocumentExtraction {
        lang = Extractor.language(arabicLetters: tt.arabicLetters, latinLetters: tt.latinLetters)
        let n = toks.count
        sentences = SentenceSplitter.split(toks)
        let buffers = ctx.words.runBuffers
        sentOf = buffers.ints(n, 0)
        for (si, r) in sentences.enumerated() { for k in r { sentOf[k] = si } }
        // organizations → token spans
        let (orgs, nameSpans) = tables.orgFinder.scan(lexTokens)
        orgSpans = nameSpans
        var blocked = buffers.bools(n)
        var orgAt: [Int: (last: Int, id: String)] = [:]
        orgAt.reserveCapacity(orgs.count)
        // the organizations in order of first mention, with their evidence (few per article: lists, not dictionaries)
        var orgOrder: [String] = []
        var orgMentions: [[Evidence]] = []
        for h in orgs {
            let f = firstToken(atOrAfter: h.evidence.start), l = lastToken(before: h.evidence.end)
            guard f <= l, f < n else { continue }
            orgHits.append((f, l, h.id))
            for k in f...l { blocked[k] = true }
            if let e = orgAt[f], e.last >= l {} else { orgAt[f] = (l, h.id) }
            if let i = orgOrder.firstIndex(of: h.id) { orgMentions[i].append(h.evidence) }
            else { orgOrder.append(h.id); orgMentions.append([h.evidence]) }
            // "مجلس جامعة الدول العربية على المستوى الوزاري", "Arab League Council at the ministerial level": the League's
            // own council names the League
            if h.id == "arab-foreign-ministers-council", (f...l).contains(where: { toks[$0].norm.hasSuffixFast("جامعه") || toks[$0].norm.same("league") }) {
                if let i = orgOrder.firstIndex(of: "arab-league") { orgMentions[i].append(h.evidence) }
                else { orgOrder.append("arab-league"); orgMentions.append([h.evidence]) }
            }
        }
        orgHits.sort { $0.first < $1.first }
        // (the country finder and the dateline read only the tokens and their classes: the organization spans join the
        // context together with the countries, in `setCountries`, which every article reaches)
        orgBlocked = blocked; orgStarts = orgAt
        // countries
        countryMentions = CountryRecognizer.find(toks, blocked: blocked, ctx: ctx)
        agency = findAgency()
        var firstPass: [CountryMention]? = nil
        if agency == nil {
            // no dateline agency: the outlet's country is voted from country words outside role phrases, which needs
            // a first resolution and role pass without it (with an agency both passes would equal the final ones)
            var pre = countryMentions
            CountryRecognizer.resolve(&pre, tokens: toks, home: nil)
            setCountries(pre)
            roles = RolePhraseFinder.find(ctx)
            firstPass = pre
        }
        home = agency ?? homeFromContext()
        CountryRecognizer.resolve(&countryMentions, tokens: toks, home: home)
        // the role phrases depend on the article only through its resolved countries: when the home country changed
        // none of them, the first pass's phrases (and its context) stand
        if firstPass != countryMentions {
            setCountries(countryMentions)
            roles = RolePhraseFinder.find(ctx)
        }
        furnitureLines = findFurnitureLines()
        spans = NameFinder.find(ctx, roles: roles, countries: countryMentions)
        if !furnitureLines.isEmpty {
            spans = spans.filter { !furnitureLines.contains(toks[$0.first].line) }
            roles = roles.filter { !furnitureLines.contains(toks[$0.first].line) }
        }
        // words inside a name are not country mentions (جورجيا …، … السوداني)
        if !spans.isEmpty {
            var inName = buffers.bools(n)
            for si in spans.indices { for k in spans[si].first...spans[si].last { inName[k] = true } }
            countryMentions.removeAll { inName[$0.first] }
            buffers.give(inName)
        }
        buildPersons()
        buildMentions()
        let meetings = findMeetings()
        // outputs
        // few countries per article: the list itself says which were seen
        var countries: [String] = []
        // (the positions sorted with an index into the codes: the same order as sorting the pairs by position, without
        // moving the strings)
        var isos: [String] = [], firstPos: [(Int, Int)] = []
        for mi in countryMentions.indices { if let iso = countryMentions[mi].iso { firstPos.append((countryMentions[mi].first, isos.count)); isos.append(iso) } }
        if let a = agency { firstPos.append((agencyToken ?? 0, isos.count)); isos.append(a) }
        for ri in roles.indices { if let c = roles[ri].country { firstPos.append((roles[ri].first, isos.count)); isos.append(c) } }
        for (_, i) in firstPos.sorted(by: { $0.0 < $1.0 }) where !countries.contains(isos[i]) { countries.append(isos[i]) }
        var outPersons: [ExtractedPerson] = []
        // a person named as a meeting's participant (asked only for persons with nothing else to show: the set of
        // participants is built on the first question)
        var participants: Set<String>? = nil
        func inMeetings(_ name: String) -> Bool {
            if participants == nil { participants = Set(meetings.flatMap { $0.participants.compactMap(\.person) }) }
            return participants!.contains(name)
        }
        let spans = self.spans
        for pi in persons.indices {
            // a bare capitalized/free-standing name with no office, country, rank, quotes or meeting is not reported
            let supported = persons[pi].role != nil || persons[pi].country != nil || persons[pi].org != nil || inMeetings(persons[pi].name)
                || persons[pi].spans.contains { si in !spans[si].honorifics.isEmpty || spans[si].lead != spans[si].first }
            if !supported { continue }
            let p = persons[pi]
            // (mentions are mostly found in order: an ordered list is the sorted one, with no new array)
            let mentions = zip(p.mentions, p.mentions.dropFirst()).allSatisfy({ !($1 < $0) }) ? p.mentions : p.mentions.sorted()
            outPersons.append(ExtractedPerson(name: p.name, aliases: p.aliases, country: p.country, role: p.role,
                                              organization: p.org, mentions: mentions))
        }
        let session = SessionFinder.find(ctx, sentences: sentences, orgs: orgHits)
        var orgOut = orgOrder.indices.map { ExtractedOrganization(id: orgOrder[$0], mentions: orgMentions[$0]) }
        if let s = session, !orgOrder.contains(s.body) {
            orgOut.append(ExtractedOrganization(id: s.body, mentions: s.evidence.map { [$0] } ?? []))
        }
        // (each id looked up once)
        var controlled: [ExtractedOrganization] = [], others: [ExtractedOrganization] = []
        let controlledIDs = tables.controlledOrganizationIDs
        for o in orgOut { if controlledIDs.contains(o.id) { controlled.append(o) } else { others.append(o) } }
        var topics: [String] = []
        let topicHits = self.topicHits
        for i in topicHits.indices where !topics.contains(topicHits[i].id) { topics.append(topicHits[i].id) }
        return DocumentExtraction(source: source, language: lang, session: session, countries: countries,
                                  persons: outPersons, organizations: controlled, otherOrganizations: others,
                                  meetings: meetings, topics: topics)
    }

    /// The lexicon finders' tokens, shared by the organization and topic finders.
    lazy var lexTokens = LexTokens(scalars: tt.scalars)
    /// Token ranges (of `lexTokens`) of organization names, for the topic finder.
    var orgSpans: [Range<Int>] = []
    lazy var topicHits: [TopicHit] = tables.topicFinder.find(in: lexTokens, organizationSpans: orgSpans)
    var agencyToken: Int? = nil
    lazy var roleTokens: [Bool] = {
        var a = ctx.words.runBuffers.bools(toks.count)
        for ri in roles.indices { for k in roles[ri].first...roles[ri].last { a[k] = true } }
        roleTokensIfMade = a
        return a
    }()
    /// `roleTokens` once made (given back to the buffers at the end).
    private var roleTokensIfMade: [Bool]? = nil
    func inRoleToken(_ k: Int) -> Bool { roleTokens[k] }
    var furnitureLines = Set<Int>()

    /// Lines that are page furniture (اقرأ أيضا، شارك، كلمات البحث) or bylines (كتب – …، بقلم …).
    func findFurnitureLines() -> Set<Int> {
        var out = Set<Int>()
        var k = 0
        let lit = ctx.litClass
        while k < toks.count {
            let line = toks[k].line
            let e = lineEnd(k)
            // (the words of both lists carry the furniture bit)
            if let f = (k..<e).first(where: { toks[$0].kind == .word }), lit[f].contains(.furnitureWord) {
                let w = toks[f].norm
                if RoleLexicon.furnitureStarts.contains(w) || RoleLexicon.bylineWords.contains(w) {
                    // "شارك" (share) is furniture only on a short line: "شارك وزير الداخلية … في أعمال الدورة" is the lead
                    if w.same("شارك") || w.same("share") {
                        var words = 0
                        for q in f..<e where toks[q].kind == .word { words += 1; if words > 6 { break } }
                        if words > 6 { k = e; continue }
                    }
                    out.insert(line)
                }
            }
            k = e
        }
        return out
    }

    /// The first token after token k's line (`toks.count` at the end): line numbers never decrease, so a galloping
    /// search reads a few tokens of a long line instead of all of them.
    func lineEnd(_ k: Int) -> Int {
        let n = toks.count, line = toks[k].line
        var lo = k, hi = k + 1, step = 1   // toks[lo] is on the line; hi is past it or unknown
        while hi < n, toks[hi].line == line { lo = hi; step *= 2; hi = min(n, hi + step) }
        while lo + 1 < hi { let m = (lo + hi) / 2; if toks[m].line == line { lo = m } else { hi = m } }
        return hi
    }

    func firstToken(atOrAfter off: Int) -> Int {
        var lo = 0, hi = toks.count
        while lo < hi { let m = (lo + hi) / 2; if toks[m].start < off { lo = m + 1 } else { hi = m } }
        return lo
    }
    func lastToken(before off: Int) -> Int {
        var lo = 0, hi = toks.count
        while lo < hi { let m = (lo + hi) / 2; if toks[m].end <= off { lo = m + 1 } else { hi = m } }
        return lo - 1
    }

    /// The organization spans for the context (`DocContext.blocked`, `orgAt`), set before the first `setCountries`.
    private var orgBlocked: [Bool] = []
    private var orgStarts: [Int: (last: Int, id: String)] = [:]

    func setCountries(_ ms: [CountryMention]) {
        var at: [Int: CountryMention] = [:]
        at.reserveCapacity(ms.count)
        let buffers = ctx.words.runBuffers
        var cov = buffers.bools(toks.count)
        for m in ms where !m.isos.isEmpty || m.kind == .kingdom {
            at[m.first] = m
            for k in m.first...m.last { cov[k] = true }
        }
        buffers.give(ctx.countryCovered)
        ctx = DocContext(ctx, blocked: orgBlocked, orgAt: orgStarts, countryAt: at, countryCovered: cov)
    }

    // MARK: outlet country
    /// The agency code at token k (single word, `أ ش أ`, `الوكالة الوطنية للإعلام`): its country and last token.
    func agencyAt(_ k: Int) -> (iso: String, last: Int)? {
        // the token's fields read in place (a copy of the Token would retain its String)
        guard toks[k].kind == .word else { return nil }
        if !toks[k].isArabic && !ctx.isUpper(k) { return nil }
        let norm = toks[k].norm
        // (agencies and the first words of multi-word ones carry the dateline bit)
        let dateline = ctx.litClass[k].contains(.datelineWord)
        if dateline, let iso = RoleLexicon.agencies[norm] { return (iso, k) }
        // أ ش أ (Middle East News Agency), written as three letters
        if norm.same("ا"), k + 2 < toks.count, toks[k + 1].norm.same("ش"), toks[k + 2].norm.same("ا") { return ("EGY", k + 2) }
        guard dateline, RoleLexicon.multiWordAgencyFirsts.contains(norm) else { return nil }
        for (words, iso) in RoleLexicon.multiWordAgencies where norm.same(words[0]) && k + words.count <= toks.count {
            if (1..<words.count).allSatisfy({ toks[k + $0].norm.same(words[$0]) }) { return (iso, k + words.count - 1) }
        }
        return nil
    }

    /// The dateline agency: on one of the first lines, after at most three words (the city) and any date material
    /// (Gregorian, Maghrebi, Levantine and Hijri months, numbers, `هـ`, `الموافق`, `Jan.`, `29th`), next to a
    /// dateline mark or at the end of the line.
    static let datelineMarks: WordSet = ["-", "–", "—", "/", "(", ")", ",", ":", "\u{060C}", "|", "[", "]"]

    func findAgency() -> String? {
        let marks = ExtractionRun.datelineMarks
        // the marks are punctuation: a word or number token is never one (no lookup needed)
        func isMark(_ q: Int) -> Bool { toks[q].kind == .punct && marks.contains(toks[q].norm) }
        let n = toks.count, lit = ctx.litClass
        var k = 0
        var lines = 0
        while k < n, k < 200, lines < 6 {
            let e = lineEnd(k)
            lines += 1
            var free = 0
            var q = k
            while q < e {
                if let a = agencyAt(q) {
                    let prevOK = q > k && isMark(q - 1)
                    let nextOK = a.last + 1 >= e || isMark(a.last + 1)
                    if prevOK || nextOK { agencyToken = q; return a.iso }
                }
                // a newspaper after the city and a dateline mark (تونس - البيان): only right after the mark
                if q > k, toks[q].isArabic, free <= 3, isMark(q - 1), let iso = RoleLexicon.datelineOutlets[toks[q].norm],
                   q + 1 >= e || toks[q + 1].kind != .word {
                    agencyToken = q; return iso
                }
                if toks[q].kind != .word || lit[q].contains(.datelineWord) && RoleLexicon.dateWords.contains(toks[q].norm) { q += 1; continue }
                free += 1
                if free > 3 { break }
                q += 1
            }
            k = e
        }
        return nil
    }

    /// The outlet's country when no agency names it: country words outside role phrases, weighting the
    /// delegation (الوفد المصري) and ignoring venue mentions (بتونس، تحتضنها تونس، العاصمة التونسية).
    static let venueBefore: WordSet = ["المنعقده", "المنعقد", "تحتضنها", "تستضيفها", "احتضنتها", "استضافتها", "العاصمه", "في", "الي",
                                       "مدينه", "عاصمه", "تونس"]

    /// The `WordCache.wordBit`s of `venueBefore`'s words.
    static let venueBeforeBits: UInt64 = venueBefore.words.reduce(0) { $0 | WordCache.wordBit($1) }

    func homeFromContext() -> String? {
        var inRole = [Bool](repeating: false, count: toks.count)
        for r in roles { for k in r.first...r.last { inRole[k] = true } }
        let venueBefore = ExtractionRun.venueBefore
        let ctx = self.ctx, toks = self.toks, anyClass = ctx.anyClass, litClass = ctx.litClass
        var votes = CountryVotes()
        var titled: [String] = []
        var needsHome = false
        // a ministry title of one country written without its nisba (وزير الداخلية والبلديات) is how the outlet names its
        // own minister: a vote for that country, not a counterpart's country
        var byTitleVotes: [(iso: String, at: Int)] = []
        for r in roles where !r.plural {
            if let c = r.country {
                if r.byTitle, r.domestic, !r.counterpart, toks[r.first].isArabic { byTitleVotes.append((c, r.first)) } else if !titled.contains(c) { titled.append(c) }
            } else if r.domestic && !r.counterpart && !r.bare { needsHome = true }
        }
        // `hasStem(k, in: venueBefore)`: the word by its vocabulary id, its readings' stems only when one of their word
        // bits is a venue word's
        let venueIDs = ctx.words.venueBeforeIDs, venueBits = ExtractionRun.venueBeforeBits
        let facts = ctx.words.facts, hasExtra = ctx.extraReadings.has
        func venueWordAt(_ k: Int) -> Bool {
            guard toks[k].kind == .word else { return false }
            let id = toks[k].id
            if venueIDs.contains(id) { return true }
            guard hasExtra[k], facts[Int(id)].stemBits & venueBits != 0 else { return false }
            return ctx.extraReadings[k].contains { venueBefore.contains($0.stem) }
        }
        // a venue: "بتونس", "في تونس", "in Tunis", "العاصمة التونسية", "the Tunisian capital"
        func isVenue(_ m: CountryMention) -> Bool {
            let prev = m.first > 0 ? toks[m.first - 1].norm : ""
            if m.prefix.hasSuffixFast("ب") || prev.isOne(of: ["in", "at", "to", "capital"]) { return true }
            if m.first > 0, venueWordAt(m.first - 1) { return true }
            return m.kind == .nisba && !toks[m.first].isArabic && m.last + 1 < toks.count && toks[m.last + 1].norm.same("capital")
        }
        // the venues of a council session ("… the 41st session …, which concluded in the Tunisian capital", "على هامش
        // أعمال الدورة … في تونس"): a dateline city that hosts the session is where the reporter was sent, not the
        // outlet's home. (A bilateral meeting at the dateline city is the outlet's own: "الرباط - … بالرباط".)
        func nearSession(_ m: CountryMention) -> Bool {
            let si = sentOf[m.first], r = sentences[si]
            let lo = max(r.lowerBound, m.first - 14), hi = min(r.upperBound, m.last + 15)
            return (lo..<hi).contains { anyClass[$0].contains(.sessionWord) || litClass[$0].contains(.enSession) }
        }
        let venue = countryMentions.map { $0.iso != nil && !inRole[$0.first] && isVenue($0) }
        var venues: [String] = []
        for (mi, m) in countryMentions.enumerated() where venue[mi] && nearSession(m) && !venues.contains(m.iso!) { venues.append(m.iso!) }
        var venueEnd = -2
        for (mi, m) in countryMentions.enumerated() {
            guard let iso = m.iso, !inRole[m.first] else { continue }
            let prev = m.first > 0 ? toks[m.first - 1].norm : ""
            var w = 1.0
            if venue[mi] { w = 0 }
            // a venue's coordinated second place: "in Syria and Lebanon"
            if venueEnd == m.first - 2, prev.isOne(of: ["and", "or", ","]) { w = 0 }
            // a people named in the plural ("Palestinians", "Syrians") is the topic, not the outlet
            if m.kind == .nisba, !toks[m.first].isArabic, toks[m.first].norm.hasSuffixFast("s") { w = min(w, 0.1) }
            if w == 0 { venueEnd = m.last }
            if m.first + 1 < toks.count, m.first == 0 || toks[m.first - 1].line != toks[m.first].line {
                let next = toks[m.first + 1]
                if next.norm.isOne(of: ["-", "–", "—", "/", "("]) || next.kind == .number { w = venues.contains(iso) ? 0 : 0.5 }
                else if next.norm.same(":"), venues.contains(iso) { w = 0 }   // "تونس: «الخليج»"
            }
            // the speaker's country: "في كلمة لبنان", "كلمة الجزائر أمام المجلس"
            if m.kind == .name || m.kind == .official, prev.same("كلمه") || prev.same("بكلمه") { w = 2 }
            if m.kind == .nisba {
                if prev.hasSuffixFast("وفد") || prev.same("الوفد") { w = 3 }
                else if m.first + 1 < toks.count, NameFinder.nameLike(ctx, m.first + 1, afterConnector: false)
                            || NameFinder.isHonorific(ctx, m.first + 1) && !prepositionalHonorific(m.first + 1) { w = 0 }
                else if m.prefix.hasPrefixFast("و"), toks[m.first].norm.hasSuffixFast("ي") { w = 0 }
                else if prev.isOne(of: ["العاصمه", "الاراضي", "القضيه", "الشعب"]) || prev.hasSuffixFast("لقضيه") { w = 0 }
            }
            if m.kind == .capital { w *= 0.5 }
            // a country already given to another official by their title is the counterpart's, not the outlet's,
            // when some official still needs the outlet's country
            if needsHome, titled.contains(iso) { w *= 0.2 }
            votes.add(iso, w, at: m.first)
        }
        // counterparts: "وزير الداخلية X ونظيره الليبي" — the untitled official is not Libyan; "وزير الداخلية الليبي …
        // لنظيره التونسي" — the Libyan's counterpart is the outlet's own minister
        if needsHome {
            let sorted = roles.sorted { $0.first < $1.first }
            for (idx, r) in sorted.enumerated() where r.counterpart && !r.plural {
                guard let c = r.country, idx > 0 else { continue }
                let p = sorted[idx - 1]
                guard !p.counterpart, !p.plural, toks[p.last].line == toks[r.first].line, r.first - p.last <= 14 else { continue }
                if p.country == nil, p.domestic, !p.bare { votes.veto(c) }
                else if let pc = p.country, pc != c, votes.score(c) >= 0 { votes.add(c, 1, at: r.first) }
            }
        }
        for v in byTitleVotes where votes.score(v.iso) >= 0 { votes.add(v.iso, 1, at: v.at) }
        // an outlet that names itself (توصلت به هسبريس، مصادر لعكاظ)
        if lang == "ar" {
            for k in toks.indices where anyClass[k].contains(.outlet) && toks[k].isArabic && toks[k].norm.utf8.count >= 8 {
                var iso = RoleLexicon.distinctOutlets[toks[k].norm]
                if iso == nil { for r in ctx.clitics(k) { if let x = RoleLexicon.distinctOutlets[r.stem] { iso = x; break } } }
                guard let c = iso, votes.score(c) >= 0 else { continue }
                votes.add(c, 2, at: k)
            }
        }
        if let b = votes.best { return b }
        // a domestic report (no dateline, a domestic title without a country) that names one country only, even as a
        // venue ("… قبل وصولها إلى الكويت"): that country
        if needsHome, lang == "ar" {
            var only: String? = nil
            for m in countryMentions { guard let iso = m.iso else { continue }; if only == nil { only = iso } else if only != iso { return nil } }
            return only
        }
        return nil
    }

    /// The outlet-country votes of `homeFromContext`: few countries per article, so a list in order of first vote
    /// (String equality, as a dictionary's keys) instead of dictionaries.
    struct CountryVotes {
        var isos: [String] = []
        var scores: [Double] = []
        /// The token of each country's first vote (nil for a country only vetoed).
        var firstAt: [Int?] = []

        /// `score[iso] ?? 0`.
        func score(_ iso: String) -> Double { isos.firstIndex(of: iso).map { scores[$0] } ?? 0 }
        private mutating func slot(_ iso: String) -> Int {
            if let i = isos.firstIndex(of: iso) { return i }
            isos.append(iso); scores.append(0); firstAt.append(nil)
            return isos.count - 1
        }
        /// `score[iso, default: 0] += w`, and the first vote's token.
        mutating func add(_ iso: String, _ w: Double, at k: Int) {
            let i = slot(iso)
            scores[i] += w
            if firstAt[i] == nil { firstAt[i] = k }
        }
        /// `score[iso] = -1`: a country no later vote may raise.
        mutating func veto(_ iso: String) { scores[slot(iso)] = -1 }
        /// The country with the highest positive score, the earliest first vote among equals.
        var best: String? {
            var b: Int? = nil
            for i in isos.indices where scores[i] > 0 {
                guard let j = b else { b = i; continue }
                if scores[i] > scores[j] || scores[i] == scores[j] && (firstAt[i] ?? 0) < (firstAt[j] ?? 0) { b = i }
            }
            return b.map { isos[$0] }
        }
    }

    /// An honorific reached through a preposition (بالفريق، للشيخ): the start of an object, not a name in apposition.
    func prepositionalHonorific(_ q: Int) -> Bool {
        !ctx.litClass[q].contains(.honorific) && ctx.hasPrepositionalReading(q) { RoleLexicon.honorifics.contains($0) }
    }
}
