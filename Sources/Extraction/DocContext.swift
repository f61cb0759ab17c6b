// Per-article analysis shared by every recognizer: tokens, clitic readings, lexical classes, organization and
// country spans.
import ArabicText

/// Per-document token context. A class: the recognizers pass it around constantly, and copying a struct of
/// a dozen arrays cost a retain and a release for each of them.
final class DocContext {
    let tt: TokenizedText
    let tokens: [Token]
    let words: WordCache
    let blocked: [Bool]          // inside an organization name
    let orgAt: [Int: (last: Int, id: String)]
    let countryAt: [Int: CountryMention]
    let countryCovered: [Bool]
    /// Clitic readings beyond the literal one, per token (empty for most tokens).
    let extraReadings: ExtraReadings
    /// Lexical classes of the literal token and of any of its readings.
    let litClass: [LexClass]
    let anyClass: [LexClass]
    var countryByLast: [Int: CountryMention] = [:]

    /// Per-token view of the word cache's extra readings.
    struct ExtraReadings {
        let tokens: [Token]
        let words: WordCache
        /// Whether token i has readings beyond the literal one (a word that opens with a proclitic letter and
        /// reads as one): most tokens do not, and need not touch the word cache.
        let has: [Bool]
        subscript(_ i: Int) -> [(prefix: String, stem: String)] {
            // the token's fields read in place (copying the Token would retain its String)
            has[i] ? words.extra[Int(tokens[i].id)] : []
        }
    }

    /// A context for `tt`, whose tokens were interned in `words.vocabulary`.
    init(tt: TokenizedText, words: WordCache) {
        self.tt = tt; self.tokens = tt.tokens; self.words = words
        blocked = []; orgAt = [:]; countryAt = [:]; countryCovered = []
        words.learn(tt.tokens)
        let toks = tt.tokens
        // the per-token views of the word cache, filled in one pass
        let n = toks.count
        // (in buffers kept from the previous article, given back at the end of the run)
        let buffers = words.runBuffers
        var has = buffers.bools(n)
        var lit = buffers.classes(n), any = buffers.classes(n)
        var ids = buffers.int32s(n, -1)
        lit.withUnsafeMutableBufferPointer { l in
            any.withUnsafeMutableBufferPointer { a in
                has.withUnsafeMutableBufferPointer { h in
                    ids.withUnsafeMutableBufferPointer { d in
                        toks.withUnsafeBufferPointer { tb in
                            words.withFacts { facts in
                                for i in 0..<n where tb[i].kind == .word {
                                    let f = facts[Int(tb[i].id)]
                                    l[i] = f.lit; a[i] = f.any; h[i] = f.hasExtra; d[i] = tb[i].id
                                }
                            }
                        }
                    }
                }
            }
        }
        extraReadings = ExtraReadings(tokens: toks, words: words, has: has)
        litClass = lit
        anyClass = any
        wordIDs = ids
    }

    /// The same context with organization and country spans.
    init(_ base: DocContext, blocked: [Bool], orgAt: [Int: (last: Int, id: String)], countryAt: [Int: CountryMention],
         countryCovered: [Bool]) {
        tt = base.tt; tokens = base.tokens; words = base.words
        extraReadings = base.extraReadings; litClass = base.litClass; anyClass = base.anyClass
        self.blocked = blocked; self.orgAt = orgAt; self.countryAt = countryAt; self.countryCovered = countryCovered
        wordIDs = base.wordIDs
        var byLast: [Int: CountryMention] = [:]
        byLast.reserveCapacity(countryAt.count)
        for m in countryAt.values { byLast[m.last] = m }
        self.countryByLast = byLast
    }

    /// The clitic readings of token i after the literal one (`extraReadings[i]`): [] for most words.
    func clitics(_ i: Int) -> [(prefix: String, stem: String)] { extraReadings[i] }

    /// Whether token i reads as a preposition (ب، ل، وب، ولـ …) on a stem that `stem` accepts: بوزير، لنظيره، بالفريق.
    func hasPrepositionalReading(_ i: Int, _ stem: (String) -> Bool) -> Bool {
        guard tokens[i].isArabic else { return false }
        return clitics(i).contains { ($0.prefix.hasSuffixFast("ب") || $0.prefix.hasSuffixFast("ل")) && stem($0.stem) }
    }

    /// The word and the stems of its clitic readings ([] for punctuation and numbers).
    func stems(_ i: Int) -> [String] { readings(i).map(\.stem) }
    /// ("", word) and the word's clitic readings ([] for punctuation and numbers).
    func readings(_ i: Int) -> [(prefix: String, stem: String)] {
        tokens[i].kind == .word ? words.readings[Int(tokens[i].id)] : []
    }
    func isUpper(_ i: Int) -> Bool {
        let s = tt.scalars[tokens[i].start].value
        return (0x41...0x5A).contains(s)
    }

    /// Per token: its word's vocabulary id (`tokens[i].id`) for a word token, -1 for punctuation and numbers. Four
    /// bytes a token: a scan over every token that reads only this (and the class arrays) does not pull each
    /// 64-byte `Token` into the cache.
    let wordIDs: [Int32]
}
