import Testing
import Foundation

@Suite struct DiffCLITests {
    func tempDir() -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("majlis-diff-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    /// A NetworkX node-link graph of countries and the pairs that met.
    func nodeLink(_ countries: [String], _ pairs: [(String, String)]) -> String {
        let nodes = countries.map { "{\"id\": \"\($0)\", \"kind\": \"country\"}" }.joined(separator: ", ")
        let links = pairs.map { "{\"source\": \"\($0.0)\", \"target\": \"\($0.1)\", \"kind\": \"meets\", \"weight\": 1}" }
            .joined(separator: ", ")
        return "{\"directed\": false, \"multigraph\": false, \"graph\": {}, \"nodes\": [\(nodes)], \"links\": [\(links)]}\n"
    }

    @Test func twoGraphFiles() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let old = dir.appendingPathComponent("old.json"), new = dir.appendingPathComponent("new.json")
        try nodeLink(["DZA", "LBY", "TUN", "MAR"], [("LBY", "TUN"), ("MAR", "TUN"), ("DZA", "MAR")]).write(to: old, atomically: true, encoding: .utf8)
        try nodeLink(["DZA", "LBY", "TUN", "SAU"], [("LBY", "TUN"), ("DZA", "LBY"), ("DZA", "TUN"), ("DZA", "SAU")])
            .write(to: new, atomically: true, encoding: .utf8)
        let r = try CLI.run(["diff", old.path, new.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
        let pairs = try #require(obj["country_pairs"] as? [String: Any])
        #expect(pairs["added"] as? [[String]] == [["DZA", "LBY"], ["DZA", "SAU"], ["DZA", "TUN"]])
        #expect(pairs["removed"] as? [[String]] == [["DZA", "MAR"], ["MAR", "TUN"]])
        // DZA goes from 1 partner (rank 3) to 3 (rank 1): the top mover by degree, with the partners it
        // gained and lost as the reason.
        let text = try CLI.run(["diff", old.path, new.path])
        #expect(text.status == 0)
        #expect(text.stdout.contains("DZA +2: met LBY, SAU, TUN; no longer MAR"))
        let md = try CLI.run(["diff", old.path, new.path, "--format", "markdown"])
        #expect(md.stdout.hasPrefix("# Diff:"))
    }

    @Test func diagramFiles() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let old = dir.appendingPathComponent("old.json"), new = dir.appendingPathComponent("new.json")
        try nodeLink(["DZA", "LBY", "TUN"], [("LBY", "TUN"), ("DZA", "TUN")]).write(to: old, atomically: true, encoding: .utf8)
        try nodeLink(["DZA", "LBY", "TUN"], [("LBY", "TUN"), ("DZA", "LBY")]).write(to: new, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["diff", old.path, new.path, "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let dot = try String(contentsOf: out.appendingPathComponent("diff.dot"), encoding: .utf8)
        // Added pair green, removed pair dashed red, unchanged pair muted, and a legend.
        #expect(dot.contains("\"DZA\" -- \"LBY\" [") && dot.contains("\"DZA\" -- \"TUN\" ["))
        let added = dot.split(separator: "\n").first { $0.contains("\"DZA\" -- \"LBY\"") }!
        let removed = dot.split(separator: "\n").first { $0.contains("\"DZA\" -- \"TUN\"") }!
        #expect(added.contains("#1a9641") && !added.contains("dashed"))
        #expect(removed.contains("#d7191c") && removed.contains("dashed"))
        #expect(dot.contains("Legend"))
        let svg = try String(contentsOf: out.appendingPathComponent("diff.svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Legend"))
        // Same input, same bytes.
        let again = try CLI.run(["diff", old.path, new.path, "-o", out.path])
        #expect(again.status == 0)
        #expect(try String(contentsOf: out.appendingPathComponent("diff.svg"), encoding: .utf8) == svg)
        #expect(try String(contentsOf: out.appendingPathComponent("diff.dot"), encoding: .utf8) == dot)
    }

    @Test func differentFormatsAreRefused() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.json"), b = dir.appendingPathComponent("b.graphml")
        try nodeLink(["DZA", "TUN"], [("DZA", "TUN")]).write(to: a, atomically: true, encoding: .utf8)
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <graph edgedefault="undirected"><node id="DZA"/><node id="TUN"/><edge source="DZA" target="TUN"/></graph>
        </graphml>
        """.write(to: b, atomically: true, encoding: .utf8)
        let r = try CLI.run(["diff", a.path, b.path])
        #expect(r.status != 0)
        let errs = r.stderr.split(separator: "\n")
        #expect(errs.count == 1)
        #expect(r.stderr.contains("format"))
        #expect(r.stdout.isEmpty)
    }

    @Test func unknownSessionListsTheOnesThatExist() throws {
        let r = try CLI.run(["diff", "seeds", "--session-from-folder", "--from", "40", "--to", "43"])
        #expect(r.status != 0)
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("43"))
        #expect(r.stderr.contains("#39") && r.stderr.contains("#40") && r.stderr.contains("#41") && r.stderr.contains("#42"))
        #expect(r.stdout.isEmpty)
    }

    @Test func fromWithoutTo() throws {
        let r = try CLI.run(["diff", "seeds", "--from", "40"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--to"))
    }

    @Test func sessionsDiffAsJSON() throws {
        let r = try CLI.run(["diff", "seeds", "--from", "40", "--to", "41", "--format", "json", "--by", "degree,betweenness"])
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
        let pairs = try #require(obj["country_pairs"] as? [String: Any])
        for key in ["added", "removed"] {
            let ps = try #require(pairs[key] as? [[String]])
            #expect(ps.allSatisfy { $0.count == 2 && $0[0] < $0[1] && $0.allSatisfy { $0.count == 3 } })
            #expect(ps == ps.sorted { $0.lexicographicallyPrecedes($1) })
        }
        let added = Set((pairs["added"] as! [[String]]).map { $0.joined(separator: "-") })
        let removed = Set((pairs["removed"] as! [[String]]).map { $0.joined(separator: "-") })
        #expect(added.isDisjoint(with: removed))
        let ranks = try #require(obj["ranks"] as? [[String: Any]])
        #expect(ranks.map { $0["measure"] as? String } == ["degree", "betweenness"])
        // Deterministic.
        let again = try CLI.run(["diff", "seeds", "--from", "40", "--to", "41", "--format", "json", "--by", "degree,betweenness"])
        #expect(again.stdoutData == r.stdoutData)
    }
}

@Suite struct DiffBadInputCLITests {
    func tempDir() -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("majlis-diffbad-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    @Test func differentNodeLinkVersionsAreRefused() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        // NetworkX before 3.4 writes the edges under "links", later versions can write "edges".
        let a = dir.appendingPathComponent("a.json"), b = dir.appendingPathComponent("b.json")
        try #"{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": "DZA"}, {"id": "TUN"}], "links": [{"source": "DZA", "target": "TUN"}]}"#
            .write(to: a, atomically: true, encoding: .utf8)
        try #"{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": "DZA"}, {"id": "TUN"}], "edges": [{"source": "DZA", "target": "TUN"}]}"#
            .write(to: b, atomically: true, encoding: .utf8)
        let r = try CLI.run(["diff", a.path, b.path])
        #expect(r.status != 0)
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("b.json") && r.stderr.contains("version"))
    }

    @Test func emptySessionIsRefused() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Session 2's only article names no country and no meeting.
        let s1 = dir.appendingPathComponent("sessions/1"), s2 = dir.appendingPathComponent("sessions/2")
        try FileManager.default.createDirectory(at: s1, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: s2, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("seeds/000_5fb139bb7f0b8772.txt"),
                                         to: s1.appendingPathComponent("a.txt"))
        try "Weather report: sunny with light winds.\n".write(to: s2.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["diff", dir.path, "--session-from-folder", "--from", "1", "--to", "2"])
        #expect(r.status != 0)
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("#2") && r.stderr.contains("#1"))
        #expect(r.stdout.isEmpty)
    }

    @Test func articlesWithoutSessionsNamed() throws {
        let r = try CLI.run(["diff", "seeds", "--session-from-folder"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--from") && r.stderr.contains("#39") && r.stderr.contains("#42"))
    }
}
