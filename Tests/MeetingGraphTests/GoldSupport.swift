// Gold files (PROTOCOL.md) → DocumentExtraction through `GoldDocument.asExtraction`, so the graph can be tested
// on the dev corpus independently of the extractor. Gold meetings carry no offsets: evidence is (0, 0).
import Extraction
import Foundation

enum TestGold {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Relative paths of every gold file under a folder of the repository, sorted.
    static func goldPaths(under folder: String = "seeds") -> [String] {
        let base = root.appendingPathComponent(folder).path
        let e = FileManager.default.enumerator(atPath: base)!
        var out: [String] = []
        while let rel = e.nextObject() as? String {
            if rel.hasSuffix(".gold.json") { out.append(folder + "/" + rel) }
        }
        return out.sorted()
    }

    /// The extraction a perfect extractor would give for the article beside this gold file.
    static func extraction(_ goldPath: String) throws -> DocumentExtraction {
        let data = try Data(contentsOf: root.appendingPathComponent(goldPath))
        let source = String(goldPath.dropLast(".gold.json".count)) + ".txt"
        return try GoldDocument.parse(data).asExtraction(source: source)
    }

    static func all(under folder: String = "seeds") throws -> [DocumentExtraction] {
        try goldPaths(under: folder).map(extraction)
    }
}
