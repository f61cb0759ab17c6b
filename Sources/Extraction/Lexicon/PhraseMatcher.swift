// Fast multi-phrase matching over normalized tokens, for the lexicon finders (topics, organizations, ...).
//
// The text is read once as Unicode scalars, normalized scalar by scalar (diacritics and tatweel dropped,
// alef/yaa/taa-marbuta/hamza-seat variants folded, Arabic-Indic digits to ASCII, Latin lowercased) and cut
// into word tokens that keep their Unicode-scalar offsets into the original text. Each Arabic token also
// yields its "cores": the token without proclitics (و ف ب ك ل) and without the article (ال، لل). A phrase
// is a sequence of token cores stored in a hashed trie; matching is leftmost-longest over token positions.
// Cost: one pass over scalars plus a few hash probes per token.

/// Normalized tokens of a text, with Unicode-scalar offsets into the original text.
public struct LexTokens: Sendable {
    /// The columns, in one block that the scan fills in place and `storage` frees (seven arrays copied out of the
    /// scan's buffers cost seven allocations, copies and releases an article).
    fileprivate let storage: Storage

    static let maxCores = 4

    public var count: Int { storage.col.count }

    /// Start (inclusive) and end (exclusive) of token i, in Unicode scalars of the original text.
    @inline(__always) func tokenStart(_ i: Int) -> Int32 { check(i); return storage.col.starts[i] }
    @inline(__always) func tokenEnd(_ i: Int) -> Int32 { check(i); return storage.col.ends[i] }
    /// Sentence number of token i (a new sentence after . ! ? ؟ or a line break).
    @inline(__always) func sentenceOf(_ i: Int) -> Int32 { check(i); return storage.col.sentence[i] }
    /// Whether token i carries the article (ال or لل after optional proclitics): "الإرهاب", "وللشرطة".
    @inline(__always) func definite(_ i: Int) -> Bool { check(i); return storage.col.hasArticle[i] }
    /// Whether token i was written in capital Latin letters in the original ("UN", "WHO").
    @inline(__always) func capitals(_ i: Int) -> Bool { check(i); return storage.col.isUppercase[i] }
    @inline(__always) private func check(_ i: Int) { precondition(i >= 0 && i < storage.col.count, "LexTokens: token index out of range") }

    /// Owner of the columns' block.
    fileprivate final class Storage: @unchecked Sendable { // (immutable once the scan is done)
        let col: Columns
        init(_ col: Columns) { self.col = col }
        deinit { col.free() }
    }

    public init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        self = scalars.withUnsafeBufferPointer { LexTokens(scanning: $0, approximateCount: text.utf8.count / 8 + 8) }
    }

    /// The same over scalars already decoded (the extraction run has them from its tokenizer).
    public init(scalars: [Unicode.Scalar]) {
        self = scalars.withUnsafeBufferPointer { LexTokens(scanning: $0, approximateCount: $0.count / 4 + 8) }
    }

    private init(scanning scalars: UnsafeBufferPointer<Unicode.Scalar>, approximateCount approx: Int) {
        self = LexNormalizer.table.withUnsafeBufferPointer { LexTokens(scanning: scalars, table: $0.baseAddress!, approximateCount: approx) }
    }

    /// One pass: between tokens, skip to the next word scalar (noting sentence ends); then read the token to its end.
    private init(scanning sc: UnsafeBufferPointer<Unicode.Scalar>, table: UnsafePointer<UInt32>, approximateCount approx: Int) {
        var col = Columns(capacity: approx)
        var sent: Int32 = 0
        var pendingBreak = false
        // The current token: its normalized letters and the FNV-1a hash of the whole, updated scalar by scalar; the
        // hashes of its suffixes (where a core starts) are computed at its end, only for the cores it has.
        var letters = Letters()
        defer { letters.free() }
        let total = sc.count
        var i = 0
        while i < total {
            let e = LexNormalizer.entry(sc[i].value, table)
            if e & LexNormalizer.dropBit != 0 { i += 1; continue } // diacritic / tatweel
            if e & LexNormalizer.wordBit == 0 {
                let v = e & LexNormalizer.valueMask
                if v == 0x2E || v == 0x21 || v == 0x3F || v == 0x061F || v == 0x0A || v == 0x06D4 { pendingBreak = true }
                i += 1
                continue
            }
            // a token starts at i
            if pendingBreak { sent += 1; pendingBreak = false }
            letters.count = 0
            var h0 = LexTokens.fnvBasis
            var lastLetterEnd = i
            var j = i
            while j < total {
                let raw = sc[j].value
                let ej = LexNormalizer.entry(raw, table)
                if ej & LexNormalizer.dropBit != 0 { j += 1; continue } // inside the token
                guard ej & LexNormalizer.wordBit != 0 else { break }
                let v = ej & LexNormalizer.valueMask
                letters.append(v)
                h0 = (h0 ^ UInt64(v)) &* LexTokens.fnvPrime
                j += 1
                lastLetterEnd = j
            }
            // Written in capitals: a Latin first letter and no lower-case letter (asked only of Latin tokens, rare
            // here, instead of testing every scalar of every token).
            var upper = false
            let l0 = letters.p[0]
            if l0 >= 0x61 && l0 <= 0x7A {
                upper = true
                for k in i..<lastLetterEnd where sc[k].value >= 0x61 && sc[k].value <= 0x7A { upper = false; break }
            }
            LexTokens.appendToken(to: &col, letters: letters, hash: h0, start: Int32(i), end: Int32(lastLetterEnd),
                                  sentence: sent, upper: upper)
            i = j // the scalar that ended the token (if any) is read by the loop above
        }
        storage = Storage(col)
    }

    /// The columns filled by the scan: one manually grown block (ten array appends per token, each with its
    /// uniqueness and capacity checks, were most of the scan's cost), per token 4 cores, start, end, sentence, core
    /// count, article and capitals flags, each column contiguous.
    fileprivate struct Columns {
        var block: UnsafeMutableRawPointer
        var cores: UnsafeMutablePointer<UInt64>
        var starts, ends, sentence: UnsafeMutablePointer<Int32>
        var coreCount: UnsafeMutablePointer<UInt8>
        var hasArticle, isUppercase: UnsafeMutablePointer<Bool>
        var count = 0, capacity: Int

        /// Bytes of one token across the columns.
        static let bytesPerToken = 8 * LexTokens.maxCores + 3 * 4 + 3

        init(capacity: Int) {
            self.capacity = max(16, capacity)
            block = .allocate(byteCount: self.capacity * Columns.bytesPerToken, alignment: 8)
            (cores, starts, ends, sentence, coreCount, hasArticle, isUppercase) = Columns.carve(block, self.capacity)
        }

        /// The columns' places in a block for `c` tokens.
        private static func carve(_ b: UnsafeMutableRawPointer, _ c: Int)
            -> (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>,
                UnsafeMutablePointer<UInt8>, UnsafeMutablePointer<Bool>, UnsafeMutablePointer<Bool>) {
            let m = LexTokens.maxCores
            return (b.bindMemory(to: UInt64.self, capacity: m * c),
                    (b + 8 * m * c).bindMemory(to: Int32.self, capacity: c),
                    (b + (8 * m + 4) * c).bindMemory(to: Int32.self, capacity: c),
                    (b + (8 * m + 8) * c).bindMemory(to: Int32.self, capacity: c),
                    (b + (8 * m + 12) * c).bindMemory(to: UInt8.self, capacity: c),
                    (b + (8 * m + 13) * c).bindMemory(to: Bool.self, capacity: c),
                    (b + (8 * m + 14) * c).bindMemory(to: Bool.self, capacity: c))
        }

        func free() { block.deallocate() }

        // Unchecked reads for the trie's matching loops (their indices are below `count` by their loop bounds).
        @inline(__always) func core(_ token: Int, _ k: Int) -> UInt64 { cores[token * LexTokens.maxCores + k] }
        @inline(__always) func coreCount(_ i: Int) -> Int { Int(self.coreCount[i]) }
        @inline(__always) func definite(_ i: Int) -> Bool { hasArticle[i] }

        /// Makes room for one more token.
        @inline(__always) mutating func reserveOne() {
            guard count == capacity else { return }
            grow()
        }

        private mutating func grow() {
            let c = 2 * capacity
            let b = UnsafeMutableRawPointer.allocate(byteCount: c * Columns.bytesPerToken, alignment: 8)
            let (co, st, en, se, cc, ha, up) = Columns.carve(b, c)
            co.moveInitialize(from: cores, count: count * LexTokens.maxCores)
            st.moveInitialize(from: starts, count: count); en.moveInitialize(from: ends, count: count)
            se.moveInitialize(from: sentence, count: count); cc.moveInitialize(from: coreCount, count: count)
            ha.moveInitialize(from: hasArticle, count: count); up.moveInitialize(from: isUppercase, count: count)
            block.deallocate()
            block = b
            (cores, starts, ends, sentence, coreCount, hasArticle, isUppercase) = (co, st, en, se, cc, ha, up)
            capacity = c
        }
    }

    static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325, fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// The normalized letters of the token being scanned (a buffer grown as needed, reused for every token).
    private struct Letters {
        var p: UnsafeMutablePointer<UInt32>
        var count = 0, capacity = 64
        init() { p = .allocate(capacity: capacity) }
        func free() { p.deallocate() }
        @inline(__always) mutating func append(_ v: UInt32) {
            if count == capacity { p = p.grown(keeping: count, to: 2 * capacity); capacity *= 2 }
            p[count] = v
            count += 1
        }
    }

    @inline(__always)
    private static func appendToken(to col: inout Columns, letters: Letters, hash h0: UInt64,
                                    start: Int32, end: Int32, sentence s: Int32, upper: Bool) {
        col.reserveOne()
        let t = col.count
        let len = letters.count
        let l0 = letters.p[0]
        col.starts[t] = start; col.ends[t] = end; col.sentence[t] = s
        col.isUppercase[t] = upper
        /// FNV-1a of the letters from `k` on (the whole token for 0).
        @inline(__always) func hash(_ k: Int) -> UInt64 {
            var v = h0
            if k > 0 {
                v = LexTokens.fnvBasis
                for i in k..<len { v = (v ^ UInt64(letters.p[i])) &* LexTokens.fnvPrime }
            }
            return v == 0 ? 1 : v
        }
        @inline(__always) func letter(_ k: Int) -> UInt32 { letters.p[k] }
        var c0 = hash(0), c1: UInt64 = 0, c2: UInt64 = 0, c3: UInt64 = 0
        var n = 1
        var article = false
        @inline(__always) func add(_ k: Int) {
            guard n < LexTokens.maxCores else { return }
            let x = hash(k)
            if x == c0 || (n > 1 && x == c1) || (n > 2 && x == c2) { return }
            switch n { case 1: c1 = x; case 2: c2 = x; default: c3 = x }
            n += 1
        }
        if len >= 3, LexNormalizer.isArabicLetter(l0) {
            // [و|ف]? then لل, or [ب|ك|ل]? then (ال)?; every core keeps at least 2 letters.
            var conj = 0
            if l0 == LexNormalizer.waw || l0 == LexNormalizer.fa { conj = 1; add(1) }
            if len - conj >= 4, letter(conj) == LexNormalizer.lam, letter(conj + 1) == LexNormalizer.lam {
                add(conj + 2); article = true
            }
            var j = conj
            let p = letter(conj)
            if len - j >= 3, p == LexNormalizer.ba || p == LexNormalizer.kaf || p == LexNormalizer.lam { j += 1; add(j) }
            if len - conj >= 4, letter(conj) == LexNormalizer.alef, letter(conj + 1) == LexNormalizer.lam {
                add(conj + 2); article = true
            }
            if j != conj, j <= 2, len - j >= 4, letter(j) == LexNormalizer.alef, letter(j + 1) == LexNormalizer.lam {
                add(j + 2); article = true
            }
        }
        let c = t * LexTokens.maxCores
        col.cores[c] = c0; col.cores[c + 1] = c1; col.cores[c + 2] = c2; col.cores[c + 3] = c3
        col.coreCount[t] = UInt8(n)
        col.hasArticle[t] = article
        col.count = t + 1
    }
}

/// Scalar-level normalization used by the lexicon matchers (same folding as the evaluation protocol).
enum LexNormalizer {
    static let drop: UInt32 = 0xFFFF_FFFF

    /// `fold` and `isWordScalar(fold(v))` of every scalar below U+0800, packed: bits 0–20 the folded scalar, `dropBit`
    /// when folding drops it, `wordBit` when the folded scalar belongs to a word. One load per scalar.
    static let dropBit: UInt32 = 1 << 30, wordBit: UInt32 = 1 << 29, valueMask: UInt32 = 0x1F_FFFF
    static let table: [UInt32] = (0..<0x800).map { pack(UInt32($0)) }

    private static func pack(_ raw: UInt32) -> UInt32 {
        let v = fold(raw)
        if v == drop { return dropBit }
        return v | (isWordScalar(v) ? wordBit : 0)
    }

    /// The packed entry of `raw`; `table` is `LexNormalizer.table`'s storage (hoisted out of the scan loop).
    @inline(__always) static func entry(_ raw: UInt32, _ table: UnsafePointer<UInt32>) -> UInt32 {
        raw < 0x800 ? table[Int(raw)] : pack(raw)
    }

    @inline(__always) static func fold(_ v: UInt32) -> UInt32 {
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return v + 0x20 }
            return v
        }
        switch v {
        case 0x064B...0x0652, 0x0670, 0x0640, 0x0653...0x065F, 0x06D6...0x06ED, 0x200C, 0x200D, 0x200E, 0x200F, 0x00AD:
            return drop
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return 0x0627   // آ أ إ ٱ → ا
        case 0x0649, 0x06CC, 0x06D2: return 0x064A                          // ى ی ے → ي
        case 0x0629, 0x06C1, 0x06BE, 0x06D5: return 0x0647                  // ة ۃ ھ ە → ه
        case 0x0624: return 0x0648                                           // ؤ → و
        case 0x0626: return 0x064A                                           // ئ → ي
        case 0x06A9: return 0x0643                                           // ک → ك
        case 0x0660...0x0669: return v - 0x0660 + 0x30
        case 0x06F0...0x06F9: return v - 0x06F0 + 0x30
        case 0x00C0...0x00DE where v != 0x00D7: return v + 0x20
        case 0xFB50...0xFEFC: return presentationForm(v)
        default: return v
        }
    }

    /// A few Arabic presentation forms (from old PDFs) → base letters; others pass through.
    static func presentationForm(_ v: UInt32) -> UInt32 {
        switch v {
        case 0xFE8D, 0xFE8E, 0xFE81...0xFE88: return 0x0627
        case 0xFEFB, 0xFEFC, 0xFEF5...0xFEFA: return 0x0644 // lam-alef ligatures: keep lam (approximation)
        default: return v
        }
    }

    @inline(__always) static func isArabicLetter(_ v: UInt32) -> Bool {
        (v >= 0x0621 && v <= 0x063A) || (v >= 0x0641 && v <= 0x064A) || (v >= 0x0671 && v <= 0x06D3)
    }

    @inline(__always) static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)
        }
        return isArabicLetter(v) || (v >= 0x00DF && v <= 0x024F && v != 0x00F7) || (v >= 0xFB50 && v <= 0xFEFC)
    }

    /// FNV-1a over t[from...].
    @inline(__always) static func hash(_ t: [UInt32], from: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = from
        while i < t.count {
            h = (h ^ UInt64(t[i])) &* 0x0000_0100_0000_01B3
            i += 1
        }
        return h == 0 ? 1 : h
    }

    static let waw: UInt32 = 0x0648, fa: UInt32 = 0x0641, ba: UInt32 = 0x0628, kaf: UInt32 = 0x0643,
               lam: UInt32 = 0x0644, alef: UInt32 = 0x0627

    /// Normalizes a phrase into token scalar arrays (same rules as the text side).
    static func tokens(_ phrase: String) -> [[UInt32]] {
        var out = [[UInt32]]()
        var cur = [UInt32]()
        for s in phrase.unicodeScalars {
            let v = fold(s.value)
            if v == drop { continue }
            if isWordScalar(v) { cur.append(v) } else if !cur.isEmpty { out.append(cur); cur = [] }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    /// The key a pattern token is stored under: without the article ال (when ≥ 2 letters remain) so that
    /// definite, indefinite and لل forms all meet it. Tokens written with a leading clitic in the pattern
    /// (e.g. "بالبشر") are stored as written *and* as their core; callers decide.
    static func patternKey(_ t: [UInt32]) -> UInt64 {
        if t.count >= 4, t[0] == alef, t[1] == lam, isArabicLetter(t[2]) { return hash(t, from: 2) }
        return hash(t, from: 0)
    }
}

/// A hashed trie of token-key sequences → payload indices; leftmost-longest matching over `LexTokens`.
struct PhraseTrie: Sendable {
    /// One slot of the edge table: (parent node, token key) → child node (child < 0: empty slot).
    private struct Edge { var key: UInt64; var parent: Int32; var child: Int32 }
    // Open-addressing table of edges (one 16-byte slot per probe instead of three arrays).
    private var edges: [Edge]
    private var mask: Int
    private var used = 0
    /// A 64 Kbit filter of the keys that start a phrase (bit = key's low 16 bits): most tokens start none, and the
    /// filter (8 KB, cache-resident) answers for them without a probe into the edge table.
    private var rootKeys = [UInt64](repeating: 0, count: 1024)
    /// Payload list per node (indices into the owner's payload table); empty = not a phrase end.
    private(set) var payloads: [[Int32]] = [[]]
    private(set) var maxDepth = 0
    /// Per node: bit 0 = some phrase ends here, bit 1 = one of them accepts a last word without the article
    /// (`accepts` without reading the payload list).
    private var acceptFlags: [UInt8] = [0]
    /// Per node: a 64-bit filter of the keys of its children (bit = key's low 6 bits). Most probes below the root find
    /// no child, and the filter (8 bytes per node, neighbours in one phrase adjacent) answers them without a probe
    /// into the edge table (a cache miss each).
    private var childFilter: [UInt64] = [0]
    /// The payload lists laid end to end (node k's are `packedPayloads[packedStart[k] ..< packedStart[k + 1]]`), set by
    /// `pack()` once the phrases are in: the matching loops read them without chasing one array per node.
    private(set) var packedPayloads: [Int32] = []
    private var packedStart: [Int32] = []

    init() {
        let cap = 1024
        edges = Array(repeating: Edge(key: 0, parent: -1, child: -1), count: cap)
        mask = cap - 1
    }

    var nodeCount: Int { payloads.count }

    @inline(__always) private static func slot(_ parent: Int32, _ key: UInt64) -> Int {
        var h = key ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return Int(truncatingIfNeeded: h)
    }

    @inline(__always) func child(_ parent: Int32, _ key: UInt64) -> Int32 {
        var i = PhraseTrie.slot(parent, key) & mask
        while true {
            let e = edges[i]
            if e.child < 0 { return -1 }
            if e.key == key && e.parent == parent { return e.child }
            i = (i + 1) & mask
        }
    }

    /// False when no phrase starts with `key` (true may still be a miss).
    @inline(__always) private func mayStart(_ key: UInt64) -> Bool {
        rootKeys[Int(key & 0xFFFF) >> 6] & (1 << (key & 63)) != 0
    }

    private mutating func grow() {
        let old = edges
        let cap = edges.count * 2
        edges = Array(repeating: Edge(key: 0, parent: -1, child: -1), count: cap)
        mask = cap - 1
        for e in old where e.child >= 0 { insertEdge(e.parent, e.key, e.child) }
    }

    /// False when `node` has no child under `key` (true may still be a miss).
    @inline(__always) private func mayHaveChild(_ node: Int32, _ key: UInt64) -> Bool {
        node == 0 ? mayStart(key) : childFilter[Int(node)] & (1 << (key & 63)) != 0
    }

    private mutating func insertEdge(_ parent: Int32, _ key: UInt64, _ node: Int32) {
        if parent == 0 { rootKeys[Int(key & 0xFFFF) >> 6] |= 1 << (key & 63) }
        childFilter[Int(parent)] |= 1 << (key & 63)
        var i = PhraseTrie.slot(parent, key) & mask
        while edges[i].child >= 0 { i = (i + 1) & mask }
        edges[i] = Edge(key: key, parent: parent, child: node)
    }

    /// Adds a phrase (sequence of token keys) with a payload index.
    mutating func insert(_ phrase: [UInt64], payload: Int32) {
        guard !phrase.isEmpty else { return }
        var node: Int32 = 0
        for key in phrase {
            let c = child(node, key)
            if c >= 0 { node = c; continue }
            if (used + 1) * 2 > edges.count { grow() }
            let new = Int32(payloads.count)
            payloads.append([])
            acceptFlags.append(0)
            childFilter.append(0)
            insertEdge(node, key, new)
            used += 1
            node = new
        }
        if !payloads[Int(node)].contains(payload) { payloads[Int(node)].append(payload) }
        acceptFlags[Int(node)] |= payload & PhraseTrie.definiteEnd == 0 ? 3 : 1
        maxDepth = max(maxDepth, phrase.count)
    }

    /// Lays the payload lists end to end (`packedPayloads`); call after the last `insert`.
    mutating func pack() {
        packedPayloads = payloads.flatMap { $0 }
        packedStart = [0]
        packedStart.reserveCapacity(payloads.count + 1)
        for ps in payloads { packedStart.append(packedStart[packedStart.count - 1] + Int32(ps.count)) }
    }

    /// Where the payloads of `node` sit in `packedPayloads` (in insertion order, as `payloads[node]`).
    @inline(__always) func payloadRange(_ node: Int32) -> Range<Int> {
        precondition(packedStart.count == payloads.count + 1, "PhraseTrie.pack() not called after the last insert")
        return Int(packedStart[Int(node)])..<Int(packedStart[Int(node) + 1])
    }

    struct Match { var first: Int; var end: Int; var node: Int32 }

    /// Payload flag: the phrase's last word is written with the article, and so must the text's be.
    /// ("التهريب" is smuggling in general; "تهريب" is the head of "تهريب المخدرات" and names no topic alone.)
    static let definiteEnd: Int32 = 1 << 30

    /// The payload index of packed payload `q` when it accepts a match whose last token is `definite` (or not),
    /// else nil: a `definiteEnd` payload needs the article on the text's last word.
    @inline(__always) static func accepted(_ q: Int32, definite: Bool) -> Int? {
        !definite && q & definiteEnd != 0 ? nil : Int(q & ~definiteEnd)
    }

    @inline(__always) fileprivate func accepts(_ node: Int32, last: Int, in t: LexTokens.Columns) -> Bool {
        let f = acceptFlags[Int(node)]
        if f == 0 { return false }
        return f & 2 != 0 || t.definite(last)
    }

    /// The same from cores `k0...` of token `i`, the root's child under core `k0` being `c0` (the caller's probe):
    /// the cores before `k0` start no phrase.
    private func longest(at i: Int, core k0: Int, child c0: Int32, in t: LexTokens.Columns) -> Match? {
        var best: Match?
        let n = t.coreCount(i)
        for k in k0..<n {
            let c: Int32
            if k == k0 { c = c0 } else {
                let key = t.core(i, k)
                guard mayStart(key) else { continue }
                c = child(0, key)
                if c < 0 { continue }
            }
            if accepts(c, last: i, in: t), best == nil || i + 1 > best!.end {
                best = Match(first: i, end: i + 1, node: c)
            }
            extend(node: c, pos: i + 1, first: i, in: t, best: &best)
        }
        return best
    }

    /// Depth-first over (token position, node); small branching (≤ 4 cores per token), no allocation.
    private func extend(node: Int32, pos: Int, first: Int, in t: LexTokens.Columns, best: inout Match?) {
        guard pos < t.count, pos - first < maxDepth else { return }
        let n = t.coreCount(pos)
        for k in 0..<n {
            let key = t.core(pos, k)
            guard mayHaveChild(node, key) else { continue }
            let c = child(node, key)
            if c < 0 { continue }
            if accepts(c, last: pos, in: t), best == nil || pos + 1 > best!.end {
                best = Match(first: first, end: pos + 1, node: c)
            }
            extend(node: c, pos: pos + 1, first: first, in: t, best: &best)
        }
    }

    /// All leftmost-longest, non-overlapping matches over the tokens.
    func matches(in tokens: LexTokens, from: Int = 0, to: Int? = nil) -> [Match] {
        var out = [Match]()
        var i = max(0, from)
        let t = tokens.storage.col // (read in place below: every index is below `end` ≤ its count)
        let end = min(to ?? t.count, t.count)
        while i < end {
            // Fast reject: no core of token i starts a phrase. Else the search goes on from the first core that does.
            var k0 = -1, c0: Int32 = -1
            for k in 0..<t.coreCount(i) {
                let key = t.core(i, k)
                guard mayStart(key) else { continue }
                c0 = child(0, key)
                if c0 >= 0 { k0 = k; break }
            }
            if k0 >= 0, let m = longest(at: i, core: k0, child: c0, in: t), m.end <= end {
                out.append(m)
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }
}

/// A Latin abbreviation written in capitals ("UN", "WHO", "AI"): matched only where the text has capitals too.
func isCapitalAbbreviation(_ phrase: String) -> Bool {
    let letters = phrase.unicodeScalars.filter { $0.properties.isAlphabetic }
    return letters.count >= 2 && letters.count <= 6 && !phrase.contains(" ")
        && letters.allSatisfy { $0.value >= 0x41 && $0.value <= 0x5A }
}

extension PhraseTrie {
    /// Inserts a phrase written in natural text; returns false when it has no tokens.
    @discardableResult
    mutating func insert(phrase: String, payload: Int32) -> Bool {
        let toks = LexNormalizer.tokens(phrase)
        guard !toks.isEmpty else { return false }
        let last = toks[toks.count - 1]
        let definite = last.count >= 4 && last[0] == LexNormalizer.alef && last[1] == LexNormalizer.lam
            && LexNormalizer.isArabicLetter(last[2])
        insert(toks.map(LexNormalizer.patternKey), payload: definite ? payload | PhraseTrie.definiteEnd : payload)
        return true
    }
}
