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
        merged across articles) and meetings (a meeting reported by several articles counts once).

        Examples:
          majlis sessions seeds
          majlis sessions seeds --format json
          majlis sessions seeds --session-from-folder --format csv
          majlis sessions seeds --session 41
          majlis sessions seeds --gold
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @Argument(help: "Article files or folders (recursive *.txt), or extraction files (extract --format json/jsonl output, .gold.json).")
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
            try loaded.failForNoSession(paths: paths, options: sessionOptions)
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

    /// Loads, extracts and groups the articles (and extraction files) of `paths`. Each unreadable input is one
    /// line on stderr (`failed` is then true); when none could be read the command ends there (exit 1).
    static func load(paths: [String], options: SessionOptions) async throws -> SessionInput {
        let userLexicon = try loadUserLexiconOrExit(options.lexicon)
        let inputs = InputFiles(paths: paths)
        var failed = false
        var docs: [DocumentExtraction] = []
        for r in await extractArticles(inputs.corpus, extractor: makeExtractor(lexicon: userLexicon), gold: options.gold) {
            switch r {
            case .success(let d): docs.append(d)
            case .failure(let p): printError(p.description); failed = true
            }
        }
        for path in inputs.extractionFiles {
            switch ExtractionFile.read(path) {
            case .success(let more): docs += more
            case .failure(let p): printError(p.description); failed = true
            }
        }
        for path in inputs.graphFiles {
            printError("\(path): a graph file; sessions are read from articles or extraction files (majlis extract --format json), or compare two graph files with majlis diff OLD NEW")
            failed = true
        }
        // Nothing could be read: the errors are printed; there is nothing to work on.
        if docs.isEmpty && failed { throw ExitCode(1) }
        // Articles by path, so the listing does not depend on the order the paths were given in.
        docs = docs.enumerated().sorted { ($0.element.source, $0.offset) < ($1.element.source, $1.offset) }.map(\.element)
        let groups = Sessions.group(docs, rule: options.rule)
        let all = Sessions.group(docs, rule: SessionRule(source: options.rule.source)).keys
        let labeler = NodeLabeler.with(userLexicon)
        let assigned = groups.sessions.flatMap(\.articles)
        return SessionInput(groups: groups, allKeys: all, failed: failed,
                            whole: GraphBuilder(labeler: labeler).build(assigned), labeler: labeler)
    }

    /// Ends the command when no session is left: one line naming the inputs, the session asked for (if any)
    /// and the sessions that exist; exit status 1.
    func failForNoSession(paths: [String], options: SessionOptions) throws -> Never {
        let asked = [options.body, options.session.map { "#\($0)" }].compactMap { $0 }.joined(separator: " ")
        let what = asked.isEmpty ? "no session with articles" : "no articles in session \(asked)"
        printError("\(paths.joined(separator: " ")): \(what); sessions found: \(Sessions.list(allKeys))")
        throw ExitCode(1)
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

