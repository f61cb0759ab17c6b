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

final class ExtractionRun {
    let text: String
    let extractor: Extractor
    let tt: TokenizedText
    var ctx: DocContext
    var sentences: [Range<Int>] = []
    var sentOf: [Int] = []
    var orgHits: [(first: Int, last: Int, id: String)] = []
    var countryMentions: [CountryMention] = []
    var roles: [RolePhrase] = []
    var spans: [NameSpan] = []
    var persons: [PersonRecord] = []
    var home: String? = nil
    var agency: String? = nil
    var mentions: [Mention] = []
    var lang = "ar"

    init(text: String, extractor: Extractor, words: WordCache) {
        self.text = text
        self.extractor = extractor
        self.tt = TokenizedText(text, vocabulary: words.vocabulary)
        self.toks = tt.tokens
        self.ctx = DocContext(tt: tt, words: words)
    }

    let toks: [Token]

    // MARK: pipeline
    func run(source: String) -> DocumentExtraction {
        lang = Extractor.language(arabicLetters: tt.arabicLetters, latinLetters: tt.latinLetters)
        let n = toks.count
        sentences = SentenceSplitter.split(toks)
        sentOf = [Int](repeating: 0, count: n)
        for (si, r) in sentences.enumerated() { for k in r { sentOf[k] = si } }
        // organizations → token spans
        let (orgs, nameSpans) = extractor.orgFinder.scan(lexTokens)
        orgSpans = nameSpans
        var blocked = [Bool](repeating: false, count: n)
        var orgAt: [Int: (last: Int, id: String)] = [:]
        var orgMentions: [String: [Evidence]] = [:]
        var orgOrder: [String] = []
        for h in orgs {
            let f = firstToken(atOrAfter: h.evidence.start), l = lastToken(before: h.evidence.end)
            guard f <= l, f < n else { continue }
            orgHits.append((f, l, h.id))
            for k in f...l { blocked[k] = true }
            if orgAt[f] == nil || orgAt[f]!.last < l { orgAt[f] = (l, h.id) }
            if orgMentions[h.id] == nil { orgOrder.append(h.id) }
            orgMentions[h.id, default: []].append(h.evidence)
            // "مجلس جامعة الدول العربية على المستوى الوزاري", "Arab League Council at the ministerial level": the League's
            // own council names the League
            if h.id == "arab-foreign-ministers-council", (f...l).contains(where: { toks[$0].norm.hasSuffixFast("جامعه") || toks[$0].norm.same("league") }) {
                if orgMentions["arab-league"] == nil { orgOrder.append("arab-league") }
                orgMentions["arab-league", default: []].append(h.evidence)
            }
        }
        orgHits.sort { $0.first < $1.first }
        ctx = DocContext(ctx, blocked: blocked, orgAt: orgAt, countryAt: [:], countryCovered: [])
        // countries
        countryMentions = CountryRecognizer.find(toks, blocked: blocked, ctx: ctx)
        agency = findAgency()
        if agency == nil {
            // no dateline agency: the outlet's country is voted from country words outside role phrases, which needs
            // a first resolution and role pass without it (with an agency both passes would equal the final ones)
            var pre = countryMentions
            CountryRecognizer.resolve(&pre, tokens: toks, home: nil)
            setCountries(pre)
            roles = RolePhraseFinder.find(ctx)
        }
        home = agency ?? homeFromContext()
        CountryRecognizer.resolve(&countryMentions, tokens: toks, home: home)
        setCountries(countryMentions)
        roles = RolePhraseFinder.find(ctx)
        furnitureLines = findFurnitureLines()
        spans = NameFinder.find(ctx, roles: roles, countries: countryMentions).filter { !furnitureLines.contains(toks[$0.first].line) }
        roles = roles.filter { !furnitureLines.contains(toks[$0.first].line) }
        // words inside a name are not country mentions (جورجيا …، … السوداني)
        if !spans.isEmpty {
            var inName = [Bool](repeating: false, count: n)
            for s in spans { for k in s.first...s.last { inName[k] = true } }
            countryMentions.removeAll { inName[$0.first] }
        }
        buildPersons()
        buildMentions()
        let meetings = findMeetings()
        // outputs
        var countries: [String] = []
        var seen = Set<String>()
        if let a = agency, !seen.contains(a) { _ = a }
        var firstPos: [(Int, String)] = countryMentions.compactMap { m in m.iso.map { (m.first, $0) } }
        if let a = agency { firstPos.append((agencyToken ?? 0, a)) }
        for r in roles { if let c = r.country { firstPos.append((r.first, c)) } }
        for (_, iso) in firstPos.sorted(by: { $0.0 < $1.0 }) where !seen.contains(iso) { seen.insert(iso); countries.append(iso) }
        var outPersons: [ExtractedPerson] = []
        let inMeetings = Set(meetings.flatMap { $0.participants.compactMap(\.person) })
        for p in persons {
            // a bare capitalized/free-standing name with no office, country, rank, quotes or meeting is not reported
            let supported = p.role != nil || p.country != nil || p.org != nil || inMeetings.contains(p.name)
                || p.spans.contains { si in !spans[si].honorifics.isEmpty || spans[si].lead != spans[si].first }
            if !supported { continue }
            outPersons.append(ExtractedPerson(name: p.name, aliases: p.aliases, country: p.country, role: p.role,
                                              organization: p.org, mentions: p.mentions.sorted()))
        }
        let session = SessionFinder.find(ctx, sentences: sentences, orgs: orgHits)
        var orgOut = orgOrder.map { ExtractedOrganization(id: $0, mentions: orgMentions[$0] ?? []) }
        if let s = session, !orgOrder.contains(s.body) {
            orgOut.append(ExtractedOrganization(id: s.body, mentions: s.evidence.map { [$0] } ?? []))
        }
        let controlled = orgOut.filter { extractor.controlledOrganizationIDs.contains($0.id) }
        let others = orgOut.filter { !extractor.controlledOrganizationIDs.contains($0.id) }
        var topics: [String] = []
        for h in topicHits where !topics.contains(h.id) { topics.append(h.id) }
        return DocumentExtraction(source: source, language: lang, session: session, countries: countries,
                                  persons: outPersons, organizations: controlled, otherOrganizations: others,
                                  meetings: meetings, topics: topics)
    }

    /// The lexicon finders' tokens, shared by the organization and topic finders.
    lazy var lexTokens = LexTokens(scalars: tt.scalars)
    /// Token ranges (of `lexTokens`) of organization names, for the topic finder.
    var orgSpans: [Range<Int>] = []
    lazy var topicHits: [TopicHit] = extractor.topicFinder.find(in: lexTokens, organizationSpans: orgSpans)
    var agencyToken: Int? = nil
    lazy var roleTokens: [Bool] = {
        var a = [Bool](repeating: false, count: toks.count)
        for r in roles { for k in r.first...r.last { a[k] = true } }
        return a
    }()
    func inRoleToken(_ k: Int) -> Bool { roleTokens[k] }
    var furnitureLines = Set<Int>()

    /// Lines that are page furniture (اقرأ أيضا، شارك، كلمات البحث) or bylines (كتب – …، بقلم …).
    func findFurnitureLines() -> Set<Int> {
        var out = Set<Int>()
        var k = 0
        while k < toks.count {
            let line = toks[k].line
            var e = k
            while e < toks.count, toks[e].line == line { e += 1 }
            if let f = (k..<e).first(where: { toks[$0].kind == .word }) {
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

    func setCountries(_ ms: [CountryMention]) {
        var at: [Int: CountryMention] = [:]
        var cov = [Bool](repeating: false, count: toks.count)
        for m in ms where !m.isos.isEmpty || m.kind == .kingdom {
            at[m.first] = m
            for k in m.first...m.last { cov[k] = true }
        }
        ctx = DocContext(ctx, blocked: ctx.blocked, orgAt: ctx.orgAt, countryAt: at, countryCovered: cov)
    }

    // MARK: outlet country
    /// The agency code at token k (single word, `أ ش أ`, `الوكالة الوطنية للإعلام`): its country and last token.
    func agencyAt(_ k: Int) -> (iso: String, last: Int)? {
        let t = toks[k]
        guard t.kind == .word else { return nil }
        if !t.isArabic && !ctx.isUpper(k) { return nil }
        if let iso = RoleLexicon.agencies[t.norm] { return (iso, k) }
        // أ ش أ (Middle East News Agency), written as three letters
        if t.norm.same("ا"), k + 2 < toks.count, toks[k + 1].norm.same("ش"), toks[k + 2].norm.same("ا") { return ("EGY", k + 2) }
        guard RoleLexicon.multiWordAgencyFirsts.contains(t.norm) else { return nil }
        for (words, iso) in RoleLexicon.multiWordAgencies where t.norm.same(words[0]) && k + words.count <= toks.count {
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
        let n = toks.count
        var k = 0
        var lines = 0
        while k < n, k < 200, lines < 6 {
            let line = toks[k].line
            var e = k
            while e < n, toks[e].line == line { e += 1 }
            lines += 1
            var free = 0
            var q = k
            while q < e {
                if let a = agencyAt(q) {
                    let prevOK = q > k && marks.contains(toks[q - 1].norm)
                    let nextOK = a.last + 1 >= e || marks.contains(toks[a.last + 1].norm)
                    if prevOK || nextOK { agencyToken = q; return a.iso }
                }
                // a newspaper after the city and a dateline mark (تونس - البيان): only right after the mark
                if q > k, toks[q].isArabic, free <= 3, marks.contains(toks[q - 1].norm), let iso = RoleLexicon.datelineOutlets[toks[q].norm],
                   q + 1 >= e || toks[q + 1].kind != .word {
                    agencyToken = q; return iso
                }
                let t = toks[q]
                if t.kind != .word || RoleLexicon.dateWords.contains(t.norm) { q += 1; continue }
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

    func homeFromContext() -> String? {
        var inRole = [Bool](repeating: false, count: toks.count)
        for r in roles { for k in r.first...r.last { inRole[k] = true } }
        let venueBefore = ExtractionRun.venueBefore
        var score: [String: Double] = [:]
        var firstAt: [String: Int] = [:]
        var titled = Set<String>()
        var needsHome = false
        // a ministry title of one country written without its nisba (وزير الداخلية والبلديات) is how the outlet names its
        // own minister: a vote for that country, not a counterpart's country
        var byTitleVotes: [(iso: String, at: Int)] = []
        for r in roles where !r.plural {
            if let c = r.country {
                if r.byTitle, r.domestic, !r.counterpart, toks[r.first].isArabic { byTitleVotes.append((c, r.first)) } else { titled.insert(c) }
            } else if r.domestic && !r.counterpart && !r.bare { needsHome = true }
        }
        // a venue: "بتونس", "في تونس", "in Tunis", "العاصمة التونسية", "the Tunisian capital"
        func isVenue(_ m: CountryMention) -> Bool {
            let prev = m.first > 0 ? toks[m.first - 1].norm : ""
            if m.prefix.hasSuffixFast("ب") || prev.isOne(of: ["in", "at", "to", "capital"]) { return true }
            if m.first > 0, ctx.stems(m.first - 1).contains(where: { venueBefore.contains($0) }) { return true }
            return m.kind == .nisba && !toks[m.first].isArabic && m.last + 1 < toks.count && toks[m.last + 1].norm.same("capital")
        }
        // the venues of a council session ("… the 41st session …, which concluded in the Tunisian capital", "على هامش
        // أعمال الدورة … في تونس"): a dateline city that hosts the session is where the reporter was sent, not the
        // outlet's home. (A bilateral meeting at the dateline city is the outlet's own: "الرباط - … بالرباط".)
        func nearSession(_ m: CountryMention) -> Bool {
            let si = sentOf[m.first], r = sentences[si]
            let lo = max(r.lowerBound, m.first - 14), hi = min(r.upperBound, m.last + 15)
            return (lo..<hi).contains { ctx.anyClass[$0].contains(.sessionWord) || ctx.litClass[$0].contains(.enSession) }
        }
        let venue = countryMentions.map { $0.iso != nil && !inRole[$0.first] && isVenue($0) }
        var venues = Set<String>()
        for (mi, m) in countryMentions.enumerated() where venue[mi] && nearSession(m) { venues.insert(m.iso!) }
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
            score[iso, default: 0] += w
            if firstAt[iso] == nil { firstAt[iso] = m.first }
        }
        // counterparts: "وزير الداخلية X ونظيره الليبي" — the untitled official is not Libyan; "وزير الداخلية الليبي …
        // لنظيره التونسي" — the Libyan's counterpart is the outlet's own minister
        if needsHome {
            let sorted = roles.sorted { $0.first < $1.first }
            for (idx, r) in sorted.enumerated() where r.counterpart && !r.plural {
                guard let c = r.country, idx > 0 else { continue }
                let p = sorted[idx - 1]
                guard !p.counterpart, !p.plural, toks[p.last].line == toks[r.first].line, r.first - p.last <= 14 else { continue }
                if p.country == nil, p.domestic, !p.bare { score[c] = -1 }
                else if let pc = p.country, pc != c, (score[c] ?? 0) >= 0 { score[c, default: 0] += 1; if firstAt[c] == nil { firstAt[c] = r.first } }
            }
        }
        for v in byTitleVotes where (score[v.iso] ?? 0) >= 0 {
            score[v.iso, default: 0] += 1
            if firstAt[v.iso] == nil { firstAt[v.iso] = v.at }
        }
        // an outlet that names itself (توصلت به هسبريس، مصادر لعكاظ)
        if lang == "ar" {
            for k in toks.indices where ctx.anyClass[k].contains(.outlet) && toks[k].isArabic && toks[k].norm.utf8.count >= 8 {
                var iso = RoleLexicon.distinctOutlets[toks[k].norm]
                if iso == nil { for r in ctx.clitics(k) { if let x = RoleLexicon.distinctOutlets[r.stem] { iso = x; break } } }
                guard let c = iso, (score[c] ?? 0) >= 0 else { continue }
                score[c, default: 0] += 2
                if firstAt[c] == nil { firstAt[c] = k }
            }
        }
        let best = score.filter { $0.value > 0 }.sorted { a, b in
            a.value != b.value ? a.value > b.value : (firstAt[a.key] ?? 0) < (firstAt[b.key] ?? 0)
        }.first
        if let b = best { return b.key }
        // a domestic report (no dateline, a domestic title without a country) that names one country only, even as a
        // venue ("… قبل وصولها إلى الكويت"): that country
        if needsHome, lang == "ar" {
            var only: String? = nil
            for m in countryMentions { guard let iso = m.iso else { continue }; if only == nil { only = iso } else if only != iso { return nil } }
            return only
        }
        return nil
    }

    /// An honorific reached through a preposition (بالفريق، للشيخ): the start of an object, not a name in apposition.
    func prepositionalHonorific(_ q: Int) -> Bool {
        !ctx.litClass[q].contains(.honorific) && ctx.hasPrepositionalReading(q) { RoleLexicon.honorifics.contains($0) }
    }
}
