// The shared input of every command that builds a graph: articles, folders of articles, or graph files.
import ArgumentParser
import Extraction
import Foundation
import MeetingGraph

extension GraphView: ExpressibleByArgument {}

/// `PATH... [--lexicon FILE] [--session N] [--session-from-folder] [--view V]`
struct GraphInputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Articles (.txt), folders of articles, or graph files (.json node-link, .graphml, .gexf, .csv) in their place.",
        valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("A JSON lexicon of your own actors, organizations and topic cues.", valueName: "file"))
    var lexicon: String?

    @Option(name: .long, help: ArgumentHelp("Keep only the articles (or graph evidence) of this session number.", valueName: "n"))
    var session: Int?

    @Flag(name: .long, help: "Take each article's session number from a sessions/N/ folder in its path.")
    var sessionFromFolder = false

    @Option(name: .long, help: ArgumentHelp("Which graph: full, countries, country-topic, persons.", valueName: "view"))
    var view: GraphView = .full

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
/// and skipped; the others are still used. A bad `--lexicon` file is reported and ends the command
/// (`ExitCode(1)`).
func loadGraph(_ o: GraphInputOptions) async throws -> LoadedGraph {
    var problems: [InputProblem] = []
    func problem(_ p: InputProblem) {
        printError(p.description)
        problems.append(p)
    }

    var userLexicon = UserLexicon()
    if let lf = o.lexicon {
        switch loadUserLexicon(path: lf) {
        case .success(let l): userLexicon = l
        case .failure(let p): printError(p.description); throw ExitCode(1)
        }
    }

    // 1. Graph files are recognised by extension or content; everything else goes to the article corpus.
    enum Input { case articles(Int), graphFile(String) }
    var inputs: [Input] = []
    var articlePaths: [String] = []
    let fm = FileManager.default
    for path in o.paths {
        var isDir: ObjCBool = false
        if path != "-", fm.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue, GraphIO.isGraphFile(path) {
            inputs.append(.graphFile(path))
        } else {
            inputs.append(.articles(articlePaths.count))
            articlePaths.append(path)
        }
    }
    let corpus = Corpus(paths: articlePaths)
    for n in corpus.notices { printNotice(n) }

    // 2. Load and extract the articles concurrently (at most a few at a time); keep corpus order.
    let items = corpus.items
    let extractor = makeExtractor(lexicon: userLexicon)
    var results = [Result<DocumentExtraction, InputProblem>?](repeating: nil, count: items.count)
    var progress = Progress(total: corpus.articleCount, label: "extracting")
    // Standard input is read here, once, not from a task.
    var stdinArticle: Result<Article, InputProblem>?
    if items.contains(.stdin) { stdinArticle = Corpus.loadStandardInput() }
    let stdinResult = stdinArticle
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
                    return (i, .success(extractor.extract(text: a.text, source: a.source)), a.note.map { "\(a.source): \($0)" })
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
    progress.finish()
    var extractions: [DocumentExtraction] = []
    for r in results {
        switch r {
        case .success(let d): extractions.append(d)
        case .failure(let p): problem(p)
        case nil: break
        }
    }
    if o.sessionFromFolder { extractions = assignSessionsFromFolders(extractions) }

    // 3. Build, then merge graph files.
    var graph = GraphBuilder(labeler: .with(userLexicon)).build(extractions)
    var graphFiles = 0
    for case .graphFile(let path) in inputs {
        do {
            let g = try GraphIO.read(path: path)
            graph = (extractions.isEmpty && graphFiles == 0) ? g : graph.merged(with: g)
            graphFiles += 1
        } catch let e as GraphFileError {
            problem(InputProblem(path: e.location, message: e.detail))
        }
    }

    // 4. Session and view.
    let full = graph
    var g = graph
    if let n = o.session {
        if !full.hasSessionInfo && graphFiles > 0 && extractions.isEmpty {
            printError("--session \(n): the graph file(s) carry no session information")
            throw ExitCode(1)
        }
        g = full.filtered(session: n)
    }
    g = g.view(o.view)
    return LoadedGraph(graph: g, fullGraph: full, extractions: extractions, problems: problems,
                       articleCount: extractions.count, graphFileCount: graphFiles,
                       sessionsAvailable: full.sessionLabels)
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
