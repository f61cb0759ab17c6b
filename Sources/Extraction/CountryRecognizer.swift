// Country mentions in context: names and official names with clitics, nisba adjectives in all genders and
// numbers, capitals as metonyms, English names and demonyms. Ambiguous forms (عمان, المملكة, طرابلس) are
// resolved per document by `resolve`.
import ArabicText

struct CountryMention: Sendable, Equatable {
    enum Kind: Sendable, CaseIterable { case name, official, nisba, capital, description, kingdom, ambiguousOman }
    var first: Int
    var last: Int
    /// Candidate ISO3 codes; exactly one after resolution (empty = dropped).
    var isos: [String]
    var kind: Kind
    var prefix: String
    var iso: String? { isos.count == 1 ? isos[0] : nil }
}

final class CountryIndex: @unchecked Sendable {
    struct Form { let rest: [String]; let iso: String; let kind: CountryMention.Kind }
    /// Forms by their first word. A `let` (built in `init`): lookups need no exclusivity checks.
    let byFirst: WordMap<[Form]>
    static let shared = CountryIndex()

    static let kingdoms: WordSet = ["SAU", "MAR", "JOR", "BHR"]

    init() {
        var byFirst = WordMap<[Form]>()
        func add(_ phrase: String, _ iso: String, _ kind: CountryMention.Kind) {
            let toks = Tokenizer.tokenize(Array(phrase.unicodeScalars)).filter { $0.kind != .punct }.map { $0.norm }
            guard let f = toks.first else { return }
            let form = Form(rest: Array(toks.dropFirst()), iso: iso, kind: toks.count > 1 && kind == .name ? .official : kind)
            if byFirst[f]?.contains(where: { $0.rest == form.rest && $0.iso == iso }) == true { return }
            byFirst[f, default: []].append(form)
        }
        for e in CountryLexicon.all {
            for n in e.ar { add(n, e.iso3, .name) }
            for c in e.capitals { add(c, e.iso3, .capital) }
            for s in e.nisba {
                let st = ArabicNormalizer.normalize(s)
                for suf in ["", "ه", "ين", "ون", "ان", "تان", "تين", "ات"] {
                    let w = st + suf
                    add(w, e.iso3, .nisba); add("ال" + w, e.iso3, .nisba)
                }
            }
            add(e.en, e.iso3, .name)
            for a in e.enAliases { add(a, e.iso3, .nisba) }
            for c in e.capitalsEN { add(c, e.iso3, .capital) }
        }
        // Descriptions that stand for a country.
        add("خادم الحرمين الشريفين", "SAU", .description)
        add("Custodian of the Two Holy Mosques", "SAU", .description)
        self.byFirst = byFirst
    }

    func lookup(_ stem: String) -> [Form]? { byFirst[stem] }
}

enum CountryRecognizer {
    static let mamlaka = ArabicNormalizer.normalize("المملكة")
    static let oman = ArabicNormalizer.normalize("عمان")
    static let maghrebAdj: WordSet = ["العربي"]
    // "الشعب الفلسطيني" is a people, not the state; "القضية الفلسطينية" names the country by its nisba (PROTOCOL) and counts
    static let causeNouns: WordSet = ["الشعب", "للشعب", "والشعب", "بالشعب"]

    /// Finds country mentions; `blocked[i]` marks tokens inside organization names.
    static func find(_ tokens: [Token], blocked: [Bool], ctx: DocContext) -> [CountryMention] {
        var out: [CountryMention] = []
        var i = 0
        let n = tokens.count
        let anyClass = ctx.anyClass
        // (the cause nouns by vocabulary id: equal ids ⇔ equal words)
        let causeIDs = ctx.words.causeNounIDs
        while i < n {
            // (a class bit is set only on word tokens; the word's id is read from the context's dense id list: the Token
            // itself is read only once a form matched)
            guard anyClass[i].contains(.countryFirst), !blocked[i] else { i += 1; continue }
            // the readings of `ctx.readings(i)` that start a form (the word itself, then its clitic readings), kept
            // per word
            let starts = ctx.countryStarts(i)
            // the longest form matched (its length in words after the first, -1: none), its codes (ties of one length
            // add theirs), kind and reading; else the reading that is المملكة (read inside `CountryStarts`: no retain of
            // its tables per token)
            let (bestLen, bestIso, moreIsos, bestKind, bestReading, kingdom) = starts.longest(tokens, at: i)
            var best: CountryMention? = nil
            if bestLen >= 0 {
                let table = CountryStarts.isoTable
                var isos = [table[Int(bestIso)]]
                for k in moreIsos { isos.append(table[Int(k)]) }
                best = CountryMention(first: i, last: i + bestLen, isos: isos, kind: bestKind, prefix: starts.prefix(bestReading))
            } else if kingdom >= 0 {
                best = CountryMention(first: i, last: i, isos: [], kind: .kingdom, prefix: starts.prefix(kingdom))
            }
            if var b = best {
                // المغرب العربي (the Maghreb) is not Morocco.
                if b.isos.contains("MAR"), b.last + 1 < n, maghrebAdj.contains(tokens[b.last + 1].norm) { i = b.last + 1; continue }
                // "القضية الفلسطينية", "الشعب الفلسطيني": a cause / a people, not the state
                if b.kind == .nisba, i > 0, causeIDs.contains(tokens[i - 1].id) { i = b.last + 1; continue }
                if tokens[i].isArabic, b.last == i, starts.oman, b.kind != .nisba {
                    b.kind = .ambiguousOman
                }
                // English: skip lower-case common words accidentally equal to a country form ("chad", "jordan" in names is rare).
                out.append(b)
                i = b.last + 1
            } else { i += 1 }
        }
        return out
    }

    /// `CountryIndex.kingdoms` as a list (a handful of ISO codes: comparing beats hashing).
    static let kingdomList: [String] = CountryIndex.kingdoms.words

    /// Mentions per ISO code, in a small list (an article names a few countries).
    struct IsoCounts {
        var items: [(iso: String, count: Int)] = []
        // (ISO codes are short ASCII strings: `==` compares them in place)
        subscript(_ iso: String) -> Int { items.first(where: { $0.iso == iso })?.count ?? 0 }
        mutating func add(_ iso: String) {
            if let k = items.firstIndex(where: { $0.iso == iso }) { items[k].count += 1 } else { items.append((iso, 1)) }
        }
    }

    /// Resolves عمان (Oman / Amman), المملكة (which kingdom) and multi-country forms in one document.
    static func resolve(_ ms: inout [CountryMention], tokens: [Token], home: String?) {
        // only عمان, المملكة and forms of several countries change (most articles have none of them)
        guard ms.contains(where: { $0.kind == .ambiguousOman || $0.kind == .kingdom || $0.isos.count > 1 }) else { return }
        var counts = IsoCounts()
        // (mentions read by index: iterating would copy each one, codes and prefix)
        for k in ms.indices where ms[k].isos.count == 1 && ms[k].kind != .ambiguousOman { counts.add(ms[k].isos[0]) }
        if let h = home { counts.add(h) }
        let jordan = counts["JOR"] > 0
        // mention ends and starts, needed only for عمان
        // (a few dozen positions: a list searched in place beats hashing them into sets)
        var byLast: [Int] = [], byFirst: [Int] = []
        if ms.contains(where: { $0.kind == .ambiguousOman }) {
            byLast.reserveCapacity(ms.count); byFirst.reserveCapacity(ms.count)
            for k in ms.indices { byLast.append(ms[k].last); byFirst.append(ms[k].first) }
        }
        var lastKingdom: String? = nil
        for k in ms.indices {
            defer { if let iso = ms[k].iso, kingdomList.contains(iso) { lastKingdom = iso } }
            switch ms[k].kind {
            case .ambiguousOman:
                // In a list of countries (X و عمان / عمان و X) → Oman; in a Jordanian context → Amman.
                let f = ms[k].first
                let prevCountry = byLast.contains(f - 1) || (f >= 2 && byLast.contains(f - 2) && tokens[f - 1].norm.same("و"))
                let nextIsCountry = f + 1 < tokens.count && byFirst.contains(f + 1) && tokens[f + 1].norm.hasPrefixFast("و")
                let prevNorm = f > 0 ? tokens[f - 1].norm : ""
                let capitalCue = prevNorm.hasSuffixFast("الاردنيه") || prevNorm.same("العاصمه")
                if capitalCue { ms[k].isos = ["JOR"] }
                else if (prevCountry && ms[k].prefix.same("و")) || nextIsCountry { ms[k].isos = ["OMN"] }
                else if jordan { ms[k].isos = ["JOR"] }
                else { ms[k].isos = ["OMN"] }
            case .kingdom:
                if let h = home, kingdomList.contains(h) { ms[k].isos = [h]; break }
                // the nearest kingdom named before, else the most named kingdom
                var pick: String? = lastKingdom
                if pick == nil {
                    pick = counts.items.filter { kingdomList.contains($0.iso) }.sorted { ($0.count, $1.iso) > ($1.count, $0.iso) }.first?.iso
                }
                ms[k].isos = pick.map { [$0] } ?? []
            default:
                if ms[k].isos.count > 1 {
                    let known = ms[k].isos.filter { counts[$0] > 0 }
                    ms[k].isos = [known.first ?? ms[k].isos[0]]
                }
            }
        }
    }
}

/// `CountryStarts`'s header: the readings' proclitics, whether the word is عمان, and where the forms and the forms'
/// other words start among the elements.
struct CountryStartsHeader {
    let prefixes: [String]
    /// The word or a clitic reading is عمان (Oman / Amman).
    let oman: Bool
    let readingCount: Int32, formBase: Int32, restBase: Int32
}

/// The country forms that can start at one word, by reading (the word itself, then its clitic readings; only
/// readings that start a form or are المملكة), with the words after the first as vocabulary ids: computed once per
/// distinct word (`DocContext.countryStarts`). Header and codes are stored inline with the object (one block: a word's
/// forms cost one cache miss, not one per array).
/// Elements: per reading r at 3r (its first form, its end, whether it is المملكة); per form f at `formBase` + 4f (its
/// other words' start among the elements and count, its code in `isoTable`, its kind in `kinds`); the other words' ids
/// from `restBase`.
final class CountryStarts: ManagedBuffer<CountryStartsHeader, Int32> {
    /// The word or a clitic reading is عمان (Oman / Amman).
    var oman: Bool { withUnsafeMutablePointerToHeader { $0.pointee.oman } }
    /// The proclitics of reading r.
    func prefix(_ r: Int) -> String { withUnsafeMutablePointerToHeader { $0.pointee.prefixes[r] } }

    static let kinds = CountryMention.Kind.allCases

    /// The ISO codes of the lexicon, and each one's index (equal codes, equal indices).
    static let isoTable: [String] = {
        var out: [String] = []
        for e in CountryLexicon.all where !out.contains(e.iso3) { out.append(e.iso3) }
        return out
    }()
    static let isoIndex: [String: Int32] = Dictionary(uniqueKeysWithValues: isoTable.enumerated().map { ($1, Int32($0)) })

    /// The longest form starting at token i: its length in words after the first (-1: none), its code and the codes of
    /// other forms of that length, kind and reading; else the reading that is المملكة (`kingdom`, -1: none).
    func longest(_ tokens: [Token], at i: Int) -> (len: Int, iso: Int32, more: [Int32], kind: CountryMention.Kind, reading: Int, kingdom: Int) {
        let n = tokens.count
        var bestLen = -1, bestIso: Int32 = 0, moreIsos: [Int32] = [], bestKind = CountryMention.Kind.name, bestReading = 0
        var kingdom = -1
        withUnsafeMutablePointers { h, e in
            let formBase = Int(h.pointee.formBase)
            for ri in 0..<Int(h.pointee.readingCount) {
                for fi in Int(e[3 * ri])..<Int(e[3 * ri + 1]) {
                    let f = formBase + 4 * fi
                    let len = Int(e[f + 1])
                    guard i + len < n else { continue }
                    var ok = true
                    let restStart = Int(e[f])
                    for k in 0..<len where tokens[i + 1 + k].id != e[restStart + k] { ok = false; break }
                    guard ok else { continue }
                    if bestLen > len { continue }
                    let iso = e[f + 2]
                    if bestLen == len {
                        if iso != bestIso && !moreIsos.contains(iso) { moreIsos.append(iso) }
                        continue
                    }
                    bestLen = len; bestIso = iso; moreIsos = []; bestKind = CountryStarts.kinds[Int(e[f + 3])]; bestReading = ri
                }
                if bestLen < 0, e[3 * ri + 2] != 0 { kingdom = ri }
                if bestLen >= 0 || kingdom >= 0 { break }
            }
        }
        return (bestLen, bestIso, moreIsos, bestKind, bestReading, kingdom)
    }

    static func make(norm: String, extra: [(prefix: String, stem: String)], lit: LexClass, vocabulary: Vocabulary) -> CountryStarts {
        let idx = CountryIndex.shared
        var prefixes: [String] = []
        var readings: [(first: Int32, end: Int32, kingdom: Bool)] = []
        var forms: [(restStart: Int32, restCount: Int32, iso: Int32, kind: Int32)] = []
        var rest: [Int32] = []
        for ri in 0...extra.count {
            // the literal word starts no form (and is not المملكة) unless its own class says so
            if ri == 0 && !lit.contains(.countryFirst) { continue }
            let (prefix, stem) = ri == 0 ? ("", norm) : extra[ri - 1]
            let first = forms.count
            for f in idx.lookup(stem) ?? [] {
                forms.append((Int32(rest.count), Int32(f.rest.count), CountryStarts.isoIndex[f.iso]!, Int32(kinds.firstIndex(of: f.kind)!)))
                for w in f.rest { rest.append(vocabulary.intern(w)) }
            }
            let kingdom = stem.same(CountryRecognizer.mamlaka)
            if forms.count > first || kingdom { prefixes.append(prefix); readings.append((Int32(first), Int32(forms.count), kingdom)) }
        }
        let formBase = 3 * readings.count, restBase = formBase + 4 * forms.count
        var data: [Int32] = []
        data.reserveCapacity(restBase + rest.count)
        for r in readings { data += [r.first, r.end, r.kingdom ? 1 : 0] }
        for f in forms { data += [Int32(restBase) + f.restStart, f.restCount, f.iso, f.kind] }
        data += rest
        let oman = norm.same(CountryRecognizer.oman) || extra.contains(where: { $0.stem.same(CountryRecognizer.oman) })
        let header = CountryStartsHeader(prefixes: prefixes, oman: oman, readingCount: Int32(readings.count), formBase: Int32(formBase),
                                         restBase: Int32(restBase))
        let b = unsafeDowncast(CountryStarts.create(minimumCapacity: max(1, data.count)) { _ in header }, to: CountryStarts.self)
        b.withUnsafeMutablePointerToElements { e in data.withUnsafeBufferPointer { d in if d.count > 0 { e.initialize(from: d.baseAddress!, count: d.count) } } }
        return b
    }
}

extension DocContext {
    /// The country forms that can start at word token i, from the word cache (computed on the word's first use).
    func countryStarts(_ i: Int) -> CountryStarts {
        let id = Int(wordIDs[i])
        if id < words.countryStarts.count, let s = words.countryStarts[id] { return s }
        return words.learnCountryStarts(id)
    }
}

extension WordCache {
    /// Computes and keeps the country starts of word `id`.
    func learnCountryStarts(_ id: Int) -> CountryStarts {
        // (interning the forms' other words may grow the vocabulary: the table is sized after)
        let s = CountryStarts.make(norm: vocabulary.string(Int32(id)), extra: extra[id], lit: facts[id].lit, vocabulary: vocabulary)
        WordCache.grow(&countryStarts, to: vocabulary.count, with: nil)
        countryStarts[id] = s
        return s
    }
}
