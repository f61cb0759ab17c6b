// Entry point of the extraction layer. Pure: text in, values out.
import ArabicText

public struct Extractor: Sendable {
    /// The lexicon, finders and id set, in one object: an article's run holds this one reference instead of a copy
    /// of the struct (whose many reference fields would be retained and released per article).
    let tables: Tables
    var lexicon: UserLexicon { tables.lexicon }
    var topicFinder: TopicFinder { tables.topicFinder }
    var orgFinder: OrganizationFinder { tables.orgFinder }
    /// Ids reported under `organizations` (the controlled vocabulary and the user's own); the built-in
    /// lexicon's other organizations go under `otherOrganizations`.
    var controlledOrganizationIDs: Set<String> { tables.controlledOrganizationIDs }
    /// Per-word facts shared by successive extractions (see WordCache).
    let words = WordCachePool()

    final class Tables: Sendable {
        let lexicon: UserLexicon
        let topicFinder: TopicFinder
        let orgFinder: OrganizationFinder
        let controlledOrganizationIDs: Set<String>

        init(lexicon: UserLexicon) {
            self.lexicon = lexicon
            // one organization finder for both: the topic finder masks cues inside the names the run has found
            self.orgFinder = OrganizationFinder(extra: lexicon.organizations)
            self.topicFinder = TopicFinder(extra: lexicon.topics, organizations: orgFinder)
            self.controlledOrganizationIDs = OrganizationLexicon.vocabIDs.union(lexicon.organizations.map(\.id))
        }
    }

    public init(lexicon: UserLexicon = UserLexicon()) {
        self.tables = Tables(lexicon: lexicon)
    }

    /// Extracts everything majlis knows how to find from one article.
    /// - Parameters:
    ///   - text: the article text (already decoded to a Swift String).
    ///   - source: the path as given by the user; copied into the result.
    public func extract(text: String, source: String) -> DocumentExtraction {
        let cache = words.take()
        defer { words.give(cache) }
        let run = ExtractionRun(text: text, tables: tables, words: cache)
        return run.run(source: source)
    }

    /// Same as `extract(text:source:)` (identical results) for text already validated as UTF-8 and decoded to
    /// scalars (`TextDecoding.decodePlainUTF8`): no String of the article is made.
    public func extract(utf8: ValidUTF8, source: String) -> DocumentExtraction {
        let cache = words.take()
        defer { words.give(cache) }
        let run = ExtractionRun(utf8: utf8, tables: tables, words: cache)
        return run.run(source: source)
    }

    /// Language of a text: "ar" when Arabic letters outnumber Latin ones, else "en".
    public static func detectLanguage(_ text: String) -> String { detectLanguage(scalars: text.unicodeScalars) }

    /// Same, over scalars already decoded.
    static func detectLanguage(scalars: some Sequence<Unicode.Scalar>) -> String {
        var ar = 0, la = 0
        for s in scalars {
            if s.value < 0x80 {   // ASCII (spaces, digits, punctuation, Latin) is never an Arabic letter
                if ArabicNormalizer.isLatinLetter(s) { la += 1 }
            } else if ArabicNormalizer.isArabicLetter(s) { ar += 1 } else if ArabicNormalizer.isLatinLetter(s) { la += 1 }
        }
        return language(arabicLetters: ar, latinLetters: la)
    }

    /// The language from the letter counts (`TokenizedText` counts them while tokenizing).
    static func language(arabicLetters ar: Int, latinLetters la: Int) -> String { ar >= la ? "ar" : "en" }
}

extension Extractor {
    /// A human-readable trace of the intermediate analysis (role phrases, name spans, mentions), for debugging rules.
    public func debugTrace(text: String) -> String {
        let run = ExtractionRun(text: text, tables: tables, words: WordCache())
        _ = run.run(source: "-")
        var out: [String] = []
        let tt = run.tt
        out.append("home=\(run.home ?? "-") agency=\(run.agency ?? "-")")
        for r in run.roles {
            out.append("ROLE [\(r.first)-\(r.last)] \(tt.text(tokens: r.first, through: r.last)) | \(r.label) c=\(r.country ?? "-") org=\(r.org ?? "-") cp=\(r.counterpart) pl=\(r.plural) person=\(r.person.map(String.init) ?? "-")")
        }
        for (i, s) in run.spans.enumerated() {
            out.append("SPAN \(i) [\(s.lead)/\(s.first)-\(s.last)] \(tt.text(tokens: s.lead, through: s.last)) → p\(s.person)")
        }
        for (i, p) in run.persons.enumerated() { out.append("PERSON \(i) \(p.name) c=\(p.country ?? "-") role=\(p.role ?? "-") org=\(p.org ?? "-")") }
        for m in run.mentions {
            out.append("MENTION [\(m.first)-\(m.last)] \(tt.text(tokens: m.first, through: m.last)) → \(m.ref) marked=\(m.marked) \(m.from)")
        }
        return out.joined(separator: "\n")
    }
}
