import ArgumentParser
import Foundation
import Extraction
import MeetingGraph

struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the extractor against gold annotations (same figures as score.py).",
        discussion: """
        Runs the extractor over every NAME.txt in GOLD_DIR (recursively) that has a NAME.gold.json beside it, \
        and prints precision / recall / F1 per category exactly as ../shared/eval/score.py prints them for the \
        output of `majlis extract --format json` over the same files. Categories and matching rules: \
        PROTOCOL.md. A gold file or article that cannot be read is reported on one line; the others are still \
        scored and the exit status is 1.

        Examples:
          majlis eval seeds
          majlis eval seeds --per-doc
          majlis eval seeds/sessions/41 --json
          majlis eval --lexicon examples/lexicon.json seeds
        """
    )

    @Argument(help: "Folder holding NAME.txt and NAME.gold.json pairs (searched recursively).")
    var goldDir: String

    @Flag(name: .long, help: "Print the scores as JSON.")
    var json = false

    @Flag(name: .long, help: "Also print the counts of every article.")
    var perDoc = false

    @Option(name: .long, help: "A JSON lexicon of extra actors, organizations and topic cues (see docs/lexicon.md).")
    var lexicon: String?

    func run() async throws {
        var failed = false
        let userLexicon = try loadUserLexiconOrExit(lexicon)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: goldDir, isDirectory: &isDir) else {
            printError("\(goldDir): no such directory"); throw ExitCode(1)
        }
        guard isDir.boolValue else { printError("\(goldDir): not a directory"); throw ExitCode(1) }
        let goldPaths = findGoldFiles(goldDir)
        if goldPaths.isEmpty { printError("\(goldDir): no .gold.json files found"); throw ExitCode(1) }

        let extractor = makeExtractor(lexicon: userLexicon)
        var gold = [(path: String, document: GoldDocument)]()
        var predictions = [DocumentExtraction]()
        var progress = Progress(total: goldPaths.count, label: "scoring")
        for path in goldPaths {
            progress.step(path)
            guard let data = FileManager.default.contents(atPath: path) else {
                printError("\(path): cannot read gold file"); failed = true; continue
            }
            let document: GoldDocument
            do { document = try GoldDocument.parse(data) } catch {
                printError("\(path): \(error.description)"); failed = true; continue
            }
            gold.append((path, document))
            let textPath = String(path.dropLast(".gold.json".count)) + ".txt"
            switch Corpus.load(path: textPath) {
            case .failure(let p):
                printError(p.description); failed = true
            case .success(let article):
                if let note = article.note { printNotice("\(article.source): \(note)") }
                predictions.append(extractor.extract(article))
            }
        }
        progress.finish()
        let report = Scoring.score(gold: gold, predictions: predictions)
        let out = StandardOutput.shared
        out.write(json ? report.json(perDoc: perDoc) : report.table(perDoc: perDoc))
        out.flush()
        if failed { throw ExitCode(1) }
    }

    /// `*.gold.json` under `dir`, sorted by full path like score.py's `sorted(os.walk(...))`.
    func findGoldFiles(_ dir: String) -> [String] {
        let base = dir.hasSuffix("/") && dir.count > 1 ? String(dir.dropLast()) : dir
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        var out = [String]()
        while let rel = walker.nextObject() as? String {
            if rel.hasSuffix(".gold.json") { out.append(base + "/" + rel) }
        }
        return out.sorted(by: Corpus.precedesInScalarOrder)
    }
}
