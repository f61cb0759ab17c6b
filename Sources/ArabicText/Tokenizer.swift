// Tokens with Unicode-scalar offsets into the ORIGINAL text, and sentence splitting.

public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable { case word, number, punct }
    // (The small fields last: 48 bytes a token instead of 64 with padding, so every scan over an article's tokens
    // reads a quarter less memory.)
    /// Half-open scalar offsets into the original text.
    public var start: Int
    public var end: Int
    /// Normalized form (`ArabicNormalizer.fold` applied, Latin lower-cased).
    public var norm: String
    /// Line number (0-based) in the original text.
    public var line: Int
    /// Id of `norm` in the vocabulary the text was tokenized with (equal ids ⇔ equal `norm`).
    public var id: Int32
    public var kind: Kind
    /// True for Arabic-script words.
    public var isArabic: Bool
    public init(start: Int, end: Int, kind: Kind, norm: String, isArabic: Bool, line: Int, id: Int32 = -1) {
        self.start = start; self.end = end; self.kind = kind; self.norm = norm; self.isArabic = isArabic; self.line = line
        self.id = id
    }
    public var isWord: Bool { kind == .word }
    public var isPunct: Bool { kind == .punct }
}

/// A text split into scalars and tokens.
public struct TokenizedText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    /// Number of Arabic letters and of Latin letters in the text (counted by the tokenizer, per word token).
    public let arabicLetters: Int
    public let latinLetters: Int

    /// Tokenizes `text`, interning normalized words in `vocabulary` (a fresh one when not given).
    public init(_ text: String, vocabulary: Vocabulary = Vocabulary()) {
        self.init(scalars: TokenizedText.decodeScalars(text), vocabulary: vocabulary)
    }

    /// Tokenizes validated UTF-8 text, whose scalars are already decoded.
    public init(_ text: ValidUTF8, vocabulary: Vocabulary = Vocabulary()) {
        self.init(scalars: text.scalars, vocabulary: vocabulary)
    }

    private init(scalars sc: [Unicode.Scalar], vocabulary: Vocabulary) {
        self.scalars = sc
        var letters = (arabic: 0, latin: 0)
        self.tokens = sc.withUnsafeBufferPointer { Tokenizer.tokenize($0, vocabulary: vocabulary, letters: &letters) }
        self.arabicLetters = letters.arabic
        self.latinLetters = letters.latin
    }

    /// The scalars of `text`, decoded straight from its UTF-8 (valid, as every String's is) into the array's storage.
    static func decodeScalars(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { u in
            [Unicode.Scalar](unsafeUninitializedCapacity: u.count) { out, count in
                guard let p = u.baseAddress, let q = out.baseAddress else { count = 0; return }
                q.withMemoryRebound(to: UInt32.self, capacity: u.count) { q in
                    let n = u.count
                    var i = 0, k = 0
                    while i < n {
                        let b0 = UInt32(p[i])
                        if b0 < 0x80 {
                            q[k] = b0; i += 1
                        } else if b0 < 0xE0 {
                            q[k] = (b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F); i += 2
                        } else if b0 < 0xF0 {
                            q[k] = (b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F); i += 3
                        } else {
                            q[k] = (b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
                                | UInt32(p[i + 3] & 0x3F)
                            i += 4
                        }
                        k += 1
                    }
                    count = k
                }
            }
        }
    }

    /// Original text of scalars [start, end).
    public func text(_ start: Int, _ end: Int) -> String {
        let s = max(0, start), e = min(scalars.count, end)
        guard s < e else { return "" }
        // Encode straight into the String's storage (appending scalars one by one is several times slower).
        return scalars.withUnsafeBufferPointer { sc in
            String(unsafeUninitializedCapacity: 4 * (e - s)) { out in
                var n = 0
                for k in s..<e { n += Tokenizer.encodeUTF8(sc[k].value, out.baseAddress! + n) }
                return n
            }
        }
    }

    /// Original text of tokens [from, to] inclusive (with the original spacing between them).
    public func text(tokens from: Int, through to: Int) -> String {
        guard from <= to, from >= 0, to < tokens.count else { return "" }
        return text(tokens[from].start, tokens[to].end)
    }
}

public enum Tokenizer {
    private enum Cls { case arabic, latin, digit, mark, space, punct }

    @inline(__always) private static func cls(_ s: Unicode.Scalar) -> Cls {
        let v = s.value
        if v < 0x80 {
            if (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) { return .latin }
            if (0x30...0x39).contains(v) { return .digit }
            if v == 0x20 || v == 0x0A || v == 0x0D || v == 0x09 || v == 0x0B || v == 0x0C { return .space }
            return .punct
        }
        if ArabicNormalizer.isDiacritic(s) || v == 0x200C || v == 0x200D { return .mark }
        if ArabicNormalizer.isArabicLetter(s) { return .arabic }
        if ArabicNormalizer.isDigit(s) { return .digit }
        if ArabicNormalizer.isSpace(s) || v == 0x200E || v == 0x200F || v == 0xFEFF { return .space }
        if ArabicNormalizer.isLatinLetter(s) { return .latin }
        return .punct
    }

    /// Writes the UTF-8 of scalar value `v` at `p` (room for 4 bytes); returns the number of bytes.
    @inlinable @inline(__always) public static func encodeUTF8(_ v: UInt32, _ p: UnsafeMutablePointer<UInt8>) -> Int {
        if v < 0x80 { p[0] = UInt8(v); return 1 }
        if v < 0x800 { p[0] = UInt8(0xC0 | (v >> 6)); p[1] = UInt8(0x80 | (v & 0x3F)); return 2 }
        if v < 0x10000 {
            p[0] = UInt8(0xE0 | (v >> 12)); p[1] = UInt8(0x80 | ((v >> 6) & 0x3F)); p[2] = UInt8(0x80 | (v & 0x3F))
            return 3
        }
        p[0] = UInt8(0xF0 | (v >> 18)); p[1] = UInt8(0x80 | ((v >> 12) & 0x3F))
        p[2] = UInt8(0x80 | ((v >> 6) & 0x3F)); p[3] = UInt8(0x80 | (v & 0x3F))
        return 4
    }

    /// Class and fold of every scalar below U+0800 (Latin, Arabic), packed: bits 0–20 the folded scalar, bit 21 set
    /// when folding drops it, bits 24–26 the class. One load instead of a chain of range tests per scalar.
    private static let table: [UInt32] = (0..<0x800).map { v in pack(Unicode.Scalar(UInt32(v))!) }
    private static let dropBit: UInt32 = 1 << 21

    private static func pack(_ s: Unicode.Scalar) -> UInt32 {
        let c: UInt32
        switch cls(s) { case .arabic: c = 0; case .latin: c = 1; case .digit: c = 2; case .mark: c = 3; case .space: c = 4; case .punct: c = 5 }
        return c << 24 | (ArabicNormalizer.fold(s).map { $0.value } ?? dropBit)
    }

    @inline(__always) private static func entry(_ s: Unicode.Scalar, _ table: UnsafePointer<UInt32>) -> UInt32 {
        s.value < 0x800 ? table[Int(s.value)] : pack(s)
    }

    /// A growable byte buffer for the normalized form of the current token.
    private struct Bytes {
        var p: UnsafeMutablePointer<UInt8>
        var cap: Int
        var count = 0
        /// The vocabulary's running hash of the scalars appended so far.
        var hash = Vocabulary.hashBasis
        init() { cap = 256; p = .allocate(capacity: cap) }
        @inline(__always) mutating func reset() { count = 0; hash = Vocabulary.hashBasis }
        func free() { p.deallocate() }
        @inline(__always) mutating func reserve(_ k: Int) {
            guard count + k > cap else { return }
            p = p.grown(keeping: count, to: 2 * cap); cap *= 2
        }
        /// Appends the UTF-8 of a packed entry's folded scalar (nothing when folding drops it).
        @inline(__always) mutating func append(entry e: UInt32) {
            guard e & Tokenizer.dropBit == 0 else { return }
            let v = e & 0x1F_FFFF
            hash = Vocabulary.mix(hash, v)
            reserve(4)
            count += Tokenizer.encodeUTF8(v, p + count)
        }
        var view: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: p, count: count) }
    }

    /// Word, number and punctuation tokens of `sc`; each normalized form is interned in `vocabulary`.
    public static func tokenize(_ sc: [Unicode.Scalar], vocabulary: Vocabulary = Vocabulary()) -> [Token] {
        var letters = (arabic: 0, latin: 0)
        return sc.withUnsafeBufferPointer { tokenize($0, vocabulary: vocabulary, letters: &letters) }
    }

    /// The same over a scalar buffer, also counting the Arabic and the Latin letters (every letter belongs to a word
    /// token of its script; a word's marks are not letters).
    static func tokenize(_ sc: UnsafeBufferPointer<Unicode.Scalar>, vocabulary: Vocabulary,
                         letters: inout (arabic: Int, latin: Int)) -> [Token] {
        table.withUnsafeBufferPointer { table in
            tokenize(sc, table: table.baseAddress!, vocabulary: vocabulary, letters: &letters)
        }
    }

    private static func tokenize(_ sc: UnsafeBufferPointer<Unicode.Scalar>, table: UnsafePointer<UInt32>, vocabulary: Vocabulary,
                                 letters: inout (arabic: Int, latin: Int)) -> [Token] {
        var buf = Bytes()
        defer { buf.free() }
        @inline(__always) func intern() -> (String, Int32) {
            let id = vocabulary.intern(buf.view, hash: Vocabulary.finish(buf.hash))
            return (vocabulary.internedString(id), id)
        }
        let arabic: UInt32 = 0, digit: UInt32 = 2, mark: UInt32 = 3, space: UInt32 = 4, punct: UInt32 = 5
        var out: [Token] = []
        out.reserveCapacity(sc.count / 5)
        var arabicLetters = 0, latinLetters = 0
        do {
            var i = 0
            var line = 0
            let n = sc.count
            while i < n {
                let s = sc[i]
                let e = entry(s, table)
                let c = e >> 24
                if c == space {
                    if s.value == 0x0A || s.value == 0x2029 { line += 1 }
                    i += 1
                } else if c == punct {
                    buf.reset()
                    // punctuation keeps itself when folding would drop it
                    buf.append(entry: e & dropBit == 0 ? e : s.value)
                    let (norm, id) = intern()
                    out.append(Token(start: i, end: i + 1, kind: .punct, norm: norm, isArabic: false, line: line, id: id))
                    i += 1
                } else if c == mark {
                    // Stray mark (tatweel / diacritic) outside a word: attach to the previous word when adjacent.
                    let k = out.count - 1 // (the last token read in place: a copy would retain its String)
                    if k >= 0, out[k].kind == .word, out[k].end == i { out[k].end = i + 1 }
                    i += 1
                } else if c == digit {
                    var j = i
                    buf.reset()
                    while j < n {
                        let ej = entry(sc[j], table)
                        guard ej >> 24 == digit else { break }
                        buf.append(entry: ej)
                        j += 1
                    }
                    let (norm, id) = intern()
                    out.append(Token(start: i, end: j, kind: .number, norm: norm, isArabic: false, line: line, id: id))
                    i = j
                } else { // arabic or latin
                    var j = i
                    var marks = 0
                    buf.reset()
                    while j < n {
                        let ej = entry(sc[j], table)
                        let cj = ej >> 24
                        guard cj == c || (cj == mark && c == arabic) else { break }
                        if cj == mark { marks += 1 }
                        buf.append(entry: ej)
                        j += 1
                    }
                    let (norm, id) = intern()
                    out.append(Token(start: i, end: j, kind: .word, norm: norm, isArabic: c == arabic, line: line, id: id))
                    if c == arabic { arabicLetters += j - i - marks } else { latinLetters += j - i }
                    i = j
                }
            }
        }
        letters.arabic += arabicLetters
        letters.latin += latinLetters
        return out
    }
}

public enum SentenceSplitter {
    static let abbreviations: WordSet = ["dr", "lt", "gen", "col", "maj", "brig", "mr", "mrs", "ms", "st", "no",
                                             "h", "hh", "sr", "jr", "prof", "eng", "sgt", "capt", "u", "s", "vs", "mt"]

    /// The scalar value of a punctuation token's text when it is . ! ? or ؟ (read from its UTF-8: the first bytes
    /// decide), else nil.
    @inline(__always) static func breakMark(_ norm: String) -> UInt32? {
        let u = norm.utf8
        guard let b0 = u.first else { return nil }
        if b0 == 0x2E || b0 == 0x21 || b0 == 0x3F { return UInt32(b0) }
        if b0 == 0xD8, u.count >= 2, u[u.index(after: u.startIndex)] == 0x9F { return 0x061F }   // ؟ = D8 9F
        return nil
    }

    /// Sentence ranges as half-open token index ranges. Splits at line breaks and at . ! ? ؟ (not after
    /// one-letter abbreviations such as `د.` or English titles such as `Lt.`).
    public static func split(_ tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        tokens.withUnsafeBufferPointer { tokens in
            for i in tokens.indices {
                if i > start, tokens[i].line != tokens[i - 1].line {
                    out.append(start..<i); start = i
                }
                guard tokens[i].kind == .punct, let mark = SentenceSplitter.breakMark(tokens[i].norm) else { continue }
                var isBreak = true
                if mark == 0x2E, i > 0 {
                    let p = i - 1
                    // (one scalar and the abbreviations are at most 4 bytes: most words need neither test)
                    if tokens[p].kind == .word, tokens[p].end == tokens[i].start, tokens[p].norm.utf8.count <= 4,
                       tokens[p].norm.unicodeScalars.count == 1 || abbreviations.contains(tokens[p].norm) {
                        isBreak = false
                    }
                    if i + 1 < tokens.count, tokens[i + 1].kind == .number, tokens[p].kind == .number, tokens[i + 1].start == tokens[i].end {
                        isBreak = false
                    }
                }
                if isBreak {
                    out.append(start..<(i + 1)); start = i + 1
                }
            }
        }
        if start < tokens.count { out.append(start..<tokens.count) }
        return out
    }
}
