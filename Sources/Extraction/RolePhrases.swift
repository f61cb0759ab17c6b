// Role phrases: a head (وزير، رئيس، الأمين العام، نظيره، Minister …) and its complements (ministry, country
// nisba or name, organization, government), mapped to an English label, a country and an organization.
import ArabicText

struct RolePhrase: Sendable {
    var first: Int
    var last: Int
    var label: String
    var country: String?
    /// All countries of a coordinated counterpart phrase (نظيريه الليبي والتونسي).
    var countries: [String] = []
    var org: String?
    var counterpart: Bool
    var plural: Bool
    /// Domestic office (minister, president, prime minister …): the outlet's country applies when none is named.
    var domestic: Bool
    var acting: Bool
    /// The person this phrase describes, once attached.
    var person: Int? = nil
    /// Head words only (no ministry): bare "الوزير".
    var bare: Bool
    /// The country comes from a ministry title of one country (وزير الداخلية والبلديات), not from a nisba or a name.
    var byTitle: Bool = false
}

enum RolePhraseFinder {
    static let complementsNoArticle: WordSet = WordSet(RoleLexicon.complements.map { Clitics.withoutArticle($0) })
    static let amin = ArabicNormalizer.normalize("الأمين")
    static let aam: WordSet = ["العام", "العامه", "عام"]

    /// The clitic-free, article-free stem of a word, stripping proclitics only where they precede ال or a known word.
    static func bestStem(_ t: Token) -> String {
        guard t.isArabic else { return t.norm }
        let rs = Clitics.readings(t.norm)
        for r in rs.reversed() {
            let w = Clitics.withoutArticle(r.stem)
            if complementsNoArticle.contains(w) || CountryTitles.generic.contains(w) || RoleLexicon.heads[r.stem] != nil { return w }
        }
        if t.norm.hasPrefixFast("ال") { return Clitics.withoutArticle(t.norm) }
        for r in rs where r.stem.hasPrefixFast("ال") { return Clitics.withoutArticle(r.stem) }
        return t.norm
    }

    /// Stems for which `bestStem` stops at that reading: `withoutArticle(stem)` is a complement or a generic title
    /// word, or the stem is a head. Built from every candidate form so that one lookup replaces three.
    static let bestStemHits: WordSet = {
        let base = complementsNoArticle.words + CountryTitles.generic.words
        let candidates = RoleLexicon.heads.dict.keys.map { $0.s } + base + base.map { "ال" + $0 }
        return WordSet(candidates.filter { w in
            let b = Clitics.withoutArticle(w)
            return complementsNoArticle.contains(b) || CountryTitles.generic.contains(b) || RoleLexicon.heads[w] != nil
        })
    }()

    /// `bestStem` of a word from its clitic readings (`extra`: those after the literal one).
    static func bestStem(_ norm: String, isArabic: Bool, extra: [(prefix: String, stem: String)]) -> String {
        guard isArabic else { return norm }
        if extra.isEmpty { return Clitics.withoutArticle(norm) }
        for r in extra.reversed() where bestStemHits.contains(r.stem) { return Clitics.withoutArticle(r.stem) }
        if bestStemHits.contains(norm) || norm.hasPrefixFast("ال") { return Clitics.withoutArticle(norm) }
        for r in extra where r.stem.hasPrefixFast("ال") { return Clitics.withoutArticle(r.stem) }
        return norm
    }

    /// True when some reading of word j (as `ctx.stems(j)`), without its article, is a complement.
    static func complementReading(_ ctx: DocContext, _ j: Int) -> Bool {
        if ctx.litClass[j].contains(.bareComplement) { return true }
        return ctx.roleBits(j).contains(.complementReading)
    }

    /// True when the phrase's first word carries a preposition (بوزير، لنظيره): an object, not an apposition.
    /// (`ctx.hasPrepositionalReading(i)` on a head or counterpart stem, kept per word)
    static func prepositional(_ ctx: DocContext, _ i: Int) -> Bool {
        ctx.tokens[i].kind == .word && ctx.roleBits(i).contains(.prepositional)
    }

    static func headLabel(_ ctx: DocContext, _ i: Int) -> RoleWordFacts.Head? {
        guard !ctx.anyClass[i].isDisjoint(with: LexClass.roleStart) else { return nil }
        let toks = ctx.tokens
        guard toks[i].kind == .word, let h = ctx.roleFacts(i).head else { return nil }
        // (the heads labelled secretary-general and crown prince that need their second word)
        switch h.needs {
        case .none: break
        case .aam: guard i + 1 < toks.count, aam.contains(toks[i + 1].norm) else { return nil }
        case .ahd: guard i + 1 < toks.count, toks[i + 1].norm.same("العهد") else { return nil }
        }
        return h
    }

    /// The word-only part of `headLabel`: the first reading of the word (the literal one, then its clitic readings)
    /// that is a counterpart, a plural head or a head, and the next word that head needs (الأمين العام، ولي العهد).
    static func head(_ norm: String, isArabic: Bool, extra: [(prefix: String, stem: String)], lit: LexClass, any: LexClass) -> RoleWordFacts.Head? {
        guard !any.isDisjoint(with: LexClass.roleStart) else { return nil }
        let extra = isArabic ? extra : []
        for k in 0...extra.count {
            if k == 0 && lit.isDisjoint(with: LexClass.roleStart) { continue }
            let s = k == 0 ? norm : extra[k - 1].stem
            if k == 0 ? lit.contains(.counterpart) : RoleLexicon.counterparts.contains(s) {
                return .init(label: "counterpart", counterpart: true, plural: RoleLexicon.pluralCounterparts.contains(s), needs: .none)
            }
            if k == 0 ? lit.contains(.pluralHead) : RoleLexicon.pluralHeads.contains(s) { return .init(label: "", counterpart: false, plural: true, needs: .none) }
            if let l = RoleLexicon.heads[s] {
                var needs = RoleWordFacts.Needs.none
                if l == "secretary-general", s.same(amin) || s.same("امين") || s.same("الامينه") { needs = .aam }
                if l == "crown prince", s.same("ولي") { needs = .ahd }
                return .init(label: l, counterpart: false, plural: false, needs: needs)
            }
        }
        return nil
    }

    static func find(_ ctx: DocContext) -> [RolePhrase] {
        let toks = ctx.tokens
        let n = toks.count
        var out: [RolePhrase] = []
        var i = 0
        // a phrase starts only at an Arabic head, counterpart or plural head, or an English head (`headLabel`,
        // `english`): other tokens are skipped on their class alone
        let anyClass = ctx.anyClass
        let starts: LexClass = [.head, .counterpart, .pluralHead, .enHead]
        while i < n {
            guard !anyClass[i].isDisjoint(with: starts), toks[i].kind == .word, !ctx.blocked[i] else { i += 1; continue }
            if !toks[i].isArabic { if ctx.litClass[i].contains(.enHead), let p = english(ctx, i) { out.append(p); i = p.last + 1 } else { i += 1 }; continue }
            guard let h = headLabel(ctx, i) else { i += 1; continue }
            var heads = [h]
            var stems = PhraseStems(ctx.roleFacts(i).best)
            let headDefinite = toks[i].norm.hasPrefixFast("ال")
            var country: String? = nil, org: String? = nil
            var j = i + 1
            var last = i
            var acting = false
            var sawLadaa = false
            var countries: [String] = []
            while j < n {
                if toks[j].kind != .word || toks[j].line != toks[i].line { break }
                if let cm = ctx.country(at: j) {
                    // "نظيريه الموريتاني والإماراتي بتونس": ب + a country after the counterparts' nisbas is the venue
                    if h.counterpart, country != nil, toks[j].isArabic, cm.prefix.hasSuffixFast("ب"), cm.kind == .name || cm.kind == .capital { break }
                    // a given name that is also a country (رئيسة الوزراء الإيطالية جورجيا …) is not the role's
                    if country != nil, !h.counterpart, NameFinder.countryWordInName(ctx, j, count: 0) { break }
                    // an organization's ambassador posted in a country (سفيرة الاتحاد الأوروبي بتونس): the posting, not a nationality
                    let posting = h.kind == .ambassador && org != nil && cm.prefix.hasSuffixFast("ب")
                    if h.counterpart || !sawLadaa && !posting { if country == nil, let iso = cm.iso { country = iso } }
                    if h.counterpart || h.plural, let iso = cm.iso, !countries.contains(iso) { countries.append(iso) }
                    last = cm.last; j = cm.last + 1; continue
                }
                if let o = ctx.org(at: j) { if org == nil { org = o.id }; last = o.last; j = o.last + 1; continue }
                if h.counterpart {
                    // counterpart phrases take only a nisba (handled above) — stop here
                    break
                }
                // (both stopwords; the words tested by their word bits)
                if ctx.litClass[j].contains(.stop), case let jb = ctx.roleBits(j), !jb.isDisjoint(with: [.fi, .ladaa]) {
                    let ladaa = jb.contains(.ladaa)
                    if ladaa { sawLadaa = true }
                    if ladaa, j + 1 < n, ctx.country(at: j + 1) == nil, toks[j + 1].norm.isOne(of: ["البلاد", "الدوله", "المملكه", "السلطنه", "الجمهوريه"]) {
                        last = j + 1; j += 2; continue
                    }
                    if j + 1 < n, ctx.country(at: j + 1) != nil || ctx.org(at: j + 1) != nil { j += 1; continue }
                    if j + 1 < n, ctx.litClass[j + 1].contains(.bareComplement) { j += 1; continue }
                    break
                }
                // a descriptor's adjectives before its nisba: "المسؤول الحكومي المغربي"، "المسؤولة الأمنية الأردنية"
                if h.kind == .official, last == j - 1, j - i <= 2, toks[j].isArabic, toks[j].norm.hasPrefixFast("ال"),
                   toks[j].norm.hasSuffixFast("ي") || toks[j].norm.hasSuffixFast("يه"), ctx.litClass[j].isDisjoint(with: [.stop, .head, .honorific, .pluralHead, .counterpart]) {
                    stems.add(ctx.roleFacts(j).literal); last = j; j += 1; continue
                }
                // "المتحدث الرسمي باسم رئاسة الجمهورية / الوزارة"
                if h.kind == .spokesperson, toks[j].norm.isOne(of: ["الرسمي", "الرسميه", "باسم"]) || (stems.last.contains(.inTheNameOf) && toks[j].norm.isOne(of: ["رئاسه", "الرئاسه", "وزاره", "الوزاره"])) {
                    stems.add(ctx.roleFacts(j).literal); last = j; j += 1; continue
                }
                if let hh = headLabel(ctx, j) {
                    if hh.plural || hh.counterpart {
                        if !toks[j].norm.same("الوزراء") { break }
                    } else {
                        heads.append(hh); stems.add(ctx.roleFacts(j).best); last = j; j += 1; continue
                    }
                }
                if ctx.anyClass[j].contains(.complement), complementReading(ctx, j) {
                    let s0 = ctx.roleFacts(j).best
                    if s0.bits.contains(.charged) { acting = true }
                    stems.add(s0); last = j; j += 1; continue
                }
                // a minister's portfolio right after the head, whatever it is (وزير الإسكان، وزيرة الصحة)
                // … and a feminine adjective of the portfolio (الشؤون البلدية، الصحة العامة)
                // … or a masculine one followed by the nisba or another portfolio (التعليم العالي الأردني، … العالي والبحث العلمي)
                if heads.count == 1, h.kind == .minister, !headDefinite,
                   last == i || (last == j - 1 && (toks[j].norm.hasSuffixFast("يه") || (toks[j].norm.hasSuffixFast("ي") && j + 1 < n && toks[j + 1].line == toks[j].line
                        && (ctx.country(at: j + 1) != nil || toks[j + 1].norm.hasPrefixFast("وال"))))), toks[j].isArabic, toks[j].norm.hasPrefixFast("ال"), ctx.org(at: j) == nil,
                   ctx.anyClass[j].isDisjoint(with: [.stop, .head, .pluralHead, .counterpart, .honorific, .protagonistRef]) {
                    stems.add(ctx.roleFacts(j).best); last = j; j += 1; continue
                }
                // another portfolio coordinated with و (والتنمية المحلية، وحقوق الإنسان), and its adjective
                if !h.plural, ctx.roleBits(j).contains(.waDefinite),
                   ctx.anyClass[j].isDisjoint(with: [.stop, .head, .pluralHead, .counterpart, .honorific, .protagonistRef]) {
                    stems.add(ctx.roleFacts(j).best); last = j; j += 1
                    if j < n, toks[j].isArabic, toks[j].line == toks[i].line, toks[j].norm.hasPrefixFast("ال"), ctx.country(at: j) == nil,
                       ctx.litClass[j].isDisjoint(with: [.stop, .head, .pluralHead, .counterpart, .honorific]) {
                        stems.add(ctx.roleFacts(j).best); last = j; j += 1
                    }
                    continue
                }
                // the rest of a long ministry title (… والتعاون الإفريقي والمغاربة المقيمين بالخارج، السيد X): definite words
                // up to the comma or honorific before the name
                if stems.count >= 2, !h.counterpart, let end = definiteRun(ctx, from: j, line: toks[i].line) {
                    for q in j...end { stems.add(ctx.roleFacts(q).best) }
                    last = end; j = end + 1; continue
                }
                break
            }
            if h.plural && !h.counterpart {
                let lbl = makeLabel(heads: [heads[0].labelIndex == 0 ? RoleWordFacts.Head.minister : heads[0]], stems: stems.all, org: nil, acting: false)
                out.append(RolePhrase(first: i, last: last, label: lbl, country: nil, countries: countries, org: nil, counterpart: false, plural: true,
                                      domestic: false, acting: false, bare: last == i))
                i = last + 1; continue
            }
            // a bare descriptor (المسؤول، المسؤول الأمني) without a country is no role
            if h.kind == .official, country == nil { i += 1; continue }
            let label = makeLabel(heads: heads, stems: stems.all, org: org, acting: acting)
            // a national security chief (قائد شرطة …، مدير الأمن العام، مساعد المدير) is a domestic official like a minister
            // a bare secretary-general (الأمين العام X) is an organization's, unless the title names a ministry or government
            // (`h` is `heads[0]`: its kind stands for its label)
            let orgSecretary = h.kind == .secretaryGeneral && org == nil && !stems.all.contains(.ministryOrGovernment)
            let chief = h.kind == .director || h.kind == .commander || h.kind == .assistant
            let nationalBody = heads.count == 1 && chief && org == nil && stems.count >= 2
            let domestic = (org == nil || h.kind == .minister || h.kind == .deputy) && !h.counterpart && !orgSecretary && (nationalBody || !(heads.count == 1 && (h.kind == .representative || chief))) && !(heads.count == 1 && h.kind == .spokesperson && stems.count < 3)
            var byTitle = false
            if country == nil { country = CountryTitles.match(titleStems: stems.titles); byTitle = country != nil }
            let ownOrg = h.kind == .minister || h.kind == .deputy ? nil : org
            out.append(RolePhrase(first: i, last: last, label: label.isEmpty ? "official" : label, country: country, countries: countries, org: ownOrg,
                                  counterpart: h.counterpart, plural: h.plural, domestic: domestic, acting: acting,
                                  bare: last == i, byTitle: byTitle))
            i = last + 1
        }
        // English possessive names ("Morocco's Omar Bensaid") and heads of a national delegation, read from the country
        // mentions (a few per article: no test on every token), in text order (a dictionary's order changes from run
        // to run, and two phrases read from neighbouring mentions may start at the same token)
        // (only mentions of Latin words can start one: the others are never sorted; a mention is keyed by its first token)
        var latin: [Int] = []
        for (key, m) in ctx.countryAt where !toks[m.first].isArabic && m.last + 1 < n { latin.append(key) }
        var extra: [RolePhrase] = []
        for key in latin.isEmpty ? [] : latin.sorted() {
            let m = ctx.countryAt[key]!
            let a = m.last + 1
            if a + 1 < n, toks[a + 1].end - toks[a + 1].start == 1, let p = englishPossessive(ctx, a + 1) { extra.append(p) }
            else if toks[a].end - toks[a].start == 10, let p = englishDelegationHead(ctx, a) { extra.append(p) }
        }
        if !extra.isEmpty {
            for p in extra where !out.contains(where: { $0.first <= p.last && p.first <= $0.last }) { out.append(p) }
            out.sort { $0.first < $1.first }
        }
        return out
    }

    /// A run of up to six definite words (ال, وال, بال, لل) from j that ends right before a comma or an honorific.
    static func definiteRun(_ ctx: DocContext, from j: Int, line: Int) -> Int? {
        let toks = ctx.tokens
        var q = j
        while q < toks.count, q - j < 6 {
            // (fields read in place: no Token copy; a comma by its word bit)
            if toks[q].kind != .word {
                if q > j, NameFinder.isComma(ctx, q) { return q - 1 }
                return nil
            }
            if !toks[q].isArabic || toks[q].line != line || ctx.countryCovered[q] || ctx.blocked[q] { return nil }
            if !ctx.litClass[q].isDisjoint(with: [.stop, .head, .pluralHead, .counterpart, .honorific, .protagonistRef]) {
                return q > j && NameFinder.isHonorific(ctx, q) ? q - 1 : nil
            }
            if !ctx.roleBits(q).contains(.definite) { return nil }
            q += 1
        }
        return nil
    }

    /// `ss`: the words among the phrase's stems.
    static func makeLabel(heads: [RoleWordFacts.Head], stems ss: StemBits, org: String?, acting: Bool) -> String {
        if heads.count == 1 && heads[0].kind == .counterpart { return "counterpart" }
        /// The label of head `h`, after the labels `parts` of the heads before it.
        func part(_ h: RoleWordFacts.Head, after parts: [String]) -> String {
            switch h.kind {
            case .minister:
                if ss.contains(.dawla) && ss.contains(.shuun) { return "minister of state" }
                else if ss.contains(.interior) && !parts.contains("interior minister") { return "interior minister" }
                else if ss.contains(.foreign) && !parts.contains("foreign minister") { return "foreign minister" }
                else if ss.contains(.justice) { return "justice minister" }
                else if ss.contains(.defence) { return "defence minister" }
                else { return "minister" }
            case .president:
                if ss.contains(.ministers) || ss.contains(.government) {
                    return ss.contains(.government) ? "head of government" : "prime minister"
                } else if let o = org, let e = OrganizationLexicon.entry(o) { return "president of \(e.en)" }
                else { return "president" }
            case .deputy:
                return ss.contains(.ministers) ? (ss.contains(.first) ? "first deputy prime minister" : "deputy prime minister") : "deputy"
            case .secretaryGeneral:
                if let o = org, let e = OrganizationLexicon.entry(o) { return "secretary-general of \(e.en)" }
                else { return "secretary-general" }
            default: return h.label
            }
        }
        // one head (most phrases): its label alone
        if heads.count == 1 {
            let p = part(heads[0], after: [])
            return acting ? p + " (acting)" : p
        }
        var parts: [String] = []
        for h in heads { parts.append(part(h, after: parts)) }
        // "نائب رئيس مجلس الوزراء": deputy + president collapse
        var out: [String] = []
        for p in parts where !(p.same("prime minister") && out.last?.hasSuffixFast("deputy prime minister") == true) && !out.contains(where: { $0.same(p) }) { out.append(p) }
        var s = out[0]
        for p in out.dropFirst() { s += " and "; s += p }
        if acting { s += " (acting)" }
        return s
    }

    // MARK: English roles: "Interior Minister", "Minister of Interior (and Municipalities) (of Jordan)",
    // "Secretary-General of …", "counterpart", "President of INTERPOL", "Libya's interior minister".
    static let enHeads: WordMap<String> = ["minister": "minister", "president": "president", "secretary": "secretary-general",
                                            "counterpart": "counterpart", "counterparts": "counterpart", "ambassador": "ambassador",
                                            "premier": "prime minister", "chairman": "president", "king": "king", "emir": "emir",
                                            "deputy": "deputy", "ministers": "minister", "inspector": "inspector general", "speaker": "speaker", "amir": "emir", "crown": "crown prince", "director": "director", "envoy": "envoy", "representative": "representative"]
    static let enComplements: WordSet = ["of", "interior", "foreign", "affairs", "justice", "defence", "defense", "and",
                                             "municipalities", "local", "authorities", "urban", "planning", "state", "prime",
                                             "first", "deputy", "minister", "-", "honorary", "the", "council",
                                             "for", "home", "internal", "administration", "expatriates", "decentralisation",
                                             "decentralization", "acting", "external", "relations", "international",
                                             "cooperation", "republic", "kingdom", "sultanate", "state", "emirate", "african",
                                             "immigration", "emigrants", "abroad", "expatriate", "political", "consular",
                                             "economic", "legal", "multilateral", "public", "security"]

    /// A word that reads as a ministry's portfolio, not a name, by its ending ("Prevention", "Planning",
    /// "Development", "Authorities", "Agriculture", "Tourism", "Finance").
    static func portfolioNoun(_ w: String) -> Bool {
        if enComplements.contains(w) { return true }
        if w.isOne(of: ["research", "education", "health", "labour", "labor", "trade", "industry", "transport", "water", "economy",
                        "youth", "sports", "media", "oil", "petroleum", "commerce", "finance", "housing", "culture", "tourism", "awqaf", "policy", "policies"]) { return true }
        for suf in ["tion", "tions", "sion", "sions", "ment", "ments", "ities", "ity", "ies", "ence", "ance", "ture", "ism", "ics", "logy", "ergy", "ffairs", "ealth"] where w.hasSuffixFast(suf) { return true }
        return w.utf8.count >= 6 && w.hasSuffixFast("ing")
    }

    /// `portfolioNoun`, `bodyNoun` and `enComplements` of token k (kept per word; Arabic words are none of them).
    /// (Punctuation and numbers are not Arabic: their bits are computed the same way, so one load answers for any token.)
    static func portfolio(_ ctx: DocContext, _ k: Int) -> Bool {
        ctx.roleBits(k).contains(.enPortfolio)
    }
    static func body(_ ctx: DocContext, _ k: Int) -> Bool {
        ctx.roleBits(k).contains(.enBody)
    }
    static func enComplement(_ ctx: DocContext, _ k: Int) -> Bool {
        ctx.roleBits(k).contains(.enComplement)
    }

    /// The last word of a national body's name (Directorate, Bureau, Authority …).
    static func bodyNoun(_ w: String) -> Bool {
        w.isOne(of: ["directorate", "department", "agency", "authority", "service", "police", "force", "forces", "guard", "office",
                     "administration", "commission", "bureau", "center", "centre", "command", "unit"])
    }

    /// A list of country names from j ("Jordan, Iraq and Egypt", "Oman"): their codes and the last token.
    static func countryList(_ ctx: DocContext, from j: Int) -> (isos: [String], last: Int)? {
        let toks = ctx.tokens
        var q = j, isos: [String] = [], last = -1
        while q < toks.count, let cm = ctx.country(at: q), cm.first == q, let iso = cm.iso {
            isos.append(iso); last = cm.last; q = cm.last + 1
            if q + 1 < toks.count, toks[q].norm.isOne(of: [",", "and"]) {
                if toks[q].norm.same(","), q + 2 < toks.count, toks[q + 1].norm.same("and") { q += 2 } else { q += 1 }
                continue
            }
            break
        }
        return isos.isEmpty ? nil : (isos, last)
    }

    /// The head of a national delegation: "head of the Iraqi delegation", "who heads / led the Iraqi delegation", "Iraqi
    /// delegation head X". `i` is the word "delegation".
    static func englishDelegationHead(_ ctx: DocContext, _ i: Int) -> RolePhrase? {
        let toks = ctx.tokens
        guard toks[i].norm.same("delegation"), i >= 1, let cm = ctx.countryByLast[i - 1], let iso = cm.iso else { return nil }
        // "Iraqi delegation head / chief X"
        if i + 1 < toks.count, toks[i + 1].norm.isOne(of: ["head", "chief", "leader"]) {
            return RolePhrase(first: cm.first, last: i + 1, label: "head of delegation", country: iso, countries: [], org: nil, counterpart: false,
                              plural: false, domestic: false, acting: false, bare: false)
        }
        var b = cm.first - 1
        if b >= 0, toks[b].norm.isOne(of: ["the", "his", "her", "its"]) { b -= 1 }
        guard b >= 0 else { return nil }
        var first = b
        if toks[b].norm.same("of"), b >= 1, toks[b - 1].norm.isOne(of: ["head", "chief", "chairman", "leader"]) {
            first = b - 1
            if first >= 1, toks[first - 1].norm.same("the") { first -= 1 }
        } else if toks[b].norm.isOne(of: ["heads", "headed", "leads", "led", "chairs", "chaired"]), b >= 1, toks[b - 1].norm.same("who") {
            // only in a relative clause after the name ("X, who heads the Iraqi delegation,"): a main clause ("X, …, headed the
            // UAE delegation to …") is the subject's doing, described elsewhere
            first = b - 1
        } else { return nil }
        return RolePhrase(first: first, last: i, label: "head of delegation", country: iso, countries: [], org: nil, counterpart: false,
                          plural: false, domestic: false, acting: false, bare: false)
    }

    /// Institution words that end a capitalized run which is not a person ("Egypt's Suez Canal Authority").
    static let institutionNouns: WordSet = ["fund", "bank", "company", "corporation", "university", "council", "ministry", "league",
                                            "army", "party", "movement", "group", "airlines", "airways", "network", "court", "parliament",
                                            "assembly", "cabinet", "government", "airport", "port", "embassy", "club", "foundation",
                                            "organisation", "organization", "union", "front", "brigade", "brigades", "media", "tv", "channel"]

    /// A possessive country before a name ("Morocco's Omar Bensaid", "Lebanon's Youssef Rajji"): a role phrase with that
    /// country and no office, so that the name after it is read and takes the country. `i` is the "s" of "'s"; a title
    /// after it ("Lebanon's interior minister X", "Jordan's King Abdullah") is the head's own phrase.
    static func englishPossessive(_ ctx: DocContext, _ i: Int) -> RolePhrase? {
        let toks = ctx.tokens
        guard toks[i].norm.same("s"), !toks[i].isArabic, i >= 2, i + 2 < toks.count, toks[i - 1].norm.isOne(of: ["'", "\u{2019}"]),
              toks[i - 1].start == toks[i - 2].end, let cm = ctx.countryByLast[i - 2], let iso = cm.iso, cm.kind == .name || cm.kind == .official else { return nil }
        var j = i + 1
        while j < toks.count, j - i <= 6, toks[j].kind == .word, !toks[j].isArabic, ctx.isUpper(j), ctx.litClass[j].contains(.enHonorific) { j += 1 }
        guard j < toks.count, toks[j].kind == .word, !toks[j].isArabic, ctx.isUpper(j), toks[j].line == toks[i].line,
              ctx.litClass[j].isDisjoint(with: [.enHead, .enStop]), !ctx.blocked[j],
              let l = NameFinder.readEnglishName(ctx, from: j) else { return nil }
        var parts = 0
        for q in j...l where toks[q].kind == .word && ctx.isUpper(q) && !ctx.litClass[q].contains(.enConnector) {
            if ctx.litClass[q].contains(.enHead) || ctx.roleBits(q).contains(.enInstitution) || body(ctx, q) { return nil }
            parts += 1
        }
        guard parts >= 2, !portfolio(ctx, l) else { return nil }
        // a title right after the name belongs to it ("Morocco's Omar Bensaid, the interior minister"), not to this phrase
        if l + 1 < toks.count, ctx.litClass[l + 1].contains(.enHead) { return nil }
        return RolePhrase(first: cm.first, last: i, label: "official", country: iso, countries: [], org: nil, counterpart: false, plural: false,
                          domestic: false, acting: false, bare: false)
    }

    static func english(_ ctx: DocContext, _ i: Int) -> RolePhrase? {
        let toks = ctx.tokens
        // (the head's label kept per word)
        let eh = ctx.roleFacts(i).enHead
        guard eh != RoleWordFacts.noEnHead else { return nil }
        var h = RoleWordFacts.Head.labels[Int(eh)]
        // plural "ministers" is a role only with the countries it names ("the interior ministers of Jordan and Iraq")
        if toks[i].norm.same("ministers") {
            guard i + 2 < toks.count, toks[i + 1].norm.same("of"), let list = countryList(ctx, from: i + 2), list.isos.count >= 1 else { return nil }
            var first = i, words = ["minister"]
            var b = i - 1
            while b >= 0, toks[b].norm.isOne(of: ["interior", "foreign", "justice", "defence", "defense"]) { words.insert(toks[b].norm, at: 0); first = b; b -= 1 }
            let ws = FewWords(words)
            let label = ws.contains("interior") ? "interior minister" : ws.contains("foreign") ? "foreign minister" : ws.contains("justice") ? "justice minister" : "minister"
            return RolePhrase(first: first, last: list.last, label: label, country: list.isos.count == 1 ? list.isos[0] : nil, countries: list.isos, org: nil,
                              counterpart: true, plural: list.isos.count > 1, domestic: false, acting: false, bare: false)
        }
        // "Secretary of State"
        if h == "secretary-general", i + 2 < toks.count, toks[i + 1].norm.same("of"), toks[i + 2].norm.same("state") { h = "secretary of state" }
        if h == "crown prince" {
            // "Crown Prince", "Saudi Crown Prince", "Kuwait's Crown Prince"
            guard i + 1 < toks.count, toks[i + 1].norm.same("prince") else { return nil }
        }
        if h == "deputy" || h == "secretary-general" || h == "inspector general" {
            // need a following head word
            var k = i + 1
            while k < toks.count, toks[k].norm.same("-") || toks[k].norm.same("general") || toks[k].norm.same("prime") || toks[k].norm.same("first") { k += 1 }
            // "Secretary-General", "Secretary General"
            if h == "secretary-general" && !(i + 2 < toks.count && toks[i + 2].norm.same("general")) && !(i + 1 < toks.count && toks[i + 1].norm.same("general")) { return nil }
        }
        // (the head's label is final here: tested once)
        let hMinister = h == "minister", hDeputy = h == "deputy", hDirector = h == "director", hCounterpart = h == "counterpart"
        let hEnvoy = h == "envoy" || h == "representative"
        let hSecretaryGeneral = h == "secretary-general", hInspector = h == "inspector general", hPresident = h == "president"
        let hSecretaryOfState = h == "secretary of state"
        var first = i
        var country: String? = nil
        // the phrase's words, as token indices (their text read at the end)
        var words: [Int] = [i]
        // preceding modifiers: "Interior Minister", "Libya's interior minister", "his Iraqi counterpart"
        var b = i - 1
        // … and tenure modifiers: "Lebanon's caretaker Prime Minister", "Egypt's outgoing Foreign Minister", "Libya's Tripoli-based …"
        while b >= 0 {
            let w = toks[b].norm
            // (the word lists are tested per word: `RoleWordFacts.WordBits.enModifier` …)
            let wb = ctx.roleBits(b)
            if wb.contains(.enModifier) || (hDirector && wb.contains(.enDirectorModifier)) || (hEnvoy && wb.contains(.enEnvoyModifier)) {
                words.insert(b, at: 0); first = b; b -= 1; continue
            }
            if wb.contains(.enTenure) {
                first = b; b -= 1; continue
            }
            // a compound portfolio before the head: "Interior and Municipalities Minister", "Foreign Affairs and Expatriates
            // Minister", "Health Minister" (capitalized portfolio words, joined by "and" / ",")
            if hMinister, toks[b].kind == .word, !toks[b].isArabic, ctx.isUpper(b), ctx.country(at: b) == nil, Self.portfolio(ctx, b) {
                words.insert(b, at: 0); first = b; b -= 1; continue
            }
            if hMinister, w.same("and") || w.same(","), b > 0, b < i - 1, toks[b - 1].kind == .word, !toks[b - 1].isArabic, ctx.isUpper(b - 1),
               ctx.country(at: b - 1) == nil, Self.portfolio(ctx, b - 1) {
                first = b; b -= 1; continue
            }
            if w.same("based"), b >= 2, toks[b - 1].norm.same("-") {
                b -= 2
                if b >= 0, let cm = ctx.countryByLast[b] { b = cm.first - 1 } else if b >= 0, toks[b].kind == .word { b -= 1 }
                first = b + 1; continue
            }
            break
        }
        if b >= 0, toks[b].norm.isOne(of: ["'", "\u{2019}"]) { b -= 1 }
        if b >= 0, let cm = ctx.countryByLast[b], let iso = cm.iso { country = iso; first = cm.first }
        else if b >= 2, toks[b].norm.same("s"), toks[b - 1].norm.same("'") || toks[b - 1].norm.same("\u{2019}"),
                let cm = ctx.countryByLast[b - 2], let iso = cm.iso { country = iso; first = cm.first }
        // an apposition after a name: "X, the Saudi interior minister," / "X, the interior minister of Y," (the article joins
        // the title, so that the comma before it links it to X)
        if first > 1, toks[first - 1].norm.same("the"), toks[first - 2].norm.same(",") { first -= 1 }
        // "his Iraqi and Kuwaiti counterparts", "Iraqi, Libyan counterparts"
        var countries: [String] = []
        if hCounterpart, let c = country {
            countries = [c]
            var q = first - 1
            while q >= 1, toks[q].norm.isOne(of: [",", "and"]), let cm = ctx.countryByLast[q - 1], let iso = cm.iso {
                countries.insert(iso, at: 0); first = cm.first; q = cm.first - 1
            }
        }
        var j = i + 1
        var last = i
        var org: String? = nil
        if hSecretaryGeneral || hInspector || hDirector {
            while j < toks.count, toks[j].norm.isOne(of: ["-", "general"]) { last = j; j += 1 }
        }
        if h == "crown prince" { last = i + 1; j = i + 2 }
        if hSecretaryOfState { last = i + 2; j = i + 3 }
        // an organization just before the title: "Arab League Secretary-General", "OIC Secretary-General"
        if org == nil, first > 0 {
            // the longest such name (the dictionary's order changes from run to run)
            // (the smallest key among the names ending there, found without building a filtered dictionary)
            var best = -1
            for (f, o) in ctx.orgAt where o.last == first - 1 && (best < 0 || f < best) { best = f }
            if best >= 0 { org = ctx.orgAt[best]!.id; first = best }
        }
        while j < toks.count {
            if let o = ctx.org(at: j) { if org == nil { org = o.id }; last = o.last; j = o.last + 1; continue }
            if toks[j].norm.same("to"), j + 1 < toks.count, let cm = ctx.country(at: j + 1) { last = cm.last; j = cm.last + 1; continue }
            if let cm = ctx.country(at: j), j > 0, toks[j - 1].norm.same("of") || (j > 1 && toks[j - 1].norm.same("the") && toks[j - 2].norm.same("of")) { if country == nil { country = cm.iso }; last = cm.last; j = cm.last + 1; continue }
            if toks[j].line != toks[i].line { break }
            if ctx.litClass[j].contains(.enHead), toks[j - 1].norm.isOne(of: ["and", "honorary", "deputy", "first"]) { words.append(j); last = j; j += 1; continue }
            // "Director of the Federal Bureau of Investigation X", "Director of Public Security X"
            if hDirector, toks[j].kind == .word, !toks[j].isArabic, ctx.isUpper(j), ctx.country(at: j) == nil, j > i,
               toks[j - 1].norm.same("of") || (j > i + 1 && toks[j - 1].norm.same("the") && toks[j - 2].norm.same("of")) {
                var e = j, end = -1
                while e < toks.count, e - j < 8, toks[e].line == toks[j].line {
                    if toks[e].kind == .word, ctx.isUpper(e) {
                        if Self.body(ctx, e) { end = e }
                        else if e > j, toks[e - 1].norm.isOne(of: ["of", "for", "and"]), Self.portfolio(ctx, e) { end = e }
                        else if e == j, e + 1 < toks.count, ctx.isUpper(e + 1), Self.portfolio(ctx, e + 1) { end = e + 1 }
                        else if e == j, Self.portfolio(ctx, e) { end = e }
                        e += 1
                    } else if toks[e].norm.isOne(of: ["of", "for", "and"]), e + 1 < toks.count, ctx.isUpper(e + 1) { e += 1 }
                    else { break }
                }
                if end >= j { for q in j...end { words.append(q) }; last = end; j = end + 1; continue }
            }
            // the body a director heads: "Director General of the Jordanian Public Security Directorate"
            if hDirector || hPresident || hInspector, toks[j].kind == .word, !toks[j].isArabic, ctx.isUpper(j), j > i + 1, country != nil, ctx.country(at: j) == nil {
                var e = j
                while e < toks.count, e - j < 5, toks[e].line == toks[j].line, toks[e].kind == .word, ctx.isUpper(e) { e += 1 }
                if e > j, Self.body(ctx, e - 1) {
                    for q in j..<e { words.append(q) }
                    last = e - 1; j = e; continue
                }
            }
            // an envoy's remit: "Special Envoy for Yemen", "High Representative for Foreign Affairs and Security Policy"
            if hEnvoy, toks[j].norm.isOne(of: ["for", "to", "on"]), j + 1 < toks.count {
                if let cm = ctx.country(at: j + 1) { last = cm.last; j = cm.last + 1; continue }
                if ctx.isUpper(j + 1) {
                    var e = j + 1
                    while e < toks.count, e - j < 8, toks[e].line == toks[j].line, ctx.isUpper(e) && Self.portfolio(ctx, e) || toks[e].norm.isOne(of: ["and", ","]) && e + 1 < toks.count && ctx.isUpper(e + 1) && Self.portfolio(ctx, e + 1) || e + 1 < toks.count && ctx.isUpper(e) && ctx.isUpper(e + 1) && Self.portfolio(ctx, e + 1) { e += 1 }
                    if e > j + 1 { last = e - 1; j = e; continue }
                }
            }
            // a nisba inside the portfolio: "… International Cooperation and Moroccan Expatriates X"
            if hMinister || hDeputy, let cm = ctx.country(at: j), !toks[j].isArabic, j > i + 1, toks[j - 1].norm.isOne(of: ["and", ","]),
               cm.last + 1 < toks.count, ctx.isUpper(cm.last + 1), Self.portfolio(ctx, cm.last + 1) {
                if country == nil { country = cm.iso }
                words.append(cm.last + 1); last = cm.last + 1; j = cm.last + 2; continue
            }
            // a portfolio spelled out: "Minister of Health and Prevention", "of Interior, Local Authorities and Regional Planning"
            if (hMinister || hDeputy), toks[j].kind == .word, !toks[j].isArabic, ctx.isUpper(j), j > i + 1, ctx.country(at: j) == nil {
                let p = toks[j - 1].norm
                if p.same("of") || p.same("for") || ((p.same("and") || p.same(",")) && (Self.portfolio(ctx, j) || (j + 1 < toks.count && ctx.isUpper(j + 1) && Self.portfolio(ctx, j + 1)))) {
                    words.append(j); last = j; j += 1
                    // "Higher Education", "Housing Affairs", "Scientific Research"
                    while j < toks.count, toks[j].line == toks[i].line, toks[j].kind == .word, ctx.isUpper(j), Self.portfolio(ctx, j) { words.append(j); last = j; j += 1 }
                    continue
                }
            }
            if enComplement(ctx, j) || (toks[j].norm.same(",") && j + 1 < toks.count && (toks[j + 1].norm.isOne(of: ["local", "minister"]) || (ctx.isUpper(j + 1) && (Self.portfolio(ctx, j + 1) || (j + 2 < toks.count && ctx.isUpper(j + 2) && Self.portfolio(ctx, j + 2)))))) {
                words.append(j); j += 1
                if !toks[j - 1].norm.isOne(of: ["of", "and", "the", "-", ",", "for"]) { last = j - 1 }
                continue
            }
            break
        }
        // "his counterparts from Jordan, Iraq and Egypt", "his counterpart from Oman"
        if hCounterpart, country == nil, countries.isEmpty, j + 1 < toks.count, toks[j].norm.same("from"), let list = countryList(ctx, from: j + 1) {
            countries = list.isos; last = list.last
            if list.isos.count == 1 { country = list.isos[0] }
        }
        let ws = FewWords(words.map { toks[$0].norm })
        var label: String
        switch h {
        case "counterpart": label = "counterpart"
        case "minister", "deputy":
            if ws.contains("prime") { label = ws.contains("deputy") ? (ws.contains("first") ? "first deputy prime minister" : "deputy prime minister") : "prime minister"
                if ws.contains("interior") { label += " and interior minister" }
                else if ws.contains("foreign") { label += " and foreign minister" } }
            else if ws.contains("interior") || ws.contains("home") { label = "interior minister" }
            else if ws.contains("foreign") { label = "foreign minister" }
            else if ws.contains("justice") { label = "justice minister" }
            else { label = "minister" }
        case "secretary-general":
            label = org.flatMap { OrganizationLexicon.entry($0)?.en }.map { "secretary-general of \($0)" } ?? "secretary-general"
        case "president":
            label = org.flatMap { OrganizationLexicon.entry($0)?.en }.map { "president of \($0)" } ?? "president"
        default: label = h
        }
        if ws.contains("acting") { label += " (acting)" }
        var counterpart = hCounterpart
        // "X, his Iraqi counterpart, …": an apposition after a name describes that name (no name follows it)
        if counterpart, first >= 3, toks[first].norm.isOne(of: ["his", "her"]) || toks[first - 1].norm.isOne(of: ["his", "her"]),
           toks[i].norm.same("counterpart") {
            let c = toks[first].norm.isOne(of: ["his", "her"]) ? first - 1 : first - 2
            let after = last + 1 < toks.count ? last + 1 : nil
            if c >= 1, toks[c].norm.same(","), toks[c - 1].kind == .word, !toks[c - 1].isArabic, ctx.isUpper(c - 1), ctx.country(at: c - 1) == nil,
               let a = after, toks[a].norm.isOne(of: [",", ".", ";"]), !(a + 1 < toks.count && toks[a + 1].kind == .word && ctx.isUpper(a + 1)) {
                counterpart = false; first = c + 1
            }
        }
        let plural = toks[i].norm.same("counterparts") || toks[i].norm.same("ministers")
        // (the words' ministry-title stems kept per word: `StemFacts.title` of the literal word)
        if country == nil {
            var keys: [Int32] = []
            for q in words { let k = ctx.roleFacts(q).literal.title; if k >= 0 { keys.append(k) } }
            country = CountryTitles.match(titleStems: keys)
        }
        return RolePhrase(first: first, last: last, label: label, country: country, countries: countries, org: hMinister ? nil : org, counterpart: counterpart,
                          plural: plural, domestic: (org == nil || hMinister) && !counterpart && !hSecretaryOfState && !hDirector && !hEnvoy, acting: ws.contains("acting"), bare: false)
    }
}

/// Ministry titles that identify a country (CountryEntry.ministryTitles), matched on clitic-free stems.
enum CountryTitles {
    static let generic: WordSet = WordSet(["وزير", "وزيره", "الداخليه", "داخليه", "الخارجيه", "خارجيه", "العدل", "عدل", "الدوله",
                                           "دوله", "المكلف", "مكلف", "شوون", "الشوون", "في", "ب", "minister", "of", "the", "and",
                                           "interior", "foreign", "affairs", "justice", ","])
    static let titles: [(stems: [String], iso: String)] = {
        var out: [(stems: [String], iso: String)] = []
        for e in CountryLexicon.all {
            for t in e.ministryTitles {
                let toks = Tokenizer.tokenize(Array(t.unicodeScalars)).filter { $0.kind == .word }
                // English titles keep their portfolio words: "Minister of State for Interior Affairs" is not
                // "Minister of State for Foreign Affairs"
                let english = t.unicodeScalars.allSatisfy { $0.isASCII }
                let st = toks.map { RolePhraseFinder.bestStem($0) }.filter {
                    english ? !$0.isOne(of: ["minister", "of", "the", "and", "for", ","]) : !generic.contains($0) }
                if !st.isEmpty { out.append((st, e.iso3)) }
            }
        }
        return out
    }()

    /// The titles (indices into `titles`) that contain each stem, and how many times.
    static let titlesByStem: WordMap<[(title: Int, count: Int)]> = {
        var m = WordMap<[(title: Int, count: Int)]>()
        for (k, t) in titles.enumerated() {
            for w in t.stems {
                if let last = m[w]?.last, last.title == k { m[w]![m[w]!.count - 1].count += 1 } else { m[w, default: []].append((k, 1)) }
            }
        }
        return m
    }()
    /// How many of a title's stems must be present: all of them, or all but one for long titles (four
    /// words in English, three in Arabic).
    static let titleNeed: [Int] = titles.map { t in
        let english = t.stems.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }
        return t.stems.count >= (english ? 4 : 3) ? t.stems.count - 1 : t.stems.count
    }

    /// The article-free stems of `titlesByStem` by index (`StemFacts.title`), and their titles.
    static let stemIndex: WordMap<Int32> = {
        var m = WordMap<Int32>()
        for (k, w) in titleStemWords.enumerated() { m[w] = Int32(k) }
        return m
    }()
    static let titleStemWords: [String] = titlesByStem.dict.keys.map { $0.s }
    static let stemTitles: [[(title: Int, count: Int)]] = titleStemWords.map { titlesByStem[$0]! }

    /// The country of a role phrase's ministry title: `keys` are the phrase's words' title stems (indices into
    /// `stemTitles`, repeats allowed); the first title in lexicon order whose hits, summed over the distinct keys
    /// (how many of its stems, with repeats, each key is), reach its need. A phrase has a few keys, each in a few
    /// titles.
    static func match(titleStems keys: [Int32]) -> String? {
        guard !keys.isEmpty else { return nil }
        var best = Int.max
        for a in keys.indices where !keys[..<a].contains(keys[a]) {
            for (t, _) in stemTitles[Int(keys[a])] where t < best {
                var hit = 0
                for b in keys.indices where !keys[..<b].contains(keys[b]) {
                    for (t2, c) in stemTitles[Int(keys[b])] where t2 == t { hit += c }
                }
                if hit >= titleNeed[t] { best = t }
            }
        }
        return best == Int.max ? nil : titles[best].iso
    }
}

/// What the role-phrase rules ask of one word, independent of its context: computed once per distinct word and
/// kept in the word cache (`DocContext.roleFacts`).
struct RoleWordFacts {
    enum Needs { case none, aam, ahd }
    /// (A plain value: copying the facts out of the word cache retains nothing.)
    struct Head {
        /// The label, by its index in `labels`.
        let labelIndex: UInt8
        let counterpart: Bool; let plural: Bool; let needs: Needs
        var label: String { Head.labels[Int(labelIndex)] }
        /// Every label of an Arabic or English head (`RoleLexicon.heads`, `RolePhraseFinder.enHeads`), a plural head's
        /// empty one and the counterpart's.
        static let labels: [String] = {
            var out = ["", "counterpart"]
            for l in RoleLexicon.heads.dict.values.sorted() + RolePhraseFinder.enHeads.dict.values.sorted() where !out.contains(l) { out.append(l) }
            return out
        }()
        static func index(_ label: String) -> UInt8 { UInt8(labels.firstIndex(of: label)!) }
        /// The label's kind: the rules test it instead of comparing label strings.
        let kind: Kind
        enum Kind: String {   // (raw values: the labels)
            case other, minister, president, deputy, secretaryGeneral = "secretary-general", official, spokesperson,
                 ambassador, director, commander, assistant, representative, counterpart
        }
        init(label: String, counterpart: Bool, plural: Bool, needs: Needs) {
            labelIndex = Head.index(label); self.counterpart = counterpart; self.plural = plural; self.needs = needs
            kind = Kind(rawValue: label) ?? .other
        }
        /// The head a plural head without a label (وزراء) is labelled as.
        static let minister = Head(label: "minister", counterpart: false, plural: false, needs: .none)
    }
    /// `headLabel`'s reading of the word (nil: no head, counterpart or plural head).
    let head: Head?
    /// The word as a phrase stem: by its `bestStem` and literally (the descriptor and spokesperson words).
    let best: StemFacts
    let literal: StemFacts
    let bits: WordBits
    /// The label of an English head word (`RolePhraseFinder.enHeads`) as an index into `Head.labels`; `noEnHead`: none.
    let enHead: UInt8
    static let noEnHead: UInt8 = .max

    /// Word tests of the role-phrase and name rules.
    struct WordBits: OptionSet {
        let rawValue: UInt32
        /// `complementReading`: the word or a clitic reading, without its article, is a complement.
        static let complementReading = WordBits(rawValue: 1 << 0)
        /// A clitic reading و + a definite stem (والتنمية).
        static let waDefinite = WordBits(rawValue: 1 << 1)
        /// `definiteRun`'s definite word: ال…، لل…، or a clitic reading with ال or after لل.
        static let definite = WordBits(rawValue: 1 << 2)
        /// A clitic reading ب/ل + a head or counterpart (`prepositional`).
        static let prepositional = WordBits(rawValue: 1 << 3)

        // names (Persons.swift)
        /// `nameLike` (not after a connector) holds as far as the word alone decides: its classes and readings.
        static let nameWord = WordBits(rawValue: 1 << 4)
        /// … and the word is الأمين, a name unless العام follows.
        static let nameAmin = WordBits(rawValue: 1 << 5)
        /// علي (also the preposition على written with ي).
        static let ali = WordBits(rawValue: 1 << 6)
        /// The word starts with ال; `alLong`: and has more than two letters; `alWord`: it is ال (آل).
        static let al = WordBits(rawValue: 1 << 7)
        static let alLong = WordBits(rawValue: 1 << 8)
        static let alWord = WordBits(rawValue: 1 << 9)
        /// بن، ابن، بنت، ولد.
        static let son = WordBits(rawValue: 1 << 10)
        /// A clitic reading is an honorific (`isHonorific` of an Arabic word whose literal form is none).
        static let honorificReading = WordBits(rawValue: 1 << 11)
        /// A clitic reading و + a stem of three letters or more.
        static let waWord = WordBits(rawValue: 1 << 12)
        /// … whose stem has ال or whose readings add a lexicon class (ووزير، وأكد): a coordinated word.
        static let waCoordinated = WordBits(rawValue: 1 << 13)
        /// A clitic reading و + a head (ورئيس).
        static let waHead = WordBits(rawValue: 1 << 14)
        /// An active participle of manner (مشيدا، مؤكدا): م + a consonant … + ا, five letters or more.
        static let mannerParticiple = WordBits(rawValue: 1 << 15)
        // English words (`english`, `englishPossessive`)
        /// `portfolioNoun`, `bodyNoun`, `institutionNouns`, `enComplements` of the word.
        static let enPortfolio = WordBits(rawValue: 1 << 16)
        static let enBody = WordBits(rawValue: 1 << 17)
        static let enInstitution = WordBits(rawValue: 1 << 18)
        static let enComplement = WordBits(rawValue: 1 << 19)
        /// Name keys (`NameFinder.keyIDs`): عبد / abdul / abd join the next word; al / el are left out.
        static let keyJoin = WordBits(rawValue: 1 << 20)
        static let keySkip = WordBits(rawValue: 1 << 21)
        /// The modifiers `english` reads before a head: portfolios and ranks (interior, prime …), a director's
        /// (executive, regional), an envoy's (special, high …) and tenure words (caretaker, former …).
        static let enModifier = WordBits(rawValue: 1 << 22)
        static let enDirectorModifier = WordBits(rawValue: 1 << 23)
        static let enEnvoyModifier = WordBits(rawValue: 1 << 24)
        static let enTenure = WordBits(rawValue: 1 << 25)
        // punctuation (any token: `roleBits` is read by token id)
        /// ، or , (`NameFinder.isComma`).
        static let comma = WordBits(rawValue: 1 << 26)
        /// A quotation mark (`NameFinder.quoteNorm`).
        static let quote = WordBits(rawValue: 1 << 27)
        /// في and لدي, the prepositions a role phrase reads across (`find`).
        static let fi = WordBits(rawValue: 1 << 28)
        static let ladaa = WordBits(rawValue: 1 << 29)
        /// `NameFinder.weakHonorificLast` of an Arabic word: its last reading is a weak honorific.
        static let weakHonorificLast = WordBits(rawValue: 1 << 30)
        /// Set in every computed value (`WordCache.roleBits` holds 0 for words not computed yet).
        static let known = WordBits(rawValue: 1 << 31)
    }

    init(norm: String, isArabic: Bool, extra: [(prefix: String, stem: String)], lit: LexClass, any: LexClass) {
        head = RolePhraseFinder.head(norm, isArabic: isArabic, extra: extra, lit: lit, any: any)
        best = StemFacts(RolePhraseFinder.bestStem(norm, isArabic: isArabic, extra: extra))
        literal = StemFacts(norm)
        enHead = isArabic ? Self.noEnHead : RolePhraseFinder.enHeads[norm].map { Head.index($0) } ?? Self.noEnHead
        var b: WordBits = []
        if lit.contains(.bareComplement) || isArabic && extra.contains(where: { RolePhraseFinder.complementsNoArticle.contains(Clitics.withoutArticle($0.stem)) }) {
            b.insert(.complementReading)
        }
        if extra.contains(where: { $0.prefix.same("و") && $0.stem.hasPrefixFast("ال") }) { b.insert(.waDefinite) }
        if norm.hasPrefixFast("ال") || extra.contains(where: { $0.stem.hasPrefixFast("ال") || $0.prefix.hasSuffixFast("لل") }) || norm.hasPrefixFast("لل") {
            b.insert(.definite)
        }
        if isArabic, extra.contains(where: { ($0.prefix.hasSuffixFast("ب") || $0.prefix.hasSuffixFast("ل")) && (RoleLexicon.heads[$0.stem] != nil || RoleLexicon.counterparts.contains($0.stem)) }) {
            b.insert(.prepositional)
        }
        if isArabic { b.formUnion(Self.nameBits(norm, extra: extra, lit: lit, any: any)) } else {
            if RolePhraseFinder.portfolioNoun(norm) { b.insert(.enPortfolio) }
            if RolePhraseFinder.bodyNoun(norm) { b.insert(.enBody) }
            if RolePhraseFinder.institutionNouns.contains(norm) { b.insert(.enInstitution) }
            if RolePhraseFinder.enComplements.contains(norm) { b.insert(.enComplement) }
            if norm.isOne(of: ["interior", "foreign", "justice", "defence", "defense", "prime", "deputy", "first", "acting"]) { b.insert(.enModifier) }
            if norm.isOne(of: ["executive", "regional"]) { b.insert(.enDirectorModifier) }
            if norm.isOne(of: ["special", "high", "personal", "permanent"]) { b.insert(.enEnvoyModifier) }
            if norm.isOne(of: ["caretaker", "outgoing", "new", "newly", "appointed", "former", "interim", "incoming", "transitional", "then", "current"]) {
                b.insert(.enTenure)
            }
        }
        if norm.same("عبد") || norm.same("abdul") || norm.same("abd") { b.insert(.keyJoin) }
        if norm.same("al") || norm.same("el") { b.insert(.keySkip) }
        if norm.same("\u{060C}") || norm.same(",") { b.insert(.comma) }
        if NameFinder.quoteNorm(norm) { b.insert(.quote) }
        if norm.same("في") { b.insert(.fi) }
        if norm.same("لدي") { b.insert(.ladaa) }
        b.insert(.known)
        bits = b
    }

    /// The name facts (`WordBits` from `nameWord`) of an Arabic word.
    static func nameBits(_ norm: String, extra: [(prefix: String, stem: String)], lit: LexClass, any: LexClass) -> WordBits {
        var b: WordBits = []
        // `NameFinder.nameLike`'s tests of the word alone (after the context's: organization, علي, country)
        var name = lit.isDisjoint(with: [.stop, .honorific, .counterpart, .protagonistRef, .bothSides, .pluralHead])
        if lit.contains(.head), !norm.same(NameFinder.amin) { name = false }
        for r in extra {
            let s = r.stem
            if any.contains(.complement), RolePhraseFinder.complementsNoArticle.contains(Clitics.withoutArticle(s)) { name = false }
            if !any.isDisjoint(with: NameFinder.notNameReading), !LexClass.of(s).isDisjoint(with: NameFinder.notNameReading) { name = false }
            if s.hasPrefixFast("ال") && !r.prefix.isEmpty { name = false }
        }
        if !lit.isDisjoint(with: [.metVerb, .receiveVerb, .lightVerb, .clauseBreak, .meetNoun, .callNoun]) { name = false }
        if name { b.insert(lit.contains(.head) ? .nameAmin : .nameWord) }
        if norm.same("علي") { b.insert(.ali) }
        if norm.hasPrefixFast("ال") {
            b.insert(.al)
            if norm.unicodeScalars.count > 2 { b.insert(.alLong) }
        }
        if norm.same("ال") { b.insert(.alWord) }
        if norm.isOne(of: ["بن", "ابن", "بنت", "ولد"]) { b.insert(.son) }
        if extra.contains(where: { RoleLexicon.honorifics.contains($0.stem) }) { b.insert(.honorificReading) }
        if extra.last.map({ RoleLexicon.weakHonorifics.contains($0.stem) }) ?? lit.contains(.weakHonorific) { b.insert(.weakHonorificLast) }
        for r in extra where r.prefix.same("و") && r.stem.unicodeScalars.count >= 3 {
            b.insert(.waWord)
            if r.stem.hasPrefixFast("ال") || any.intersection(.lexiconClasses) != lit.intersection(.lexiconClasses) { b.insert(.waCoordinated) }
        }
        if extra.contains(where: { $0.prefix.same("و") && RoleLexicon.heads[$0.stem] != nil }) { b.insert(.waHead) }
        let w = norm.unicodeScalars
        if w.count >= 5, w.first == "م", w.last == "ا", w[w.index(after: w.startIndex)] != "ا" { b.insert(.mannerParticiple) }
        return b
    }
}

/// A phrase stem as the label and title rules read it: which of their words it is, and its ministry-title word.
struct StemFacts {
    let bits: StemBits
    /// Index of the stem's article-free form in `CountryTitles.stemTitles` (-1: in no title).
    let title: Int32

    init(_ s: String) {
        var b: StemBits = []
        if s.same("دوله") { b.insert(.dawla) }
        if s.same("شوون") || s.same("لشوون") { b.insert(.shuun) }
        if s.same("داخليه") { b.insert(.interior) }
        if s.same("خارجيه") { b.insert(.foreign) }
        if s.same("عدل") { b.insert(.justice) }
        if s.same("دفاع") { b.insert(.defence) }
        if s.same("وزراء") { b.insert(.ministers) }
        if s.same("حكومه") { b.insert(.government) }
        if s.same("اول") { b.insert(.first) }
        if s.same("مكلف") || s.same("مكلفه") { b.insert(.charged) }
        if s.hasSuffixFast("وزاره") || s.hasSuffixFast("حكومه") || s.hasSuffixFast("رياسه") { b.insert(.ministryOrGovernment) }
        if s.same("باسم") { b.insert(.inTheNameOf) }
        bits = b
        title = CountryTitles.stemIndex[Clitics.withoutArticle(s)] ?? -1
    }
}

/// The stem words the labels and the acting, secretary-general and spokesperson rules test.
struct StemBits: OptionSet {
    let rawValue: UInt16
    static let dawla = StemBits(rawValue: 1 << 0)          // دوله
    static let shuun = StemBits(rawValue: 1 << 1)          // شوون، لشوون
    static let interior = StemBits(rawValue: 1 << 2)       // داخليه
    static let foreign = StemBits(rawValue: 1 << 3)        // خارجيه
    static let justice = StemBits(rawValue: 1 << 4)        // عدل
    static let defence = StemBits(rawValue: 1 << 5)        // دفاع
    static let ministers = StemBits(rawValue: 1 << 6)      // وزراء
    static let government = StemBits(rawValue: 1 << 7)     // حكومه
    static let first = StemBits(rawValue: 1 << 8)          // اول
    static let charged = StemBits(rawValue: 1 << 9)        // مكلف، مكلفه
    static let ministryOrGovernment = StemBits(rawValue: 1 << 10)   // …وزاره، …حكومه، …رياسه
    static let inTheNameOf = StemBits(rawValue: 1 << 11)   // باسم
}

/// A role phrase's stems as the rules read them: how many, the words among all of them and the last one, and their
/// ministry-title words.
struct PhraseStems {
    var count = 0
    var all: StemBits = []
    var last: StemBits = []
    var titles: [Int32] = []
    init(_ f: StemFacts) { add(f) }
    mutating func add(_ f: StemFacts) {
        count += 1; all.formUnion(f.bits); last = f.bits
        if f.title >= 0 { titles.append(f.title) }
    }
}

extension DocContext {
    /// The role-phrase facts of word token i, from the word cache (computed on the word's first use).
    func roleFacts(_ i: Int) -> RoleWordFacts {
        let id = Int(tokens[i].id)
        if id < words.roleFacts.count, let f = words.roleFacts[id] { return f }
        return words.learnRoleFacts(id, isArabic: tokens[i].isArabic)
    }
    /// `roleFacts(i).bits`, read without the rest.
    func roleBits(_ i: Int) -> RoleWordFacts.WordBits {
        let id = Int(tokens[i].id)
        if id < words.roleBits.count {
            let b = words.roleBits[id]
            if b != 0 { return RoleWordFacts.WordBits(rawValue: b) }
        }
        return words.learnRoleFacts(id, isArabic: tokens[i].isArabic).bits
    }
}

extension WordCache {
    /// Computes and keeps the role-phrase facts of word `id`.
    func learnRoleFacts(_ id: Int, isArabic: Bool) -> RoleWordFacts {
        WordCache.grow(&roleFacts, to: vocabulary.count, with: nil)
        WordCache.grow(&roleBits, to: vocabulary.count, with: 0)
        let f = RoleWordFacts(norm: vocabulary.string(Int32(id)), isArabic: isArabic, extra: extra[id], lit: facts[id].lit,
                              any: facts[id].any)
        roleFacts[id] = f
        roleBits[id] = f.bits.rawValue
        return f
    }
}
