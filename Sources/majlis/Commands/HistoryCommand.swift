import ArgumentParser
import Foundation
import Extraction
import MeetingGraph
import Analysis
import Rendering

struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Rank of the top nodes in every session, and a line chart of rank by session.",
        discussion: """
        Builds the graph of every session of one council (--body, default: the council most articles \
        are about), in order, and ranks the nodes of \
        --kind by --by in each: countries on the country–country view (degree = partner countries met), \
        officials on the persons view (officials met), topics on the country–topic view (countries that \
        discussed them), organizations on the full graph. \
        Ranks are competition ranks: equal values share a rank. Prints each session's top N with rank \
        and value, then the rank of each of those nodes in every session ("–" where absent or without \
        any link: nodes with value 0 are not ranked).

        With -o DIR, writes DIR/history.svg: a line chart of rank by session drawn by majlis itself \
        (plain SVG, no Graphviz, browser or Python needed), labelled in Arabic and English, with a legend.

        Examples:
          majlis history seeds
          majlis history seeds --by betweenness --top 3
          majlis history seeds --format csv > history.csv
          majlis history seeds --kind topic --top 3
          majlis history seeds --body arab-interior-ministers-council -o output
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @Argument(help: "Article files or folders (recursive *.txt), or extraction files (extract --format json/jsonl output, .gold.json).")
    var paths: [String]

    @Option(name: .long, help: "Node kind to rank: country, person, organization or topic.")
    var kind: String = "country"

    @Option(name: .long, help: "Measure: degree, strength, betweenness, closeness, eigenvector, pagerank or core.")
    var by: String = "degree"

    @Option(name: .long, help: "Nodes kept per session (0 = all).")
    var top: Int = 5

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: Format = .table

    @Option(name: [.short, .customLong("output")], help: "Folder for history.svg.")
    var output: String?

    @Option(name: .long, help: "Chart labels: ar, en or both.")
    var labels: String = "both"

    @OptionGroup var sessionOptions: SessionOptions

    func validate() throws {
        guard NodeKind(rawValue: kind) != nil else { throw ValidationError("unknown kind '\(kind)' (country, person, organization, topic)") }
        guard Measure(rawValue: by) != nil else {
            throw ValidationError("unknown measure '\(by)' (\(Measure.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard top >= 0 else { throw ValidationError("--top must be 0 or more") }
        guard HistoryChart.Labels(rawValue: labels) != nil else { throw ValidationError("unknown labels '\(labels)' (ar, en, both)") }
    }

    func run() async throws {
        try await withOutputFolder(output) { try await report() }
    }

    func report() async throws {
        let kind = NodeKind(rawValue: kind)!, measure = Measure(rawValue: by)!
        let loaded = try await SessionInput.load(paths: paths, options: sessionOptions)
        let groups = loaded.groups
        if groups.sessions.isEmpty { try loaded.failForNoSession(paths: paths, options: sessionOptions) }
        if !groups.unassigned.isEmpty {
            printNotice("\(groups.unassigned.count) article(s) with no session left out of the history: "
                        + groups.unassigned.map(\.source).joined(separator: ", "))
        }
        // One council's history: the one named by --body, else the one most articles are about.
        let body = sessionOptions.body ?? groups.primaryBody!
        let others = groups.keys.filter { $0.body != body }
        if !others.isEmpty {
            printNotice("history of \(body); other councils left out (use --body): \(Sessions.list(others))")
        }
        var inputs: [RankHistory.Input] = []
        for (key, _) in groups.sessions where key.body == body {
            inputs.append(.analysed(session: "#\(key.number)", number: key.number, year: key.year,
                                    graph: loaded.graph(of: key), kind: kind, measure: measure))
        }
        let h = RankHistory.build(inputs, kind: kind, measure: measure.rawValue, top: top)

        let out = StandardOutput.shared
        switch format {
        case .json:
            let enc = JSONEncoder()
            enc.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            out.write(try enc.encode(h)); out.write("\n")
        case .csv:
            out.write("session,year,rank,id,label_ar,label_en,\(measure.rawValue)\n")
            for s in h.sessions {
                for e in s.top {
                    let fields: [String] = [s.session, s.year.map(String.init) ?? "", String(e.rank), e.id,
                                            e.labelAR ?? "", e.labelEN ?? "", Self.num(e.value)]
                    out.write(fields.map(csvField).joined(separator: ",") + "\n")
                }
            }
        case .table:
            out.write(Self.table(h))
        }
        out.flush()

        if let output {
            let svg = HistoryChart.svg(h, labels: HistoryChart.Labels(rawValue: labels)!)
            try writeOutputFiles([(output + "/history.svg", Data(svg.utf8))])
        }
        if loaded.failed { throw ExitCode(1) }
    }

    static func num(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e12 ? String(Int(v)) : String(format: "%.4f", v)
    }

    /// "TUN تونس / Tunisia"; officials by name alone (their id is the normalized name).
    static func name(_ id: String, _ ar: String?, _ en: String?) -> String {
        var labels: [String] = []
        for l in [ar, en].compactMap({ $0 }) where !l.isEmpty && !labels.contains(l) { labels.append(l) }
        if id.hasPrefix("person:") { return labels.isEmpty ? String(id.dropFirst(7)) : labels.joined(separator: " / ") }
        return labels.isEmpty ? id : "\(id) " + labels.joined(separator: " / ")
    }

    static func table(_ h: RankHistory) -> String {
        let kindName = h.kind == .country ? "countries" : h.kind.rawValue + "s"
        var s = "Top \(h.top == 0 ? "all" : String(h.top)) \(kindName) by \(h.measure), per session\n\n"
        var rows: [[String]] = [["session", "year", "rank", h.kind.rawValue, h.measure]]
        for sess in h.sessions {
            if sess.top.isEmpty { rows.append([sess.session, sess.year.map(String.init) ?? "–", "–", "(none)", ""]) }
            for (i, e) in sess.top.enumerated() {
                rows.append([i == 0 ? sess.session : "", i == 0 ? (sess.year.map(String.init) ?? "–") : "",
                             String(e.rank), name(e.id, e.labelAR, e.labelEN), num(e.value)])
            }
        }
        s += formatTable(rows, rightAligned: [2, 4])
        s += "\nRank per session (– = absent, or no link in that session)\n\n"
        var rows2: [[String]] = [[h.kind.rawValue] + h.sessions.map(\.session)]
        for ser in h.series {
            rows2.append([name(ser.id, ser.labelAR, ser.labelEN)] + ser.ranks.map { $0.map(String.init) ?? "–" })
        }
        s += formatTable(rows2, rightAligned: Set(1..<(h.sessions.count + 1)))
        return s
    }
}
