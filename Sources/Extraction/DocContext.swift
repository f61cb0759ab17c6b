// Per-article analysis shared by every recognizer: tokens, clitic readings, lexical classes, organization and
// country spans.
import ArabicText

/// Per-document token context. A class: the recognizers pass it around constantly, and copying a struct of
/// a dozen arrays cost a retain and a release for each of them.
final class DocContext {
    let tt: TokenizedText
    var tokens: [Token] { tt.tokens }
    let blocked: [Bool]          // inside an organization name
    let orgAt: [Int: (last: Int, id: String)]
    let countryAt: [Int: CountryMention]
    let countryCovered: [Bool]
    /// Clitic readings beyond the literal one, per token (empty for most tokens).
    let extraReadings: [[(prefix: String, stem: String)]]
    /// Lexical classes of the literal token and of any of its readings.
    let litClass: [LexClass]
    let anyClass: [LexClass]
    var countryByLast: [Int: CountryMention] = [:]

    init(tt: TokenizedText, blocked: [Bool], orgAt: [Int: (last: Int, id: String)], countryAt: [Int: CountryMention],
         countryCovered: [Bool], extraReadings: [[(prefix: String, stem: String)]]? = nil,
         classes: (lit: [LexClass], any: [LexClass])? = nil) {
        self.tt = tt; self.blocked = blocked; self.orgAt = orgAt; self.countryAt = countryAt; self.countryCovered = countryCovered
        if let er = extraReadings, let c = classes {
            self.extraReadings = er; litClass = c.lit; anyClass = c.any
        } else {
            let lex = DocContext.lexical(tt.tokens, readings: extraReadings)
            self.extraReadings = lex.readings; litClass = lex.lit; anyClass = lex.any
        }
        var byLast: [Int: CountryMention] = [:]
        for m in countryAt.values { byLast[m.last] = m }
        self.countryByLast = byLast
    }

    /// Clitic readings (unless given) and lexical classes of every word token.
    static func lexical(_ toks: [Token], readings given: [[(prefix: String, stem: String)]]?)
        -> (readings: [[(prefix: String, stem: String)]], lit: [LexClass], any: [LexClass]) {
        var er = given ?? [[(prefix: String, stem: String)]](repeating: [], count: toks.count)
        var lit = [LexClass](repeating: [], count: toks.count), any = lit
        for (i, t) in toks.enumerated() where t.kind == .word {
            if given == nil, t.isArabic, let f = t.norm.unicodeScalars.first, "وفبلك".unicodeScalars.contains(f) {
                er[i] = Array(Clitics.readings(t.norm).dropFirst())
            }
            let c = LexClass.of(t.norm)
            lit[i] = c
            var a = c
            for r in er[i] { a.formUnion(LexClass.of(r.stem)); a.formUnion(LexClass.of(Clitics.withoutArticle(r.stem))) }
            any[i] = a
        }
        return (er, lit, any)
    }

    func stems(_ i: Int) -> [String] {
        let t = tt.tokens[i]
        guard t.kind == .word else { return [] }
        if !t.isArabic || extraReadings[i].isEmpty { return [t.norm] }
        return [t.norm] + extraReadings[i].map { $0.stem }
    }
    func readings(_ i: Int) -> [(prefix: String, stem: String)] {
        let t = tt.tokens[i]
        guard t.kind == .word else { return [] }
        if !t.isArabic || extraReadings[i].isEmpty { return [("", t.norm)] }
        return [("", t.norm)] + extraReadings[i]
    }
    func isUpper(_ i: Int) -> Bool {
        let s = tt.scalars[tt.tokens[i].start].value
        return (0x41...0x5A).contains(s)
    }
}
