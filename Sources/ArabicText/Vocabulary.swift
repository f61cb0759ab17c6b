// Interned normalized words. Every distinct normalized token text gets a small integer id and one shared `String`;
// the tokenizer looks words up by their UTF-8 bytes, so a word seen before costs one hash and one `memcmp`, not a
// new `String` (with its UTF-8 validation and, past 15 bytes, a heap allocation). Per-word facts computed by later
// layers can then be kept in arrays indexed by id and reused across articles.
//
// Not thread-safe: one vocabulary per thread of work (see `Extraction.WordCache`).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public final class Vocabulary {
    /// Number of distinct words (ids are 0 ..< count).
    public private(set) var count = 0
    // Hot lookup state in manually managed buffers: the tokenizer probes this table once per token, and arrays held
    // in class properties would pay for exclusivity and uniqueness checks on every access.
    /// What a lookup reads of an id, side by side (one cache line for the hash test, the bytes' place and the
    /// `String` the token takes, instead of one per array): its hash, where its bytes lie in `arena`, its text.
    private struct Entry {
        var hash: UInt64
        var start: UInt32
        var count: UInt32
        var string: String
    }
    private var entries: UnsafeMutablePointer<Entry>
    private var idCapacity: Int
    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaCount = 0
    private var arenaCapacity: Int
    /// Open-addressing table: 0 = empty, else id + 1.
    private var slots: UnsafeMutablePointer<Int32>
    private var mask: Int

    public init(capacity: Int = 1 << 12) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
        mask = size - 1
        idCapacity = size / 2 + 1
        entries = .allocate(capacity: idCapacity)
        arenaCapacity = 16 * idCapacity
        arena = .allocate(capacity: arenaCapacity)
    }

    deinit {
        entries.deinitialize(count: count)
        slots.deallocate(); entries.deallocate(); arena.deallocate()
    }

    /// Bytes held by the vocabulary (for callers that bound its size).
    public var byteCount: Int { arenaCount }

    /// The id of the word with these UTF-8 bytes (which must be valid UTF-8), adding it if new.
    public func intern(_ b: UnsafeBufferPointer<UInt8>) -> Int32 {
        intern(b, hash: Vocabulary.finish(Vocabulary.hash(b)))
    }

    /// The same with the bytes' hash already known: `finish` of the running `mix` of the word's scalar values from
    /// `hashBasis` (the tokenizer computes it while it writes the bytes, so that the lookup does not wait for them).
    @inline(__always) public func intern(_ b: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int32 {
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s == 0 { break }
            let id = Int(s - 1)
            if entries[id].hash == h, equal(id, b) { return Int32(id) }
            i = (i + 1) & mask
        }
        return add(b, hash: h, slot: i)
    }

    /// The normalized text of word `id`.
    public func string(_ id: Int32) -> String {
        precondition(id >= 0 && Int(id) < count, "Vocabulary: no word with id \(id)")
        return entries[Int(id)].string
    }
    /// The same unchecked, for the tokenizer (its ids come from the lookup it has just made, which read this entry).
    @inline(__always) func internedString(_ id: Int32) -> String { entries[Int(id)].string }

    /// Adds a new word whose lookup ended at the empty slot `i`.
    private func add(_ b: UnsafeBufferPointer<UInt8>, hash h: UInt64, slot i: Int) -> Int32 {
        let id = count
        if id + 1 >= idCapacity { growIDs() } // (before `count` grows: it moves the `count` entries made so far)
        let s = String(decoding: b, as: UTF8.self)
        if arenaCount + b.count > arenaCapacity { growArena(arenaCount + b.count) }
        precondition(arenaCount + b.count <= Int(UInt32.max), "Vocabulary: more than 4 GiB of words")
        (entries + id).initialize(to: Entry(hash: h, start: UInt32(arenaCount), count: UInt32(b.count), string: s))
        if let base = b.baseAddress, b.count > 0 { (arena + arenaCount).update(from: base, count: b.count) }
        arenaCount += b.count
        slots[i] = Int32(id + 1)
        count += 1
        if 2 * count > mask + 1 { growTable() }
        return Int32(id)
    }

    /// The id of a normalized word, adding it if new.
    public func intern(_ s: String) -> Int32 {
        var x = s
        return x.withUTF8 { intern($0) }
    }

    @inline(__always) private func equal(_ id: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let lo = Int(entries[id].start)
        let n = b.count
        guard Int(entries[id].count) == n else { return false }
        guard n > 0 else { return true }
        // Inline, eight bytes at a time: words are short, and a call to memcmp cost more than the comparison.
        let x = UnsafeRawPointer(arena + lo), y = UnsafeRawPointer(b.baseAddress!)
        var i = 0
        while i + 8 <= n {
            if x.loadUnaligned(fromByteOffset: i, as: UInt64.self) != y.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        while i < n {
            if x.load(fromByteOffset: i, as: UInt8.self) != y.load(fromByteOffset: i, as: UInt8.self) { return false }
            i += 1
        }
        return true
    }

    private func growIDs() {
        let cap = 2 * idCapacity
        entries = entries.grown(keeping: count, to: cap)
        idCapacity = cap
    }

    private func growArena(_ need: Int) {
        var cap = 2 * arenaCapacity
        while cap < need { cap *= 2 }
        arena = arena.grown(keeping: arenaCount, to: cap)
        arenaCapacity = cap
    }

    private func growTable() {
        let size = 2 * (mask + 1)
        let next = UnsafeMutablePointer<Int32>.allocate(capacity: size)
        next.initialize(repeating: 0, count: size)
        let m = size - 1
        for id in 0..<count {
            var i = Int(truncatingIfNeeded: entries[id].hash) & m
            while next[i] != 0 { i = (i + 1) & m }
            next[i] = Int32(id + 1)
        }
        slots.deallocate()
        slots = next
        mask = m
    }

    /// Start of a word's running hash.
    public static let hashBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// One scalar value into a word's running hash.
    @inline(__always) public static func mix(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3 }
    /// The running hash finalized so that the low bits (the table index) mix all scalars.
    @inline(__always) public static func finish(_ h: UInt64) -> UInt64 {
        var x = h
        x ^= x >> 33; x &*= 0xff51_afd7_ed55_8ccd; x ^= x >> 33
        return x
    }

    /// The running hash of valid UTF-8 bytes (their scalar values mixed in order), before `finish`.
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = hashBasis
        var i = 0
        let n = b.count
        while i < n {
            let b0 = UInt32(b[i])
            let v: UInt32
            if b0 < 0x80 { v = b0; i += 1 }
            else if b0 < 0xE0 { v = (b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2 }
            else if b0 < 0xF0 { v = (b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3 }
            else {
                v = (b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
                i += 4
            }
            h = mix(h, v)
        }
        return h
    }
}

extension UnsafeMutablePointer {
    /// A new buffer of `capacity` elements holding the first `count` of this one, moved; this one is deallocated.
    /// The growth step of the hand-managed buffers on the tokenizing hot paths.
    @inlinable public func grown(keeping count: Int, to capacity: Int) -> UnsafeMutablePointer<Pointee> {
        let q = UnsafeMutablePointer<Pointee>.allocate(capacity: capacity)
        q.moveInitialize(from: self, count: count)
        deallocate()
        return q
    }
}
