import Foundation
import Testing
@testable import Extraction
@testable import ArabicText

/// The word cache keeps per-word facts across articles; an article's extraction must not depend on what the cache
/// saw before it.
@Suite struct WordCacheTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func articles() throws -> [(String, String)] {
        var out: [(String, String)] = []
        for dir in ["seeds", "Tests/Fixtures/heldout/set1", "Tests/Fixtures/heldout/set2"] {
            let base = root.appendingPathComponent(dir)
            let files = FileManager.default.enumerator(atPath: base.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted()
            for f in files {
                let data = try #require(FileManager.default.contents(atPath: base.appendingPathComponent(f).path))
                out.append((dir + "/" + f, String(decoding: data, as: UTF8.self)))
            }
        }
        return out
    }

    @Test func sharedCacheGivesTheSameExtractionAsAFreshOne() throws {
        let docs = try WordCacheTests.articles()
        #expect(docs.count > 60)
        let shared = Extractor()
        // warm the shared cache with every article, in reverse order, then extract each again
        for (path, text) in docs.reversed() { _ = shared.extract(text: text, source: path) }
        for (path, text) in docs {
            let fresh = ExtractionJSON.string(Extractor().extract(text: text, source: path))
            let warm = ExtractionJSON.string(shared.extract(text: text, source: path))
            #expect(fresh == warm, "\(path)")
        }
    }

    @Test func concurrentExtractionsAgreeWithSequentialOnes() async throws {
        let docs = try WordCacheTests.articles()
        let extractor = Extractor()
        let sequential = docs.map { ExtractionJSON.string(extractor.extract(text: $0.1, source: $0.0)) }
        let parallel = await withTaskGroup(of: (Int, String).self) { group in
            for (i, d) in docs.enumerated() { group.addTask { (i, ExtractionJSON.string(extractor.extract(text: d.1, source: d.0))) } }
            var out = [String](repeating: "", count: docs.count)
            for await (i, s) in group { out[i] = s }
            return out
        }
        #expect(parallel == sequential)
    }

    @Test func factsAreComputedOncePerDistinctWord() {
        let cache = WordCache()
        let tt = TokenizedText("والتقى الوزير بالوزير ووزير الداخلية. والتقى", vocabulary: cache.vocabulary)
        let ctx = DocContext(tt: tt, words: cache)
        let toks = tt.tokens
        let i = toks.firstIndex { $0.norm == "بالوزير" }!
        #expect(ctx.stems(i) == ["بالوزير", "الوزير"])
        #expect(ctx.readings(i).map(\.prefix) == ["", "ب"])
        // the two "والتقى" tokens share one id and one entry
        let w = toks.indices.filter { toks[$0].norm == "والتقي" }
        #expect(w.count == 2 && toks[w[0]].id == toks[w[1]].id)
        #expect(ctx.anyClass[w[0]].contains(.metVerb))
        #expect(!ctx.litClass[w[0]].contains(.metVerb))
        #expect(ctx.stems(toks.firstIndex { $0.kind == .punct }!) == [])
    }
}
