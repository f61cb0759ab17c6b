import ArgumentParser
import Foundation
import ArabicText
import Extraction
import MeetingGraph

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract sessions, countries, officials, organizations, meetings and topics from articles.",
        discussion: """
        PATH is an article file, a folder (searched recursively for *.txt; other files are ignored with a \
        notice) or - for standard input. Files may be UTF-8, UTF-16 or Windows-1256; anything not plain UTF-8 \
        is decoded and a notice says how. A file that cannot be read is reported on one line and the others \
        are still extracted; the exit status is 1 when any input failed.

        Formats:
          text   readable summary per article (default)
          json   one object {"documents": [...]} (the evaluation contract, PROTOCOL.md)
          jsonl  one document per line, streamed

        Examples:
          majlis extract seeds/000_5fb139bb7f0b8772.txt
          majlis extract --format json seeds > extraction.json
          majlis extract --format jsonl seeds/sessions/41
          cat article.txt | majlis extract -
          majlis extract --lexicon examples/lexicon.json seeds
          majlis extract --format jsonl --jobs 1 big-folder > big.jsonl
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, jsonl
    }

    @Argument(help: "Article files, folders (recursive *.txt) or - for standard input.")
    var paths: [String]

    @Option(name: .long, help: "Output format: text, json or jsonl.")
    var format: Format = .text

    @Option(name: .long, help: "A JSON lexicon of extra actors, organizations and topic cues (see docs/lexicon.md).")
    var lexicon: String?

    /// Development aid: organizations and topics from the lexicon finders alone (no other extraction).
    @Flag(name: .long, help: .hidden)
    var lexiconsOnly = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("no input: give article files, folders, or - for standard input") }
        if let j = jobs, j < 1 { throw ValidationError("--jobs must be at least 1 (got \(j))") }
    }

    @Option(name: .long, help: "Articles extracted at once (default: the number of processors). Output order never changes.")
    var jobs: Int?

    /// What one article gives: a problem, or its output (and any decoding note or debug lines) ready to write.
    enum Outcome: Sendable {
        case problem(InputProblem)
        case done(source: String, note: String?, output: [UInt8], debug: String)
    }

    func run() async throws {
        var failed = false
        let userLexicon = try loadUserLexiconOrExit(lexicon)
        let extractor = makeExtractor(lexicon: userLexicon)
        let orgFinder = OrganizationFinder(extra: userLexicon.organizations)
        let topicFinder = TopicFinder(extra: userLexicon.topics, organizations: orgFinder)
        let debugTopics = lexiconsOnly && ProcessInfo.processInfo.environment["MAJLIS_DEBUG_TOPICS"] != nil
        let corpus = Corpus(paths: paths)
        for notice in corpus.notices { printNotice(notice) }
        let out = StandardOutput.shared
        var progress = Progress(total: corpus.articleCount, label: "extracting")
        if format == .json { out.write("{\"documents\": [") }
        var first = true
        let items = corpus.items
        let stdinArticle: Result<Article, InputProblem>? = items.contains(.stdin) ? Corpus.loadStandardInput() : nil
        let format = self.format, lexiconsOnly = self.lexiconsOnly
        @Sendable func process(_ item: Corpus.Item) -> Outcome {
            let article: Article
            switch loadArticle(item, stdin: stdinArticle) {
            case .failure(let p): return .problem(p)
            case .success(let a): article = a
            }
            var debug = ""
            var doc: DocumentExtraction
            if lexiconsOnly {
                let text = article.text   // (made once: an article read from plain UTF-8 makes it on demand)
                doc = DocumentExtraction(source: article.source, language: Extractor.detectLanguage(text))
                let tokens = LexTokens(text)
                var seen = Set<String>()
                doc.organizations = orgFinder.find(in: tokens).filter { OrganizationLexicon.vocabIDs.contains($0.id) && seen.insert($0.id).inserted }.map { ExtractedOrganization(id: $0.id, mentions: [$0.evidence]) }
                seen = []
                let hits = topicFinder.find(in: tokens)
                doc.topics = hits.compactMap { seen.insert($0.id).inserted ? $0.id : nil }
                if debugTopics {
                    for h in hits { debug += "\(article.source.split(separator: "/").last!)\t\(h.id)\t\(TextReport.slice(text, h.evidence))\n" }
                }
            } else {
                doc = extractor.extract(article)
            }
            var output = [UInt8]()
            switch format {
            case .json, .jsonl:
                ExtractionJSON.append(doc, to: &output)
            case .text:
                let text = article.text
                output = Array(TextReport.render(doc, text: text, topicHits: topicFinder.find(in: text)).utf8)
            }
            return .done(source: article.source, note: article.note.map { "\(article.source): \($0)" }, output: output, debug: debug)
        }
        func emit(_ outcome: Outcome) {
            switch outcome {
            case .problem(let problem):
                printError(problem.description)
                failed = true
            case .done(let source, let note, let output, let debug):
                if let note { printNotice(note) }
                if !debug.isEmpty { writeStderr(debug) }
                progress.step(source)
                switch format {
                case .json: out.write(bytes: first ? [0x0A] : [0x2C, 0x0A]); out.write(bytes: output)
                case .jsonl: out.write(bytes: output); out.write(bytes: [0x0A])
                case .text: if !first { out.write("\n") }; out.write(bytes: output)
                }
                first = false
            }
        }
        // written in corpus order, whatever the number of jobs
        await forEachInOrder(items, width: jobs ?? ProcessInfo.processInfo.activeProcessorCount, process, emit: emit)
        if format == .json { out.write(first ? "]}\n" : "\n]}\n") }
        progress.finish()
        out.flush()
        if failed { throw ExitCode(1) }
    }
}

/// The extractor configured with a user lexicon.
func makeExtractor(lexicon: UserLexicon) -> Extractor {
    Extractor(lexicon: lexicon)
}

/// Reads and parses a `--lexicon FILE`; the failure is one line naming the file.
func loadUserLexicon(path: String) -> Result<UserLexicon, InputProblem> {
    guard let data = FileManager.default.contents(atPath: path) else {
        let exists = FileManager.default.fileExists(atPath: path)
        return .failure(InputProblem(path: path, message: exists ? "cannot read lexicon file" : "no such file"))
    }
    do {
        return .success(try UserLexicon.parse(data))
    } catch {
        return .failure(InputProblem(path: path, message: error.description))
    }
}

/// The readable `--format text` report for one article.
enum TextReport {
    static func render(_ d: DocumentExtraction, text: String, topicHits: [TopicHit] = []) -> String {
        var s = "== \(d.source) (\(d.language))\n"
        if let session = d.session {
            let body = OrganizationLexicon.entry(session.body)?.en ?? session.body
            s += "session: \(body), session \(session.number)\n"
        } else {
            s += "session: none\n"
        }
        s += "countries: " + (d.countries.isEmpty ? "none" : d.countries.map { code in
            CountryLexicon.entry(code).map { "\(code) (\($0.en))" } ?? code
        }.joined(separator: ", ")) + "\n"
        if d.persons.isEmpty { s += "officials: none\n" } else {
            s += "officials:\n"
            for p in d.persons {
                var line = "  - \(p.name)"
                var facts = [String]()
                if let c = p.country { facts.append(c) }
                if let r = p.role { facts.append(r) }
                if let o = p.organization { facts.append(o) }
                if !facts.isEmpty { line += " — " + facts.joined(separator: ", ") }
                if !p.aliases.isEmpty { line += " (also: " + p.aliases.joined(separator: "; ") + ")" }
                s += line + "\n"
            }
        }
        if !d.allOrganizations.isEmpty {
            s += "organizations: " + d.allOrganizations.map(\.id).joined(separator: ", ") + "\n"
        }
        if d.meetings.isEmpty { s += "meetings: none\n" } else {
            s += "meetings:\n"
            for m in d.meetings {
                let sides = m.participants.map(describe).joined(separator: " ↔ ")
                s += "  - [\(m.kind.rawValue)] \(sides)\n"
                if !m.topics.isEmpty { s += "    topics: " + m.topics.joined(separator: ", ") + "\n" }
                let sentence = m.sentence ?? slice(text, m.evidence)
                s += "    evidence [\(m.evidence.start)-\(m.evidence.end)]: \(oneLine(sentence))\n"
            }
        }
        if d.topics.isEmpty { s += "topics: none\n" } else {
            s += "topics:\n"
            let scalars = Array(text.unicodeScalars)
            for id in d.topics {
                s += "  - \(id)"
                if let hit = topicHits.first(where: { $0.id == id }) { s += ": " + context(scalars, hit.evidence) }
                s += "\n"
            }
        }
        return s
    }

    static func describe(_ p: Participant) -> String {
        var parts = [String]()
        if let n = p.person { parts.append(n) }
        if let c = p.country { parts.append(p.person == nil ? c : "(\(c))") }
        if let o = p.organization { parts.append(p.person == nil && p.country == nil ? o : "[\(o)]") }
        return parts.isEmpty ? "?" : parts.joined(separator: " ")
    }

    /// The words around an evidence span, inside its sentence, on one line: «… الإرهاب والعنف وتجارة …».
    static func context(_ scalars: [Unicode.Scalar], _ e: Evidence, radius: Int = 50) -> String {
        guard e.start >= 0, e.end <= scalars.count, e.start < e.end else { return "" }
        func isStop(_ c: Unicode.Scalar) -> Bool { ".!?؟\n".unicodeScalars.contains(c) }
        var a = e.start, b = e.end
        while a > 0, e.start - a < radius, !isStop(scalars[a - 1]) { a -= 1 }
        while b < scalars.count, b - e.end < radius, !isStop(scalars[b]) { b += 1 }
        // Cut at word boundaries.
        if a > 0, !isStop(scalars[a - 1]) { while a < e.start, scalars[a] != " " { a += 1 } }
        if b < scalars.count, !isStop(scalars[b]) { while b > e.end, scalars[b - 1] != " " { b -= 1 } }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[a..<b])
        let body = String(v).trimmingCharacters(in: .whitespaces)
        let lead = a > 0 && !isStop(scalars[a - 1]) ? "… " : ""
        let tail = b < scalars.count && !isStop(scalars[b]) ? " …" : ""
        return "«" + oneLine(lead + body + tail) + "»"
    }

    /// The original text between two Unicode-scalar offsets.
    static func slice(_ text: String, _ e: Evidence) -> String {
        let scalars = text.unicodeScalars
        guard e.start >= 0, e.end >= e.start, e.end <= scalars.count else { return "" }
        let a = scalars.index(scalars.startIndex, offsetBy: e.start)
        let b = scalars.index(a, offsetBy: e.end - e.start)
        return String(scalars[a..<b])
    }
}
