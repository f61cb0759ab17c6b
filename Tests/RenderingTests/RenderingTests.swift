import Testing
import Foundation
import MeetingGraph
@testable import Rendering

/// A small hand-built meeting graph with the characters labels can hold.
func sampleGraph() -> Graph {
    let nodes = [
        Node(id: "LBY", kind: .country, labelAR: "ليبيا", labelEN: "Libya"),
        Node(id: "TUN", kind: .country, labelAR: "تونس", labelEN: "Tunisia"),
        Node(id: "SYR", kind: .country, labelAR: "سوريا", labelEN: "Syria"),
        Node(id: "person:عماد مصطفى الطرابلسي", kind: .person, labelAR: "عماد مصطفى الطرابلسي",
             labelEN: "Imad Mustafa Trabelsi", attributes: ["role": "interior minister", "country": "LBY"]),
        Node(id: "person:قيس سعيد", kind: .person, labelAR: "قيس سعيّد", labelEN: nil,
             attributes: ["role": "president", "country": "TUN"]),
        Node(id: "arab-interior-ministers-council", kind: .organization, labelAR: "مجلس وزراء الداخلية العرب",
             labelEN: "Council of Arab Interior Ministers"),
        Node(id: "terrorism", kind: .topic, labelAR: "الإرهاب", labelEN: "Terrorism"),
    ]
    let ev = EvidenceRef(source: "seeds/000.txt", start: 0, end: 40,
                         sentence: "استقبل الرئيس قيس سعيّد وزير الداخلية الليبي \"عماد\" <الطرابلسي> & وفده", kind: "received")
    let edges = [
        Edge(source: "LBY", target: "TUN", kind: .meets, weight: 2, evidence: [ev]),
        Edge(source: "LBY", target: "terrorism", kind: .discussed, weight: 1),
        Edge(source: "LBY", target: "person:عماد مصطفى الطرابلسي", kind: .represents),
        Edge(source: "TUN", target: "person:قيس سعيد", kind: .represents),
        Edge(source: "person:عماد مصطفى الطرابلسي", target: "person:قيس سعيد", kind: .met, weight: 1, evidence: [ev]),
        Edge(source: "SYR", target: "LBY", kind: .meets, weight: 1),
    ]
    return Graph(nodes: nodes, edges: edges, metadata: GraphMetadata(
        sources: ["seeds/000.txt"], sessions: ["arab-interior-ministers-council#41"], view: .full))
}

@Suite struct GraphvizBridgeTests {
    @Test func rendersSampleToSVG() async throws {
        let dot = DOTWriter.dot(graph: sampleGraph(), options: RenderOptions(labels: .both))
        let svg = try await GraphvizRenderer.shared.render(dot: dot, layout: .neato, format: .svg)
        let text = String(decoding: svg, as: UTF8.self)
        try? dot.write(toFile: "/tmp/h5-sample.dot", atomically: true, encoding: .utf8)
        try? svg.write(to: URL(fileURLWithPath: "/tmp/h5-sample.svg"))
        #expect(text.contains("<svg"))
        #expect(text.contains("ليبيا"))
    }
}

@Suite struct ScratchTests {
    @Test func scratch() async throws {
        let dot = try String(contentsOfFile: "/tmp/h5-s2.dot", encoding: .utf8)
        let svg = try await GraphvizRenderer.shared.render(dot: dot, layout: .neato, format: .svg)
        try svg.write(to: URL(fileURLWithPath: "/tmp/h5-s2.svg"))
        let png = try await GraphvizRenderer.shared.render(dot: dot, layout: .neato, format: .png)
        try png.write(to: URL(fileURLWithPath: "/tmp/h5-s2.png"))
    }
}
