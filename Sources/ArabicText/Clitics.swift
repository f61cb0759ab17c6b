// Proclitic splitting for Arabic words: conjunctions و ف, prepositions ب ل ك, the article ال and لل (ل + ال).

public enum Clitics {
    /// Readings of a normalized word as (proclitics, stem), most literal first. The word itself is always the first
    /// reading. `لل` + X yields the stem `ال` + X. Stems shorter than two letters are not returned.
    public static func readings(_ norm: String) -> [(prefix: String, stem: String)] {
        var out: [(String, String)] = [("", norm)]
        let sc = Array(norm.unicodeScalars)
        guard sc.count >= 3, sc[0].value >= 0x0600 else { return out }
        func str(_ a: ArraySlice<Unicode.Scalar>) -> String { var v = String.UnicodeScalarView(); v.append(contentsOf: a); return String(v) }
        let waw: Unicode.Scalar = "\u{0648}", fa: Unicode.Scalar = "\u{0641}", ba: Unicode.Scalar = "\u{0628}"
        let lam: Unicode.Scalar = "\u{0644}", kaf: Unicode.Scalar = "\u{0643}", alef: Unicode.Scalar = "\u{0627}"
        var i = 0
        // conjunction
        if sc[0] == waw || sc[0] == fa { i = 1; if sc.count - 1 >= 2 { out.append((str(sc[0..<1]), str(sc[1...]))) } }
        // preposition
        if i < sc.count - 2 {
            let p = sc[i]
            if p == lam, i + 1 < sc.count, sc[i + 1] == lam, sc.count - i - 2 >= 1 {
                // لل + X → ال + X (للمجلس), and ل + لX (لليبيا, للبنان)
                var v = String.UnicodeScalarView(); v.append(alef); v.append(lam); v.append(contentsOf: sc[(i + 2)...])
                out.append((str(sc[0..<(i + 1)]), String(v)))
                if sc.count - i - 1 >= 3 { out.append((str(sc[0...i]), str(sc[(i + 1)...]))) }
            } else if p == ba || p == lam || p == kaf {
                if sc.count - i - 1 >= 2 { out.append((str(sc[0...i]), str(sc[(i + 1)...]))) }
            }
        }
        return out
    }

    /// Strips a leading definite article from a normalized stem (`ال`), if any.
    public static func withoutArticle(_ s: String) -> String {
        if s.hasPrefixFast("\u{0627}\u{0644}"), s.unicodeScalars.count > 3 { return String(s.unicodeScalars.dropFirst(2)) }
        return s
    }
}
