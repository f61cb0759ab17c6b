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

/// One input that could not be used (already printed as `majlis: error: PATH: MESSAGE`).
struct GraphLoadProblem: Error, CustomStringConvertible, Sendable {
    var path: String
    var message: String
    var description: String { "\(path): \(message)" }
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
    /// Inputs that failed; each was printed to stderr as one line.
    var problems: [GraphLoadProblem]
    var articleCount: Int
    var graphFileCount: Int
    /// Sessions present in the whole graph (sorted), for messages such as "no articles in session 43".
    var sessionsAvailable: [String]
    /// True when any input failed: the command should exit non-zero after doing what it can.
    var hadProblems: Bool { !problems.isEmpty }
}

/// Reads the inputs, extracts articles (concurrently, results in path order), builds the graph, merges
/// any graph files, then applies `--session` and `--view`. Unreadable inputs are reported as one-line errors
/// and skipped; the others are still used.
func loadGraph(_ o: GraphInputOptions) async throws -> LoadedGraph {
    var problems: [GraphLoadProblem] = []
    func problem(_ path: String, _ message: String) {
        let p = GraphLoadProblem(path: path, message: message)
        graphInputPrintError(p.description)
        problems.append(p)
    }

    var userLexicon: UserLexicon?
    if let lf = o.lexicon {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: lf))
            userLexicon = try JSONDecoder().decode(UserLexicon.self, from: data)
        } catch let e as DecodingError {
            throw ValidationError("\(lf): not a lexicon file (\(graphInputDescribe(e)))")
        } catch {
            throw ValidationError("\(lf): cannot read (\((error as NSError).localizedDescription))")
        }
    }

    // 1. Expand the paths: graph files stay, folders become their articles.
    enum Input { case article(String), graphFile(String) }
    var inputs: [Input] = []
    let fm = FileManager.default
    for path in o.paths {
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else { problem(path, "no such file or folder"); continue }
        if isDir.boolValue {
            let articles = graphInputArticles(in: path)
            if articles.isEmpty { problem(path, "no articles (.txt) in this folder") }
            inputs += articles.map { .article($0) }
        } else if GraphIO.isGraphFile(path) {
            inputs.append(.graphFile(path))
        } else {
            inputs.append(.article(path))
        }
    }

    // 2. Extract the articles concurrently; keep path order.
    let articlePaths = inputs.compactMap { if case .article(let p) = $0 { return p } else { return nil } }
    let extractor = Extractor()
    var results = [Result<DocumentExtraction, GraphLoadProblem>?](repeating: nil, count: articlePaths.count)
    await withTaskGroup(of: (Int, Result<DocumentExtraction, GraphLoadProblem>).self) { group in
        let width = max(2, ProcessInfo.processInfo.activeProcessorCount)
        var next = 0
        func launch(_ i: Int) {
            let path = articlePaths[i]
            group.addTask {
                switch graphInputReadArticle(path) {
                case .success(let text): return (i, .success(extractor.extract(text: text, source: path)))
                case .failure(let p): return (i, .failure(p))
                }
            }
        }
        while next < min(width, articlePaths.count) { launch(next); next += 1 }
        for await (i, r) in group {
            results[i] = r
            if next < articlePaths.count { launch(next); next += 1 }
        }
    }
    var extractions: [DocumentExtraction] = []
    for r in results {
        switch r {
        case .success(let d): extractions.append(d)
        case .failure(let p): problem(p.path, p.message)
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
            problem(e.path, String(e.description.dropFirst(e.path.count + 2)))
        }
    }

    // 4. Session and view.
    let full = graph
    var g = graph
    if let n = o.session {
        if !full.hasSessionInfo && graphFiles > 0 && extractions.isEmpty {
            throw ValidationError("--session \(n): the graph file(s) carry no session information")
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

// MARK: - Article files (minimal; the shared corpus loader replaces this)

/// Article files under a folder: *.txt, recursively, hidden entries skipped, sorted by path.
func graphInputArticles(in folder: String) -> [String] {
    let fm = FileManager.default
    guard let e = fm.enumerator(atPath: folder) else { return [] }
    var out: [String] = []
    while let rel = e.nextObject() as? String {
        if rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
        guard rel.lowercased().hasSuffix(".txt") else { continue }
        let full = folder.hasSuffix("/") ? folder + rel : folder + "/" + rel
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue { out.append(full) }
    }
    return out.sorted()
}

/// An article's text: UTF-8 (BOM allowed) or UTF-16 with a BOM.
func graphInputReadArticle(_ path: String) -> Result<String, GraphLoadProblem> {
    guard let data = FileManager.default.contents(atPath: path) else {
        return .failure(GraphLoadProblem(path: path, message: "cannot read"))
    }
    let bytes = [UInt8](data)
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
        if let s = String(data: data, encoding: .utf16) { return .success(s) }
    }
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    guard let s = String(validating: body, as: UTF8.self) else {
        return .failure(GraphLoadProblem(path: path, message: "not UTF-8 text"))
    }
    return .success(s)
}

func graphInputPrintError(_ message: String) {
    FileHandle.standardError.write(Data("majlis: error: \(message)\n".utf8))
}

func graphInputDescribe(_ e: DecodingError) -> String {
    switch e {
    case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
        let path = c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return (path.isEmpty ? "" : path.trimmingCharacters(in: CharacterSet(charactersIn: ".")) + ": ") + c.debugDescription
    @unknown default: return "\(e)"
    }
}
