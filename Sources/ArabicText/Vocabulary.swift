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
    /// The normalized text of each id.
    public private(set) var strings: [String] = []
    private var hashes: [UInt64] = []
    private var arena: [UInt8] = []
    /// Bytes of id k are arena[offsets[k] ..< offsets[k + 1]].
    private var offsets: [Int] = [0]
    /// Open-addressing table: 0 = empty, else id + 1.
    private var slots: [Int32]
    private var mask: Int

    public init(capacity: Int = 1 << 12) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// Number of distinct words.
    public var count: Int { strings.count }
    /// Bytes held by the vocabulary (for callers that bound its size).
    public var byteCount: Int { arena.count }

    /// The id of the word with these UTF-8 bytes (which must be valid UTF-8), adding it if new.
    public func intern(_ b: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = Vocabulary.hash(b)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s == 0 { break }
            let id = Int(s - 1)
            if hashes[id] == h, equal(id, b) { return Int32(id) }
            i = (i + 1) & mask
        }
        let id = strings.count
        strings.append(String(decoding: b, as: UTF8.self))
        hashes.append(h)
        arena.append(contentsOf: b)
        offsets.append(arena.count)
        slots[i] = Int32(id + 1)
        if 2 * strings.count > slots.count { grow() }
        return Int32(id)
    }

    /// The id of a normalized word, adding it if new.
    public func intern(_ s: String) -> Int32 {
        var x = s
        return x.withUTF8 { intern($0) }
    }

    @inline(__always) private func equal(_ id: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let lo = offsets[id], hi = offsets[id + 1]
        guard hi - lo == b.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            b.count == 0 || memcmp(a.baseAddress! + lo, b.baseAddress!, b.count) == 0
        }
    }

    private func grow() {
        let size = slots.count * 2
        var next = [Int32](repeating: 0, count: size)
        let m = size - 1
        for id in 0..<strings.count {
            var i = Int(truncatingIfNeeded: hashes[id]) & m
            while next[i] != 0 { i = (i + 1) & m }
            next[i] = Int32(id + 1)
        }
        slots = next
        mask = m
    }

    /// The same multiplicative hash as `FastWord`, finalized so that the low bits (the table index) mix all bytes.
    @inline(__always) static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var x = FastWord.hashBytes(b)
        x ^= x >> 33; x &*= 0xff51_afd7_ed55_8ccd; x ^= x >> 33
        return x
    }
}
