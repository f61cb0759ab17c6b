import Testing
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct HistoryCLITests {
    func tempDir() -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("majlis-history-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    @Test func everySessionInOrderWithTheChart() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["history", "seeds", "--session-from-folder", "--top", "3", "--format", "json", "-o", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
        let sessions = try #require(obj["sessions"] as? [[String: Any]])
        #expect(sessions.map { $0["number"] as? Int } == [39, 40, 41, 42])
        for s in sessions {
            let top = try #require(s["top"] as? [[String: Any]])
            #expect(top.count <= 3)
            let ranks = top.compactMap { $0["rank"] as? Int }
            #expect(ranks == ranks.sorted())
            let values = top.compactMap { $0["value"] as? Double }
            #expect(values == values.sorted(by: >))
        }
        // The chart: well-formed XML, one legend entry per series, the same bytes on a rerun.
        let svgURL = dir.appendingPathComponent("history.svg")
        let svg = try Data(contentsOf: svgURL)
        let parser = XMLParser(data: svg)
        #expect(parser.parse(), "history.svg is not well-formed XML")
        let series = try #require(obj["series"] as? [[String: Any]])
        let text = String(decoding: svg, as: UTF8.self)
        for s in series {
            #expect(text.contains("id=\"series-\(s["id"] as! String)\""))
        }
        let again = try CLI.run(["history", "seeds", "--session-from-folder", "--top", "3", "-o", dir.path])
        #expect(again.status == 0)
        #expect(try Data(contentsOf: svgURL) == svg)
    }

    @Test func csvRows() throws {
        let r = try CLI.run(["history", "seeds", "--session-from-folder", "--top", "2", "--format", "csv"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "session,year,rank,id,label_ar,label_en,degree")
        #expect(lines.count >= 1 + 4)   // at least one country per session
    }

    @Test func badKindIsAUsageError() throws {
        let r = try CLI.run(["history", "seeds", "--kind", "planet"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("planet"))
    }
}
