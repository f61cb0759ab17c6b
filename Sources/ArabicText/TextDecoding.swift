// Decoding article files: bytes in, a Swift String out, plus a note of the encoding used.
//
// Order of decisions:
//   1. empty (no bytes, or only a BOM / whitespace)            → `.empty`
//   2. a BOM (UTF-8 EF BB BF, UTF-16 LE FF FE, UTF-16 BE FE FF) → that encoding
//   3. NUL bytes: UTF-16 without BOM when the NULs / Arabic high bytes sit on one parity and the decoded
//      text is plausible; otherwise `.binary`
//   4. valid UTF-8 (no BOM)                                     → UTF-8 (unless it is full of control bytes)
//   5. not UTF-8: UTF-16 without BOM when plausible (Arabic-only UTF-16 has no NULs), else Windows-1256
//      when the bytes look like text (few C0 control bytes), else `.binary`.

/// The encoding a file was decoded from.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 with BOM"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case windows1256 = "Windows-1256"

    /// True when the CLI should tell the user how the file was decoded (anything but plain UTF-8).
    public var isNoteworthy: Bool { self != .utf8 && self != .utf8BOM }
}

/// A decoded file.
public struct DecodedText: Sendable, Hashable {
    public let text: String
    public let encoding: TextEncoding
    /// How the encoding was chosen ("byte-order mark", "no BOM, detected from byte pattern", ...).
    public let detail: String?
    public init(text: String, encoding: TextEncoding, detail: String? = nil) {
        self.text = text; self.encoding = encoding; self.detail = detail
    }
    /// A one-line note for the user, e.g. "decoded as Windows-1256", or nil for plain UTF-8.
    public var note: String? {
        guard encoding.isNoteworthy || detail != nil else { return nil }
        if let detail { return "decoded as \(encoding.rawValue) (\(detail))" }
        return "decoded as \(encoding.rawValue)"
    }
}

/// Why a file could not be decoded into article text.
public enum TextDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case binary(reason: String)
    public var description: String {
        switch self {
        case .empty: return "empty file"
        case .binary(let reason): return "binary file, not text (\(reason))"
        }
    }
}

public enum TextDecoding {
    /// Decodes file bytes to text. Throws `.empty` or `.binary`.
    public static func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> DecodedText {
        try bytes.withUnsafeBufferPointer { buf throws(TextDecodingError) in try decode(buffer: buf) }
    }

    /// Decodes from any contiguous byte collection (Data, ArraySlice, ...).
    public static func decode<C: Collection>(bytes: C) throws(TextDecodingError) -> DecodedText where C.Element == UInt8 {
        let array = Array(bytes)
        return try decode(array)
    }

    static func decode(buffer b: UnsafeBufferPointer<UInt8>) throws(TextDecodingError) -> DecodedText {
        let n = b.count
        if n == 0 { throw .empty }
        // 2. BOMs
        if n >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF {
            let body = UnsafeBufferPointer(rebasing: b[3...])
            let text = String(decoding: body, as: UTF8.self)
            try checkNotEmpty(text)
            if !isValidUTF8(body) {
                return DecodedText(text: text, encoding: .utf8BOM, detail: "invalid UTF-8 sequences replaced")
            }
            return DecodedText(text: text, encoding: .utf8BOM)
        }
        if n >= 2, b[0] == 0xFF, b[1] == 0xFE {
            let text = decodeUTF16(UnsafeBufferPointer(rebasing: b[2...]), littleEndian: true)
            try checkNotEmpty(text)
            return DecodedText(text: text, encoding: .utf16LE, detail: "byte-order mark")
        }
        if n >= 2, b[0] == 0xFE, b[1] == 0xFF {
            let text = decodeUTF16(UnsafeBufferPointer(rebasing: b[2...]), littleEndian: false)
            try checkNotEmpty(text)
            return DecodedText(text: text, encoding: .utf16BE, detail: "byte-order mark")
        }
        // Byte statistics over (at most) the first 64 KiB.
        let sample = UnsafeBufferPointer(rebasing: b[0..<min(n, 65536)])
        var nulEven = 0, nulOdd = 0, controls = 0
        var i = 0
        while i < sample.count {
            // eight bytes at a time while none is below 0x20 (an exact word-at-a-time test)
            if i + 8 <= sample.count {
                let w = UnsafeRawPointer(sample.baseAddress! + i).loadUnaligned(as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101
                if (w &- ones &* 0x20) & ~w & (ones &* 0x80) == 0 { i += 8; continue }
            }
            let x = sample[i]
            if x == 0 { if i & 1 == 0 { nulEven += 1 } else { nulOdd += 1 } }
            else if x < 0x20 && x != 0x09 && x != 0x0A && x != 0x0D && x != 0x0C { controls += 1 }
            i += 1
        }
        // 3. NULs: UTF-16 without BOM, or binary.
        if nulEven + nulOdd > 0 {
            if let utf16 = guessUTF16(b, sample: sample) { try checkNotEmpty(utf16.text); return utf16 }
            throw .binary(reason: "contains NUL bytes")
        }
        // 4. UTF-8
        if let text = validUTF8String(b) {
            if controls * 100 > sample.count {
                // Arabic-only UTF-16 without BOM is "valid UTF-8" made of 0x06 control bytes.
                if n % 2 == 0, let utf16 = guessUTF16(b, sample: sample) { try checkNotEmpty(utf16.text); return utf16 }
                throw .binary(reason: "control bytes")
            }
            try checkNotEmpty(text)
            return DecodedText(text: text, encoding: .utf8)
        }
        // 5. not UTF-8
        if n % 2 == 0, let utf16 = guessUTF16(b, sample: sample) { try checkNotEmpty(utf16.text); return utf16 }
        // Mostly UTF-8 with a few broken sequences (a truncated last character, one bad byte): keep UTF-8.
        let (good, bad) = utf8SequenceCounts(b)
        if good > 0 && bad * 100 <= good {
            let text = String(decoding: b, as: UTF8.self)
            try checkNotEmpty(text)
            return DecodedText(text: text, encoding: .utf8, detail: "\(bad) invalid UTF-8 sequence\(bad == 1 ? "" : "s") replaced")
        }
        if controls * 100 > sample.count {
            throw .binary(reason: "not UTF-8, control bytes")
        }
        let text = decodeWindows1256(b)
        try checkNotEmpty(text)
        return DecodedText(text: text, encoding: .windows1256, detail: "not valid UTF-8")
    }

    // MARK: - Pieces

    /// The text of strictly valid UTF-8 bytes, or nil: validated once, by the standard library where it can.
    static func validUTF8String(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        #if os(Linux)
        return String(validating: b, as: UTF8.self)
        #else
        if #available(macOS 15, *) { return String(validating: b, as: UTF8.self) }
        return isValidUTF8(b) ? String(decoding: b, as: UTF8.self) : nil
        #endif
    }

    static func checkNotEmpty(_ text: String) throws(TextDecodingError) {
        if !text.unicodeScalars.contains(where: isText) { throw .empty }
    }

    /// A scalar that makes a file more than empty: not whitespace, not a byte-order mark.
    static func isText(_ s: Unicode.Scalar) -> Bool { !(s.properties.isWhitespace || s.value == 0xFEFF) }

    /// Strict UTF-8 validation (no overlongs, no surrogates, max U+10FFFF).
    public static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let x = b[i]
            if x < 0x80 { i += 1; continue }
            var need = 0
            var minValue: UInt32 = 0
            var v: UInt32
            if x & 0xE0 == 0xC0 { need = 1; v = UInt32(x & 0x1F); minValue = 0x80 }
            else if x & 0xF0 == 0xE0 { need = 2; v = UInt32(x & 0x0F); minValue = 0x800 }
            else if x & 0xF8 == 0xF0 { need = 3; v = UInt32(x & 0x07); minValue = 0x10000 }
            else { return false }
            if i + need >= n { return false }
            for k in 1...need {
                let c = b[i + k]
                if c & 0xC0 != 0x80 { return false }
                v = (v << 6) | UInt32(c & 0x3F)
            }
            if v < minValue || v > 0x10FFFF || (0xD800...0xDFFF).contains(v) { return false }
            i += need + 1
        }
        return true
    }

    /// Counts well-formed multi-byte UTF-8 sequences and invalid bytes/sequences.
    static func utf8SequenceCounts(_ b: UnsafeBufferPointer<UInt8>) -> (good: Int, bad: Int) {
        var good = 0, bad = 0, i = 0
        let n = b.count
        while i < n {
            let x = b[i]
            if x < 0x80 { i += 1; continue }
            var need = 0
            if x & 0xE0 == 0xC0 && x >= 0xC2 { need = 1 } else if x & 0xF0 == 0xE0 { need = 2 } else if x & 0xF8 == 0xF0 && x <= 0xF4 { need = 3 }
            else { bad += 1; i += 1; continue }
            var ok = i + need < n
            if ok { for k in 1...need where b[i + k] & 0xC0 != 0x80 { ok = false; break } }
            if ok { good += 1; i += need + 1 } else { bad += 1; i += 1 }
        }
        return (good, bad)
    }

    static func decodeUTF16(_ b: UnsafeBufferPointer<UInt8>, littleEndian: Bool) -> String {
        var units = [UInt16]()
        units.reserveCapacity(b.count / 2)
        var i = 0
        while i + 1 < b.count {
            let u = littleEndian ? UInt16(b[i]) | UInt16(b[i + 1]) << 8 : UInt16(b[i]) << 8 | UInt16(b[i + 1])
            units.append(u)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// UTF-16 without BOM: pick the byte order whose high bytes are mostly 0x00 (ASCII) or 0x06 (Arabic)
    /// and whose decoded text is plausible (letters, digits, spaces, punctuation; few controls).
    static func guessUTF16(_ b: UnsafeBufferPointer<UInt8>, sample: UnsafeBufferPointer<UInt8>) -> DecodedText? {
        guard sample.count >= 2 else { return nil }
        var highEven = 0, highOdd = 0
        var i = 0
        while i + 1 < sample.count {
            let e = sample[i], o = sample[i + 1]
            if e == 0x00 || e == 0x06 || e == 0x20 || e == 0xFE || e == 0xFB { highEven += 1 }
            if o == 0x00 || o == 0x06 || o == 0x20 || o == 0xFE || o == 0xFB { highOdd += 1 }
            i += 2
        }
        let pairs = sample.count / 2
        let littleEndian: Bool
        if highOdd * 10 >= pairs * 7 && highOdd > highEven { littleEndian = true }
        else if highEven * 10 >= pairs * 7 && highEven > highOdd { littleEndian = false }
        else { return nil }
        let text = decodeUTF16(b, littleEndian: littleEndian)
        var plausible = 0, total = 0
        for s in text.unicodeScalars.prefix(32768) {
            total += 1
            let v = s.value
            if v == 0x09 || v == 0x0A || v == 0x0D || (v >= 0x20 && v < 0x7F) || (0x00A0...0x024F).contains(v)
                || (0x0600...0x06FF).contains(v) || (0x0750...0x077F).contains(v) || (0x2000...0x206F).contains(v)
                || (0xFB50...0xFEFF).contains(v) {
                plausible += 1
            }
        }
        guard total > 0, plausible * 100 >= total * 95 else { return nil }
        return DecodedText(text: text, encoding: littleEndian ? .utf16LE : .utf16BE, detail: "no byte-order mark, detected from byte pattern")
    }

    /// Windows-1256 (Arabic) → String. Bytes below 0x80 are ASCII.
    public static func decodeWindows1256(_ b: UnsafeBufferPointer<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(b.count)
        for x in b {
            let v: UInt32 = x < 0x80 ? UInt32(x) : UInt32(cp1256High[Int(x) - 0x80])
            scalars.append(Unicode.Scalar(v)!)
        }
        return String(scalars)
    }

    /// Encodes text to Windows-1256; nil when a character has no Windows-1256 byte. (Used by tests and tools.)
    public static func encodeWindows1256(_ text: String) -> [UInt8]? {
        var out = [UInt8]()
        out.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            if s.value < 0x80 { out.append(UInt8(s.value)); continue }
            guard let i = cp1256High.firstIndex(of: UInt16(truncatingIfNeeded: s.value)), s.value <= 0xFFFF else { return nil }
            out.append(UInt8(0x80 + i))
        }
        return out
    }

    /// Windows-1256 bytes 0x80...0xFF → Unicode (from the code page definition).
    static let cp1256High: [UInt16] = [
        0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0679, 0x2039, 0x0152, 0x0686, 0x0698, 0x0688,
        0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x06A9, 0x2122, 0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA,
        0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
        0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
        0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F,
        0x06C1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627,
        0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
        0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7,
        0x0637, 0x0638, 0x0639, 0x063A, 0x0640, 0x0641, 0x0642, 0x0643,
        0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7,
        0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF,
        0x064B, 0x064C, 0x064D, 0x064E, 0x00F4, 0x064F, 0x0650, 0x00F7,
        0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2,
    ]
}

/// Text held as strictly valid UTF-8 bytes together with its Unicode scalars, decoded from the bytes in the same
/// pass that validated them. An article read from a plain UTF-8 file is extracted from this without ever being
/// made into a `String` (`string` makes one on demand).
public struct ValidUTF8: Sendable, Hashable {
    /// The UTF-8 bytes (strictly valid).
    public let bytes: [UInt8]
    /// The scalars of `bytes`, in order.
    public let scalars: [Unicode.Scalar]

    /// The bytes and scalars of a String (whose UTF-8 is valid).
    public init(_ text: String) {
        self.bytes = Array(text.utf8)
        self.scalars = TokenizedText.decodeScalars(text)
    }

    /// Validates `bytes` as UTF-8 (strictly: no overlongs, no surrogates, nothing above U+10FFFF) and decodes their
    /// scalars in one pass; nil when they are not valid UTF-8.
    public init?(validating bytes: [UInt8]) {
        guard let sc = ValidUTF8.scalars(validating: bytes, stopAtControls: false) else { return nil }
        self.bytes = bytes; self.scalars = sc.scalars
    }

    fileprivate init(bytes: [UInt8], scalars: [Unicode.Scalar]) { self.bytes = bytes; self.scalars = scalars }

    /// The text as a String.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public static func == (a: ValidUTF8, b: ValidUTF8) -> Bool { a.bytes == b.bytes }
    public func hash(into h: inout Hasher) { h.combine(bytes) }

    /// The scalars of valid UTF-8 `bytes` (nil when invalid), with the count of C0 control bytes (other than tab,
    /// line feed, form feed, carriage return) in the first 64 KiB; with `stopAtControls`, nil at a NUL byte.
    static func scalars(validating bytes: [UInt8], stopAtControls: Bool) -> (scalars: [Unicode.Scalar], controls: Int)? {
        var ok = true, controls = 0
        let n = bytes.count
        let sc = bytes.withUnsafeBufferPointer { u in
            [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, count in
                count = 0
                guard let p = u.baseAddress, let q0 = out.baseAddress else { return }
                q0.withMemoryRebound(to: UInt32.self, capacity: n) { q in
                    var i = 0, k = 0
                    @inline(__always) func cont(_ j: Int) -> UInt32? {
                        let c = p[j]
                        return c & 0xC0 == 0x80 ? UInt32(c & 0x3F) : nil
                    }
                    while i < n {
                        let b0 = UInt32(p[i])
                        if b0 < 0x80 {
                            if b0 < 0x20 && stopAtControls {
                                if b0 == 0 { ok = false; return }
                                if b0 != 0x09 && b0 != 0x0A && b0 != 0x0D && b0 != 0x0C && i < 65536 { controls += 1 }
                            }
                            q[k] = b0; i += 1
                        } else if b0 < 0xE0 {
                            guard b0 >= 0xC2, i + 1 < n, let c1 = cont(i + 1) else { ok = false; return }
                            q[k] = (b0 & 0x1F) << 6 | c1; i += 2
                        } else if b0 < 0xF0 {
                            guard i + 2 < n, let c1 = cont(i + 1), let c2 = cont(i + 2) else { ok = false; return }
                            let v = (b0 & 0x0F) << 12 | c1 << 6 | c2
                            guard v >= 0x800, v & 0xF800 != 0xD800 else { ok = false; return }
                            q[k] = v; i += 3
                        } else {
                            guard b0 < 0xF5, i + 3 < n, let c1 = cont(i + 1), let c2 = cont(i + 2), let c3 = cont(i + 3)
                            else { ok = false; return }
                            let v = (b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
                            guard v >= 0x10000, v <= 0x10FFFF else { ok = false; return }
                            q[k] = v; i += 4
                        }
                        k += 1
                    }
                    count = k
                }
            }
        }
        return ok ? (sc, controls) : nil
    }
}

extension TextDecoding {
    /// The article text of `bytes` as validated UTF-8 when `decode` would give plain UTF-8 (no BOM, no NUL bytes,
    /// few control bytes, strictly valid, not empty) — the text it would give, read in one pass without making a
    /// String. nil otherwise: `decode` then gives the text, its encoding and its note (or the error).
    public static func decodePlainUTF8(_ bytes: [UInt8]) -> ValidUTF8? {
        let n = bytes.count
        guard n > 0 else { return nil }
        if n >= 2, bytes[0] == 0xEF || bytes[0] == 0xFF || bytes[0] == 0xFE { return nil }   // a BOM (or invalid)
        guard let (sc, controls) = ValidUTF8.scalars(validating: bytes, stopAtControls: true),
              controls * 100 <= min(n, 65536) else { return nil }
        // not only whitespace / BOMs (else `decode` throws `.empty`)
        guard sc.contains(where: isText) else { return nil }
        return ValidUTF8(bytes: bytes, scalars: sc)
    }
}
