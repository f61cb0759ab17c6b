import Testing
@testable import ArabicText

@Suite struct NormalizationTests {
    @Test func foldsLetterVariantsDiacriticsAndDigits() {
        #expect(ArabicNormalizer.normalize("إبراهيم") == "ابراهيم")
        #expect(ArabicNormalizer.normalize("سعيّد") == "سعيد")
        #expect(ArabicNormalizer.normalize("الــ٤١") == "ال41")
        #expect(ArabicNormalizer.normalize("آل خليفة") == "ال خليفه")
        #expect(ArabicNormalizer.normalize("مستوى المسؤولين") == "مستوي المسوولين")
        #expect(ArabicNormalizer.normalize("العُمانية") == "العمانيه")
        #expect(ArabicNormalizer.normalize("ٱلهيئة") == "الهييه")
    }

    @Test func namesNormalizeLikeTheScorer() {
        #expect(ArabicNormalizer.normalizeName("” محمد الرحمون”") == "محمد الرحمون")
        #expect(ArabicNormalizer.normalizeName("“سيف بن زايد أل نهيان ”") == "سيف بن زايد ال نهيان")
    }

    @Test func tokenOffsetsPointIntoTheOriginalText() {
        let text = "التقى الوزيرُ “قيس سعيّد” في الدورة الــ41."
        let tt = TokenizedText(text)
        let scalars = Array(text.unicodeScalars)
        for t in tt.tokens {
            var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[t.start..<t.end])
            let orig = String(v)
            #expect(ArabicNormalizer.normalize(orig) == t.norm || t.kind == .punct)
        }
        let words = tt.tokens.filter { $0.kind != .punct }.map(\.norm)
        #expect(words == ["التقي", "الوزير", "قيس", "سعيد", "في", "الدوره", "ال", "41"])
        let said = tt.tokens.first { $0.norm == "سعيد" }!
        #expect(tt.text(said.start, said.end) == "سعيّد")
    }

    @Test func cliticReadings() {
        func stems(_ w: String) -> [String] { Clitics.readings(ArabicNormalizer.normalize(w)).map(\.stem) }
        #expect(stems("وتونس").contains("تونس"))
        #expect(stems("بليبيا").contains("ليبيا"))
        #expect(stems("لليبيا").contains("ليبيا"))
        #expect(stems("للمجلس").contains("المجلس"))
        #expect(stems("وبالجزائر").contains(ArabicNormalizer.normalize("الجزائر")))
        #expect(stems("ولبنان").contains("لبنان"))
        #expect(stems("تونس") == ["تونس"])
    }

    @Test func sentencesDoNotBreakAfterAbbreviations() {
        let tt = TokenizedText("التقى د. عبدالمجيد البنيان الوزير. ثم غادر.\nسطر جديد")
        let s = SentenceSplitter.split(tt.tokens)
        #expect(s.count == 3)
        #expect(tt.tokens[s[0].last!].norm == ".")
        let en = TokenizedText("Lt. Gen. Abdul Amir met Dr. Ahmed. Then he left.")
        #expect(SentenceSplitter.split(en.tokens).count == 2)
    }
}

@Suite struct OrdinalTests {
    func value(_ text: String) -> Int? {
        let toks = TokenizedText(text).tokens.filter { !($0.kind == .punct && $0.norm == "(") }
        return Ordinals.parse(toks, at: 0)?.value
    }

    @Test func arabicDigitsWithArticleAndTatweel() {
        #expect(value("الـ41") == 41)
        #expect(value("الــ39") == 39)
        #expect(value("ال 42") == 42)
        #expect(value("ال42") == 42)
        #expect(value("(42)") == 42)
        #expect(value("٤٠") == 40)
    }

    @Test func arabicOrdinalWords() {
        #expect(value("الحادية والأربعين") == 41)
        #expect(value("الواحدة والأربعين") == 41)
        #expect(value("الواحد والأربعين") == 41)
        #expect(value("الثانية والأربعون") == 42)
        #expect(value("الاربعين") == 40)
        #expect(value("التاسعة والثلاثين") == 39)
        #expect(value("الحادية عشرة") == 11)
        #expect(value("الأولى") == 1)
        #expect(value("الثانية والستين بعد المائة") == 162)
        #expect(value("الدورة") == nil)
    }

    @Test func englishOrdinals() {
        #expect(value("41st") == 41)
        #expect(value("42nd") == 42)
        #expect(value("38th") == 38)
        #expect(value("forty-first") == 41)
        #expect(value("fortieth") == 40)
        #expect(value("thirty-ninth") == 39)
    }
}
