import Foundation
import Testing
import ArabicText
@testable import MeetingGraph
import Extraction

/// The extract path for plain UTF-8 articles: bytes validated and decoded to scalars in one pass
/// (`TextDecoding.decodePlainUTF8`), extracted without a String of the article (`Extractor.extract(utf8:source:)`).
@Suite struct ValidatedBytesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = root.appendingPathComponent("seeds/000_5fb139bb7f0b8772.txt").path

    static func json(_ d: DocumentExtraction) -> [UInt8] {
        var out = [UInt8]()
        ExtractionJSON.append(d, to: &out)
        return out
    }

    @Test func bytesPathAndStringPathGiveIdenticalExtractionsOnEverySeedArticle() throws {
        let extractor = Extractor()
        var count = 0
        for case .file(let path) in Corpus(paths: [Self.root.appendingPathComponent("seeds").path]).items {
            let bytes = try Corpus.readBytes(path: path).get()
            let article = try Corpus.decode(bytes: bytes, source: path).get()
            let decoded = try TextDecoding.decode(bytes)
            #expect(article.text == decoded.text, "\(path)")
            #expect(article.encoding == decoded.encoding && article.note == decoded.note, "\(path)")
            let utf8 = try #require(article.utf8, "\(path) is plain UTF-8")
            #expect(utf8.bytes == bytes)
            #expect(utf8.scalars == Array(decoded.text.unicodeScalars))
            let fromBytes = extractor.extract(utf8: utf8, source: path)
            let fromString = extractor.extract(text: decoded.text, source: path)
            #expect(fromBytes == fromString, "\(path)")
            #expect(extractor.extract(article) == fromString, "\(path)")
            #expect(Self.json(fromBytes) == Self.json(fromString), "\(path)")
            count += 1
        }
        #expect(count > 10)
    }

    @Test func strictValidationMatchesTheStandardLibrary() {
        let cases: [[UInt8]] = [
            [0x41, 0xD8, 0xA7, 0x20, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80],   // valid: 1-, 2-, 3-, 4-byte
            [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xF0, 0x80, 0x80, 0x80],   // overlongs
            [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],                                   // surrogates
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],                       // above U+10FFFF
            [0x41, 0xD8], [0xE2, 0x82], [0xD8, 0x41], [0x80], [0xFF],                 // truncated, stray bytes
            [0xED, 0x9F, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xEF, 0xBF, 0xBF],         // valid edges
        ]
        for b in cases {
            let expected = String(validating: b, as: UTF8.self)
            let v = ValidUTF8(validating: b)
            #expect((v == nil) == (expected == nil), "\(b)")
            if let v, let expected { #expect(v.scalars == Array(expected.unicodeScalars) && v.string == expected) }
        }
    }

    @Test func otherEncodingsAndBrokenFilesStillDecodeWithTheirNotes() throws {
        let text = String(decoding: FileManager.default.contents(atPath: Self.seed)!, as: UTF8.self)
        var utf16LE: [UInt8] = [0xFF, 0xFE], utf16BE: [UInt8] = []
        for u in text.utf16 { utf16LE += [UInt8(u & 0xFF), UInt8(u >> 8)]; utf16BE += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        let cp1256 = try #require(TextDecoding.encodeWindows1256(text))
        let broken = Array(text.utf8) + [0xD8]   // a truncated last character
        let bom = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        for (bytes, note) in [(utf16LE, "decoded as UTF-16LE"), (utf16BE, "decoded as UTF-16BE"),
                              (cp1256, "decoded as Windows-1256"), (broken, "decoded as UTF-8 (1 invalid UTF-8 sequence replaced)"),
                              (bom, nil)] {
            #expect(TextDecoding.decodePlainUTF8(bytes) == nil)
            let article = try Corpus.decode(bytes: bytes, source: "x.txt").get()
            let decoded = try TextDecoding.decode(bytes)
            #expect(article.utf8 == nil)
            #expect(article.text == decoded.text && article.encoding == decoded.encoding && article.note == decoded.note)
            if let note { #expect(article.note?.hasPrefix(note) == true, "\(article.note ?? "nil")") } else { #expect(article.note == nil) }
        }
        // the same text read as plain UTF-8 gives the same extraction as the repaired and re-encoded files
        let plain = try Corpus.decode(bytes: Array(text.utf8), source: "x.txt").get()
        #expect(plain.utf8 != nil && plain.text == text && plain.note == nil)
        let fromUTF16 = try Corpus.decode(bytes: utf16LE, source: "x.txt").get()
        #expect(Extractor().extract(text: fromUTF16.text, source: "x.txt") == Extractor().extract(utf8: plain.utf8!, source: "x.txt"))
        // empty, whitespace-only and binary files are still refused with the same messages
        for bytes: [UInt8] in [[], [0x20, 0x0A, 0x20], [0x41, 0x00, 0x42, 0x00, 0x01, 0x02, 0x03]] {
            guard case .failure(let p) = Corpus.decode(bytes: bytes, source: "x.txt") else { Issue.record("\(bytes) decoded"); continue }
            do { _ = try TextDecoding.decode(bytes); Issue.record("\(bytes) decoded") } catch { #expect(p.message == error.description) }
        }
    }
}
