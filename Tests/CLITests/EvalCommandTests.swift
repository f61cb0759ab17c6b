import Foundation
import Testing

/// `majlis eval` against the reference scorer on the dev corpus.
@Suite(.serialized) struct EvalCommandTests {
    /// ../shared/eval/score.py next to the package, or /work/shared/eval/score.py.
    static let scorePy: String? = {
        for p in [CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/score.py").path,
                  "/work/shared/eval/score.py"] where FileManager.default.fileExists(atPath: p) { return p }
        return nil
    }()

    static func python(_ args: [String]) -> String? {
        guard let script = scorePy else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", script] + args
        p.currentDirectoryURL = CLI.packageRoot
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return p.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    /// Every figure of `majlis eval` equals score.py's on `majlis extract --format json` of the same articles.
    @Test func sameFiguresAsScorePy() throws {
        let dir = TempDir("majlis-eval")
        let extract = try CLI.run(["extract", "--format", "json", "seeds"])
        #expect(extract.status == 0)
        let pred = dir.path("pred.json")
        FileManager.default.createFile(atPath: pred, contents: extract.stdoutData)
        guard let expected = Self.python(["seeds", pred]) else {
            print("python3 or score.py not available; parity test skipped")
            return
        }
        let table = try CLI.run(["eval", "seeds"])
        #expect(table.status == 0)
        #expect(table.stdout == expected)
        #expect(try CLI.run(["eval", "seeds", "--per-doc"]).stdout == Self.python(["seeds", pred, "--per-doc"]))
        #expect(try CLI.run(["eval", "seeds", "--json"]).stdout == Self.python(["seeds", pred, "--json"]))
        #expect(try CLI.run(["eval", "seeds", "--json", "--per-doc"]).stdout == Self.python(["seeds", pred, "--json", "--per-doc"]))
    }

    @Test func jsonOutputListsEveryCategory() throws {
        let r = try CLI.run(["eval", "seeds/sessions/41", "--json"])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
        for c in ["countries", "persons", "organizations", "meetings_countries", "meetings_persons", "topics", "topics_specific"] {
            #expect(object[c] is [String: Any], "\(c)")
        }
        #expect(object["documents"] as? Int == 7)
    }

    @Test func badGoldFilesAndMissingArticles() throws {
        let dir = TempDir("majlis-eval-bad")
        dir.write("a.txt", Seed.text)
        dir.write("a.gold.json", String(decoding: FileManager.default.contents(atPath: CLI.packageRoot.appendingPathComponent("seeds/000_5fb139bb7f0b8772.gold.json").path)!, as: UTF8.self))
        dir.write("b.gold.json", "{\"countries\": [")
        dir.write("c.gold.json", "{\"countries\": [\"LBY\"]}")  // no c.txt
        let r = try CLI.run(["eval", dir.url.path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("\(dir.path("b.gold.json")): invalid JSON"))
        #expect(r.stderr.contains("\(dir.path("c.txt")): no such file"))
        #expect(r.stdout.contains("no prediction for 1 article(s): c.txt"))
        let none = try CLI.run(["eval", dir.path("nothing")])
        #expect(none.status != 0 && none.stderr.hasPrefix("majlis: error: \(dir.path("nothing"))"))
    }
}
