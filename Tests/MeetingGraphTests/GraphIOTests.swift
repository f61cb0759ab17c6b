import Testing
import Foundation
import Extraction
@testable import MeetingGraph

@Suite struct GraphIOTests {
    static let fixtures = TestGold.root.appendingPathComponent("Tests/Fixtures/graphs")
    static func corpusGraph() throws -> Graph { GraphBuilder().build(try TestGold.all()) }

    /// A graph with everything a file must keep: Arabic labels, quotes, newlines and markup characters in
    /// labels and sentences, parallel edges (same pair, two kinds), a self-loop, an isolated node, fractional
    /// weights, evidence with and without optional fields.
    static func trickyGraph() -> Graph {
        Graph(nodes: [
            Node(id: "LBY", kind: .country, labelAR: "ليبيا", labelEN: "Libya", attributes: ["articles": "2", "sessions": "c#40 | c#41"]),
            Node(id: "TUN", kind: .country, labelAR: "تونس", labelEN: "Tunisia"),
            Node(id: "QAT", kind: .country),
            Node(id: "person:عماد الطرابلسي", kind: .person, labelAR: "عماد \"الطرابلسي\" <&>",
                 attributes: ["role": "interior minister\nacting", "country": "LBY", "aliases": "الطرابلسي | عماد الطرابلسي"]),
            Node(id: "naif-arab-university", kind: .organization, labelEN: "Naif Arab University, Riyadh"),
            Node(id: "terrorism", kind: .topic, labelAR: "الإرهاب"),
        ], edges: [
            Edge(source: "LBY", target: "TUN", kind: .meets, weight: 2, evidence: [
                EvidenceRef(source: "seeds/a b.txt", start: 10, end: 90, sentence: "التقى \"الوزير\"\n<b> & co, 'x'", kind: "met", session: "c#40"),
                EvidenceRef(source: "seeds/c.txt", start: 0, end: 5)]),
            Edge(source: "LBY", target: "person:عماد الطرابلسي", kind: .represents, weight: 1.5),
            Edge(source: "LBY", target: "person:عماد الطرابلسي", kind: .met, weight: 1),
            Edge(source: "TUN", target: "TUN", kind: .meets, weight: 1),
            Edge(source: "naif-arab-university", target: "person:عماد الطرابلسي", kind: .heads, weight: 1),
            Edge(source: "LBY", target: "terrorism", kind: .discussed, weight: 0.25),
        ], metadata: GraphMetadata(sources: ["seeds/a b.txt", "seeds/c.txt"], sessions: ["c#40", "c#41"], view: .full)).normalized()
    }

    @Test(arguments: [GraphFormat.json, .graphml, .gexf])
    func roundTripIsLossless(_ format: GraphFormat) throws {
        for g in [Self.trickyGraph(), try Self.corpusGraph()] {
            let text = GraphIO.encode(g, as: format)
            let back = try GraphIO.decode(Data(text.utf8), format: format, path: "t.\(format.rawValue)")
            #expect(back == g)
            #expect(GraphIO.encode(back, as: format) == text)
        }
    }

    @Test func csvRoundTripKeepsEdgesAndEndpoints() throws {
        for g in [Self.trickyGraph(), try Self.corpusGraph()] {
            let back = try GraphIO.decode(GraphIO.data(g, as: .csv), format: .csv, path: "t.csv")
            #expect(back.edges == g.edges)
            let endpoints = Set(g.edges.flatMap { [$0.source, $0.target] })
            let expected = g.nodes.filter { endpoints.contains($0.id) }
                .map { Node(id: $0.id, kind: $0.kind, labelAR: $0.labelAR, labelEN: $0.labelEN) }
            #expect(back.nodes == expected)
        }
    }

    @Test func formatBySniffing() throws {
        let g = Self.trickyGraph()
        for f in GraphFormat.allCases {
            #expect(GraphFormat.sniff(GraphIO.data(g, as: f)) == f)
            // No extension: the content decides.
            #expect(try GraphIO.decode(GraphIO.data(g, as: f), path: "graph-without-extension").edges.count == g.edges.count)
        }
        #expect(GraphFormat.from(path: "out/G.GraphML") == .graphml)
        #expect(GraphFormat.sniff(Data("عماد الطرابلسي".utf8)) == nil)
    }

    @Test func readsNetworkXNodeLink() throws {
        for name in ["nx-node-link.json", "nx-node-link-links.json", "nx.graphml", "nx.gexf", "nx-1.3.gexf"] {
            let g = try GraphIO.read(path: Self.fixtures.appendingPathComponent(name).path)
            #expect(g.nodes.count == 6, "\(name)")
            #expect(g.edges.count == 5, "\(name)")
            let lby = try #require(g.node("LBY"), "\(name)")
            #expect(lby.kind == .country && lby.labelAR == "ليبيا" && lby.labelEN == "Libya", "\(name)")
            let p = try #require(g.node("person:عماد مصطفي الطرابلسي"), "\(name)")
            #expect(p.kind == .person && p.attributes["role"] == "interior minister" && p.attributes["country"] == "LBY", "\(name)")
            #expect(g.edges.first { $0.source == "LBY" && $0.target == "TUN" }?.weight == 3, "\(name)")
            #expect(g.edges.contains { $0.source == "TUN" && $0.target == "TUN" }, "\(name): self-loop")
            #expect(g.node("QAT") != nil, "\(name): isolated node")
            #expect(g.edges.first { $0.target == "terrorism" }?.kind == .discussed, "\(name)")
        }
    }

    @Test func readsForeignGraphsWithoutMajlisFields() throws {
        for name in ["nx-foreign.json", "nx-foreign.graphml"] {
            let g = try GraphIO.read(path: Self.fixtures.appendingPathComponent(name).path)
            #expect(g.nodes.map(\.id).sorted() == ["0", "1", "2", "3"], "\(name)")
            #expect(g.edges.map(\.weight).sorted() == [0.5, 1, 2.5], "\(name)")
        }
    }

    @Test func malformedFilesNameTheLine() throws {
        let cases: [(String, String, String)] = [
            ("g.graphml", """
             <?xml version="1.0"?>
             <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
               <graph edgedefault="undirected">
                 <node id="a"/>
                 <edge source="a"/>
               </graph>
             </graphml>
             """, "g.graphml:5: <edge> without target"),
            ("g.graphml", "<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n</graphml>\n", "g.graphml:4: </graph> closes <node> (line 3)"),
            ("g.graphml", "<graphml>\n<graph>\n<node id=\"a\"><data key=\"zz\">1</data></node>\n</graph></graphml>", "g.graphml:3: <data> refers to undeclared key \"zz\""),
            ("g.json", "{\"nodes\": [\n {\"id\": \"a\"},\n {\"kind\": \"country\"}\n], \"edges\": []}", "g.json:3: nodes[1]: node without \"id\""),
            ("g.json", "{\"nodes\": [],\n \"links\": [\n  {\"source\": \"a\",\n   \"target\": \"b\", \"weight\": \"heavy\"}]}", "g.json:3: links[0].weight: weight is not a number"),
            ("g.json", "{\"nodes\": [\n {\"id\": \"a\",\n  }]}", "g.json:3: expected a quoted key"),
            ("g.gexf", "<gexf>\n<graph>\n<edges>\n<edge id=\"0\" target=\"b\"/>\n</edges></graph></gexf>", "g.gexf:4: <edge> without source"),
            ("g.csv", "source,target,weight\r\nA,B,1\r\nA,,2\r\n", "g.csv:3: target: row without target"),
            ("g.csv", "source,target,kind\nA,B,friends\n", "g.csv:2: kind: unknown edge kind \"friends\""),
        ]
        for (path, text, message) in cases {
            #expect(throws: GraphFileError.self) { try GraphIO.decode(Data(text.utf8), path: path) }
            do { _ = try GraphIO.decode(Data(text.utf8), path: path) } catch let e as GraphFileError {
                #expect(e.description == message)
            }
        }
    }

    @Test func parallelEdgesMakeAMultigraphForNetworkX() throws {
        let text = GraphIO.encode(Self.trickyGraph(), as: .json)
        #expect(text.contains("\"multigraph\": true"))
        #expect(text.contains("\"key\": \"represents\""))
        let countries = GraphIO.encode(Self.trickyGraph().view(.countries), as: .json)
        #expect(countries.contains("\"multigraph\": false"))
        #expect(!countries.contains("\"key\""))
    }

    @Test func atomicWriteLeavesOnlyTheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("majlis-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.graphml").path
        try GraphIO.write(Self.trickyGraph(), to: path)
        try GraphIO.write(Self.trickyGraph(), to: path) // replace an existing file
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["g.graphml"])
        #expect(try GraphIO.read(path: path) == Self.trickyGraph())
        #expect(throws: GraphFileError.self) { try GraphIO.write(Self.trickyGraph(), to: dir.appendingPathComponent("missing/g.json").path) }
    }

    @Test func graphMLDefaultsYEdGraphicsAndDirectedFiles() throws {
        let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE graphml>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
          <key id="k" for="node" attr.name="kind" attr.type="string"><default>topic</default></key>
          <key id="w" for="edge" attr.name="weight" attr.type="double"><default>2.5</default></key>
          <key id="g" for="node" yfiles.type="nodegraphics"/>
          <!-- a comment -->
          <graph edgedefault="directed">
            <node id="terrorism"><data key="g"><y:ShapeNode><y:NodeLabel>x</y:NodeLabel></y:ShapeNode></data></node>
            <node id="LBY"><data key="k">country</data></node>
            <edge source="LBY" target="terrorism"/>
            <edge source="terrorism" target="LBY"><data key="w">1</data></edge>
          </graph>
        </graphml>
        """
        let g = try GraphIO.decode(Data(text.utf8), path: "y.graphml")
        #expect(g.node("terrorism")?.kind == .topic)
        #expect(g.node("LBY")?.kind == .country)
        // Both directions of a directed file become one undirected edge; weights add (2.5 default + 1).
        #expect(g.edges.count == 1)
        #expect(g.edges.first?.kind == .discussed && g.edges.first?.weight == 3.5)
    }

    @Test func nodeLinkWithNumericIdsAndForeignAttributes() throws {
        let text = """
        {"directed": true, "multigraph": false, "graph": {"name": "x"},
         "nodes": [{"id": 1, "label": "ليبيا", "size": 3.5, "tags": ["a", "b"]}, {"id": "TUN", "label": "Tunisia"}],
         "links": [{"source": 1, "target": "TUN", "weight": 2}, {"source": "TUN", "target": 1}]}
        """
        let g = try GraphIO.decode(Data(text.utf8), path: "x.json")
        let one = try #require(g.node("1"))
        #expect(one.labelAR == "ليبيا" && one.attributes["size"] == "3.5" && one.attributes["tags"] == "[\"a\",\"b\"]")
        #expect(g.node("TUN")?.kind == .country && g.node("TUN")?.labelEN == "Tunisia")
        #expect(g.edges.count == 1 && g.edges[0].weight == 3 && g.edges[0].source == "1" && g.edges[0].target == "TUN")
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let g1 = try Self.corpusGraph(), g2 = try Self.corpusGraph()
        for f in GraphFormat.allCases { #expect(GraphIO.encode(g1, as: f) == GraphIO.encode(g2, as: f)) }
    }
}
