// Entry point of the extraction layer. Pure: text in, values out.
import ArabicText

public struct Extractor: Sendable {
    let lexicon: UserLexicon
    let topicFinder: TopicFinder
    let orgFinder: OrganizationFinder

    public init(lexicon: UserLexicon = UserLexicon()) {
        self.lexicon = lexicon
        self.topicFinder = TopicFinder(extra: lexicon.topics)
        self.orgFinder = OrganizationFinder(extra: lexicon.organizations)
    }

    /// Extracts everything majlis knows how to find from one article.
    /// - Parameters:
    ///   - text: the article text (already decoded to a Swift String).
    ///   - source: the path as given by the user; copied into the result.
    public func extract(text: String, source: String) -> DocumentExtraction {
        var run = ExtractionRun(text: text, extractor: self)
        return run.run(source: source)
    }

    /// Language of a text: "ar" when Arabic letters outnumber Latin ones, else "en".
    public static func detectLanguage(_ text: String) -> String {
        var ar = 0, la = 0
        for s in text.unicodeScalars {
            if ArabicNormalizer.isArabicLetter(s) { ar += 1 } else if ArabicNormalizer.isLatinLetter(s) { la += 1 }
        }
        return ar >= la ? "ar" : "en"
    }
}
