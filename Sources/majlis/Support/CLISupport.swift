// Shared CLI helpers: messages on stderr, buffered stdout, atomic file writes, a progress line for terminals.
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// write(2) without name clashes with methods called `write`.
private func fdWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int { write(fd, p, n) }

/// Writes `text` to standard error as-is.
func writeStderr(_ text: String) {
    var t = text
    t.withUTF8 { buf in
        var off = 0
        while off < buf.count {
            let n = write(2, buf.baseAddress! + off, buf.count - off)
            if n <= 0 { break }
            off += n
        }
    }
}

/// `majlis: error: MESSAGE` on stderr (one line; the message should name the file).
func printError(_ msg: String) {
    Progress.clearLine()
    writeStderr("majlis: error: \(oneLine(msg))\n")
}

/// `majlis: MESSAGE` on stderr, for notices that are not failures (ignored files, decoding notes).
func printNotice(_ msg: String) {
    Progress.clearLine()
    writeStderr("majlis: \(oneLine(msg))\n")
}

/// Collapses newlines so every message stays on one line.
func oneLine(_ s: String) -> String {
    s.contains("\n") ? s.split(whereSeparator: \.isNewline).joined(separator: " ") : s
}

/// Writes data to `path` through a temporary file in the same folder and a rename, so readers never see a
/// half-written file. Creates missing parent folders.
func writeAtomically(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    do {
        try data.write(to: tmp)
        if rename(tmp.path, url.path) != 0 {
            let code = errno
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(code))])
        }
    } catch {
        try? FileManager.default.removeItem(at: tmp)
        throw error
    }
}

/// Buffered standard output (large writes, few syscalls). Call `flush()` before exiting.
final class StandardOutput: @unchecked Sendable {
    static let shared = StandardOutput()
    private var buffer: [UInt8] = []
    private let limit = 1 << 16
    init() { buffer.reserveCapacity(limit * 2) }

    func write(_ s: String) {
        var s = s
        s.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= limit { flush() }
    }
    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { flush() }
    }
    func write(_ d: Data) {
        buffer.append(contentsOf: d)
        if buffer.count >= limit { flush() }
    }
    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { buf in
            var off = 0
            while off < buf.count {
                let n = fdWrite(1, buf.baseAddress! + off, buf.count - off)
                if n <= 0 { break }
                off += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A one-line progress indicator on stderr, drawn only when stderr is a terminal (silent in pipes and CI).
struct Progress {
    let total: Int
    let label: String
    private(set) var done = 0
    private let enabled: Bool
    private var lastDraw: Double = 0

    nonisolated(unsafe) static var lineIsDrawn = false

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        self.enabled = isatty(2) != 0
    }

    /// Advances by one and redraws (at most ~10 times a second).
    mutating func step(_ item: String) {
        done += 1
        guard enabled else { return }
        let now = Date().timeIntervalSinceReferenceDate
        if now - lastDraw < 0.1 && done < total { return }
        lastDraw = now
        var name = item
        if name.count > 50 { name = "…" + name.suffix(49) }
        writeStderr("\r\u{1B}[2K\(label) \(done)/\(total) \(name)")
        Progress.lineIsDrawn = true
    }

    /// Clears the progress line.
    func finish() {
        guard enabled else { return }
        Progress.clearLine()
    }

    static func clearLine() {
        guard lineIsDrawn else { return }
        writeStderr("\r\u{1B}[2K")
        lineIsDrawn = false
    }
}

/// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
func csvField(_ s: String) -> String {
    s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
}
