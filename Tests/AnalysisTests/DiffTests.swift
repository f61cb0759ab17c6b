import Testing
import Foundation
import MeetingGraph
@testable import Analysis

/// A small session graph: countries, their officials, meets edges between countries, topics per country.
private func sessionGraph(officials: [(String, String, String)], pairs: [(String, String, Double)],
                          topics: [(String, String)]) -> Graph {
    var nodes: [Node] = [], edges: [Edge] = []
    var countries = Set<String>()
    for (_, c, _) in officials { countries.insert(c) }
    for (a, b, _) in pairs { countries.insert(a); countries.insert(b) }
    for (c, _) in topics { countries.insert(c) }
    for c in countries.sorted() { nodes.append(Node(id: c, kind: .country, labelEN: c)) }
    for (p, c, role) in officials {
        nodes.append(Node(id: "person:" + p, kind: .person, labelAR: p, attributes: ["role": role, "country": c]))
        edges.append(Edge(source: "person:" + p, target: c, kind: .represents))
    }
    for (a, b, w) in pairs { edges.append(Edge(source: min(a, b), target: max(a, b), kind: .meets, weight: w)) }
    for t in Set(topics.map(\.1)).sorted() { nodes.append(Node(id: t, kind: .topic)) }
    for (c, t) in topics { edges.append(Edge(source: c, target: t, kind: .discussed)) }
    return Graph(nodes: nodes, edges: edges)
}

/// Distinct partner count on the countries view (degree); the CLI uses the Analysis centralities.
private func degree(_ g: Graph) -> [String: Double] {
    var d: [String: Double] = [:]
    for n in g.nodes where n.kind == .country { d[n.id] = 0 }
    for p in GraphDiff.countryPairs(g).keys { d[p[0], default: 0] += 1; d[p[1], default: 0] += 1 }
    return d
}

@Suite struct DiffTests {
    let old = sessionGraph(
        officials: [("a1", "DZA", "interior minister"), ("t1", "TUN", "interior minister"),
                    ("l1", "LBY", "interior minister"), ("s1", "SAU", "interior minister")],
        pairs: [("TUN", "LBY", 1), ("TUN", "SAU", 2), ("LBY", "SAU", 1), ("DZA", "MAR", 1)],
        topics: [("TUN", "terrorism"), ("DZA", "terrorism"), ("LBY", "border-security")])
    let new = sessionGraph(
        officials: [("a2", "DZA", "interior minister"), ("t1", "TUN", "interior minister"),
                    ("l1", "LBY", "interior minister"), ("s1", "SAU", "interior minister"),
                    ("p1", "PRT", "interior minister")],
        pairs: [("TUN", "LBY", 1), ("TUN", "SAU", 3), ("DZA", "TUN", 1), ("DZA", "LBY", 1), ("DZA", "SAU", 1),
                ("PRT", "TUN", 1)],
        topics: [("TUN", "terrorism"), ("DZA", "artificial-intelligence"), ("LBY", "border-security")])

    func diff() -> GraphDiff {
        GraphDiff.compute(old: DiffSide(label: "40", graph: old, scores: ["degree": degree(old)],
                                        communities: [["TUN", "LBY", "SAU"], ["DZA", "MAR"]]),
                          new: DiffSide(label: "41", graph: new, scores: ["degree": degree(new)],
                                        communities: [["TUN", "LBY", "SAU", "DZA"], ["PRT"]]),
                          measures: ["degree"])
    }

    @Test func countryPairsAddedRemovedReweighted() {
        let d = diff()
        #expect(d.countryPairs.added == [["DZA", "LBY"], ["DZA", "SAU"], ["DZA", "TUN"], ["PRT", "TUN"]])
        #expect(d.countryPairs.removed == [["DZA", "MAR"], ["LBY", "SAU"]])
        #expect(d.countryPairs.reweighted == [PairReweighted(pair: ["SAU", "TUN"], old: 2, new: 3)])
    }

    @Test func nodesByKindAndOfficials() {
        let d = diff()
        #expect(d.nodes.added["country"]?.map(\.id) == ["PRT"])
        #expect(d.nodes.removed["country"]?.map(\.id) == ["MAR"])
        #expect(d.nodes.added["person"]?.map(\.id) == ["person:a2", "person:p1"])
        #expect(d.nodes.removed["person"]?.map(\.id) == ["person:a1"])
        // Algeria has a new interior minister; Portugal is new (no change record: absent before).
        #expect(d.officials.map(\.country.id) == ["DZA"])
        #expect(d.officials[0].replacements.map { [$0.old.id, $0.new.id] } == [["person:a1", "person:a2"]])
        #expect(d.officials[0].replacements.first?.role == "interior minister")
    }

    @Test func rankShiftsWithReasons() throws {
        let d = diff()
        let shifts = try #require(d.ranks.first).shifts
        // Old degree: TUN 2, LBY 2, SAU 2, DZA 1, MAR 1 → DZA rank 4. New: DZA 3, TUN 4 → DZA 2.
        let dza = try #require(shifts.first { $0.id == "DZA" })
        #expect(dza.oldRank == 4 && dza.newRank == 2 && dza.change == 2)
        #expect(dza.gained == ["LBY", "SAU", "TUN"] && dza.lost == ["MAR"])
        #expect(dza.reason == "DZA +2: met LBY, SAU, TUN; no longer MAR")
        // The biggest mover comes first; newcomers and leavers after the countries on both sides.
        #expect(shifts.first?.id == "DZA")
        let prt = try #require(shifts.first { $0.id == "PRT" })
        #expect(prt.oldRank == nil && prt.change == nil && prt.reason.hasPrefix("PRT new"))
        #expect(shifts.firstIndex { $0.id == "PRT" }! > shifts.firstIndex { $0.id == "TUN" }!)
        #expect(shifts.last?.id == "MAR")
    }

    @Test func ministriesInRoleLabels() {
        #expect(GraphDiff.portfolios("interior minister") == ["interior"])
        #expect(GraphDiff.portfolios("minister of interior, local authorities and urban planning") == ["interior"])
        #expect(GraphDiff.portfolios("prime minister and interior minister") == ["interior"])
        #expect(GraphDiff.portfolios("minister of state for interior affairs") == ["interior"])
        #expect(GraphDiff.portfolios("first deputy prime minister and interior minister") == ["interior"])
        #expect(GraphDiff.portfolios("acting interior minister (Government of National Unity)") == ["interior"])
        #expect(GraphDiff.portfolios("head of government (prime minister)").isEmpty)
        #expect(GraphDiff.portfolios("president").isEmpty)
    }

    @Test func sameMinistryIsAReplacement() {
        let a = sessionGraph(officials: [("q1", "QAT", "prime minister and interior minister")], pairs: [], topics: [])
        let b = sessionGraph(officials: [("q2", "QAT", "minister of state for interior affairs"),
                                         ("q3", "QAT", "president")], pairs: [], topics: [])
        let d = GraphDiff.compute(old: DiffSide(label: "a", graph: a), new: DiffSide(label: "b", graph: b), measures: [])
        #expect(d.officials.first?.replacements.map { [$0.old.id, $0.new.id] } == [["person:q1", "person:q2"]])
        #expect(d.officials.first?.replacements.first?.role == "interior minister")
        #expect(d.officials.first?.arrived.map(\.id) == ["person:q2", "person:q3"])
    }

    @Test func clustersMatchedByJaccard() {
        let c = diff().clusters
        // old 0 = {LBY SAU TUN}, old 1 = {DZA MAR}; new 0 = {DZA LBY SAU TUN}, new 1 = {PRT}
        #expect(c.matches.map { [$0.old, $0.new] } == [[0, 0]])
        #expect(abs(c.matches[0].jaccard - 0.75) < 1e-12)
        #expect(c.disappeared == [1] && c.appeared == [1])
        #expect(c.moved.map(\.id) == ["DZA"])
    }

    @Test func jaccardPrefersBestOverlap() {
        let c = GraphDiff.matchCommunities(old: [["A", "B", "C"], ["D", "E"]], new: [["D", "E", "A"], ["B", "C"]])
        // {A B C}~{B C}: 2/3; {D E}~{A D E}: 2/3; cross pairs only 1/4 or 1/4.
        #expect(Set(c.matches.map { [c.old[$0.old], c.new[$0.new]] }) ==
                [[["A", "B", "C"], ["B", "C"]], [["D", "E"], ["A", "D", "E"]]])
        #expect(c.moved.map(\.id) == ["A"])
    }

    @Test func topicsOverallAndPerCountry() {
        let t = diff().topics
        #expect(t.added == ["artificial-intelligence"])
        #expect(t.removed == [])
        #expect(t.perCountry.map(\.country) == ["DZA"])
        #expect(t.perCountry[0].added == ["artificial-intelligence"] && t.perCountry[0].removed == ["terrorism"])
    }

    @Test func identicalGraphsGiveAnEmptyDiff() {
        let d = GraphDiff.compute(old: DiffSide(label: "a", graph: old, scores: ["degree": degree(old)]),
                                  new: DiffSide(label: "b", graph: old, scores: ["degree": degree(old)]),
                                  measures: ["degree"])
        #expect(d.isEmpty)
        #expect(d.countryPairs.added.isEmpty && d.countryPairs.removed.isEmpty && d.officials.isEmpty)
        #expect(d.ranks[0].shifts.allSatisfy { $0.change == 0 })
    }

    @Test func jsonShapeOfCountryPairs() throws {
        let enc = JSONEncoder(); enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let obj = try JSONSerialization.jsonObject(with: enc.encode(diff())) as! [String: Any]
        let pairs = try #require(obj["country_pairs"] as? [String: Any])
        #expect((pairs["added"] as? [[String]])?.first == ["DZA", "LBY"])
        #expect((pairs["removed"] as? [[String]]) == [["DZA", "MAR"], ["LBY", "SAU"]])
        // Same input, same bytes.
        #expect(try enc.encode(diff()) == enc.encode(diff()))
    }

    @Test func reportsNameTheMovers() {
        let text = diff().textReport()
        #expect(text.contains("DZA +2: met LBY, SAU, TUN"))
        #expect(text.contains("DZA–LBY"))
        #expect(text.contains("new interior minister"))
        let md = diff().markdownReport()
        #expect(md.contains("## Rank shifts by degree"))
        #expect(md.contains("| DZA (DZA) | 4 | 2 | +2 |"))
    }

    @Test func historyRanksPerSession() {
        let h = RankHistory.build([
            .init(session: "x#40", number: 40, graph: old, scores: degree(old)),
            .init(session: "x#41", number: 41, graph: new, scores: degree(new)),
        ], kind: .country, measure: "degree", top: 2)
        // Session 40: LBY, SAU, TUN tie at 2 partners (rank 1): top 2 by (rank, id) = LBY, SAU.
        #expect(h.sessions[0].top.map(\.id) == ["LBY", "SAU"])
        #expect(h.sessions[0].top.map(\.rank) == [1, 1])
        #expect(h.sessions[1].top.map(\.id) == ["TUN", "DZA"])
        let dza = h.series.first { $0.id == "DZA" }
        #expect(dza?.ranks == [4, 2])
        #expect(h.series.map(\.id).sorted() == ["DZA", "LBY", "SAU", "TUN"])
    }
}
