// Ordinal numbers as written in session reports: digits (41, الـ41, الــ41, ال 42, ال42, (42), 41st) and
// words (الحادية والأربعين, الواحدة والأربعين, الثانية والأربعون, الاربعين, التاسعة والثلاثين,
// الحادية عشرة, forty-first, fortieth, thirty-ninth).

public enum Ordinals {
    /// Arabic unit ordinals (normalized), masculine and feminine.
    static let arUnits: WordMap<Int> = {
        var d = WordMap<Int>()
        let forms: [(Int, [String])] = [
            (1, ["اول", "اولي", "حادي", "حاديه", "واحد", "واحده"]),
            (2, ["ثاني", "ثانيه"]), (3, ["ثالث", "ثالثه"]), (4, ["رابع", "رابعه"]), (5, ["خامس", "خامسه"]),
            (6, ["سادس", "سادسه"]), (7, ["سابع", "سابعه"]), (8, ["ثامن", "ثامنه"]), (9, ["تاسع", "تاسعه"]),
            (10, ["عاشر", "عاشره"]),
        ]
        for (v, fs) in forms { for f in fs { d["ال" + f] = v } }
        return d
    }()
    static let arTens: WordMap<Int> = {
        var d = WordMap<Int>()
        let stems: [(Int, String)] = [(20, "عشر"), (30, "ثلاث"), (40, "اربع"), (50, "خمس"), (60, "ست"), (70, "سبع"),
                                      (80, "ثمان"), (90, "تسع")]
        for (v, s) in stems { d["ال" + s + "ين"] = v; d["ال" + s + "ون"] = v }
        return d
    }()
    static let enUnits: WordMap<Int> = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                                         "seventh": 7, "eighth": 8, "ninth": 9]
    static let enSpecial: WordMap<Int> = ["tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                                           "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                                           "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
                                           "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
                                           "ninetieth": 90]
    static let enTens: WordMap<Int> = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                                        "seventy": 70, "eighty": 80, "ninety": 90]

    /// The word without a leading و (U+0648, UTF-8 D9 88) when more than two scalars remain; built from the bytes
    /// (no Character-based prefix test). A mark after the و, which that test would have refused, leaves a word that
    /// starts with the mark and so names no tens.
    private static func stripWaw(_ s: String) -> String? {
        var s = s
        return s.withUTF8 { u -> String? in
            guard u.count >= 2, u[0] == 0xD9, u[1] == 0x88 else { return nil }
            var scalars = 0
            for b in u[2...] where b & 0xC0 != 0x80 { scalars += 1; if scalars > 2 { break } }
            guard scalars > 2 else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: u[2...]), as: UTF8.self)
        }
    }

    /// Parses an ordinal (or a cardinal written as digits) starting at token `i`.
    /// Returns the value and the index of the last token used.
    public static func parse(_ tokens: [Token], at i: Int) -> (value: Int, last: Int)? {
        guard i < tokens.count else { return nil }
        let t = tokens[i]
        func tok(_ k: Int) -> Token? { k < tokens.count ? tokens[k] : nil }
        if t.kind == .number {
            guard let v = Int(t.norm), v > 0, v < 1000 else { return nil }
            var last = i
            if let n = tok(i + 1), n.kind == .word, n.start == t.end, ["st", "nd", "rd", "th"].contains(n.norm) { last = i + 1 }
            return (v, last)
        }
        guard t.kind == .word else { return nil }
        // "ال" + digits: الـ41, ال 42
        if t.norm.same("ال"), let n = tok(i + 1), n.kind == .number, let v = Int(n.norm), v > 0, v < 1000 { return (v, i + 1) }
        if t.isArabic {
            if let u = arUnits[t.norm] {
                var value = u, last = i
                if let n = tok(i + 1), n.norm.same("عشر") || n.norm.same("عشره"), u < 10 { value = u + 10; last = i + 1 }
                else if let n = tok(i + 1), let s = stripWaw(n.norm), let tens = arTens[s], u < 10 { value = u + tens; last = i + 1 }
                else if let n = tok(i + 1), n.norm.same("و"), let m = tok(i + 2), let tens = arTens[m.norm], u < 10 {
                    value = u + tens; last = i + 2
                }
                if let h = hundreds(tokens, last + 1) { value += 100; last = h }
                return (value, last)
            }
            if let tens = arTens[t.norm] {
                var value = tens, last = i
                if let h = hundreds(tokens, i + 1) { value += 100; last = h }
                return (value, last)
            }
            return nil
        }
        // English
        // "one hundred and sixty-second", "a hundred and first", "hundredth"
        if t.norm.same("hundredth") { return (100, i) }
        if t.norm.same("one") || t.norm.same("a"), let h = tok(i + 1), h.norm.same("hundred") {
            var k = i + 2
            if let a = tok(k), a.norm.same("and") { k += 1 }
            if let r = parse(tokens, at: k), r.value < 100 { return (100 + r.value, r.last) }
            return nil
        }
        if let v = enSpecial[t.norm] { return (v, i) }
        if let v = enUnits[t.norm] { return (v, i) }
        if let tens = enTens[t.norm] {
            var k = i + 1
            if let h = tok(k), h.norm.same("-") { k += 1 }
            if let u = tok(k), let uv = enUnits[u.norm] { return (tens + uv, k) }
            return nil
        }
        return nil
    }

    private static func hundreds(_ tokens: [Token], _ k: Int) -> Int? {
        guard k + 1 < tokens.count, tokens[k].norm.same("بعد") else { return nil }
        let n = tokens[k + 1].norm
        return n.same("المايه") || n.same("الميه") || n.same("الماييه") ? k + 1 : nil
    }
}
