// One meeting reported by several articles counts once (GraphBuilder's meeting rule), on the dev corpus' gold.
import Testing
import Extraction
@testable import MeetingGraph

@Suite struct MeetingDedupTests {
    static let seed = "seeds/000_5fb139bb7f0b8772.gold.json"                   // Libyan outlet, session 41
    static let algeria41 = "seeds/sessions/41/41-03-algeria-merad.gold.json"     // Algerian outlet, session 41
    static let iraq40 = "seeds/sessions/40/40-01-iraq-shammari.gold.json"        // Iraqi outlet, session 40
    static let jordan40 = "seeds/sessions/40/40-06-jordan-faraya-oman.gold.json" // Jordanian outlet, session 40
    static let iraq42 = "seeds/sessions/42/42-05-iraq-shammari.gold.json"        // the same two ministers, session 42

    static func edge(_ g: Graph, _ a: String, _ b: String, _ kind: EdgeKind) -> Edge? {
        g.edges.first { $0.kind == kind && Set([$0.source, $0.target]) == [a, b] }
    }

    @Test func meetingReportedByTwoArticlesCountsOnce() throws {
        // The Libyan seed article and the Algerian one both report Trabelsi meeting Merad at session 41.
        let docs = try [Self.seed, Self.algeria41].map(TestGold.extraction)
        let g = GraphBuilder().build(docs)
        let meets = try #require(Self.edge(g, "DZA", "LBY", .meets))
        #expect(meets.weight == 1)
        #expect(Set(meets.evidence.map(\.source)) == Set(docs.map(\.source)), "each article's report kept")
        #expect(Set(meets.evidence.compactMap(\.meeting)).count == 1)
        // The person–person edge and the topics discussed count the meeting once too.
        let trabelsi = try #require(g.nodes.first { $0.labelAR == "عماد مصطفى الطرابلسي" }).id
        let merad = try #require(g.nodes.first { $0.attributes["country"] == "DZA" && $0.kind == .person }).id
        #expect(Self.edge(g, trabelsi, merad, .met)?.weight == 1)
        #expect(Self.edge(g, trabelsi, merad, .met)?.evidence.count == 2)
        let terrorism = try #require(Self.edge(g, "DZA", "terrorism", .discussed))
        #expect(terrorism.evidence.count > Int(terrorism.weight))
        // Counting meetings: every report of both articles, less the one reported twice.
        #expect(g.meetingCount == docs.reduce(0) { $0 + $1.meetings.count } - 1)
        // Each article alone gives the same weight.
        for d in docs { #expect(Self.edge(GraphBuilder().build([d]), "DZA", "LBY", .meets)?.weight == 1) }
    }

    @Test func sameMinistersInAnotherSessionIsAnotherMeeting() throws {
        // Shammari (IRQ) and Faraya (JOR): reported by both outlets at session 40 (one meeting), met again at 42.
        let g = GraphBuilder().build(try [Self.iraq40, Self.jordan40, Self.iraq42].map(TestGold.extraction))
        let meets = try #require(Self.edge(g, "IRQ", "JOR", .meets))
        #expect(meets.evidence.count == 3)
        #expect(meets.weight == 2)
        // Restricted to session 40 the pair met once, reported twice; the saved file keeps the meeting keys.
        let s40 = g.filtered(session: 40)
        #expect(Self.edge(s40, "IRQ", "JOR", .meets)?.weight == 1)
        #expect(Self.edge(s40, "IRQ", "JOR", .meets)?.evidence.count == 2)
        for format in [GraphFormat.json, .graphml, .gexf, .csv] {
            let back = try GraphIO.decode(GraphIO.data(g, as: format), format: format, path: "g." + format.rawValue)
            #expect(Self.edge(back, "IRQ", "JOR", .meets)?.weight == 2, "\(format)")
            // A CSV edge list holds no node sessions, so it cannot be restricted to a session.
            if format != .csv { #expect(Self.edge(back.filtered(session: 40), "IRQ", "JOR", .meets)?.weight == 1, "\(format)") }
        }
    }

    @Test func countryOnlySideJoinsTheMeetingItFits() throws {
        // The Algerian article, as an outlet that names only "his Libyan counterpart": same meeting.
        var counterpart = try TestGold.extraction(Self.algeria41)
        counterpart.source = "seeds/sessions/41/counterpart.txt"
        var n = 0
        for i in counterpart.meetings.indices {
            for j in counterpart.meetings[i].participants.indices where counterpart.meetings[i].participants[j].country == "LBY" {
                counterpart.meetings[i].participants[j].person = nil
                n += 1
            }
        }
        #expect(n == 1)
        let seed = try TestGold.extraction(Self.seed)
        let g = GraphBuilder().build([seed, counterpart])
        #expect(Self.edge(g, "DZA", "LBY", .meets)?.weight == 1)
        #expect(Self.edge(g, "DZA", "LBY", .meets)?.evidence.count == 2)

        // A different kind is a different meeting (a call is not the meeting of the council's session).
        var call = try TestGold.extraction(Self.algeria41)
        call.source = "seeds/sessions/41/call.txt"
        for i in call.meetings.indices where call.meetings[i].participants.contains(where: { $0.country == "LBY" }) {
            call.meetings[i].kind = .called
        }
        #expect(Self.edge(GraphBuilder().build([seed, call]), "DZA", "LBY", .meets)?.weight == 2)
        // Another session is another meeting.
        var later = try TestGold.extraction(Self.algeria41)
        later.session?.number = 42
        #expect(Self.edge(GraphBuilder().build([seed, later]), "DZA", "LBY", .meets)?.weight == 2)
    }
}

@Suite struct GraphMergeTests {
    @Test func mergingTwoSessionGraphsGivesTheirUnionWhateverTheOrder() throws {
        let g = GraphBuilder().build(try TestGold.all())
        let s40 = "arab-interior-ministers-council#40", s41 = "arab-interior-ministers-council#41"
        let a = g.filtered(sessionLabel: s40), b = g.filtered(sessionLabel: s41)
        let both = g.filtered(sessions: { $0 == s40 || $0 == s41 })
        let ab = a.merged(with: b), ba = b.merged(with: a)
        #expect(ab.nodes == ba.nodes)
        #expect(ab.edges == ba.edges)
        // Articles per node recounted over both sessions, as if the graph had been filtered to both at once.
        #expect(ab.nodes == both.nodes)
        #expect(ab.edges == both.edges)
        #expect(ab.node("LBY")?.attributes["articles"] == both.node("LBY")?.attributes["articles"])
        // Merged with itself, nothing changes: weights count meetings, not repeated evidence.
        #expect(a.merged(with: a).edges == a.edges)
    }
}
