import Testing
import Foundation

/// `majlis graph` as a user runs it.
@Suite struct GraphCommandTests {
    static let seed = "seeds/000_5fb139bb7f0b8772.txt"

    func tempDir() -> String {
        NSTemporaryDirectory() + "majlis-graph-\(UUID().uuidString)"
    }

    func listing(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    }

    @Test func writesExactlyTheRequestedFiles() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["graph", Self.seed, "-o", dir, "--format", "svg,png,pdf,dot,graphml,gexf"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(listing(dir) == ["graph.dot", "graph.gexf", "graph.graphml", "graph.pdf", "graph.png", "graph.svg"])
        let png = try Data(contentsOf: URL(fileURLWithPath: dir + "/graph.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pdf = try Data(contentsOf: URL(fileURLWithPath: dir + "/graph.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        // The summary names what was read and written.
        #expect(r.stdout.contains("articles read: 1"))
        #expect(r.stdout.contains("most-connected countries:"))
        #expect(r.stdout.contains("LBY"))
        #expect(r.stdout.contains(dir + "/graph.svg"))
        #expect(r.stderr.isEmpty)
    }

    @Test func defaultFormatsAreDotSvgJSONAndRerunsAreByteIdentical() throws {
        let a = tempDir(), b = tempDir()
        defer { try? FileManager.default.removeItem(atPath: a); try? FileManager.default.removeItem(atPath: b) }
        let r1 = try CLI.run(["graph", Self.seed, "-o", a])
        let r2 = try CLI.run(["graph", Self.seed, "-o", b])
        #expect(r1.status == 0 && r2.status == 0)
        #expect(listing(a) == ["graph.dot", "graph.json", "graph.svg"])
        for name in listing(a) {
            let da = try Data(contentsOf: URL(fileURLWithPath: a + "/" + name))
            let db = try Data(contentsOf: URL(fileURLWithPath: b + "/" + name))
            #expect(da == db, "\(name) differs between runs")
        }
        let svg = try String(contentsOfFile: a + "/graph.svg", encoding: .utf8)
        #expect(svg.contains("ليبيا"))
        #expect(svg.contains("xlink:title="))
    }

    @Test func graphFileWrittenIsReadBackAsInput() throws {
        let dir = tempDir(), again = tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir); try? FileManager.default.removeItem(atPath: again) }
        #expect(try CLI.run(["graph", Self.seed, "-o", dir, "--format", "json"]).status == 0)
        let r = try CLI.run(["graph", dir + "/graph.json", "-o", again, "--format", "dot", "--labels", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        let dot = try String(contentsOfFile: again + "/graph.dot", encoding: .utf8)
        #expect(dot.contains("Libya"))
    }

    @Test(arguments: [
        (["--format", "svg,bmp"], "unknown format 'bmp'"),
        (["--layout", "spring"], "unknown layout 'spring'"),
        (["--labels", "fr"], "unknown --labels 'fr'"),
        (["--size-by", "fame"], "unknown --size-by 'fame'"),
        (["--max-nodes", "0"], "--max-nodes must be at least 1"),
    ])
    func badOptionsAreOneLineAndWriteNothing(args: [String], message: String) throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["graph", Self.seed, "-o", dir] + args)
        #expect(r.status != 0)
        #expect(r.stderr.contains(message))
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir))
    }

    @Test func unwritableOutputFolderIsReported() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        FileManager.default.createFile(atPath: dir, contents: Data("not a folder".utf8))
        let r = try CLI.run(["graph", Self.seed, "-o", dir])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("majlis: error: \(dir): "))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func graphTooLargeForTheLayoutWritesNothing() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let r = try CLI.run(["graph", "seeds", "-o", dir, "--layout", "circo", "--format", "dot,svg,json"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("layout circo handles at most"))
        #expect(r.stderr.split(separator: "\n").count == 1)
        // Not even the DOT or JSON that needed no drawing, and no temporary files.
        #expect(listing(dir).isEmpty)
    }

    @Test func sessionWithoutArticlesIsAnErrorAndLeavesNoFolder() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["graph", Self.seed, "-o", dir, "--session", "99"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("--session 99: no articles of that session"))
        #expect(r.stderr.contains("#41"))
        #expect(!FileManager.default.fileExists(atPath: dir))
    }

    @Test func maxNodesKeepsTheMostCentralAndSaysSo() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["graph", Self.seed, "-o", dir, "--format", "svg", "--max-nodes", "10"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("note: dropped"))
        let svg = try String(contentsOfFile: dir + "/graph.svg", encoding: .utf8)
        #expect(svg.components(separatedBy: "<g id=\"node").count - 1 == 10)
    }

    @Test func helpHasExamples() throws {
        let r = try CLI.run(["graph", "--help"])
        #expect(r.stdout.contains("Examples:"))
        #expect(r.stdout.contains("majlis graph seeds -o output"))
    }
}
