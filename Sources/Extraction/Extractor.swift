// Entry point of the extraction layer. Pure: text in, values out.

public struct Extractor: Sendable {
    public init() {}

    /// Extracts everything majlis knows how to find from one article.
    /// - Parameters:
    ///   - text: the article text (already decoded to a Swift String).
    ///   - source: the path as given by the user; copied into the result.
    public func extract(text: String, source: String) -> DocumentExtraction {
        // Placeholder until the recognizers land (issue 2).
        DocumentExtraction(source: source, language: "ar")
    }
}
