// Arabic orthographic normalization, the same folding the evaluation protocol applies to names:
// diacritics (U+064B–U+0652, U+0670) and tatweel dropped; أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي;
// Arabic-Indic and Extended Arabic-Indic digits → ASCII; Latin letters lower-cased.
// Works scalar by scalar so hot paths never build `Character`s.

public enum ArabicNormalizer {
    /// Folds one scalar. Returns nil when the scalar is dropped (diacritic, tatweel).
    @inlinable
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        switch v {
        case 0x41...0x5A: return Unicode.Scalar(v + 32)
        case 0x064B...0x0652, 0x0670, 0x0640: return nil
        case 0x0623, 0x0625, 0x0622, 0x0671: return "\u{0627}"
        case 0x0649: return "\u{064A}"
        case 0x0629: return "\u{0647}"
        case 0x0624: return "\u{0648}"
        case 0x0626: return "\u{064A}"
        case 0x0660...0x0669: return Unicode.Scalar(v - 0x0660 + 0x30)
        case 0x06F0...0x06F9: return Unicode.Scalar(v - 0x06F0 + 0x30)
        case 0x06CC: return "\u{064A}"   // Farsi yeh
        case 0x06A9: return "\u{0643}"   // keheh
        case 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF: return nil
        default: return s
        }
    }

    /// Normalizes a whole string (diacritics, letter variants, digits, case).
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { if let f = fold(s) { out.append(f) } }
        return String(out)
    }

    /// Normalizes a name the way the scorer compares names: `normalize`, then quotes and punctuation
    /// become spaces, spaces collapse.
    public static func normalizeName(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastSpace = true
        for s in text.unicodeScalars {
            guard let f = fold(s) else { continue }
            if isQuote(f) || isPunctuation(f) || isSpace(f) {
                if !lastSpace { out.append(" "); lastSpace = true }
            } else { out.append(f); lastSpace = false }
        }
        if lastSpace, !out.isEmpty { out.removeLast() }
        return String(out)
    }

    @inlinable public static func isDiacritic(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x064B...0x0652).contains(v) || v == 0x0670 || v == 0x0640
    }

    /// Arabic letter (base letters and variants; not digits, not punctuation, not diacritics).
    @inlinable public static func isArabicLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x0621...0x063A).contains(v) || (0x0641...0x064A).contains(v) || (0x0671...0x06D3).contains(v)
            || v == 0x06D5 || (0x06FA...0x06FC).contains(v) || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v)
    }

    @inlinable public static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7
    }

    @inlinable public static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x30...0x39).contains(v) || (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v)
    }

    @inlinable public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0xA0 || v == 0x0B || v == 0x0C
            || (0x2000...0x200B).contains(v) || v == 0x202F || v == 0x205F || v == 0x3000 || v == 0x2028 || v == 0x2029
    }

    @inlinable public static func isQuote(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0x201C, 0x201D, 0x201E, 0x201F, 0x2018, 0x2019, 0x201A, 0x201B, 0xAB, 0xBB, 0x2039, 0x203A,
             0x60, 0xB4, 0x2032, 0x2033, 0x300C, 0x300D: return true
        default: return false
        }
    }

    /// Punctuation the scorer treats as separators (plus the rest of ASCII / Arabic punctuation).
    @inlinable public static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        case 0x060C, 0x061B, 0x061F, 0x066A, 0x066B, 0x066C, 0x066D, 0x06D4: return true
        case 0x2010...0x2015, 0x2026, 0x2022, 0xB7, 0x00A1, 0x00BF: return true
        default: return isQuote(s)
        }
    }
}
