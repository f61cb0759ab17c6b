import Testing
import Foundation

@Suite struct SessionsCLITests {
    /// Article files per sessions/N folder of the dev corpus, counted on disk.
    func folderCounts() throws -> [Int: Int] {
        let dir = CLI.packageRoot.appendingPathComponent("seeds/sessions")
        var out: [Int: Int] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
            guard let n = Int(name) else { continue }
            out[n] = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent(name).path)
                .filter { $0.hasSuffix(".txt") }.count
        }
        return out
    }

    @Test func sessionsFromFoldersAsJSON() throws {
        let r = try CLI.run(["sessions", "seeds", "--session-from-folder", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
        let sessions = try #require(obj["sessions"] as? [[String: Any]])
        let counts = try folderCounts()
        #expect(sessions.map { $0["number"] as? Int } == counts.keys.sorted().map { Optional($0) })
        for s in sessions {
            let n = s["number"] as! Int
            #expect(s["articles"] as? Int == counts[n])
            #expect((s["sources"] as? [String])?.allSatisfy { $0.contains("/sessions/\(n)/") } == true)
        }
        // The seed (session 41 by its text) and other/ are not under sessions/N: reported, not dropped.
        let unassigned = try #require(obj["unassigned"] as? [String])
        #expect(unassigned.contains("seeds/000_5fb139bb7f0b8772.txt"))
        #expect(unassigned.filter { $0.hasPrefix("seeds/other/") }.count ==
                (try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appendingPathComponent("seeds/other").path)
                    .filter { $0.hasSuffix(".txt") }.count))
        // Years: the 39th session was held in 2022 (corpus README).
        #expect(sessions.first { $0["number"] as? Int == 39 }?["year"] as? Int == 2022)
    }

    /// From the articles' own text (no folder hint), the seed and the corpus give at least four sessions of
    /// the interior ministers' council, with the seed in session 41.
    @Test func extractedSessions() throws {
        let r = try CLI.run(["sessions", "seeds", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
        let sessions = try #require(obj["sessions"] as? [[String: Any]])
        let interior = sessions.filter { $0["body"] as? String == "arab-interior-ministers-council" }
        #expect(interior.count >= 4)
        let s41 = interior.first { $0["number"] as? Int == 41 }
        #expect((s41?["sources"] as? [String])?.contains("seeds/000_5fb139bb7f0b8772.txt") == true)
    }

    @Test func tableAndCSV() throws {
        let t = try CLI.run(["sessions", "seeds", "--session-from-folder"])
        #expect(t.status == 0)
        #expect(t.stdout.hasPrefix("council"))
        #expect(t.stdout.contains("(no session)"))
        let c = try CLI.run(["sessions", "seeds", "--session-from-folder", "--format", "csv"])
        let lines = c.stdout.split(separator: "\n")
        #expect(lines.first == "body,number,year,articles,countries,officials,meetings")
        #expect(lines.count == 1 + (try folderCounts()).count + 1)   // + the unassigned row
    }

    @Test func filterToOneSession() throws {
        let r = try CLI.run(["sessions", "seeds", "--session-from-folder", "--session", "41", "--format", "json"])
        #expect(r.status == 0)
        let obj = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
        let sessions = try #require(obj["sessions"] as? [[String: Any]])
        #expect(sessions.map { $0["number"] as? Int } == [41])
        #expect((obj["filtered_out"] as? [String])?.isEmpty == false)
    }

    @Test func sessionWithNoArticlesIsAnError() throws {
        let r = try CLI.run(["sessions", "seeds", "--session-from-folder", "--session", "43"])
        #expect(r.status != 0)
        let lines = r.stderr.split(separator: "\n").filter { $0.contains("error") }
        #expect(lines.count == 1)
        #expect(r.stderr.contains("#39") && r.stderr.contains("#42"))
    }
}
