// Analysis checked against NetworkX reference values (Fixtures/*.json, made by scripts/networkx-fixtures.py).
import Foundation
import Testing
@testable import Analysis
import MeetingGraph
import Extraction

/// One fixture file: a graph as an edge list and NetworkX's values for it.
struct Fixture: Decodable, CustomTestStringConvertible {
    struct Louvain: Decodable { var resolution: Double; var labels: [Int]; var modularity: Double }
    struct Expected: Decodable {
        var degree: [Int]
        var degree_centrality: [Double]
        var strength: [Double]
        var betweenness: [Double]
        var betweenness_raw: [Double]
        var closeness: [Double]
        var eigenvector: [Double]?
        var eigenvector_unweighted: [Double]?
        var pagerank: [Double]?
        var core: [Int]
        var components: [[Int]]
        var louvain: Louvain?
        var louvain_r05: Louvain?
    }
    var name: String
    var nodes: Int
    var ids: [String]
    var edges: [[Double]]
    var expected: Expected
    var testDescription: String { name }

    var graph: WeightedGraph {
        WeightedGraph(nodeCount: nodes, edges: edges.map { (Int($0[0]), Int($0[1]), $0[2]) }, ids: ids)
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static let all: [Fixture] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.sorted().map { file in
            let data = try! Data(contentsOf: directory.appendingPathComponent(file))
            return try! JSONDecoder().decode(Fixture.self, from: data)
        }
    }()
}

let tolerance = 1e-9

func expectClose(_ actual: [Double], _ expected: [Double], _ what: String, _ fixture: Fixture,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, "\(fixture.name) \(what): count", sourceLocation: sourceLocation)
    var worst = 0.0, at = -1
    for (i, (a, e)) in zip(actual, expected).enumerated() where abs(a - e) > worst { worst = abs(a - e); at = i }
    #expect(worst <= tolerance, "\(fixture.name) \(what): |Δ| = \(worst) at node \(at)",
            sourceLocation: sourceLocation)
}

@Suite("Analysis vs NetworkX fixtures")
struct FixtureTests {
    @Test func fixturesPresent() {
        #expect(Fixture.all.count >= 15)
        #expect(Fixture.all.contains { $0.name == "seed-countries" })
        #expect(Fixture.all.contains { $0.name == "corpus-full" })
    }

    @Test(arguments: Fixture.all) func degreeAndStrength(_ f: Fixture) {
        let g = f.graph
        #expect(Centrality.degree(g) == f.expected.degree, "\(f.name)")
        expectClose(Centrality.degreeCentrality(g), f.expected.degree_centrality, "degree_centrality", f)
        expectClose(Centrality.strength(g), f.expected.strength, "strength", f)
    }

    @Test(arguments: Fixture.all) func betweenness(_ f: Fixture) {
        let g = f.graph
        expectClose(Centrality.betweenness(g), f.expected.betweenness, "betweenness", f)
        expectClose(Centrality.betweenness(g, normalized: false, threads: 1), f.expected.betweenness_raw,
                    "betweenness (raw, 1 thread)", f)
    }

    @Test(arguments: Fixture.all) func closeness(_ f: Fixture) {
        expectClose(Centrality.closeness(f.graph), f.expected.closeness, "closeness", f)
    }

    @Test(arguments: Fixture.all) func eigenvector(_ f: Fixture) {
        let g = f.graph
        for (weighted, expected) in [(true, f.expected.eigenvector), (false, f.expected.eigenvector_unweighted)] {
            let r = Centrality.eigenvector(g, weighted: weighted)
            if let expected, f.nodes > 0 {
                #expect(r.converged, "\(f.name) weighted=\(weighted): NetworkX converged")
                expectClose(r.values, expected, "eigenvector weighted=\(weighted)", f)
            } else if f.nodes > 0 {
                #expect(!r.converged, "\(f.name) weighted=\(weighted): NetworkX did not converge")
            }
        }
    }

    @Test(arguments: Fixture.all) func pagerank(_ f: Fixture) {
        let r = Centrality.pageRank(f.graph)
        #expect(r.converged)
        expectClose(r.values, f.expected.pagerank ?? [], "pagerank", f)
    }

    @Test(arguments: Fixture.all) func coreNumber(_ f: Fixture) {
        #expect(Centrality.coreNumber(f.graph) == f.expected.core, "\(f.name)")
    }

    @Test(arguments: Fixture.all) func componentsAndModularity(_ f: Fixture) {
        let g = f.graph
        let comps = Community.connectedComponents(g)
        #expect(comps.communities.map { $0.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
                == f.expected.components, "\(f.name)")
        for ref in [f.expected.louvain, f.expected.louvain_r05].compactMap({ $0 }) {
            let q = Community.modularity(g, membership: ref.labels, resolution: ref.resolution)
            #expect(abs(q - ref.modularity) <= tolerance, "\(f.name) modularity γ=\(ref.resolution)")
        }
    }

    /// Louvain reaches NetworkX's modularity (its own seeded order, so a small shortfall is allowed on
    /// ties); Leiden at least Louvain's minus the same slack; every Leiden community is connected.
    @Test(arguments: Fixture.all) func communityQuality(_ f: Fixture) {
        let g = f.graph
        for ref in [f.expected.louvain, f.expected.louvain_r05].compactMap({ $0 }) {
            let louvain = Community.louvain(g, resolution: ref.resolution, seed: 42)
            let leiden = Community.leiden(g, resolution: ref.resolution, seed: 42)
            #expect(louvain.modularity >= ref.modularity - 0.01,
                    "\(f.name) γ=\(ref.resolution): louvain \(louvain.modularity) vs NetworkX \(ref.modularity)")
            #expect(leiden.modularity >= ref.modularity - 0.01,
                    "\(f.name) γ=\(ref.resolution): leiden \(leiden.modularity) vs NetworkX \(ref.modularity)")
            for members in leiden.communities {
                let sub = Set(members)
                var seen: Set<Int> = [members[0]], stack = [members[0]]
                while let v = stack.popLast() {
                    for e in g.neighborRange(v) where sub.contains(Int(g.targets[e])) {
                        if seen.insert(Int(g.targets[e])).inserted { stack.append(Int(g.targets[e])) }
                    }
                }
                #expect(seen.count == members.count, "\(f.name): Leiden community not connected")
            }
        }
    }
}

@Suite("Analysis behaviour")
struct BehaviourTests {
    @Test func parallelEdgesMergeAndSelfLoopsKept() {
        let g = WeightedGraph(nodeCount: 3, edges: [(0, 1, 1), (1, 0, 2), (2, 2, 1.5), (2, 2, 0.5)])
        #expect(g.edgeCount == 2)
        #expect(g.totalWeight == 5)
        #expect(Centrality.degree(g) == [1, 1, 2])
        #expect(Centrality.strength(g) == [3, 3, 4])
        #expect(g.neighborCount(2) == 0)
    }

    @Test func deterministicAcrossRunsAndThreadCounts() {
        let f = Fixture.all.first { $0.name == "random-150-600-float" }!
        let g = f.graph
        #expect(Centrality.betweenness(g, threads: 2) == Centrality.betweenness(g, threads: 2))
        let one = Centrality.betweenness(g, threads: 1), two = Centrality.betweenness(g, threads: 2)
        for (a, b) in zip(one, two) { #expect(abs(a - b) <= 1e-12) }
        #expect(Community.louvain(g, seed: 7) == Community.louvain(g, seed: 7))
        #expect(Community.leiden(g, seed: 7) == Community.leiden(g, seed: 7))
    }

    @Test func meetingGraphRankingAndEmptyGraph() {
        let nodes = ["LBY", "TUN", "SAU", "DZA"].map { Node(id: $0, kind: .country, labelEN: $0) }
            + [Node(id: "terrorism", kind: .topic)]
        let edges = [Edge(source: "LBY", target: "TUN", kind: .meets, weight: 2),
                     Edge(source: "LBY", target: "SAU", kind: .meets),
                     Edge(source: "DZA", target: "LBY", kind: .meets),
                     Edge(source: "SAU", target: "TUN", kind: .meets),
                     Edge(source: "LBY", target: "terrorism", kind: .discussed)]
        let a = GraphAnalysis(Graph(nodes: nodes, edges: edges))
        let ranked = a.ranking(kind: .country)
        #expect(ranked.map(\.id) == ["LBY", "TUN", "SAU", "DZA"])
        #expect(ranked[0].partners == 4 && ranked[0].strength == 5)
        #expect(a.ranking(by: .betweenness, kind: nil).first?.id == "LBY")
        let empty = GraphAnalysis(Graph())
        #expect(empty.nodes.isEmpty && empty.ranking().isEmpty && empty.partition.count == 0)
    }
}

@Suite("Analysis of the seeds articles")
struct SeedsGraphTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let graph: Graph = {
        let extractor = Extractor()
        var docs: [DocumentExtraction] = []
        for case .success(let article) in Corpus(paths: [root.appendingPathComponent("seeds").path]) {
            docs.append(extractor.extract(text: article.text, source: article.source))
        }
        return GraphBuilder().build(docs)
    }()

    @Test func countriesRankingIsConsistentWithTheGraph() throws {
        let view = Self.graph.view(.countries)
        try #require(view.nodes.count >= 5, "the seeds articles mention several countries")
        let a = GraphAnalysis(view)
        // partners = distinct other countries met, straight from the edges
        var partners: [String: Set<String>] = [:]
        var meetings: [String: Double] = [:]
        for e in view.edges where e.source != e.target {
            partners[e.source, default: []].insert(e.target); partners[e.target, default: []].insert(e.source)
            meetings[e.source, default: 0] += e.weight; meetings[e.target, default: 0] += e.weight
        }
        let ranked = a.ranking(kind: .country)
        #expect(ranked.count == view.nodes.count)
        for m in ranked {
            #expect(m.partners == partners[m.id]?.count ?? 0, "\(m.id)")
            if !view.edges.contains(where: { $0.source == m.id && $0.target == m.id }) {
                #expect(abs(m.strength - (meetings[m.id] ?? 0)) < 1e-9, "\(m.id)")
            }
            #expect(m.labelAR != nil && m.labelEN != nil, "\(m.id) has both labels")
        }
        for (x, y) in zip(ranked, ranked.dropFirst()) {
            #expect(x.partners > y.partners || (x.partners == y.partners && x.strength >= y.strength))
        }
        // Rank 1 has the most partners.
        #expect(ranked[0].partners == partners.values.map(\.count).max())
        #expect(abs(a.partition.modularity - Community.modularity(a.weighted, membership: a.partition.membership)) < 1e-12)
        #expect(a.partition.modularity > 0, "the country network has community structure")
        let again = GraphAnalysis(view)
        #expect(again.nodes == a.nodes, "same input, same numbers")
    }

    @Test func fullGraphMeasuresAreInRange() {
        let a = GraphAnalysis(Self.graph)
        let n = Double(max(a.nodes.count - 1, 1))
        for m in a.nodes {
            #expect(m.betweenness >= 0 && m.betweenness <= 1, "\(m.id)")
            #expect(m.closeness >= 0 && m.closeness <= 1, "\(m.id)")
            #expect(abs(m.degreeCentrality - Double(m.degree) / n) < 1e-12)
            #expect(m.core <= m.partners)
            #expect(m.cluster >= 0 && m.cluster < a.partition.count)
        }
        #expect(abs(a.nodes.map(\.pagerank).reduce(0, +) - 1) < 1e-9)
    }
}
