import Testing
import Foundation

/// The shared graph input (articles, folders or graph files; --session, --session-from-folder, --view), seen
/// through `majlis graph`.
@Suite struct GraphInputTests {
    static func tempDir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("majlis-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    @Test func graphFilesStandInForArticles() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a").path, b = dir.appendingPathComponent("b").path, c = dir.appendingPathComponent("c").path
        let r1 = try CLI.run(["graph", "seeds/sessions/40", "-o", a, "--format", "json,graphml"])
        #expect(r1.status == 0, "\(r1.stderr)")
        let original = try Data(contentsOf: URL(fileURLWithPath: a + "/graph.json"))
        // The saved graph read back (JSON, and GraphML) gives the same graph.
        let r2 = try CLI.run(["graph", a + "/graph.json", "-o", b, "--format", "json"])
        #expect(r2.status == 0, "\(r2.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: b + "/graph.json")) == original)
        let r3 = try CLI.run(["graph", a + "/graph.graphml", "-o", c, "--format", "json"])
        #expect(r3.status == 0, "\(r3.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: c + "/graph.json")) == original)
        #expect(r3.stdout.contains("articles read: 0"))
    }

    @Test func malformedGraphFileIsOneLineWithItsLine() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.graphml")
        try Data("""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <graph edgedefault="undirected">
            <node id="LBY"/>
            <edge source="LBY"/>
          </graph>
        </graphml>
        """.utf8).write(to: bad)
        let r = try CLI.run(["graph", bad.path, "seeds/sessions/41", "-o", dir.appendingPathComponent("out").path, "--format", "json"])
        #expect(r.status != 0)
        #expect(r.stderr == "majlis: error: \(bad.path):5: <edge> without target\n")
    }

    @Test func nothingReadableWritesNothing() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["graph", "no/such/article.txt", "-o", out.path, "--format", "json"])
        #expect(r.status == 1)
        #expect(r.stderr == "majlis: error: no/such/article.txt: no such file or directory\n")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("graph.json").path))
    }

    @Test func missingInputIsReportedAndOthersStillRead() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["graph", "no/such/article.txt", "seeds/sessions/39", "-o", dir.path, "--format", "json"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("majlis: error: no/such/article.txt: no such file or directory"))
        #expect(r.stdout.contains("articles read: 5"))
    }

    @Test func sessionFromFolderAndSessionFilter() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["graph", "seeds/sessions", "--session-from-folder", "--session", "40", "-o", dir.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("graph.json"))) as! [String: Any]
        let graph = doc["graph"] as! [String: Any]
        let sessions = graph["sessions"] as! [String]
        #expect(!sessions.isEmpty && sessions.allSatisfy { $0.hasSuffix("#40") })
        let sources = graph["sources"] as! [String]
        #expect(!sources.isEmpty && sources.allSatisfy { $0.hasPrefix("seeds/sessions/40/") })
        // Every node of the session graph was named in a session-40 article.
        for n in doc["nodes"] as! [[String: Any]] {
            #expect((n["sessions"] as? String)?.contains("#40") == true)
        }
    }

    @Test func extractionOutputGivesTheSameGraphAsTheArticles() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ex = try CLI.run(["extract", "--format", "jsonl", "seeds/sessions/41"])
        #expect(ex.status == 0)
        let jsonl = dir.appendingPathComponent("x.jsonl")
        try ex.stdoutData.write(to: jsonl)
        let a = dir.appendingPathComponent("a").path, b = dir.appendingPathComponent("b").path
        #expect(try CLI.run(["graph", "seeds/sessions/41", "-o", a, "--format", "json"]).status == 0)
        #expect(try CLI.run(["graph", jsonl.path, "-o", b, "--format", "json"]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: a + "/graph.json")) == Data(contentsOf: URL(fileURLWithPath: b + "/graph.json")))
    }

    @Test func goldFileGivesTheCountryPairsOfItsMeetings() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gold = "seeds/000_5fb139bb7f0b8772.gold.json"
        let r = try CLI.run(["graph", gold, "--view", "countries", "-o", dir.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let g = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("graph.json"))) as! [String: Any]
        let pairs = Set((g["edges"] as! [[String: Any]]).map { [$0["source"] as! String, $0["target"] as! String] })
        let doc = try JSONSerialization.jsonObject(with: Data(contentsOf: CLI.packageRoot.appendingPathComponent(gold))) as! [String: Any]
        var expected = Set<[String]>()
        for m in doc["meetings"] as! [[String: Any]] {
            let a = (m["a"] as! [String: Any])["country"] as? String, b = (m["b"] as! [String: Any])["country"] as? String
            if let a, let b, a != b { expected.insert([a, b].sorted()) }
        }
        #expect(pairs == expected)
        #expect(g["graph"].flatMap { ($0 as! [String: Any])["sources"] as? [String] } == ["seeds/000_5fb139bb7f0b8772.txt"])
    }
}
