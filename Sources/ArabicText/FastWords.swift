// Byte-wise string keys. Swift's String hashing and equality are canonical-equivalence aware, which makes
// every non-ASCII lookup normalize on the fly; normalized tokens are already canonical, so comparing raw
// UTF-8 bytes is both correct here and several times faster.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Byte-wise equality (no Unicode canonical equivalence): use for normalized tokens.
    @inlinable public func same(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var a = self, b = other
        return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) } }
    }
    /// Byte-wise prefix test (no canonical equivalence).
    @inlinable public func hasPrefixFast(_ p: String) -> Bool {
        var a = self, b = p
        return a.withUTF8 { x in b.withUTF8 { y in x.count >= y.count && (y.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, y.count) == 0) } }
    }
    /// Byte-wise suffix test.
    @inlinable public func hasSuffixFast(_ p: String) -> Bool {
        var a = self, b = p
        return a.withUTF8 { x in b.withUTF8 { y in x.count >= y.count && (y.count == 0 || memcmp(x.baseAddress! + (x.count - y.count), y.baseAddress!, y.count) == 0) } }
    }
    /// Byte-wise membership in a small list.
    @inlinable public func isOne(of xs: [String]) -> Bool { xs.contains { $0.same(self) } }
}

public struct FastWord: Hashable, Sendable {
    public let s: String
    @inlinable public init(_ s: String) { self.s = s }
    @inlinable public static func == (a: FastWord, b: FastWord) -> Bool { a.s.same(b.s) }
    @inlinable public func hash(into h: inout Hasher) { h.combine(bytesHash) }
    /// Sets and dictionaries of words hash millions of short keys: a word-at-a-time hash of the bytes plus a seeded
    /// finalizer is several times cheaper than SipHash through `Hasher` (iteration order stays unspecified).
    @inlinable public func _rawHashValue(seed: Int) -> Int {
        var x = bytesHash ^ UInt64(UInt(bitPattern: seed))
        x ^= x >> 33; x &*= 0xff51_afd7_ed55_8ccd; x ^= x >> 33; x &*= 0xc4ce_b9fe_1a85_ec53; x ^= x >> 33
        return Int(bitPattern: UInt(truncatingIfNeeded: x))
    }
    /// A multiplicative hash of the UTF-8 bytes, eight at a time.
    @inlinable var bytesHash: UInt64 {
        var x = s
        return x.withUTF8 { FastWord.hashBytes($0) }
    }
    /// The hash behind `bytesHash`, over raw bytes.
    @inlinable public static func hashBytes(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = b.count
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(n)
        guard let p = b.baseAddress else { return h }
        let raw = UnsafeRawPointer(p)
        var i = 0
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while i < n { tail |= UInt64(p[i]) << shift; shift += 8; i += 1 }
        return (h ^ tail) &* 0x0000_0100_0000_01B3
    }
}

/// A set of normalized words with byte-wise lookup.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    public var storage: Set<FastWord>
    public init(_ xs: some Sequence<String>) { storage = Set(xs.map(FastWord.init)) }
    public init(arrayLiteral xs: String...) { self.init(xs) }
    public func contains(_ s: String) -> Bool { storage.contains(FastWord(s)) }
    public var words: [String] { storage.map { $0.s } }
    public func map<T>(_ f: (String) throws -> T) rethrows -> [T] { try storage.map { try f($0.s) } }
    public mutating func insert(_ s: String) { storage.insert(FastWord(s)) }
}

/// A handful of normalized words with byte-wise lookup, for sets too small to be worth hashing.
public struct FewWords: Sendable {
    public let words: [String]
    @inlinable public init(_ words: [String]) { self.words = words }
    @inlinable public func contains(_ s: String) -> Bool { s.isOne(of: words) }
}

/// A dictionary keyed by normalized words with byte-wise lookup.
public struct WordMap<V>: ExpressibleByDictionaryLiteral {
    public var dict: [FastWord: V]
    public init() { dict = [:] }
    public init(dictionaryLiteral xs: (String, V)...) { dict = [:]; for (k, v) in xs { dict[FastWord(k)] = v } }
    public subscript(_ k: String) -> V? {
        get { return dict[FastWord(k)] }
        set(v) { dict[FastWord(k)] = v }
    }
    public subscript(_ k: String, default d: @autoclosure () -> V) -> V {
        get { return dict[FastWord(k)] ?? d() }
        set(v) { dict[FastWord(k)] = v }
    }
}
extension WordMap: Sendable where V: Sendable {}
