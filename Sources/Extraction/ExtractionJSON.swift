// Fast, deterministic JSON for extraction results: byte-for-byte what JSONEncoder writes with
// [.sortedKeys, .withoutEscapingSlashes] (nil optionals omitted, non-ASCII unescaped), several times faster.
// A test compares both encoders on every dev-corpus document; a field added to Model.swift must be added here.

import ArabicText

public enum ExtractionJSON {
    /// One document as compact JSON (no trailing newline).
    public static func string(_ doc: DocumentExtraction) -> String {
        var w = Writer()
        defer { w.free() }
        w.doc(doc)
        return String(decoding: UnsafeBufferPointer(start: w.p, count: w.count), as: UTF8.self)
    }

    /// Appends one document as compact JSON to a byte buffer.
    public static func append(_ d: DocumentExtraction, to o: inout [UInt8]) {
        var w = Writer()
        defer { w.free() }
        w.doc(d)
        o.append(contentsOf: UnsafeBufferPointer(start: w.p, count: w.count))
    }

    /// Writes into a manually grown byte buffer (an array append per byte paid for its capacity and uniqueness
    /// checks); the caller frees it.
    struct Writer {
        var p: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity = 4096

        init() { p = .allocate(capacity: capacity) }
        func free() { p.deallocate() }

        @inline(__always) mutating func reserve(_ k: Int) {
            guard count + k > capacity else { return }
            var c = 2 * capacity
            while c < count + k { c *= 2 }
            p = p.grown(keeping: count, to: c)
            capacity = c
        }

        @inline(__always) mutating func append(_ b: UInt8) {
            reserve(1)
            p[count] = b
            count += 1
        }

        @inline(__always) mutating func append(_ a: UInt8, _ b: UInt8) {
            reserve(2)
            p[count] = a; p[count + 1] = b
            count += 2
        }

        @inline(__always) mutating func append(_ b: UnsafeBufferPointer<UInt8>) {
            guard let base = b.baseAddress, b.count > 0 else { return }
            reserve(b.count)
            (p + count).update(from: base, count: b.count)
            count += b.count
        }

        mutating func raw(_ s: StaticString) {
            s.withUTF8Buffer { append($0) }
        }

        mutating func string(_ s: String) {
            append(0x22)
            // the bytes read in place (`withUTF8` needs a mutable copy of the String: a retain and a release)
            if s.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
                var s = s
                s.withUTF8 { escaped($0) }
            }
            append(0x22)
        }

        /// The UTF-8 bytes of a string, escaped for JSON.
        private mutating func escaped(_ buf: UnsafeBufferPointer<UInt8>) {
            guard let base = buf.baseAddress else { return }
            let n = buf.count
            var runStart = 0
            var i = 0
            while i < n {
                // eight bytes at a time while none needs escaping
                if i + 8 <= n, !Writer.needsEscape(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8; continue
                }
                let c = buf[i]
                i += 1
                if c >= 0x20 && c != 0x22 && c != 0x5C { continue }
                // byte i - 1 is escaped: copy the run before it
                if i - 1 > runStart { append(UnsafeBufferPointer(rebasing: buf[runStart..<(i - 1)])) }
                runStart = i
                switch c {
                case 0x22: append(0x5C, 0x22)
                case 0x5C: append(0x5C, 0x5C)
                case 0x0A: append(0x5C, 0x6E)
                case 0x0D: append(0x5C, 0x72)
                case 0x09: append(0x5C, 0x74)
                case 0x08: append(0x5C, 0x62)
                case 0x0C: append(0x5C, 0x66)
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    append(0x5C, 0x75); append(0x30, 0x30); append(hex[Int(c >> 4)], hex[Int(c & 0xF)])
                }
            }
            if n > runStart { append(UnsafeBufferPointer(rebasing: buf[runStart..<n])) }
        }

        /// Whether one of the eight bytes of `w` is below 0x20, a quote or a backslash (exact word-at-a-time tests).
        @inline(__always) static func needsEscape(_ w: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            @inline(__always) func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
            let below20 = (w &- ones &* 0x20) & ~w & highs != 0
            return below20 || hasZero(w ^ (ones &* 0x22)) || hasZero(w ^ (ones &* 0x5C))
        }

        /// Decimal digits, as `String(i)` writes them.
        mutating func int(_ i: Int) {
            reserve(21)
            if i < 0 { p[count] = 0x2D; count += 1 }
            let v = i.magnitude
            var n = 1, t = v
            while t >= 10 { t /= 10; n += 1 }
            var k = count + n - 1, x = v
            repeat { p[k] = UInt8(truncatingIfNeeded: x % 10) + 0x30; x /= 10; k -= 1 } while x > 0
            count += n
        }

        // (The lists are read by index: `for x in list` copies each element out, a retain and a release of each of
        // its strings and arrays.)
        mutating func strings(_ a: [String]) {
            append(0x5B)
            for i in a.indices { if i > 0 { append(0x2C) }; string(a[i]) }
            append(0x5D)
        }

        mutating func evidence(_ e: Evidence) {
            raw("{\"end\":"); int(e.end); raw(",\"start\":"); int(e.start); append(0x7D)
        }

        mutating func evidences(_ a: [Evidence]) {
            append(0x5B)
            for i in a.indices { if i > 0 { append(0x2C) }; evidence(a[i]) }
            append(0x5D)
        }

        /// Writes `"key":` with a leading comma unless first.
        mutating func key(_ k: StaticString, _ first: inout Bool) {
            if !first { append(0x2C) }
            first = false
            append(0x22); raw(k); append(0x22); append(0x3A)
        }

        mutating func participant(_ p: Participant) {
            append(0x7B)
            var first = true
            if let c = p.country { key("country", &first); string(c) }
            if let g = p.organization { key("organization", &first); string(g) }
            if let n = p.person { key("person", &first); string(n) }
            append(0x7D)
        }

        mutating func meeting(_ m: ExtractedMeeting) {
            raw("{\"evidence\":"); evidence(m.evidence)
            raw(",\"kind\":"); string(m.kind.rawValue)
            raw(",\"participants\":[")
            for i in m.participants.indices { if i > 0 { append(0x2C) }; participant(m.participants[i]) }
            append(0x5D)
            if let s = m.sentence { raw(",\"sentence\":"); string(s) }
            raw(",\"topics\":"); strings(m.topics)
            append(0x7D)
        }

        mutating func person(_ p: ExtractedPerson) {
            raw("{\"aliases\":"); strings(p.aliases)
            if let c = p.country { raw(",\"country\":"); string(c) }
            raw(",\"mentions\":"); evidences(p.mentions)
            raw(",\"name\":"); string(p.name)
            if let g = p.organization { raw(",\"organization\":"); string(g) }
            if let r = p.role { raw(",\"role\":"); string(r) }
            append(0x7D)
        }

        mutating func organizations(_ list: [ExtractedOrganization]) {
            append(0x5B)
            for i in list.indices {
                if i > 0 { append(0x2C) }
                raw("{\"id\":"); string(list[i].id); raw(",\"mentions\":"); evidences(list[i].mentions); append(0x7D)
            }
            append(0x5D)
        }

        mutating func doc(_ d: DocumentExtraction) {
            raw("{\"countries\":"); strings(d.countries)
            raw(",\"language\":"); string(d.language)
            raw(",\"meetings\":[")
            for i in d.meetings.indices { if i > 0 { append(0x2C) }; meeting(d.meetings[i]) }
            raw("],\"organizations\":")
            organizations(d.organizations)
            raw(",\"other_organizations\":")
            organizations(d.otherOrganizations)
            raw(",\"persons\":[")
            for i in d.persons.indices { if i > 0 { append(0x2C) }; person(d.persons[i]) }
            append(0x5D)
            if let s = d.session {
                raw(",\"session\":{\"body\":"); string(s.body)
                if let e = s.evidence { raw(",\"evidence\":"); evidence(e) }
                raw(",\"number\":"); int(s.number); append(0x7D)
            }
            raw(",\"source\":"); string(d.source)
            raw(",\"topics\":"); strings(d.topics)
            append(0x7D)
        }
    }
}
