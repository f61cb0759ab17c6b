// The shared input of every command that builds a graph: articles, folders of articles, graph files, or
// extraction files.
import ArgumentParser
import Extraction
import Foundation
import MeetingGraph

extension GraphView: ExpressibleByArgument {}

/// `PATH... [--lexicon FILE] [--session N] [--session-from-folder] [--view V]`
struct GraphInputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Articles (.txt), folders of articles, graph files (.json node-link, .graphml, .gexf, .csv), or extraction files (extract --format json/jsonl output, .gold.json).",
        valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("A JSON lexicon of your own actors, organizations and topic cues.", valueName: "file"))
    var lexicon: String?

    @Option(name: .long, help: ArgumentHelp("Keep only the articles (or graph evidence) of this session number.", valueName: "n"))
    var session: Int?

    @Flag(name: .long, help: "Take each article's session number from a sessions/N/ folder in its path.")
    var sessionFromFolder = false

    @Option(name: .long, help: ArgumentHelp(
        "Which graph: full, countries, country-topic, persons (default: full; countries for clusters and for top --kind country).",
        valueName: "view"))
    var view: GraphView?

    init() {}

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one article, folder or graph file") }
        if let s = session, s < 0 { throw ValidationError("--session must be a session number such as 41") }
    }
}

/// What `loadGraph` read.
struct LoadedGraph: Sendable {
    /// The graph the command works on: session filter and view applied.
    var graph: Graph
    /// The whole graph before the session filter and the view (same node ids).
    var fullGraph: Graph
    /// One extraction per article, in the order the paths were given (folders sorted), sessions as assigned
    /// (including `--session-from-folder`). Empty when only graph files were given.
    var extractions: [DocumentExtraction]
    /// Inputs that failed; each was already printed to stderr as one line (`majlis: error: PATH: ...`).
    var problems: [InputProblem]
    var articleCount: Int
    var graphFileCount: Int
    /// Sessions present in the whole graph (sorted), for messages such as "no articles in session 43".
    var sessionsAvailable: [String]
    /// True when any input failed: the command should exit non-zero after doing what it can.
    var hadProblems: Bool { !problems.isEmpty }
}

/// Reads the inputs, extracts articles (concurrently, results in path order), builds the graph, merges
/// any graph files, then applies `--session` and `--view`. Unreadable inputs are reported as one-line errors
/// and skipped; the others are still used. A bad `--lexicon` file, or inputs of which none could be read,
/// end the command with `ExitCode(1)` (the errors already printed).
func loadGraph(_ o: GraphInputOptions) async throws -> LoadedGraph {
    var problems: [InputProblem] = []
    func problem(_ p: InputProblem) {
        printError(p.description)
        problems.append(p)
    }

    let userLexicon = try loadUserLexiconOrExit(o.lexicon)
    let inputs = InputFiles(paths: o.paths)
    var extractions: [DocumentExtraction] = []
    for r in await extractArticles(inputs.corpus, extractor: makeExtractor(lexicon: userLexicon)) {
        switch r {
        case .success(let d): extractions.append(d)
        case .failure(let p): problem(p)
        }
    }
    for path in inputs.extractionFiles {
        switch ExtractionFile.read(path) {
        case .success(let docs): extractions += docs
        case .failure(let p): problem(p)
        }
    }
    if o.sessionFromFolder { extractions = assignSessionsFromFolders(extractions) }

    // 3. Build, then merge graph files.
    var graph = GraphBuilder(lexicon: userLexicon).build(extractions)
    var graphFiles = 0
    for path in inputs.graphFiles {
        do {
            let g = try GraphIO.read(path: path)
            graph = (extractions.isEmpty && graphFiles == 0) ? g : graph.merged(with: g)
            graphFiles += 1
        } catch let e as GraphFileError {
            problem(InputProblem(path: e.location, message: e.detail))
        }
    }

    // Nothing could be read at all: the errors are printed; there is nothing to work on.
    if extractions.isEmpty && graphFiles == 0 && !problems.isEmpty { throw ExitCode(1) }

    // 4. Session and view.
    let full = graph
    var g = graph
    if let n = o.session {
        if !full.hasSessionInfo && graphFiles > 0 && extractions.isEmpty {
            printError("--session \(n): the graph file(s) carry no session information")
            throw ExitCode(1)
        }
        g = full.filtered(session: n)
        if g.nodes.isEmpty, !full.nodes.isEmpty {
            let label = o.paths.count == 1 ? o.paths[0] : o.paths.joined(separator: " ")
            printError("\(label): no articles in session \(n); sessions found: \(Sessions.list(full.sessionLabels.compactMap(SessionKey.init(id:))))")
            throw ExitCode(1)
        }
    }
    g = g.view(o.view ?? .full)
    return LoadedGraph(graph: g, fullGraph: full, extractions: extractions, problems: problems,
                       articleCount: extractions.count, graphFileCount: graphFiles,
                       sessionsAvailable: full.sessionLabels)
}

/// The inputs of a command, sorted into kinds: extraction files (`majlis extract --format json|jsonl`
/// output, gold files) and graph files, recognised by extension and content; everything else (articles,
/// folders, `-`) makes the article corpus.
struct InputFiles {
    var corpus: Corpus
    var extractionFiles: [String] = []
    var graphFiles: [String] = []

    init(paths: [String]) {
        var articles: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            let isFile = path != "-" && fm.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
            if isFile && ExtractionFile.isOne(path) { extractionFiles.append(path) }
            else if isFile && GraphIO.isGraphFile(path) { graphFiles.append(path) }
            else { articles.append(path) }
        }
        // Files merged in path order: the merged graph does not depend on the order they were given in.
        graphFiles.sort(by: Corpus.precedesInScalarOrder)
        extractionFiles.sort(by: Corpus.precedesInScalarOrder)
        corpus = Corpus(paths: articles)
        for n in corpus.notices { printNotice(n) }
    }
}

/// The `--lexicon FILE` of a command (empty without one). A file that cannot be read or parsed ends the
/// command: one line naming the file, exit status 1.
func loadUserLexiconOrExit(_ path: String?) throws -> UserLexicon {
    guard let path else { return UserLexicon() }
    switch loadUserLexicon(path: path) {
    case .success(let l): return l
    case .failure(let p): printError(p.description); throw ExitCode(1)
    }
}

/// Loads and extracts the articles of a corpus on every processor, with a progress line on a terminal;
/// decoding notes are printed and results returned in corpus order. With `gold`, each article's
/// hand annotation (NAME.gold.json beside NAME.txt) stands in for its extraction.
func extractArticles(_ corpus: Corpus, extractor: Extractor, gold: Bool = false) async -> [Result<DocumentExtraction, InputProblem>] {
    let items = corpus.items
    var results: [Result<DocumentExtraction, InputProblem>] = []
    results.reserveCapacity(items.count)
    var progress = Progress(total: corpus.articleCount, label: "extracting")
    // Standard input is read here, once, not from a task.
    let stdin: Result<Article, InputProblem>? = items.contains(.stdin) ? Corpus.loadStandardInput() : nil
    await forEachInOrder(items, width: ProcessInfo.processInfo.activeProcessorCount) { item -> (Result<DocumentExtraction, InputProblem>, String?) in
        switch loadArticle(item, stdin: stdin) {
        case .failure(let p): return (.failure(p), nil)
        case .success(let a):
            let note = a.note.map { "\(a.source): \($0)" }
            if gold { return (ExtractionFile.goldBeside(article: a.source), note) }
            return (.success(extractor.extract(a)), note)
        }
    } emit: { r, note in
        if let note { printNotice(note) }
        if case .success(let d) = r { progress.step(d.source) }
        results.append(r)
    }
    progress.finish()
    return results
}

/// The article of a corpus item: read and decoded, or the problem that stopped it (`stdin` is standard input,
/// read once beforehand).
func loadArticle(_ item: Corpus.Item, stdin: Result<Article, InputProblem>?) -> Result<Article, InputProblem> {
    switch item {
    case .problem(let p): return .failure(p)
    case .stdin: return stdin ?? .failure(InputProblem(path: "-", message: "cannot read standard input"))
    case .file(let path): return Corpus.load(path: path)
    }
}

/// Runs `work` over `items` on `width` threads and hands the results to `emit` in item order. Tasks take runs of
/// `chunk` consecutive items (a task per ~3 KB article spends more on thread hand-offs than some articles take), and
/// at most four runs per thread are held finished or running, so memory stays flat however many items there are.
func forEachInOrder<Item: Sendable, Result: Sendable>(_ items: [Item], width: Int, chunk: Int = 16,
                                                      _ work: @escaping @Sendable (Item) -> Result,
                                                      emit: (Result) -> Void) async {
    let width = max(1, width), window = 4 * width
    if width == 1 {
        // One job: no child tasks, no hand-offs between threads.
        for item in items { emit(work(item)) }
        return
    }
    let runs = stride(from: 0, to: items.count, by: chunk).map { $0..<min($0 + chunk, items.count) }
    await withTaskGroup(of: (Int, [Result]).self) { group in
        var next = 0, emitted = 0, running = 0
        var finished: [Int: [Result]] = [:]
        func fill() {
            while next < runs.count, running < width, next - emitted < window {
                let r = next, slice = Array(items[runs[r]])
                group.addTask { (r, slice.map(work)) }
                next += 1; running += 1
            }
        }
        fill()
        for await (r, results) in group {
            running -= 1
            finished[r] = results
            while let done = finished.removeValue(forKey: emitted) { done.forEach(emit); emitted += 1 }
            fill()
        }
    }
}

/// Sets each extraction's session number from a `sessions/N/` component of its path; the body is the
/// extraction's own, else the most common body among the articles, else "unknown".
func assignSessionsFromFolders(_ docs: [DocumentExtraction]) -> [DocumentExtraction] {
    var bodies: [String: Int] = [:]
    for d in docs { if let s = d.session { bodies[s.body, default: 0] += 1 } }
    let commonBody = bodies.min { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }?.key ?? "unknown"
    return docs.map { d in
        let parts = d.source.split(separator: "/").map(String.init)
        guard let i = parts.lastIndex(of: "sessions"), i + 1 < parts.count - 1, let n = Int(parts[i + 1]) else { return d }
        var d = d
        d.session = SessionRef(body: d.session?.body ?? commonBody, number: n, evidence: nil)
        return d
    }
}

/// Files that hold extractions rather than articles or graphs: the output of `majlis extract --format json`
/// (`{"documents": [...]}`) or `--format jsonl` (one document per line), and gold files (`NAME.gold.json`,
/// PROTOCOL.md), whose articles are then graphed as annotated (source `NAME.txt`).
enum ExtractionFile {
    static func isOne(_ path: String) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".gold.json") { return true }
        guard lower.hasSuffix(".json"), let h = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? h.close() }
        // The first key of a node-link file is "directed" or "nodes"...; an extraction file starts with "documents".
        let head = String(decoding: (try? h.read(upToCount: 256)) ?? Data(), as: UTF8.self)
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard trimmed.hasPrefix("{") else { return false }
        return trimmed.dropFirst().drop { $0.isWhitespace }.hasPrefix("\"documents\"")
    }

    /// The gold annotation beside an article (`NAME.txt` → `NAME.gold.json`) as an extraction.
    static func goldBeside(article source: String) -> Result<DocumentExtraction, InputProblem> {
        let base = source.hasSuffix(".txt") ? String(source.dropLast(4)) : source
        let path = base + ".gold.json"
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(InputProblem(path: path, message: "no gold file beside the article (--gold)"))
        }
        do { return .success(try GoldDocument.parse(data).asExtraction(source: source)) } catch {
            return .failure(InputProblem(path: path, message: "\(error)"))
        }
    }

    static func read(_ path: String) -> Result<[DocumentExtraction], InputProblem> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(InputProblem(path: path, message: "cannot read file"))
        }
        let decoder = JSONDecoder()
        if path.lowercased().hasSuffix(".gold.json") {
            do {
                let source = String(path.dropLast(".gold.json".count)) + ".txt"
                return .success([try GoldDocument.parse(data).asExtraction(source: source)])
            } catch {
                return .failure(InputProblem(path: path, message: error.description))
            }
        }
        if path.lowercased().hasSuffix(".jsonl") {
            var docs: [DocumentExtraction] = []
            for (i, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
            where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) {
                do { docs.append(try decoder.decode(DocumentExtraction.self, from: Data(line))) } catch let e as DecodingError {
                    return .failure(InputProblem(path: "\(path):\(i + 1)", message: "not an extraction: \(graphInputDescribe(e))"))
                } catch {
                    return .failure(InputProblem(path: "\(path):\(i + 1)", message: "not an extraction"))
                }
            }
            return .success(docs)
        }
        struct Documents: Decodable { var documents: [DocumentExtraction] }
        do { return .success(try decoder.decode(Documents.self, from: data).documents) } catch let e as DecodingError {
            return .failure(InputProblem(path: path, message: "not an extraction file: \(graphInputDescribe(e))"))
        } catch {
            return .failure(InputProblem(path: path, message: "not an extraction file"))
        }
    }
}

/// A decoding error as "documents[3].persons[0]: the field name is missing".
func graphInputDescribe(_ e: DecodingError) -> String {
    switch e {
    case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
        var path = ""
        for k in c.codingPath { path += k.intValue.map { "[\($0)]" } ?? (path.isEmpty ? k.stringValue : "." + k.stringValue) }
        var what = c.debugDescription
        if case .keyNotFound(let k, _) = e { what = "no \"\(k.stringValue)\"" }
        return path.isEmpty ? what : "\(path): \(what)"
    @unknown default: return "\(e)"
    }
}
