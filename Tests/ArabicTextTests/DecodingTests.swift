import Foundation
import Testing
@testable import ArabicText

/// Text decoding on the seed article, re-encoded in every encoding an article file may arrive in.
@Suite struct DecodingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedText: String = {
        let data = FileManager.default.contents(atPath: root.appendingPathComponent("seeds/000_5fb139bb7f0b8772.txt").path)!
        return String(decoding: data, as: UTF8.self)
    }()

    static func utf16(_ s: String, littleEndian: Bool, bom: Bool) -> [UInt8] {
        var out: [UInt8] = bom ? (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) : []
        for u in s.utf16 {
            let hi = UInt8(u >> 8), lo = UInt8(u & 0xFF)
            out += littleEndian ? [lo, hi] : [hi, lo]
        }
        return out
    }

    @Test func plainUTF8() throws {
        let d = try TextDecoding.decode(Array(Self.seedText.utf8))
        #expect(d.encoding == .utf8)
        #expect(d.text == Self.seedText)
        #expect(d.note == nil)
    }

    @Test func utf8WithBOM() throws {
        let d = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(Self.seedText.utf8))
        #expect(d.encoding == .utf8BOM)
        #expect(d.text == Self.seedText)
    }

    @Test(arguments: [(true, true), (false, true), (true, false), (false, false)])
    func utf16(littleEndian: Bool, bom: Bool) throws {
        let d = try TextDecoding.decode(Self.utf16(Self.seedText, littleEndian: littleEndian, bom: bom))
        #expect(d.encoding == (littleEndian ? .utf16LE : .utf16BE))
        #expect(d.text == Self.seedText)
        #expect(d.note?.hasPrefix("decoded as UTF-16") == true)
    }

    @Test func arabicOnlyUTF16WithoutBOMHasNoNULs() throws {
        // Arabic letters and Arabic punctuation only: no 0x00 byte anywhere, so only the 0x06 pattern tells.
        let text = "الإرهاب،المخدرات؛التطرف"
        let bytes = Self.utf16(text, littleEndian: true, bom: false)
        #expect(!bytes.contains(0))
        let d = try TextDecoding.decode(bytes)
        #expect(d.text == text)
    }

    @Test func windows1256() throws {
        let bytes = try #require(TextDecoding.encodeWindows1256(Self.seedText))
        #expect(bytes.count == Self.seedText.unicodeScalars.count) // one byte per character
        let d = try TextDecoding.decode(bytes)
        #expect(d.encoding == .windows1256)
        #expect(d.text == Self.seedText)
        #expect(d.note?.hasPrefix("decoded as Windows-1256") == true)
    }

    @Test func utf8WithATruncatedLastCharacterStaysUTF8() throws {
        let bytes = Array(Self.seedText.utf8) + [0xD8] // first byte of a two-byte Arabic letter
        let d = try TextDecoding.decode(bytes)
        #expect(d.encoding == .utf8)
        #expect(d.text == Self.seedText + "\u{FFFD}")
        #expect(d.note == "decoded as UTF-8 (1 invalid UTF-8 sequence replaced)")
    }

    @Test func windows1256TableIsABijectionOnItsRange() {
        #expect(Set(TextDecoding.cp1256High).count == 128)
        #expect(TextDecoding.cp1256High[0xC7 - 0x80] == 0x0627) // ا
        #expect(TextDecoding.cp1256High[0xA1 - 0x80] == 0x060C) // ،
    }

    @Test func emptyFiles() {
        #expect(throws: TextDecodingError.empty) { try TextDecoding.decode([]) }
        #expect(throws: TextDecodingError.empty) { try TextDecoding.decode(Array(" \n\t\r\n".utf8)) }
        #expect(throws: TextDecodingError.empty) { try TextDecoding.decode([0xEF, 0xBB, 0xBF]) }
        #expect(throws: TextDecodingError.empty) { try TextDecoding.decode([0xFF, 0xFE]) }
    }

    @Test func binaryFiles() {
        // PNG header + IHDR chunk.
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
                            0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5C, 0x72, 0xA8]
        #expect(throws: TextDecodingError.self) { try TextDecoding.decode(png) }
        // An ELF-like header.
        var elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]
        elf += (0..<200).map { UInt8(($0 * 37) % 256) }
        #expect(throws: TextDecodingError.self) { try TextDecoding.decode(elf) }
        // Valid UTF-8 full of control bytes is not an article either.
        let controls = [UInt8]((0..<100).map { UInt8(1 + $0 % 8) })
        #expect(throws: TextDecodingError.self) { try TextDecoding.decode(controls) }
    }

    @Test func strictUTF8Validation() {
        func valid(_ b: [UInt8]) -> Bool { b.withUnsafeBufferPointer { TextDecoding.isValidUTF8($0) } }
        #expect(valid(Array("تونس – وات".utf8)))
        #expect(!valid([0xC0, 0xAF]))            // overlong '/'
        #expect(!valid([0xED, 0xA0, 0x80]))      // surrogate
        #expect(!valid([0xD8]))                  // truncated
        #expect(!valid([0xC7, 0xE1]))            // Windows-1256 "ال"
    }
}
