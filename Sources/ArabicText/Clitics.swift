// Proclitic splitting for Arabic words: conjunctions و ف, prepositions ب ل ك, the article ال and لل (ل + ال).
// Works on UTF-8 bytes (each Arabic letter is two bytes) so the hot path never builds Characters.

public enum Clitics {
    // UTF-8 of the letters involved (second byte; all start with 0xD9 except ب (D8 A8) and ا (D8 A7))
    @inline(__always) static func letter(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt16 {
        guard 2 * i + 1 < b.count else { return 0 }
        return UInt16(b[2 * i]) << 8 | UInt16(b[2 * i + 1])
    }
    static let waw: UInt16 = 0xD988, fa: UInt16 = 0xD981, ba: UInt16 = 0xD8A8, lam: UInt16 = 0xD984, kaf: UInt16 = 0xD983

    /// Readings of a normalized word as (proclitics, stem), most literal first. The word itself is always the first
    /// reading. `لل` + X yields the stem `ال` + X (and ل + لX). Stems shorter than two letters are not returned.
    public static func readings(_ norm: String) -> [(prefix: String, stem: String)] {
        var word = norm
        return word.withUTF8 { b in readings(norm, utf8: b) }
    }

    private static func readings(_ norm: String, utf8 b: UnsafeBufferPointer<UInt8>) -> [(prefix: String, stem: String)] {
        var out: [(String, String)] = [("", norm)]
        // Arabic-only words: every scalar two bytes in 0xD8–0xDB
        guard b.count >= 6, b.count % 2 == 0, b[0] >= 0xD8, b[0] <= 0xDB else { return out }
        for k in stride(from: 0, to: b.count, by: 2) where b[k] < 0xD8 || b[k] > 0xDB { return out }
        let n = b.count / 2
        func str(_ from: Int, _ to: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[(2 * from)..<(2 * to)]), as: UTF8.self) }
        var i = 0
        let c0 = letter(b, 0)
        if c0 == waw || c0 == fa { i = 1; if n - 1 >= 2 { out.append((str(0, 1), str(1, n))) } }
        if i < n - 2 {
            let p = letter(b, i)
            if p == lam, letter(b, i + 1) == lam, n - i - 2 >= 1 {
                out.append((str(0, i + 1), "\u{0627}" + str(i + 1, n)))
                if n - i - 1 >= 3 { out.append((str(0, i + 1), str(i + 1, n))) }
            } else if p == ba || p == lam || p == kaf {
                if n - i - 1 >= 2 { out.append((str(0, i + 1), str(i + 1, n))) }
            }
        }
        return out
    }

    /// Strips a leading definite article from a normalized stem (`ال`), if any.
    public static func withoutArticle(_ s: String) -> String {
        var x = s
        return x.withUTF8 { b in
            if b.count > 6, b[0] == 0xD8, b[1] == 0xA7, b[2] == 0xD9, b[3] == 0x84 {
                return String(decoding: UnsafeBufferPointer(rebasing: b[4...]), as: UTF8.self)
            }
            return s
        }
    }
}
