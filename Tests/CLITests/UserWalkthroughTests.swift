import Testing
import Foundation

/// Every command as a user runs it, with good and bad inputs: one line per problem naming the file, the other
/// inputs still used, the right exit status, nothing half-written, and the same bytes whatever the order of
/// the paths.
@Suite struct UserWalkthroughTests {
    static let seed = "seeds/000_5fb139bb7f0b8772.txt"
    static let article = "seeds/sessions/41/41-03-algeria-merad.txt"
    /// Three inputs, and the same three in another order.
    static let paths = ["seeds/sessions/40", "seeds/sessions/41", seed]
    static let reordered = [seed, "seeds/sessions/41", "seeds/sessions/40"]

    /// A fresh folder with the bad inputs a user meets: a missing file is named but not created.
    static func badInputs() throws -> (dir: String, files: [String: String]) {
        let dir = NSTemporaryDirectory() + "majlis-qa-\(UUID().uuidString)"
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/notxt", withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: URL(fileURLWithPath: dir + "/notxt/readme.md"))
        let text = try String(contentsOfFile: CLI.packageRoot.path + "/" + article, encoding: .utf8)
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/good.txt"))
        try text.data(using: .utf16)!.write(to: URL(fileURLWithPath: dir + "/utf16.txt"))
        try Data().write(to: URL(fileURLWithPath: dir + "/empty.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x3E, 0x00] + Array(repeating: 0, count: 64))
            .write(to: URL(fileURLWithPath: dir + "/binary.txt"))
        try Data("{\"nodes\": [\n".utf8).write(to: URL(fileURLWithPath: dir + "/bad.json"))
        try Data("<?xml version=\"1.0\"?>\n<graphml>\n<graph><node id=\"a\"></graph></graphml>\n".utf8)
            .write(to: URL(fileURLWithPath: dir + "/bad.graphml"))
        try Data("source,target\nA,B\n\"open\n".utf8).write(to: URL(fileURLWithPath: dir + "/bad.csv"))
        let names = ["good", "utf16", "empty", "binary", "missing", "notxt", "bad.json", "bad.graphml", "bad.csv"]
        var files: [String: String] = [:]
        for n in names { files[n] = dir + "/" + (n.contains(".") || n == "notxt" ? n : n + ".txt") }
        return (dir, files)
    }

    func listing(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    }

    func errorLines(_ r: CLI.Result) -> [Substring] {
        r.stderr.split(separator: "\n").filter { $0.hasPrefix("majlis: error: ") }
    }

    @Test func oneLetterOutputFolder() throws {
        // `-o o` used to trap inside Foundation's path handling.
        let cwd = NSTemporaryDirectory() + "majlis-qa-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: cwd, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: cwd) }
        let input = CLI.packageRoot.path + "/" + Self.article
        let r = try CLI.run(["graph", input, "-o", "o", "--format", "dot"], cwd: URL(fileURLWithPath: cwd))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(listing(cwd + "/o") == ["graph.dot"])
        let h = try CLI.run(["history", input, "-o", "h"], cwd: URL(fileURLWithPath: cwd))
        #expect(h.status == 0, "\(h.stderr)")
        #expect(listing(cwd + "/h") == ["history.svg"])
    }

    @Test func graphReportsEachBadArticleAndDrawsTheRest() throws {
        let (dir, f) = try Self.badInputs()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/out"
        let r = try CLI.run(["graph", f["missing"]!, f["empty"]!, f["binary"]!, f["utf16"]!, f["good"]!, f["notxt"]!,
                             "-o", out, "--format", "dot,json,csv"])
        #expect(r.status == 1)
        let errors = errorLines(r)
        #expect(errors.count == 4, "\(r.stderr)")
        for (name, why) in [("missing", "no such file"), ("empty", "empty file"), ("binary", "binary file"),
                            ("notxt", "no .txt articles (1 other file ignored)")] {
            #expect(errors.contains { $0.contains(f[name]! + ": ") && $0.contains(why) }, "\(name): \(r.stderr)")
        }
        #expect(r.stderr.contains(f["utf16"]! + ": decoded as UTF-16"))
        #expect(!r.stderr.contains("readme.md"), "one line for the folder, not one per file")
        #expect(r.stdout.contains("articles read: 2"))
        #expect(listing(out) == ["graph.csv", "graph.dot", "graph.json"])
        // The CSV edge list is read back as a graph.
        let top = try CLI.run(["top", out + "/graph.csv", "--format", "csv"])
        #expect(top.status == 0 && top.stdout.contains("DZA"), "\(top.stderr)")
    }

    @Test func malformedGraphFilesNameFileAndLine() throws {
        let (dir, f) = try Self.badInputs()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (name, location) in [("bad.json", ":2: "), ("bad.graphml", ":3: "), ("bad.csv", ":3: ")] {
            for command in ["top", "clusters"] {
                let r = try CLI.run([command, f[name]!, f["good"]!])
                #expect(r.status == 1, "\(command) \(name)")
                #expect(errorLines(r).count == 1 && r.stderr.contains(f[name]! + location), "\(command) \(name): \(r.stderr)")
                #expect(!r.stdout.isEmpty, "\(command): the article is still used")
            }
        }
        // diff of two graph files: the malformed one, with its line; not a complaint about formats.
        let good = dir + "/good.json"
        #expect(try CLI.run(["graph", f["good"]!, "-o", dir, "--format", "json"]).status == 0)
        try FileManager.default.moveItem(atPath: dir + "/graph.json", toPath: good)
        let d = try CLI.run(["diff", f["bad.json"]!, good])
        #expect(d.status == 1 && d.stdout.isEmpty)
        #expect(d.stderr == "majlis: error: \(f["bad.json"]!):2: unexpected end of file\n", "\(d.stderr)")
        let m = try CLI.run(["diff", good, dir + "/missing.json"])
        #expect(m.stderr == "majlis: error: \(dir)/missing.json: no such file\n", "\(m.stderr)")
    }

    @Test func sessionAndHistoryRefuseGraphFilesClearly() throws {
        let (dir, f) = try Self.badInputs()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for command in ["sessions", "history"] {
            let r = try CLI.run([command, f["bad.json"]!])
            #expect(r.status == 1 && r.stdout.isEmpty)
            #expect(errorLines(r).count == 1 && r.stderr.contains(f["bad.json"]! + ": a graph file"), "\(r.stderr)")
            // Every input failed: its own line, and no second complaint about sessions.
            let e = try CLI.run([command, f["empty"]!])
            #expect(e.status == 1 && errorLines(e).count == 1, "\(e.stderr)")
        }
    }

    @Test func missingSessionIsOneLineListingTheSessions() throws {
        for command in ["top", "clusters", "graph", "sessions", "history"] {
            let out = NSTemporaryDirectory() + "majlis-qa-\(UUID().uuidString)"
            let r = try CLI.run([command, Self.article, "--session", "99"] + (command == "graph" ? ["-o", out] : []))
            #expect(r.status == 1, "\(command)")
            #expect(r.stdout.isEmpty, "\(command)")
            #expect(errorLines(r).count == 1 && r.stderr.split(separator: "\n").count == 1, "\(command): \(r.stderr)")
            #expect(r.stderr.contains(Self.article + ": no articles in session") && r.stderr.contains("sessions found: arab-interior-ministers-council #41"),
                    "\(command): \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
        let d = try CLI.run(["diff", Self.article, "--from", "41", "--to", "43"])
        #expect(d.status == 1 && d.stderr.contains("no articles in session 43") && d.stderr.contains("#41"))
    }

    @Test func unwritableOutputIsCheckedBeforeAnyWork() throws {
        // As root every folder is writable; a path under a file never is.
        for args in [["graph", Self.article], ["diff", Self.article, "--from", "41", "--to", "41"], ["history", Self.article]] {
            let r = try CLI.run(args + ["-o", "/etc/passwd/out"])
            #expect(r.status == 1, "\(args[0])")
            #expect(r.stdout.isEmpty, "\(args[0]): no report when nothing can be written")
            #expect(r.stderr == "majlis: error: /etc/passwd/out: cannot create the output folder: /etc/passwd is not a folder\n",
                    "\(args[0]): \(r.stderr)")
        }
    }

    @Test func usageErrorsAreOneLine() throws {
        for (args, text) in [(["top", Self.article, "--format", "xml"], "'xml'"),
                             (["top", Self.article, "--by", "fame"], "degree, strength, betweenness"),
                             (["graph", Self.article, "--layout", "spring"], "unknown layout 'spring'"),
                             (["graph", Self.article, "--format", "svg,bmp"], "unknown format 'bmp'"),
                             (["clusters"], "give at least one article"),
                             (["diff", "seeds", "--from", "40"], "--to")] {
            let r = try CLI.run(args)
            #expect(r.status == 64, "\(args): usage errors share one exit status")
            #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.hasPrefix("majlis: error: "), "\(args): \(r.stderr)")
            #expect(r.stderr.contains(text), "\(args): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        // Help and version are unchanged.
        let h = try CLI.run(["top", "--help"])
        #expect(h.status == 0 && h.stdout.contains("Examples:"))
        #expect(try CLI.run(["--version"]).stdout.hasPrefix("0."))
    }

    @Test func progressLineOnlyOnATerminal() throws {
        // In a pipe (as here): no progress line, nothing but data on stdout.
        let piped = try CLI.run(["top", "seeds/sessions/41", "--format", "csv"])
        #expect(piped.status == 0)
        #expect(piped.stderr.isEmpty, "\(piped.stderr)")
        #expect(!piped.stdout.contains("extracting"))
        // On a terminal (util-linux `script` gives the command one), the progress line is drawn on stderr and
        // cleared before the output.
        let script = "/usr/bin/script"
        guard FileManager.default.isExecutableFile(atPath: script) else { return }
        let command = "\(CLI.binary.path) top seeds/sessions/41 --format csv 2>/dev/tty"
        let tty = try CLI.runProgram(script, ["-qec", command, "/dev/null"])
        #expect(tty.status == 0)
        #expect(tty.stdout.contains("\u{1B}[2Kextracting "), "progress drawn on a terminal")
        #expect(tty.stdout.contains("\u{1B}[2Krank,id,"), "line cleared before the data")
    }

    @Test func graphFilesMergeTheSameWhateverTheirOrder() throws {
        let dir = NSTemporaryDirectory() + "majlis-qa-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for n in ["40", "41"] {
            let r = try CLI.run(["graph", "seeds/sessions/\(n)", "-o", dir + "/" + n, "--format", "json"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let files = [dir + "/40/graph.json", dir + "/41/graph.json"]
        let a = try CLI.run(["graph"] + files + ["-o", dir + "/a", "--format", "json,graphml"])
        let b = try CLI.run(["graph"] + files.reversed() + ["-o", dir + "/b", "--format", "json,graphml"])
        #expect(a.status == 0 && b.status == 0)
        for f in ["graph.json", "graph.graphml"] {
            #expect(FileManager.default.contents(atPath: dir + "/a/" + f) == FileManager.default.contents(atPath: dir + "/b/" + f), "\(f)")
        }
        let t1 = try CLI.run(["top"] + files + ["--format", "json"]), t2 = try CLI.run(["top"] + files.reversed() + ["--format", "json"])
        #expect(t1.status == 0 && t1.stdoutData == t2.stdoutData)
    }

    @Test func sameBytesWhateverThePathOrder() throws {
        let base = NSTemporaryDirectory() + "majlis-qa-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: base) }
        var outputs: [[String: Data]] = []
        for (i, paths) in [Self.paths, Self.reordered].enumerated() {
            var o: [String: Data] = [:]
            let dir = base + "/\(i)"
            let g = try CLI.run(["graph"] + paths + ["-o", dir + "/graph", "--format", "dot,svg,json,graphml,gexf,csv"])
            #expect(g.status == 0, "\(g.stderr)")
            for name in listing(dir + "/graph") { o["graph/" + name] = FileManager.default.contents(atPath: dir + "/graph/" + name) }
            for args in [["top", "--format", "json", "--limit", "0"], ["top", "--kind", "person", "--format", "csv"],
                         ["clusters", "--format", "json"], ["sessions", "--format", "json"],
                         ["history", "--format", "json", "-o", dir + "/history"],
                         ["diff", "--from", "40", "--to", "41", "--format", "json", "-o", dir + "/diff"]] {
                let r = try CLI.run([args[0]] + paths + args.dropFirst())
                #expect(r.status == 0, "\(args): \(r.stderr)")
                o[args.joined(separator: " ").replacingOccurrences(of: dir, with: "")] = r.stdoutData
            }
            for name in ["history/history.svg", "diff/diff.svg", "diff/diff.dot"] {
                o[name] = FileManager.default.contents(atPath: dir + "/" + name)
            }
            outputs.append(o)
        }
        #expect(outputs[0].count == 15)
        #expect(outputs[0].values.allSatisfy { !$0.isEmpty })
        for key in outputs[0].keys.sorted() {
            #expect(outputs[0][key] == outputs[1][key], "\(key) differs when the paths come in another order")
        }
    }
}
