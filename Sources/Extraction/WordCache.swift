// Per-word facts reused across articles: clitic readings, stems and lexical classes depend only on a word's
// normalized text, so they are computed once per distinct word (interned by `Vocabulary`) instead of once per token.
// A cache is used by one extraction at a time; `WordCachePool` hands them out to concurrent extractions.
import ArabicText
import Foundation

final class WordCache {
    let vocabulary = Vocabulary()
    /// Facts by word id; `known[id]` says whether they have been computed.
    private(set) var known: [Bool] = []
    /// Clitic readings beyond the literal one (empty for most words).
    private(set) var extra: [[(prefix: String, stem: String)]] = []
    /// ("", word) followed by the other readings.
    private(set) var readings: [[(prefix: String, stem: String)]] = []

    /// Computes the facts of every word token of `toks` not seen before.
    func learn(_ toks: [Token]) {
        let n = vocabulary.count
        if known.count < n {
            WordCache.grow(&known, to: n, with: false)
            WordCache.grow(&extra, to: n, with: [])
            WordCache.grow(&readings, to: n, with: [])
            WordCache.grow(&facts, to: n, with: Facts())
            WordCache.grow(&stemClass, to: n, with: [])
            WordCache.grow(&ordinalStart, to: n, with: 0)
            WordCache.grow(&councilBitsOfWord, to: n, with: 0)
            WordCache.grow(&secondStemBitsOfWord, to: n, with: 0)
        }
        // the words not seen before, found without an access check per token (most are known)
        var todo: [Int] = []
        known.withUnsafeBufferPointer { kb in
            toks.withUnsafeBufferPointer { tb in
                for i in tb.indices where tb[i].kind == .word && !kb[Int(tb[i].id)] { todo.append(i) }
            }
        }
        for i in todo where !known[Int(toks[i].id)] {
            let t = toks[i], id = Int(t.id)
            known[id] = true
            var er: [(prefix: String, stem: String)] = []
            if t.isArabic, let f = t.norm.unicodeScalars.first, "وفبلك".unicodeScalars.contains(f) {
                er = Array(Clitics.readings(t.norm).dropFirst())
            }
            let c = LexClass.of(t.norm)
            var a = c, st = c
            for r in er {
                let rc = LexClass.of(r.stem)
                st.formUnion(rc)
                a.formUnion(rc); a.formUnion(LexClass.of(Clitics.withoutArticle(r.stem)))
            }
            extra[id] = er
            var f = Facts(lit: c, any: a, stemBits: 0, hasExtra: !er.isEmpty)
            for r in er { f.stemBits |= WordCache.wordBit(r.stem) }
            facts[id] = f
            stemClass[id] = st
            readings[id] = !t.isArabic || er.isEmpty ? [("", t.norm)] : [("", t.norm)] + er
        }
    }

    /// Lexical classes of the word and of its readings' stems (not their article-free forms): `stemClass[id]` has a
    /// class whose words are exactly a set S ⇔ the word or one of its stems is in S (`TokenArrays.hasStem(k, in: S)`).
    private(set) var stemClass: [LexClass] = []

    /// A per-word table grown to `n` words (the vocabulary's size), new words' entries `filler` ("not computed").
    static func grow<T>(_ table: inout [T], to n: Int, with filler: T) {
        if table.count < n { table.append(contentsOf: repeatElement(filler, count: n - table.count)) }
    }

    /// Per word: 0 not known yet, 1 `Ordinals.parse` reads no ordinal starting at it, 2 it may
    /// (`isArabicOrdinalStart`, `isEnglishOrdinalStart`: a word is Arabic or not, so one slot serves both).
    private var ordinalStart: [UInt8] = []
    /// Whether `Ordinals.parse` reads an ordinal starting at the Arabic word token `t` other than ال (الأولى،
    /// الحادية …): for such a word it is a property of the word (the ordinal's next words only add to its value, and
    /// ال is the one word whose ordinal is the number after it), so it is parsed once per word, alone.
    func isArabicOrdinalStart(_ t: Token) -> Bool {
        let id = Int(t.id)
        if ordinalStart[id] == 0 { ordinalStart[id] = Ordinals.parse([t], at: 0) == nil ? 1 : 2 }
        return ordinalStart[id] == 2
    }

    /// Whether the cache has grown past what is worth keeping (a corpus with an endless vocabulary).
    var isFull: Bool { vocabulary.count > 1 << 21 || vocabulary.byteCount > 1 << 26 }

    /// A word's facts that the passes over every token read, side by side (one memory access a token): the
    /// lexical classes of the literal word (`lit`) and of the word or any of its readings (`any`), the `wordBit`s of the stems of its clitic readings (a word none of whose bits is among
    /// a set of words' bits has no reading on one of them), and whether it has such readings (`!extra[id].isEmpty`).
    struct Facts {
        var lit: LexClass = []
        var any: LexClass = []
        var stemBits: UInt64 = 0
        var hasExtra = false
    }
    private(set) var facts: [Facts] = []

    /// One of 64 bits for a word, from a hash of its bytes (equal words, equal bits).
    static func wordBit(_ w: String) -> UInt64 {
        var s = w
        let h = s.withUTF8 { FastWord.hashBytes($0) }
        return 1 << ((h ^ (h >> 31) ^ (h >> 47)) & 63)
    }

    /// `facts` read in place, for a pass over an article's tokens.
    func withFacts<R>(_ body: (UnsafeBufferPointer<Facts>) -> R) -> R { facts.withUnsafeBufferPointer(body) }

    // (The tables below are read for most tokens of an article and written only when a word is first seen, never
    // during a read: no run-time exclusivity checks.)
    /// Role-phrase facts by word id (RolePhrases.swift), filled on a word's first use (nil before).
    @exclusivity(unchecked) var roleFacts: [RoleWordFacts?] = []
    /// Their `bits` alone, with `RoleWordFacts.known` set (0 before): the name rules read them for most words.
    @exclusivity(unchecked) var roleBits: [UInt32] = []
    /// Country forms starting at each word (CountryRecognizer.swift), filled on a word's first use (nil before).
    @exclusivity(unchecked) var countryStarts: [CountryStarts?] = []

    /// Whether `Ordinals.parse` can read an ordinal starting at the non-Arabic word token `t` (first … ninth, tenth …,
    /// twenty …, one / a hundred …, hundredth): the word alone, or followed by "first" or "hundred first", parses.
    func isEnglishOrdinalStart(_ t: Token) -> Bool {
        let id = Int(t.id)
        if ordinalStart[id] == 0 {
            func word(_ w: String) -> Token { Token(start: 0, end: 0, kind: .word, norm: w, isArabic: false, line: t.line) }
            let may = Ordinals.parse([t], at: 0) != nil || Ordinals.parse([t, word("first")], at: 0) != nil
                || Ordinals.parse([t, word("hundred"), word("first")], at: 0) != nil
            ordinalStart[id] = may ? 2 : 1
        }
        return ordinalStart[id] == 2
    }

    /// Per word: `SessionFinder.councilBits` of its readings, plus bit 31 once computed (grown by `learn`, as the
    /// words' other tables: asked only of tokens' words).
    private var councilBitsOfWord: [UInt32] = []
    /// The council words among the article-free stems of the readings of the word token `t` (`SessionFinder.councilBits`).
    func councilBits(_ t: Token) -> UInt32 {
        let id = Int(t.id)
        if councilBitsOfWord[id] == 0 { councilBitsOfWord[id] = SessionFinder.councilBits(readings[id]) | 1 << 31 }
        return councilBitsOfWord[id] & ~(1 << 31)
    }

    /// Vocabulary ids of `ExtractionRun.markingWords` (interned once per cache): a token is one of them ⇔ its id is.
    private(set) lazy var markingWordIDs: [Int32] = ExtractionRun.markingWords.words.map { vocabulary.intern($0) }
    /// Vocabulary ids of `ExtractionRun.venueBefore`'s words (interned once per cache).
    private(set) lazy var venueBeforeIDs: [Int32] = ExtractionRun.venueBefore.words.map { vocabulary.intern($0) }
    /// Vocabulary ids of `CountryRecognizer.causeNouns` (interned once per cache).
    private(set) lazy var causeNounIDs: [Int32] = CountryRecognizer.causeNouns.words.map { vocabulary.intern($0) }
    /// `NameFinder.find`'s per-article buffers, reused by the next article.
    let nameScratch = NameScratch()
    /// Vocabulary id of "highness" (interned once per cache; `buildMentions` asks for it in every article).
    private(set) lazy var highnessID: Int32 = vocabulary.intern("highness")
    /// Per-token arrays handed from one article's run to the next (a cache serves one extraction at a time).
    let runBuffers = RunBuffers()
    /// Vocabulary id of بقياده ("under the leadership of"; interned once per cache).
    private(set) lazy var underLeadershipID: Int32 = vocabulary.intern("بقياده")

    /// A second of 64 bits for a word, from other bits of the same hash as `wordBit` (nearly independent of it).
    static func secondWordBit(_ w: String) -> UInt64 {
        var s = w
        let h = s.withUTF8 { FastWord.hashBytes($0) }
        return 1 << ((h >> 20) & 63)
    }
    /// Per word: the `secondWordBit`s of the stems of its clitic readings, 0 before they are computed (a word with
    /// readings has at least one bit). Grown by `learn`.
    private var secondStemBitsOfWord: [UInt64] = []
    /// `secondWordBit` of each stem of word `id`'s clitic readings (0 for a word without): with `Facts.stemBits`, a word
    /// none of whose bits of either kind is among a set of words' is read on none of them (fewer false hits than one bit).
    func secondStemBits(_ id: Int) -> UInt64 {
        if secondStemBitsOfWord[id] == 0 {
            var b: UInt64 = 0
            for r in extra[id] { b |= WordCache.secondWordBit(r.stem) }
            secondStemBitsOfWord[id] = b
        }
        return secondStemBitsOfWord[id]
    }
    /// Vocabulary ids of `SessionFinder.sessionFillers` and `.summitFillers` (interned once per cache).
    private(set) lazy var sessionFillerIDs: [Int32] = SessionFinder.sessionFillers.map { vocabulary.intern($0) }
    private(set) lazy var summitFillerIDs: [Int32] = SessionFinder.summitFillers.map { vocabulary.intern($0) }
    /// Vocabulary ids of `ExtractionRun.meetingWordList` (interned once per cache).
    private(set) lazy var meetingWordIDs: [Int32] = ExtractionRun.meetingWordList.map { vocabulary.intern($0) }
}

/// Word caches for concurrent extractions: each extraction takes one and gives it back.
final class WordCachePool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [WordCache] = []

    func take() -> WordCache {
        lock.lock(); defer { lock.unlock() }
        return free.popLast() ?? WordCache()
    }

    func give(_ c: WordCache) {
        guard !c.isFull else { return }
        lock.lock(); defer { lock.unlock() }
        free.append(c)
    }
}
