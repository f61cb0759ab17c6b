// The Graphviz bridge: DOT text in, SVG/PNG/PDF bytes out, laid out and rendered inside the process by
// libgvc (no `dot` executable needed). libgvc and libcgraph keep global state (the error channel, the
// plugin registry), so one shared context lives behind a serial actor.
import Foundation
import CGraphviz

/// A Graphviz layout engine.
public enum Layout: String, CaseIterable, Sendable, Codable {
    case neato, sfdp, fdp, circo, dot

    /// The most nodes the engine handles in reasonable time and memory (checked before layout).
    /// neato's stress majorization and circo are quadratic in memory; sfdp is multilevel and scales.
    public var maxNodes: Int {
        switch self {
        case .sfdp: return 100_000
        case .neato: return 1_500
        case .fdp: return 1_500
        case .circo: return 1_500
        case .dot: return 5_000
        }
    }

    /// The most edges the engine handles in reasonable time: circo's cycle search grows fast with dense
    /// blocks (475 edges take over a minute), the others are bounded by `maxNodes` first.
    public var maxEdges: Int {
        switch self {
        case .sfdp: return 1_000_000
        case .neato, .fdp: return 30_000
        case .circo: return 200
        case .dot: return 30_000
        }
    }

    /// Why `nodes`/`edges` are too many for this engine, or nil when it can lay them out.
    public func refusal(nodes: Int, edges: Int) -> String? {
        if nodes > maxNodes {
            return "graph has \(nodes) nodes; layout \(rawValue) handles at most \(maxNodes) "
                + "(use --layout sfdp or --max-nodes)"
        }
        if edges > maxEdges {
            return "graph has \(edges) edges; layout \(rawValue) handles at most \(maxEdges) "
                + "(use --layout neato or sfdp, or --max-nodes)"
        }
        return nil
    }

    /// The engine chosen when the user gives none: neato for small graphs, sfdp (multilevel, with
    /// overlap removal) above `autoThreshold` nodes.
    public static func automatic(nodeCount: Int) -> Layout {
        nodeCount > autoThreshold ? .sfdp : .neato
    }
    public static let autoThreshold = 150
}

/// An output format Graphviz renders in-process.
public enum OutputFormat: String, CaseIterable, Sendable, Codable {
    case svg, png, pdf
    /// Graphviz's laid-out DOT (positions added); useful for debugging and other tools.
    case dotLayout = "xdot"

    /// The format string handed to `gvRenderData`: SVG from the core renderer (text is drawn by the
    /// browser, which shapes Arabic), PNG and PDF through cairo and pango (which shape Arabic themselves).
    var graphvizFormat: String {
        switch self {
        case .svg: return "svg"
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        case .dotLayout: return "xdot"
        }
    }
}

/// A failure reported by Graphviz, with its own message(s).
public struct GraphvizError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Stage: String, Sendable { case parse, layout, render, context, limits }
    public var stage: Stage
    /// Graphviz's message(s), one line each, without the "Error: " prefix.
    public var message: String
    public init(stage: Stage, message: String) { self.stage = stage; self.message = message }
    public var description: String {
        switch stage {
        case .parse: return "Graphviz could not read the DOT: \(message)"
        case .layout: return "Graphviz layout failed: \(message)"
        case .render: return "Graphviz rendering failed: \(message)"
        case .context: return "Graphviz is not usable: \(message)"
        case .limits: return message
        }
    }
}

/// Collects what libcgraph reports through `agerr` (the library would print it to stderr otherwise).
/// libcgraph hands the callback pieces ("Error", ": ", the message), so they are joined here and split into
/// messages afterwards. Only touched from inside `GraphvizRenderer` (serial) and the C callback it runs
/// synchronously.
nonisolated(unsafe) private var graphvizOutput = ""

private let collectGraphvizMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { cString in
    if let cString { graphvizOutput += String(cString: cString) }
    return 0
}

/// Messages in Graphviz's output: each starts with "Error: " or "Warning: "; lines without either prefix
/// continue the previous message.
private func parseGraphvizOutput(_ text: String) -> (errors: [String], warnings: [String]) {
    var messages: [(error: Bool, text: String)] = []
    for rawLine in text.split(whereSeparator: \.isNewline) {
        let line = rawLine.trimmingCharacters(in: .whitespaces)
        if line.isEmpty { continue }
        if line.hasPrefix("Error: ") {
            messages.append((true, String(line.dropFirst(7))))
        } else if line.hasPrefix("Warning: ") {
            messages.append((false, String(line.dropFirst(9))))
        } else if !messages.isEmpty {
            messages[messages.count - 1].text += " " + line
        } else {
            messages.append((false, line))
        }
    }
    return (messages.filter(\.error).map(\.text), messages.filter { !$0.error }.map(\.text))
}

/// One Graphviz context shared by the whole process. Every call parses, lays out, renders and frees its own
/// graph; errors are captured and thrown as `GraphvizError`, never printed by the library.
public actor GraphvizRenderer {
    public static let shared = GraphvizRenderer()

    private let gvc: OpaquePointer?
    private var pluginsChecked = false
    private var pluginsMissing = false
    private init() {
        _ = agseterrf(collectGraphvizMessage)
        _ = agseterr(AGWARN)
        gvc = gvContext()
    }

    /// Lays `dot` out with `layout` and renders it to `format`.
    public func render(dot: String, layout: Layout, format: OutputFormat) throws -> Data {
        try render(dot: dot, layout: layout, formats: [format])[0]
    }

    /// Lays `dot` out once and renders it to several formats (same picture in each).
    public func render(dot: String, layout: Layout, formats: [OutputFormat]) throws -> [Data] {
        try renderWithWarnings(dot: dot, layout: layout, formats: formats).outputs
    }

    /// Like `render(dot:layout:formats:)`, also returning the warnings Graphviz reported (e.g. an unknown
    /// shape), which are not fatal.
    public func renderWithWarnings(dot: String, layout: Layout, formats: [OutputFormat]) throws
        -> (outputs: [Data], warnings: [String]) {
        guard let gvc else { throw GraphvizError(stage: .context, message: "gvContext() failed") }
        if !pluginsChecked {
            pluginsChecked = true
            pluginsMissing = availablePlugins(kind: "layout").isEmpty
        }
        if pluginsMissing {
            throw GraphvizError(stage: .context, message: "no Graphviz layout plugins are configured; run "
                + "`libgvc6-config-update -c` (Debian) or `dot -c` as root, or scripts/setup.sh")
        }
        beginCall()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw failure(.parse, fallback: "the DOT text is not valid")
        }
        defer { agclose(graph) }
        if let error = takeErrors() { throw GraphvizError(stage: .parse, message: error) }

        if let refusal = layout.refusal(nodes: Int(agnnodes(graph)), edges: Int(agnedges(graph))) {
            throw GraphvizError(stage: .limits, message: refusal)
        }
        let laidOut = layout.rawValue.withCString { gvLayout(gvc, graph, $0) }
        if laidOut != 0 { throw failure(.layout, fallback: "layout \(layout.rawValue) failed") }
        defer { _ = gvFreeLayout(gvc, graph) }
        if let error = takeErrors() { throw GraphvizError(stage: .layout, message: error) }

        var outputs: [Data] = []
        for format in formats {
            let result = format.graphvizFormat.withCString { renderData(gvRenderData, gvc, graph, $0) }
            guard let bytes = result.bytes else {
                throw failure(.render, fallback: "no \(format.rawValue) renderer is available")
            }
            let data = Data(bytes: bytes, count: result.count)
            gvFreeRenderData(bytes)
            if let error = takeErrors() { throw GraphvizError(stage: .render, message: error) }
            if result.status != 0 || data.isEmpty {
                throw failure(.render, fallback: "no \(format.rawValue) renderer is available")
            }
            outputs.append(data)
        }
        let warnings = parseGraphvizOutput(graphvizOutput).warnings
        graphvizOutput = ""
        return (outputs, warnings)
    }

    /// Parses `dot` and returns each node's value of `attribute` (by node name), in file order. Used to
    /// check that what the DOT writer emits reads back as intended.
    public func nodeAttribute(_ attribute: String, in dot: String) throws -> [(name: String, value: String)] {
        beginCall()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw failure(.parse, fallback: "the DOT text is not valid")
        }
        defer { agclose(graph) }
        if let error = takeErrors() { throw GraphvizError(stage: .parse, message: error) }
        var result: [(String, String)] = []
        var node = agfstnode(graph)
        while let n = node {
            let name = String(cString: agnameof(UnsafeMutableRawPointer(n)))
            let value = attribute.withCString { key -> String in
                guard let v = agget(UnsafeMutableRawPointer(n), UnsafeMutablePointer(mutating: key)) else { return "" }
                return String(cString: v)
            }
            result.append((name, value))
            node = agnxtnode(graph, n)
        }
        return result
    }

    /// The output formats and layouts this process's Graphviz can actually produce.
    public func availablePlugins(kind: String) -> [String] {
        guard let gvc else { return [] }
        var count: Int32 = 0
        guard let list = kind.withCString({ gvPluginList(gvc, $0, &count, nil) }) else { return [] }
        var names: [String] = []
        for i in 0..<Int(count) {
            if let entry = list[i] { names.append(String(cString: entry)); free(entry) }
        }
        free(list)
        return names
    }

    // MARK: - error channel

    private func beginCall() {
        graphvizOutput = ""
        // The level of the last message is sticky inside libcgraph; reset it so one failed call does not
        // colour the next. Errors are detected from the messages themselves.
        _ = agreseterrors()
    }

    /// The collected error text if Graphviz reported an error (warnings alone are not fatal).
    private func takeErrors() -> String? {
        let parsed = parseGraphvizOutput(graphvizOutput)
        guard !parsed.errors.isEmpty else { return nil }
        graphvizOutput = ""
        _ = agreseterrors()
        return parsed.errors.joined(separator: "; ")
    }

    private func failure(_ stage: GraphvizError.Stage, fallback: String) -> GraphvizError {
        let parsed = parseGraphvizOutput(graphvizOutput)
        graphvizOutput = ""
        _ = agreseterrors()
        let text = (parsed.errors.isEmpty ? parsed.warnings : parsed.errors).joined(separator: "; ")
        return GraphvizError(stage: stage, message: text.isEmpty ? fallback : text)
    }
}

/// Calls `gvRenderData` whatever the integer type of its length parameter (`unsigned int *` up to
/// Graphviz 2.x, `size_t *` from 3.0): the generic parameter `L` takes whichever the headers declare.
private func renderData<C, G, L: BinaryInteger>(
    _ fn: (C, G, UnsafePointer<CChar>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
           UnsafeMutablePointer<L>?) -> Int32,
    _ gvc: C, _ graph: G, _ format: UnsafePointer<CChar>
) -> (status: Int32, bytes: UnsafeMutablePointer<CChar>?, count: Int) {
    var bytes: UnsafeMutablePointer<CChar>? = nil
    var length: L = 0
    let status = fn(gvc, graph, format, &bytes, &length)
    return (status, bytes, Int(length))
}
