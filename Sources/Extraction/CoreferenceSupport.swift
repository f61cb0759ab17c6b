// Small allocation-free helpers for persons, mentions and meetings: the per-token arrays in one value with stem
// tests over a token's clitic readings, the English meeting words as one lookup, text built from UTF-8 bytes, and
// a cheap pre-filter for the per-token surname lookup.
import ArabicText

/// The article's per-token arrays held in one value for the scans over tokens (one retain per scan, not one per
/// token through the `toks` / `ctx` getters), with stem tests over a token's clitic readings that build no arrays.
struct TokenArrays {
    let toks: [Token]
    let extra: DocContext.ExtraReadings
    let litClass: [LexClass]
    let anyClass: [LexClass]

    /// The word cache's stem classes by word id (`WordCache.stemClass`; read through `stemClass(_:)`).
    let stemClasses: [LexClass]

    init(_ run: ExtractionRun) {
        toks = run.toks; extra = run.ctx.extraReadings; litClass = run.ctx.litClass; anyClass = run.ctx.anyClass
        stemClasses = run.ctx.words.stemClass
    }

    /// The classes of token k's word and of its clitic readings' stems ([] for punctuation and numbers): for a set S
    /// with a class C of its own, `stemClass(k).contains(C)` ⇔ `hasStem(k, in: S)`.
    @inline(__always)
    func stemClass(_ k: Int) -> LexClass { toks[k].kind == .word ? stemClasses[Int(toks[k].id)] : [] }

    /// `ctx.stems(k).contains { set.contains($0) }` for a word token.
    @inline(__always)
    func hasStem(_ k: Int, in set: WordSet) -> Bool {
        if set.contains(toks[k].norm) { return true }
        for r in extra[k] where set.contains(r.stem) { return true }
        return false
    }

    /// `ctx.stems(k).contains { $0.same(word) }` for a word token.
    @inline(__always)
    func hasStem(_ k: Int, _ word: String) -> Bool {
        if toks[k].norm.same(word) { return true }
        for r in extra[k] where r.stem.same(word) { return true }
        return false
    }

    /// The first clitic reading after the literal one (`Clitics.readings(norm).dropFirst().first`).
    @inline(__always)
    func secondReading(_ k: Int) -> (prefix: String, stem: String)? { extra[k].first }
}

/// English meeting words, by the case of the trigger switch they open (one hash instead of a chain of `==`).
enum EnglishTrigger: UInt8 {
    case met = 1, talks, meeting, received, call, phone, phoned, called, invited, visited, invitation, discussed, welcomed, visit

    /// Cheap pre-test before the lookup: the word's length in bytes and its first letter occur among the trigger words.
    @inline(__always) static func mayBe(_ w: String) -> Bool {
        let n = w.utf8.count
        guard n < 32, lengths & (1 << UInt32(n)) != 0, let c = w.utf8.first, c >= 0x61, c <= 0x7A else { return false }
        return firstLetters & (1 << UInt32(c - 0x61)) != 0
    }
    static let lengths: UInt32 = words.dict.keys.reduce(0) { $0 | 1 << UInt32($1.s.utf8.count) }
    static let firstLetters: UInt32 = words.dict.keys.reduce(0) { $0 | 1 << UInt32($1.s.utf8.first! - 0x61) }

    /// Prepositions that front a nominal meeting: "In a meeting with Y, X …", "X said during talks with Y".
    static let frontingPrepositions = ["in", "during", "at", "after", "following", "on", "before", "ahead"]
    /// Light verbs of "held talks / meetings".
    static let holdVerbs = ["held", "holds", "hold", "holding", "had", "has", "conducted", "conducts"]
    /// Words allowed between "discussed" and a "with" that opens the other side ("discussed today with").
    static let discussFillers = ["today", "on", "also", "separately", "later", "earlier", "yesterday", "in", "the", "a", "by",
                                 "phone", "telephone", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    static let words: WordMap<EnglishTrigger> = {
        var m = WordMap<EnglishTrigger>()
        let groups: [([String], EnglishTrigger)] = [
            (["met", "meets"], .met),
            (["talks", "discussions", "consultations"], .talks),
            (["meeting", "meetings"], .meeting),
            (["received", "receives", "hosted", "hosts"], .received),
            (["call", "calls", "conversation"], .call),
            (["phone", "telephone"], .phone),
            (["telephoned", "phoned", "telephones", "phones"], .phoned),
            (["called"], .called),
            (["invited", "invites"], .invited),
            (["visited", "visits"], .visited),
            (["invitation"], .invitation),
            (["welcomed", "welcomes"], .welcomed),
            (["visit"], .visit),
            (["discussed", "discusses", "discuss", "discussing", "conferred", "confers"], .discussed),
        ]
        for (ws, c) in groups { for w in ws { m[w] = c } }
        return m
    }()
}

/// English words that open a greetings or proxy phrase after a meeting's object ("conveying to him the greetings of X",
/// "on behalf of X", "… and his regards"): the persons named in it send greetings, they do not meet.
enum EnglishGreetings {
    static let words = FewWords(["conveying", "conveyed", "conveys", "convey", "greetings", "behalf", "regards", "salutations",
                                 "message", "letter"])
    /// Cheap pre-test: the words' first letters (b, c, g, l, m, r, s) and lengths (6 to 11 bytes).
    @inline(__always) static func mayBe(_ w: String) -> Bool {
        let n = w.utf8.count
        guard n >= 6, n <= 11, let c = w.utf8.first else { return false }
        return c == 0x62 || c == 0x63 || c == 0x67 || c == 0x6C || c == 0x6D || c == 0x72 || c == 0x73
    }
    static func contains(_ w: String) -> Bool { mayBe(w) && words.contains(w) }
}

enum NameText {
    /// Reads `tt.text(start, end)` out of the valid UTF-8 bytes `tt` was made from (its scalars are their scalars) for
    /// ranges in increasing order: the UTF-8 offset of a scalar offset is counted on from the previous range's, and
    /// the bytes are copied out of the text instead of encoded again.
    struct Cursor {
        let text: [UInt8]
        let tt: TokenizedText
        private var scalar = 0, utf8 = 0

        init(_ text: [UInt8], _ tt: TokenizedText) { self.text = text; self.tt = tt }

        /// The UTF-8 offset of scalar offset `s` (0 ≤ s ≤ scalar count): the text's bytes are read on from the last
        /// offset, eight at a time, counting the bytes that start a scalar (all but the continuation bytes 10xxxxxx).
        private mutating func offset(_ s: Int) -> Int {
            if s < scalar { scalar = 0; utf8 = 0 }
            let (i, c) = text.withUnsafeBufferPointer { b -> (Int, Int) in
                var i = utf8, c = scalar   // c: scalars that start before byte i
                if let p = b.baseAddress {
                    // whole blocks, then words, whose scalar starts are all before scalar s (a block's continuation
                    // bytes summed per byte lane, then across the lanes by one multiplication)
                    while i + 32 <= b.count {
                        var lanes: UInt64 = 0
                        for w in 0..<4 {
                            let x = UnsafeRawPointer(p + i + 8 * w).loadUnaligned(as: UInt64.self)
                            lanes &+= (x & ~(x << 1) & 0x8080_8080_8080_8080) >> 7
                        }
                        let starts = 32 - Int(truncatingIfNeeded: (lanes &* 0x0101_0101_0101_0101) >> 56)
                        if c + starts > s { break }
                        c += starts; i += 32
                    }
                    while i + 8 <= b.count {
                        let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                        let starts = 8 - (x & ~(x << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                        if c + starts > s { break }
                        c += starts; i += 8
                    }
                    while i < b.count {
                        if b[i] & 0xC0 != 0x80 { if c == s { break }; c += 1 }
                        i += 1
                    }
                }
                return (i, c)
            }
            scalar = c; utf8 = i
            return i
        }

        /// `tt.text(start, end)`.
        mutating func text(_ start: Int, _ end: Int) -> String {
            let s = max(0, start), e = min(tt.scalars.count, end)
            guard s < e else { return "" }
            let a = offset(s), b = offset(e)
            // The bytes are valid UTF-8 (the run's text was validated when it was read) and a, b are scalar starts:
            // copied into the String without validating them again.
            return String(copying: unsafe UTF8Span(unchecked: text.span.extracting(a..<b)))
        }
    }

    /// `s.contains(word)` (Foundation's search): by bytes when `s` is ASCII.
    static func contains(_ s: String, _ word: String) -> Bool {
        guard s.utf8.allSatisfy({ $0 < 0x80 }) else { return s.contains(word) }
        let w = Array(word.utf8)
        var str = s
        return str.withUTF8 { b in
            guard b.count >= w.count else { return false }
            for i in 0...(b.count - w.count) where b[i] == w[0] {
                if (1..<w.count).allSatisfy({ b[i + $0] == w[$0] }) { return true }
            }
            return false
        }
    }

    /// `s.replacingOccurrences(of: " (acting)", with: "")` for an ASCII string, by bytes; nil when `s` is not ASCII.
    static func withoutActing(_ s: String) -> String? {
        let pat = Array(" (acting)".utf8)
        var out: [UInt8] = []
        var ascii = true
        var str = s
        str.withUTF8 { b in
            out.reserveCapacity(b.count)
            var i = 0
            while i < b.count {
                if b[i] >= 0x80 { ascii = false; return }
                if b[i] == pat[0], i + pat.count <= b.count, (1..<pat.count).allSatisfy({ b[i + $0] == pat[$0] }) { i += pat.count; continue }
                out.append(b[i]); i += 1
            }
        }
        return ascii ? String(decoding: out, as: UTF8.self) : nil
    }
}

/// A 256-bit filter over words (length, second, fourth and last byte): a token whose filter bit is clear is
/// certainly not one of the words, so the dictionary lookup can be skipped. (Held inline: no array per filter.)
struct WordFilter {
    private var b0: UInt64 = 0, b1: UInt64 = 0, b2: UInt64 = 0, b3: UInt64 = 0
    /// Byte lengths of the words (bit 63 for 63 and longer): tested first, without reading the bytes.
    private var lengths: UInt64 = 0

    @inline(__always) private static func slot(_ w: String) -> Int {
        // normalized words are native Strings: their UTF-8 is read in place (no copy of the String to call withUTF8)
        if let h = w.utf8.withContiguousStorageIfAvailable({ slot(bytes: $0) }) { return h }
        var s = w
        return s.withUTF8 { slot(bytes: $0) }
    }
    @inline(__always) private static func slot(bytes b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = b.count
        guard n > 0 else { return 0 }
        var h = UInt64(n) &* 0x9E37_79B9_7F4A_7C15
        h ^= UInt64(b[n - 1]) &* 0xC2B2_AE3D_27D4_EB4F
        if n > 1 { h ^= UInt64(b[1]) &* 0x1656_67B1_9E37_79F9 }
        if n > 3 { h ^= UInt64(b[3]) &* 0x27D4_EB2F_1656_67C5 }
        return Int(truncatingIfNeeded: (h ^ (h >> 29)) & 255)
    }
    mutating func insert(_ w: String) {
        lengths |= 1 << UInt64(min(w.utf8.count, 63))
        let s = Self.slot(w), bit: UInt64 = 1 << UInt64(s & 63)
        switch s >> 6 { case 0: b0 |= bit; case 1: b1 |= bit; case 2: b2 |= bit; default: b3 |= bit }
    }
    func mayContain(_ w: String) -> Bool {
        guard lengths & (1 << UInt64(min(w.utf8.count, 63))) != 0 else { return false }
        let s = Self.slot(w), bit: UInt64 = 1 << UInt64(s & 63)
        switch s >> 6 { case 0: return b0 & bit != 0; case 1: return b1 & bit != 0; case 2: return b2 & bit != 0; default: return b3 & bit != 0 }
    }
}
