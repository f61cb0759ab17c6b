// Fast, deterministic JSON for extraction results: byte-for-byte what JSONEncoder writes with
// [.sortedKeys, .withoutEscapingSlashes] (nil optionals omitted, non-ASCII unescaped), several times faster.
// A test compares both encoders on every dev-corpus document; a field added to Model.swift must be added here.

public enum ExtractionJSON {
    /// One document as compact JSON (no trailing newline).
    public static func string(_ doc: DocumentExtraction) -> String {
        var out = [UInt8]()
        out.reserveCapacity(4096)
        append(doc, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one document as compact JSON to a byte buffer.
    public static func append(_ d: DocumentExtraction, to o: inout [UInt8]) {
        var w = Writer(o: o)
        o = []
        w.doc(d)
        o = w.o
    }

    struct Writer {
        var o: [UInt8]

        mutating func raw(_ s: StaticString) {
            s.withUTF8Buffer { o.append(contentsOf: $0) }
        }

        mutating func string(_ s: String) {
            o.append(0x22)
            var s = s
            s.withUTF8 { buf in
                var runStart = 0
                for i in 0..<buf.count {
                    let c = buf[i]
                    if c >= 0x20 && c != 0x22 && c != 0x5C { continue }
                    if i > runStart { o.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i])) }
                    runStart = i + 1
                    switch c {
                    case 0x22: o.append(0x5C); o.append(0x22)
                    case 0x5C: o.append(0x5C); o.append(0x5C)
                    case 0x0A: o.append(0x5C); o.append(0x6E)
                    case 0x0D: o.append(0x5C); o.append(0x72)
                    case 0x09: o.append(0x5C); o.append(0x74)
                    case 0x08: o.append(0x5C); o.append(0x62)
                    case 0x0C: o.append(0x5C); o.append(0x66)
                    default:
                        let hex: [UInt8] = Array("0123456789abcdef".utf8)
                        o.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
                    }
                }
                if buf.count > runStart { o.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<buf.count])) }
            }
            o.append(0x22)
        }

        mutating func int(_ i: Int) {
            var s = String(i)
            s.withUTF8 { o.append(contentsOf: $0) }
        }

        mutating func strings(_ a: [String]) {
            o.append(0x5B)
            for (i, s) in a.enumerated() { if i > 0 { o.append(0x2C) }; string(s) }
            o.append(0x5D)
        }

        mutating func evidence(_ e: Evidence) {
            raw("{\"end\":"); int(e.end); raw(",\"start\":"); int(e.start); o.append(0x7D)
        }

        mutating func evidences(_ a: [Evidence]) {
            o.append(0x5B)
            for (i, e) in a.enumerated() { if i > 0 { o.append(0x2C) }; evidence(e) }
            o.append(0x5D)
        }

        /// Writes `"key":` with a leading comma unless first.
        mutating func key(_ k: StaticString, _ first: inout Bool) {
            if !first { o.append(0x2C) }
            first = false
            o.append(0x22); raw(k); o.append(0x22); o.append(0x3A)
        }

        mutating func participant(_ p: Participant) {
            o.append(0x7B)
            var first = true
            if let c = p.country { key("country", &first); string(c) }
            if let g = p.organization { key("organization", &first); string(g) }
            if let n = p.person { key("person", &first); string(n) }
            o.append(0x7D)
        }

        mutating func meeting(_ m: ExtractedMeeting) {
            raw("{\"evidence\":"); evidence(m.evidence)
            raw(",\"kind\":"); string(m.kind.rawValue)
            raw(",\"participants\":[")
            for (i, p) in m.participants.enumerated() { if i > 0 { o.append(0x2C) }; participant(p) }
            o.append(0x5D)
            if let s = m.sentence { raw(",\"sentence\":"); string(s) }
            raw(",\"topics\":"); strings(m.topics)
            o.append(0x7D)
        }

        mutating func person(_ p: ExtractedPerson) {
            raw("{\"aliases\":"); strings(p.aliases)
            if let c = p.country { raw(",\"country\":"); string(c) }
            raw(",\"mentions\":"); evidences(p.mentions)
            raw(",\"name\":"); string(p.name)
            if let g = p.organization { raw(",\"organization\":"); string(g) }
            if let r = p.role { raw(",\"role\":"); string(r) }
            o.append(0x7D)
        }

        mutating func organizations(_ list: [ExtractedOrganization]) {
            o.append(0x5B)
            for (i, g) in list.enumerated() {
                if i > 0 { o.append(0x2C) }
                raw("{\"id\":"); string(g.id); raw(",\"mentions\":"); evidences(g.mentions); o.append(0x7D)
            }
            o.append(0x5D)
        }

        mutating func doc(_ d: DocumentExtraction) {
            raw("{\"countries\":"); strings(d.countries)
            raw(",\"language\":"); string(d.language)
            raw(",\"meetings\":[")
            for (i, m) in d.meetings.enumerated() { if i > 0 { o.append(0x2C) }; meeting(m) }
            raw("],\"organizations\":")
            organizations(d.organizations)
            raw(",\"other_organizations\":")
            organizations(d.otherOrganizations)
            raw(",\"persons\":[")
            for (i, p) in d.persons.enumerated() { if i > 0 { o.append(0x2C) }; person(p) }
            o.append(0x5D)
            if let s = d.session {
                raw(",\"session\":{\"body\":"); string(s.body)
                if let e = s.evidence { raw(",\"evidence\":"); evidence(e) }
                raw(",\"number\":"); int(s.number); o.append(0x7D)
            }
            raw(",\"source\":"); string(d.source)
            raw(",\"topics\":"); strings(d.topics)
            o.append(0x7D)
        }
    }
}
