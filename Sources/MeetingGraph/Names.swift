// Person-name normalization used by entity resolution and person node ids.
import ArabicText
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
    /// Character-level normalization; keeps every token. Arabic letters fold as `ArabicNormalizer.fold`
    /// (the scorer's folding); in addition Latin accents and the remaining Arabic marks (U+0653–U+065F) are
    /// removed, bidi controls dropped, and anything that is not a letter or digit separates tokens.
    public static func normalizeCharacters(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch u.value {
            case 0x0300...0x036F, 0x0653...0x065F, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                guard let f = ArabicNormalizer.fold(u) else { continue }
                if f.properties.isAlphabetic || f.properties.numericType != nil {
                    for l in f.properties.lowercaseMapping.unicodeScalars { out.append(l) }
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

extension PersonName {
    /// A consonant skeleton of each name token that Arabic and Latin spellings of one name share:
    /// "Emad Trabelsi" and "عماد الطرابلسي" both give ["md", "trbls"]. Vowels and the letters written as
    /// vowels (ا و ي ى ع ء ة, a e i o u y w) are dropped, the article ال / al- removed, Latin digraphs
    /// (sh th kh gh dh dj ch) and Arabic letters mapped to one consonant class each, doubled letters collapsed.
    public static func skeleton(_ name: String) -> [String] {
        tokens(name).compactMap { t -> String? in
            if t == "ال" || t == "al" || t == "el" { return nil }
            var s = isArabic(t) ? arabicSkeleton(t) : latinSkeleton(t)
            // A final h is often taa marbuta (ة, normalized to ه) or a Latin "-ah": drop it on both sides.
            if s.count > 1, s.hasSuffix("h") { s.removeLast() }
            return s.isEmpty ? nil : s
        }
    }

    static func arabicSkeleton(_ token: String) -> String {
        var t = Substring(token)
        if t.hasPrefix("ال"), t.count > 3 { t = t.dropFirst(2) }
        if t.hasPrefix("عبدال"), t.count > 6 { t = "عبد" + t.dropFirst(5) } // عبدالعزيز ~ abdulaziz → "bdzz"
        var out: [Character] = []
        for ch in t {
            let m: Character?
            switch ch {
            case "ب": m = "b"; case "ت", "ث", "ط": m = "t"; case "ج": m = "j"; case "ح", "ه": m = "h"
            case "خ", "ك", "ق": m = "k"; case "د", "ذ", "ض": m = "d"; case "ر": m = "r"; case "ز", "ظ": m = "z"
            case "س", "ش", "ص": m = "s"; case "غ": m = "G"; case "ف": m = "f"; case "ل": m = "l"; case "م": m = "m"
            case "ن": m = "n"; case "پ": m = "b"; case "ڤ": m = "f"; case "گ": m = "j"
            default: m = nil
            }
            if let m, out.last != m { out.append(m) }
        }
        return String(out)
    }

    static func latinSkeleton(_ token: String) -> String {
        var s = token
        if ["abu", "abou", "aboul", "abul", "abo"].contains(s) { return "b" } // أبو, "Aboul" = أبو ال
        if s.hasPrefix("abdul"), s.count > 5 { s = "abd" + s.dropFirst(5) }
        if s.hasPrefix("al"), s.count > 4, !["alan", "alex", "alain", "albert", "alfred"].contains(s) {
            // "alshammari" written as one word
            let rest = s.dropFirst(2)
            if let f = rest.first, !"aeiou".contains(f) { s = String(rest) }
        }
        for (d, r) in [("sh", "s"), ("ch", "s"), ("th", "t"), ("kh", "k"), ("gh", "G"), ("dh", "d"), ("dj", "j"), ("ph", "f")] {
            s = s.replacingOccurrences(of: d, with: r)
        }
        var out: [Character] = []
        for ch in s {
            let m: Character?
            switch ch {
            case "a", "e", "i", "o", "u", "y", "w", "'": m = nil
            case "q", "c", "k": m = "k"
            case "g", "j": m = "j"
            case "p": m = "b"
            case "v": m = "f"
            case "x": m = "k"
            default: m = ch.isLetter ? ch : nil
            }
            if let m, out.last != m { out.append(m) }
        }
        return String(out)
    }
}
