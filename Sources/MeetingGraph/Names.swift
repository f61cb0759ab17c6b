// Person-name normalization used by entity resolution and person node ids.
import Foundation

/// Normalizes official names so that spelling variants of one name compare equal.
///
/// Character level (as PROTOCOL.md's scorer): Arabic diacritics (U+064B–U+065F, U+0670) and tatweel removed;
/// أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي; Latin letters lower-cased and stripped of accents; quote marks and
/// punctuation become spaces; Arabic-Indic digits become ASCII.
/// Token level (for matching across articles): leading honorifics and ranks dropped (اللواء، الدكتور، د.،
/// الشيخ، معالي، الأمير, Sheikh, Dr, ...), `ابن` → `بن`, and the compound `عبد X` / `Abdul X` written as one
/// token (`عبد العزيز` = `عبدالعزيز`).
public enum PersonName {
    /// Character-level normalization; keeps every token.
    public static func normalizeCharacters(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = u.value
            switch v {
            case 0x0300...0x036F, 0x064B...0x065F, 0x0670, 0x0640, 0x200C...0x200F, 0x202A...0x202E,
                 0x2066...0x2069, 0xFEFF:
                continue // combining marks, tatweel, zero-width and bidi controls
            case 0x0649, 0x06CC: out.append("\u{064A}") // ى ی → ي
            case 0x0629: out.append("\u{0647}")           // ة → ه
            case 0x0671, 0x0622, 0x0623, 0x0625: out.append("\u{0627}") // ٱ آ أ إ → ا
            case 0x0624: out.append("\u{0648}")           // ؤ → و
            case 0x0626: out.append("\u{064A}")           // ئ → ي
            case 0x06A9: out.append("\u{0643}")           // ک → ك
            case 0x0660...0x0669: out.append(Unicode.Scalar(v - 0x0660 + 0x30)!)
            case 0x06F0...0x06F9: out.append(Unicode.Scalar(v - 0x06F0 + 0x30)!)
            default:
                if u.properties.isAlphabetic || u.properties.numericType != nil {
                    for l in u.properties.lowercaseMapping.unicodeScalars { out.append(l) }
                } else {
                    out.append(" ") // quotes, punctuation, hyphens, spaces
                }
            }
        }
        return String(out).split(separator: " ").joined(separator: " ")
    }

    /// Leading tokens that are ranks or honorifics, not part of a name (after character normalization).
    static let honorifics: Set<String> = [
        "اللواء", "الفريق", "اول", "الركن", "العميد", "العقيد", "المقدم", "الرائد", "المشير",
        "الدكتور", "الدكتوره", "د", "دكتور", "الشيخ", "الشيخه", "معالي", "سعاده", "سمو", "صاحب", "السمو",
        "الملكي", "الامير", "الاميره", "السيد", "السيده", "الاستاذ", "الاستاذه", "القاضي", "المستشار",
        "المهندس", "فخامه", "الرئيس", "الوزير", "الوزيره", "نائب",
        "sheikh", "shaikh", "sheikha", "dr", "prof", "mr", "mrs", "ms", "gen", "general", "lt", "maj", "col",
        "brig", "prince", "princess", "his", "her", "excellency", "highness", "royal", "he", "hh", "minister",
        "president", "judge", "counsellor", "counselor", "eng", "h",
    ]

    /// Tokens used for matching: character-normalized, honorifics dropped, compounds joined.
    public static func tokens(_ s: String) -> [String] {
        var toks = normalizeCharacters(s).split(separator: " ").map(String.init)
        while toks.count > 1, honorifics.contains(toks[0]) { toks.removeFirst() }
        var out: [String] = []
        var i = 0
        while i < toks.count {
            var t = toks[i]
            if t == "ابن" { t = "بن" }
            if (t == "عبد" || t == "abdul" || t == "abdel" || t == "abd"), i + 1 < toks.count {
                let next = toks[i + 1]
                if t == "abd", next == "al" || next == "el", i + 2 < toks.count {
                    out.append("abdul" + toks[i + 2]); i += 3; continue
                }
                out.append((t == "عبد" ? "عبد" : "abdul") + next); i += 2; continue
            }
            if t.hasPrefix("abdel") { t = "abdul" + t.dropFirst(5) }
            out.append(t)
            i += 1
        }
        return out
    }

    /// The matching key of a name: its tokens joined by single spaces.
    public static func key(_ s: String) -> String { tokens(s).joined(separator: " ") }

    /// PROTOCOL.md's names_match on token lists: equal, or the shorter has at least two tokens and is a
    /// contiguous run of the longer one's tokens.
    public static func protocolMatch(_ a: [String], _ b: [String]) -> Bool {
        if a == b { return !a.isEmpty }
        let (s, l) = a.count <= b.count ? (a, b) : (b, a)
        guard s.count >= 2, s.count < l.count else { return false }
        for start in 0...(l.count - s.count) where Array(l[start..<start + s.count]) == s { return true }
        return false
    }

    /// True when `short` (≥ 2 tokens) is an ordered subsequence of `long` that starts with the same given name:
    /// "عماد الطرابلسي" ⊂ "عماد مصطفى الطرابلسي", "خليفة بن حمد آل ثاني" ⊂ "خليفة بن حمد بن خليفة آل ثاني".
    public static func isAbbreviation(_ short: [String], of long: [String]) -> Bool {
        guard short.count >= 2, short.count <= long.count, short.first == long.first else { return false }
        if short.count == long.count { return short == long }
        var j = 0
        for t in long where j < short.count && t == short[j] { j += 1 }
        return j == short.count
    }

    /// True when the name is written in Arabic script.
    public static func isArabic(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) || (0x0750...0x077F).contains($0.value) }
    }
}
