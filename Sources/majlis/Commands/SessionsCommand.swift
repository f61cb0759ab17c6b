import ArgumentParser
import Foundation
import Extraction
import MeetingGraph
import Analysis

struct SessionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List the council sessions the articles report on, with their counts.",
        discussion: """
        Each article belongs to the session its extraction reports (council body and number). With \
        --session-from-folder the number comes from a sessions/N/ folder in the article's path instead. \
        Articles with no session are listed as unassigned, never dropped. The year is shown where majlis \
        knows it (Council of Arab Interior Ministers, 38th–42nd sessions).

        Counts per session: articles, countries and officials (nodes of the session's graph, officials \
        merged across articles) and meetings (as extracted, one per reported meeting).

        Examples:
          majlis sessions seeds
          majlis sessions seeds --format json
          majlis sessions seeds --session-from-folder --format csv
          majlis sessions seeds --session 41
          majlis sessions seeds --gold
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @Argument(help: "Article files or folders (recursive *.txt).")
    var paths: [String]

    @OptionGroup var sessionOptions: SessionOptions

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: Format = .table

    func run() async throws {
        let loaded = try await SessionInput.load(paths: paths, options: sessionOptions)
        let groups = loaded.groups
        var summaries: [SessionSummary] = []
        for (key, docs) in groups.sessions {
            summaries.append(SessionSummary(key: key, articles: docs, graph: loaded.graph(of: key)))
        }
        if summaries.isEmpty && (sessionOptions.session != nil || sessionOptions.body != nil) {
            let asked = [sessionOptions.body, sessionOptions.session.map { "#\($0)" }].compactMap { $0 }.joined(separator: " ")
            printError("\(paths.joined(separator: " ")): no articles in session \(asked); sessions found: \(Sessions.list(loaded.allKeys))")
            throw ExitCode(1)
        }
        var unassigned: SessionSummary?
        if !groups.unassigned.isEmpty {
            let docs = groups.unassigned
            unassigned = SessionSummary(key: SessionKey(body: "", number: 0), articles: docs,
                                        graph: loaded.unassignedGraph())
        }
        let out = StandardOutput.shared
        switch format {
        case .json:
            struct Payload: Encodable {
                var sessions: [SessionSummary]
                var unassigned: [String]
                var filteredOut: [String]
                enum CodingKeys: String, CodingKey { case sessions, unassigned, filteredOut = "filtered_out" }
            }
            let enc = JSONEncoder()
            enc.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            out.write(try enc.encode(Payload(sessions: summaries, unassigned: groups.unassigned.map(\.source),
                                             filteredOut: groups.filteredOut.map(\.source))))
            out.write("\n")
        case .csv:
            out.write("body,number,year,articles,countries,officials,meetings\n")
            for s in summaries {
                let fields: [String] = [s.body, String(s.number), s.year.map(String.init) ?? "", String(s.articles),
                                        String(s.countries), String(s.officials), String(s.meetings)]
                out.write(fields.map(csvField).joined(separator: ",") + "\n")
            }
            if let u = unassigned {
                let fields: [String] = ["unassigned", "", "", String(u.articles), String(u.countries),
                                        String(u.officials), String(u.meetings)]
                out.write(fields.joined(separator: ",") + "\n")
            }
        case .table:
            var rows: [[String]] = [["council", "session", "year", "articles", "countries", "officials", "meetings"]]
            for s in summaries {
                let row: [String] = [s.body, String(s.number), s.year.map(String.init) ?? "–", String(s.articles),
                                     String(s.countries), String(s.officials), String(s.meetings)]
                rows.append(row)
            }
            if let u = unassigned {
                let row: [String] = ["(no session)", "–", "–", String(u.articles), String(u.countries),
                                     String(u.officials), String(u.meetings)]
                rows.append(row)
            }
            out.write(formatTable(rows, rightAligned: [1, 2, 3, 4, 5, 6]))
            if !groups.unassigned.isEmpty {
                out.write("\nunassigned (no session found): " + groups.unassigned.map(\.source).joined(separator: ", ") + "\n")
            }
            if !groups.filteredOut.isEmpty {
                out.write("left out by --session/--body: \(groups.filteredOut.count) article(s)\n")
            }
        }
        out.flush()
        if summaries.isEmpty {
            printError("\(paths.joined(separator: " ")): no article reports a session; articles need a session in their text, or use --session-from-folder with sessions/N/ folders")
            throw ExitCode(1)
        }
        if loaded.failed { throw ExitCode(1) }
    }
}

/// Session flags shared by `sessions`, `diff` and `history`.
struct SessionOptions: ParsableArguments {
    @Flag(name: .customLong("session-from-folder"),
          help: "Take each article's session number from a sessions/N/ folder in its path.")
    var fromFolder = false

    @Option(name: .customLong("session"), help: "Keep only session N.")
    var session: Int?

    @Option(name: .customLong("body"), help: "Keep only sessions of this council id (e.g. arab-interior-ministers-council).")
    var body: String?

    @Option(name: .long, help: "A JSON lexicon of extra actors, organizations and topic cues.")
    var lexicon: String?

    @Flag(name: .long, help: "Read each article's hand annotation (NAME.gold.json beside NAME.txt) instead of extracting.")
    var gold = false

    var rule: SessionRule { SessionRule(source: fromFolder ? .folder : .extraction, only: session, body: body) }
}

/// Articles loaded, extracted and grouped by session.
struct SessionInput {
    var groups: SessionGroups
    /// Every session found before --session/--body filtering (for messages).
    var allKeys: [SessionKey]
    var failed: Bool

    static func load(paths: [String], options: SessionOptions) async throws -> SessionInput {
        var userLexicon = UserLexicon()
        if let lexicon = options.lexicon {
            switch loadUserLexicon(path: lexicon) {
            case .success(let l): userLexicon = l
            case .failure(let p): printError(p.description); throw ExitCode(1)
            }
        }
        let extractor = makeExtractor(lexicon: userLexicon)
        let corpus = Corpus(paths: paths)
        for notice in corpus.notices { printNotice(notice) }
        var failed = false
        var docs: [DocumentExtraction] = []
        // Load and extract concurrently (a few at a time); results kept in corpus order.
        let items = corpus.items
        var results = [Result<DocumentExtraction, InputProblem>?](repeating: nil, count: items.count)
        var progress = Progress(total: corpus.articleCount, label: "extracting")
        var stdinArticle: Result<Article, InputProblem>?
        if items.contains(.stdin) { stdinArticle = Corpus.loadStandardInput() }
        let stdinResult = stdinArticle
        let gold = options.gold
        await withTaskGroup(of: (Int, Result<DocumentExtraction, InputProblem>, String?).self) { group in
            let width = max(2, ProcessInfo.processInfo.activeProcessorCount)
            var next = 0
            func launch(_ i: Int) {
                let item = items[i]
                group.addTask {
                    let loaded: Result<Article, InputProblem>
                    switch item {
                    case .problem(let p): return (i, .failure(p), nil)
                    case .stdin: loaded = stdinResult ?? .failure(InputProblem(path: "-", message: "cannot read standard input"))
                    case .file(let path): loaded = Corpus.load(path: path)
                    }
                    switch loaded {
                    case .failure(let p): return (i, .failure(p), nil)
                    case .success(let a):
                        let note = a.note.map { "\(a.source): \($0)" }
                        if gold { return (i, SessionInput.goldExtraction(a.source), note) }
                        return (i, .success(extractor.extract(text: a.text, source: a.source)), note)
                    }
                }
            }
            while next < min(width, items.count) { launch(next); next += 1 }
            for await (i, r, note) in group {
                results[i] = r
                if let note { printNotice(note) }
                if case .success(let d) = r { progress.step(d.source) }
                if next < items.count { launch(next); next += 1 }
            }
        }
        for r in results {
            switch r {
            case .success(let d): docs.append(d)
            case .failure(let p): printError(p.description); failed = true
            case nil: break
            }
        }
        progress.finish()
        let groups = Sessions.group(docs, rule: options.rule)
        let all = Sessions.group(docs, rule: SessionRule(source: options.rule.source)).keys
        let labeler = NodeLabeler.with(userLexicon)
        let assigned = groups.sessions.flatMap(\.articles)
        return SessionInput(groups: groups, allKeys: all, failed: failed,
                            whole: GraphBuilder(labeler: labeler).build(assigned), labeler: labeler)
    }

    /// The gold annotation beside an article (`NAME.txt` → `NAME.gold.json`) as an extraction.
    static func goldExtraction(_ source: String) -> Result<DocumentExtraction, InputProblem> {
        let base = source.hasSuffix(".txt") ? String(source.dropLast(4)) : source
        let path = base + ".gold.json"
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(InputProblem(path: path, message: "no gold file beside the article (--gold)"))
        }
        do { return .success(try GoldDocument.parse(data).asExtraction(source: source)) } catch {
            return .failure(InputProblem(path: path, message: "\(error)"))
        }
    }

    /// The graph of every article loaded (officials resolved across all of them, so ids agree between
    /// sessions); a session's graph is this graph filtered to the session.
    var whole: Graph
    var labeler: NodeLabeler

    func graph(of key: SessionKey) -> Graph { whole.filtered(sessionLabel: key.id) }

    /// The graph of the unassigned articles alone.
    func unassignedGraph() -> Graph { GraphBuilder(labeler: labeler).build(groups.unassigned) }
}

/// (CSV fields: `csvField` in CLISupport.swift.)
/// Right-pads columns (left-aligned text, right-aligned numbers) by character count.
func formatTable(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
    guard let first = rows.first else { return "" }
    var widths = Array(repeating: 0, count: first.count)
    for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
    var out = ""
    for r in rows {
        var cells: [String] = []
        for (i, c) in r.enumerated() {
            let pad = String(repeating: " ", count: max(0, widths[i] - c.count))
            cells.append(rightAligned.contains(i) ? pad + c : (i == r.count - 1 ? c : c + pad))
        }
        out += cells.joined(separator: "  ") + "\n"
    }
    return out
}

