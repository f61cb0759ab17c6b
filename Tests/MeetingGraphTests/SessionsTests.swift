import Testing
import Foundation
import Extraction
@testable import MeetingGraph

/// Reads the `session` field of every gold file under seeds/ into a bare extraction (source = the .txt path).
private func goldSessions() throws -> [DocumentExtraction] {
    struct Gold: Decodable { var session: SessionRef? }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let seeds = root.appendingPathComponent("seeds")
    let walker = FileManager.default.enumerator(atPath: seeds.path)!
    var out: [DocumentExtraction] = []
    while let rel = walker.nextObject() as? String {
        guard rel.hasSuffix(".gold.json") else { continue }
        let data = try Data(contentsOf: seeds.appendingPathComponent(rel))
        let gold = try JSONDecoder().decode(Gold.self, from: data)
        let txt = "seeds/" + rel.replacingOccurrences(of: ".gold.json", with: ".txt")
        out.append(DocumentExtraction(source: txt, language: "ar", session: gold.session))
    }
    return out.sorted { $0.source < $1.source }
}

@Suite struct SessionsTests {
    @Test func folderNumberFromPath() {
        #expect(Sessions.folderNumber(path: "seeds/sessions/41/41-01.txt") == 41)
        #expect(Sessions.folderNumber(path: "/abs/x/sessions/7/sub/a.txt") == 7)
        #expect(Sessions.folderNumber(path: "seeds/other/other-01.txt") == nil)
        #expect(Sessions.folderNumber(path: "sessions/41.txt") == nil)   // a file, not a folder
        #expect(Sessions.folderNumber(path: "sessions/abc/a.txt") == nil)
        #expect(Sessions.folderNumber(path: "old/sessions/3/new/sessions/4/a.txt") == 4)
    }

    @Test func sessionKeyIdRoundTrip() {
        let k = SessionKey(body: "arab-interior-ministers-council", number: 41)
        #expect(k.id == "arab-interior-ministers-council#41")
        #expect(SessionKey(id: k.id) == k)
        #expect(SessionKey(id: "no-number") == nil)
        #expect(k.year == 2024)
        #expect(SessionKey(body: "gcc-interior-ministers", number: 41).year == nil)
    }

    @Test func goldSessionsOfTheDevCorpus() throws {
        let docs = try goldSessions()
        let g = Sessions.group(docs)
        let interior = g.keys.filter { $0.body == "arab-interior-ministers-council" }.map(\.number)
        // The corpus has the four Tunis sessions plus the 38th (a wire report) and 40 from other-04.
        #expect(interior == [38, 39, 40, 41, 42])
        #expect(g.keys.contains(SessionKey(body: "arab-justice-ministers-council", number: 40)))
        #expect(g.keys.contains(SessionKey(body: "gcc-interior-ministers", number: 41)))
        // The phone-call article reports no session: kept aside, not dropped.
        #expect(g.unassigned.map(\.source).contains { $0.contains("other-03") })
        let total = g.sessions.reduce(0) { $0 + $1.articles.count } + g.unassigned.count
        #expect(total == docs.count)
        // The seed article is about session 41.
        let s41 = try g.resolve("41")
        #expect(s41 == SessionKey(body: "arab-interior-ministers-council", number: 41))
        #expect(g.articles(of: s41).contains { $0.source == "seeds/000_5fb139bb7f0b8772.txt" })
        // A bare 40 means the council most articles are about, not the justice council's 40th.
        #expect(try g.resolve("40").body == "arab-interior-ministers-council")
        #expect(try g.resolve("arab-justice-ministers-council#40").body == "arab-justice-ministers-council")
    }

    @Test func sessionsFromFolders() throws {
        let docs = try goldSessions()
        let g = Sessions.group(docs, rule: SessionRule(source: .folder))
        #expect(g.keys.map(\.number) == [39, 40, 41, 42])
        // Articles outside sessions/N/ (the seed, other/) are unassigned.
        #expect(g.unassigned.count == docs.filter { !$0.source.contains("/sessions/") }.count)
        #expect(g.unassigned.contains { $0.source == "seeds/000_5fb139bb7f0b8772.txt" })
        for (key, arts) in g.sessions {
            #expect(arts.allSatisfy { $0.source.contains("/sessions/\(key.number)/") })
        }
    }

    @Test func filterToOneSession() throws {
        let docs = try goldSessions()
        let g = Sessions.group(docs, rule: SessionRule(only: 40))
        #expect(g.keys.allSatisfy { $0.number == 40 })
        #expect(!g.filteredOut.isEmpty)
        #expect(g.sessions.reduce(0) { $0 + $1.articles.count } + g.unassigned.count + g.filteredOut.count == docs.count)
    }

    @Test func unknownSessionListsTheSessionsThatExist() throws {
        let g = Sessions.group(try goldSessions())
        do {
            _ = try g.resolve("43")
            Issue.record("session 43 should not resolve")
        } catch {
            let msg = error.description
            #expect(msg.contains("43"))
            #expect(msg.contains("#39") && msg.contains("#42"))
        }
        #expect(throws: SessionError.self) { try g.resolve("forty") }
    }
}
