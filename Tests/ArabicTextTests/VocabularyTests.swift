import Testing
@testable import ArabicText

@Suite struct VocabularyTests {
    @Test func equalWordsShareOneIdAndDifferentWordsDoNot() {
        let v = Vocabulary(capacity: 4)
        let a = v.intern("الداخلية"), b = v.intern("الداخليه"), c = v.intern("الداخلية")
        #expect(a == c)
        #expect(a != b)
        #expect(v.string(a) == "الداخلية")
        #expect(v.count == 2)
    }

    @Test func idsStayStableWhileTheTableGrows() {
        let v = Vocabulary(capacity: 4)
        let words = (0..<5000).map { "w\($0)" } + (0..<500).map { "كلمة\($0)" }
        let ids = words.map { v.intern($0) }
        #expect(Set(ids).count == words.count)
        for (w, id) in zip(words, ids) {
            #expect(v.intern(w) == id)
            #expect(v.string(id) == w)
        }
        #expect(v.intern("") == v.intern(""))
    }

    @Test func tokensOfTwoTextsShareIdsThroughOneVocabulary() {
        let v = Vocabulary()
        let a = TokenizedText("التقى وزير الداخلية التونسي نظيره.", vocabulary: v).tokens
        let b = TokenizedText("وزير الداخلية اللبناني، والتقى الوزيرين.", vocabulary: v).tokens
        for x in a + b {
            for y in a + b { #expect((x.id == y.id) == (x.norm == y.norm), "\(x.norm) / \(y.norm)") }
            #expect(v.string(x.id) == x.norm)
        }
    }

    /// The table-driven tokenizer against the scalar rules it encodes: every scalar class boundary, folds outside
    /// the table (presentation forms, Latin-1 capitals), stray marks, digits of three scripts.
    @Test func tokenizerFoldsAndSplitsLikeTheNormalizer() {
        let text = "ﻻ Élysée الــ٤١ ۴۲ 41st ـ وزيرٌ، “Dr.” ﷲ"
        let tt = TokenizedText(text)
        for t in tt.tokens where t.kind != .punct {
            var v = String.UnicodeScalarView(); v.append(contentsOf: tt.scalars[t.start..<t.end])
            #expect(ArabicNormalizer.normalize(String(v)) == t.norm, "\(String(v))")
        }
        let kinds = tt.tokens.map { "\($0.kind):\($0.norm)" }
        #expect(kinds.contains("number:41"))
        #expect(kinds.contains("number:42"))
        #expect(kinds.contains("word:" + ArabicNormalizer.normalize("Élysée")))
        #expect(kinds.contains("word:st"))
        #expect(kinds.contains("punct:“"))
    }
}
