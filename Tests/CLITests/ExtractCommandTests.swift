import Foundation
import Testing

/// A scratch folder removed at the end of the test.
final class TempDir {
    let url: URL
    init(_ name: String = "majlis-cli") {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    @discardableResult func write(_ name: String, _ bytes: [UInt8]) -> String {
        let p = path(name)
        try! FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: p, contents: Data(bytes))
        return p
    }
    @discardableResult func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }
}

enum Seed {
    static let path = "seeds/000_5fb139bb7f0b8772.txt"
    static let text = String(decoding: FileManager.default.contents(atPath: CLI.packageRoot.appendingPathComponent(path).path)!, as: UTF8.self)

    static func utf16LE(_ s: String) -> [UInt8] { [0xFF, 0xFE] + s.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }
    static func utf16BEWithoutBOM(_ s: String) -> [UInt8] { s.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }

    /// Windows-1256 bytes, built from the code page table written out here independently of the decoder.
    static func windows1256(_ s: String) -> [UInt8] {
        var table = [UInt32: UInt8]()
        let high: [UInt32] = [
            0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0679, 0x2039, 0x0152, 0x0686, 0x0698, 0x0688,
            0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x06A9, 0x2122, 0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA,
            0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
            0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F,
            0x06C1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627, 0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
            0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7, 0x0637, 0x0638, 0x0639, 0x063A, 0x0640, 0x0641, 0x0642, 0x0643,
            0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF,
            0x064B, 0x064C, 0x064D, 0x064E, 0x00F4, 0x064F, 0x0650, 0x00F7, 0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2,
        ]
        for (i, u) in high.enumerated() { table[u] = UInt8(0x80 + i) }
        return s.unicodeScalars.map { $0.value < 0x80 ? UInt8($0.value) : table[$0.value]! }
    }
}

/// The documents of a `--format json` output, with `source` removed so encodings can be compared.
func documents(_ stdout: Data) throws -> [[String: Any]] {
    let object = try #require(try JSONSerialization.jsonObject(with: stdout) as? [String: Any])
    return try #require(object["documents"] as? [[String: Any]])
}

func withoutSource(_ doc: [String: Any]) -> String {
    var d = doc
    d["source"] = nil
    let data = try! JSONSerialization.data(withJSONObject: d, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
}

@Suite(.serialized) struct ExtractCommandTests {
    @Test func jsonFollowsTheProtocol() throws {
        let r = try CLI.run(["extract", "--format", "json", Seed.path])
        #expect(r.status == 0)
        let docs = try documents(r.stdoutData)
        #expect(docs.count == 1)
        #expect(docs[0]["source"] as? String == Seed.path)
        for key in ["countries", "persons", "organizations", "meetings", "topics"] { #expect(docs[0][key] is [Any], "\(key)") }
    }

    @Test func otherEncodingsExtractIdenticallyAndSaySo() throws {
        let dir = TempDir()
        let cp = dir.write("cp1256.txt", Seed.windows1256(Seed.text))
        let le = dir.write("utf16le.txt", Seed.utf16LE(Seed.text))
        let be = dir.write("utf16be.txt", Seed.utf16BEWithoutBOM(Seed.text))
        let r = try CLI.run(["extract", "--format", "json", Seed.path, cp, le, be])
        #expect(r.status == 0)
        let docs = try documents(r.stdoutData)
        #expect(docs.count == 4)
        let reference = withoutSource(docs[0])
        for d in docs.dropFirst() { #expect(withoutSource(d) == reference) }
        #expect(r.stderr.contains("\(cp): decoded as Windows-1256"))
        #expect(r.stderr.contains("\(le): decoded as UTF-16LE"))
        #expect(r.stderr.contains("\(be): decoded as UTF-16BE"))
    }

    @Test func badInputsAreReportedOnOneLineAndOthersStillExtracted() throws {
        let dir = TempDir()
        let empty = dir.write("empty.txt", [])
        let binary = dir.write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0])
        let missing = dir.path("missing.txt")
        let r = try CLI.run(["extract", "--format", "jsonl", empty, Seed.path, binary, missing])
        #expect(r.status != 0)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.contains("majlis: error: \(empty): empty file"))
        #expect(lines.contains { $0.hasPrefix("majlis: error: \(binary): binary file") })
        #expect(lines.contains("majlis: error: \(missing): no such file or directory"))
        let out = r.stdout.split(separator: "\n")
        #expect(out.count == 1 && out[0].contains("\"source\":\"\(Seed.path)\""))
    }

    @Test func unreadableFile() throws {
        guard getuid() != 0 else { return } // root reads everything
        let dir = TempDir()
        let p = dir.write("locked.txt", "نص")
        chmod(p, 0)
        let r = try CLI.run(["extract", p])
        #expect(r.status != 0 && r.stderr.contains("\(p): cannot read"))
    }

    @Test func foldersAreSearchedRecursivelyInPathOrder() throws {
        let dir = TempDir()
        dir.write("b/2.txt", Seed.text)
        dir.write("a/1.txt", Seed.text)
        dir.write("a/1.gold.json", "{}")
        dir.write("a/notes.csv", "x,y")
        let r = try CLI.run(["extract", "--format", "jsonl", dir.url.path])
        #expect(r.status == 0)
        let sources = r.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["source"] as? String
        }
        #expect(sources == [dir.path("a/1.txt"), dir.path("b/2.txt")])
        // The CSV is mentioned, the gold file is not.
        #expect(r.stderr.contains("notes.csv"))
        #expect(!r.stderr.contains("gold.json"))
        let emptyDir = TempDir()
        let e = try CLI.run(["extract", emptyDir.url.path])
        #expect(e.status != 0 && e.stderr.contains("no .txt articles"))
    }

    @Test func standardInput() throws {
        let r = try CLI.run(["extract", "--format", "json", "-"], stdin: Data(Seed.text.utf8))
        #expect(r.status == 0)
        let docs = try documents(r.stdoutData)
        #expect(docs.first?["source"] as? String == "-")
        let file = try documents(try CLI.run(["extract", "--format", "json", Seed.path]).stdoutData)
        #expect(withoutSource(docs[0]) == withoutSource(file[0]))
    }

    @Test func readableTextByDefault() throws {
        let r = try CLI.run(["extract", Seed.path])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("== \(Seed.path)"))
        for label in ["session:", "countries:", "topics:"] { #expect(r.stdout.contains(label)) }
    }

    @Test func longSingleLineFile() throws {
        let dir = TempDir()
        let line = String(repeating: Seed.text.replacingOccurrences(of: "\n", with: " ") + " ", count: 200)
        let p = dir.write("long.txt", line)
        #expect(line.utf8.count > 1_000_000)
        let r = try CLI.run(["extract", "--format", "jsonl", p])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 1)
    }

    @Test func deterministicOutput() throws {
        let a = try CLI.run(["extract", "--format", "json", "seeds"])
        let b = try CLI.run(["extract", "--format", "json", "seeds"])
        #expect(a.status == 0 && a.stdoutData == b.stdoutData)
        #expect(try documents(a.stdoutData).count >= 33)
    }

    @Test func malformedLexiconIsOneLineNamingTheFile() throws {
        let dir = TempDir()
        let bad = dir.write("lex.json", "{\n  \"actors\": [\n    {\"name\": \"x\",}\n  ]\n}\n")
        let r = try CLI.run(["extract", "--lexicon", bad, Seed.path])
        #expect(r.status != 0)
        #expect(r.stderr == "majlis: error: \(bad): invalid JSON at line 3, column 18: trailing comma\n")
        let wrong = dir.write("lex2.json", "{\"actors\": [{\"name\": \"x\", \"country\": \"Libya\"}]}")
        let r2 = try CLI.run(["extract", "--lexicon", wrong, Seed.path])
        #expect(r2.stderr.contains("\(wrong): actors[0].country"))
        let ok = try CLI.run(["extract", "--lexicon", "examples/lexicon.json", Seed.path])
        #expect(ok.status == 0)
    }

    @Test func helpHasExamples() throws {
        for command in ["extract", "eval"] {
            let r = try CLI.run([command, "--help"])
            #expect(r.status == 0 && r.stdout.contains("Examples:"), "\(command)")
        }
    }
}

@Suite struct ParallelExtractTests {
    /// Several threads, output in corpus order, byte for byte the same as one thread; problems reported in order too.
    @Test func jobsDoNotChangeTheOutput() throws {
        let tmp = TempDir("majlis-jobs")
        tmp.write("b/empty.txt", "")
        tmp.write("b/zz.txt", Seed.text)
        let args = ["extract", "--format", "jsonl", "seeds", tmp.path("b"), "/nonexistent/x.txt"]
        let one = try CLI.run(args + ["--jobs", "1"])
        let four = try CLI.run(args + ["--jobs", "4"])
        #expect(one.status == 1 && four.status == 1)
        #expect(one.stdoutData == four.stdoutData)
        #expect(one.stderr == four.stderr)
        let lines = one.stdout.split(separator: "\n")
        #expect(lines.count == 34)   // 33 seed articles + zz.txt; nothing for the empty and missing files
        #expect(lines.last!.contains("zz.txt"))
        #expect(one.stderr.contains("empty.txt"))
        #expect(one.stderr.contains("/nonexistent/x.txt"))
    }
}

@Suite struct JobsOptionTests {
    @Test func jobsBelowOneIsAUsageError() throws {
        let r = try CLI.run(["extract", "--jobs", "0", Seed.path])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--jobs must be at least 1"))
        #expect(r.stdout.isEmpty)
    }
}
