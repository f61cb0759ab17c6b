// Finding and loading article files for the CLI.
//
// A PATH is a file, a folder (searched recursively for `*.txt`, sorted by path; other files are ignored with
// a notice, `*.gold.json` and hidden files silently), or `-` for standard input. Discovery lists paths only;
// each article is read and decoded when the iteration reaches it, so a 1 GB corpus keeps memory flat.
import Foundation
import ArabicText
import Extraction
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let sysRead = Glibc.read
#else
private let sysRead = Darwin.read
#endif

/// A problem with one input, reported as `majlis: error: PATH: MESSAGE` and never fatal to the others.
public struct InputProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let message: String
    public init(path: String, message: String) { self.path = path; self.message = message }
    public var description: String { "\(path): \(message)" }
}

/// One decoded article.
public struct Article: Sendable, Hashable {
    /// The path as given (for a folder argument: the folder as given joined with the relative path), or "-".
    public let source: String
    /// The text: made on demand when the article was read from a plain UTF-8 file (see `utf8`).
    public var text: String { utf8?.string ?? decodedText }
    /// The validated bytes and scalars of an article read from a plain UTF-8 file (nil for any other encoding or
    /// a repaired file); `Extractor.extract(utf8:source:)` runs on them without making a String.
    public let utf8: ValidUTF8?
    private let decodedText: String
    public let encoding: TextEncoding
    /// "decoded as Windows-1256 (...)" when the file was not plain UTF-8.
    public let note: String?
    public init(source: String, text: String, encoding: TextEncoding = .utf8, note: String? = nil) {
        self.source = source; self.utf8 = nil; self.decodedText = text; self.encoding = encoding; self.note = note
    }
    /// An article read from plain UTF-8 (encoding `.utf8`, no note).
    public init(source: String, utf8: ValidUTF8) {
        self.source = source; self.utf8 = utf8; self.decodedText = ""; self.encoding = .utf8; self.note = nil
    }

    public static func == (a: Article, b: Article) -> Bool {
        a.source == b.source && a.encoding == b.encoding && a.note == b.note && a.text == b.text
    }
    public func hash(into h: inout Hasher) {
        h.combine(source); h.combine(text); h.combine(encoding); h.combine(note)
    }
}

extension Extractor {
    /// `extract(text: article.text, source: article.source)`, from the validated bytes when the article was read
    /// from plain UTF-8 (no String of the article made; identical results).
    public func extract(_ article: Article) -> DocumentExtraction {
        if let utf8 = article.utf8 { return extract(utf8: utf8, source: article.source) }
        return extract(text: article.text, source: article.source)
    }
}

/// The articles named by a list of PATH arguments, in order, loaded lazily.
public struct Corpus: Sequence, Sendable {
    public enum Item: Sendable, Hashable {
        case file(String)
        case stdin
        case problem(InputProblem)
    }

    /// Files to load (and problems found during discovery), in output order.
    public let items: [Item]
    /// Messages about ignored files ("seeds/x.csv: ignored (not a .txt article)"; at most five per folder,
    /// then a count).
    public let notices: [String]

    /// Number of article files (or stdin) the corpus will try to load.
    public var articleCount: Int { items.reduce(0) { $1.isProblem ? $0 : $0 + 1 } }

    public init(items: [Item], notices: [String] = []) { self.items = items; self.notices = notices }

    /// Discovers the files behind `paths`. Never throws: problems become `.problem` items.
    public init(paths: [String], fileManager: FileManager = .default) {
        var items = [Item]()
        var notices = [String]()
        for path in paths {
            if path == "-" { items.append(.stdin); continue }
            var isDir: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDir) else {
                items.append(.problem(InputProblem(path: path, message: "no such file or directory")))
                continue
            }
            if !isDir.boolValue { items.append(.file(path)); continue }
            let (files, ignored, problem) = Corpus.scan(directory: path, fileManager: fileManager)
            if let problem { items.append(.problem(problem)); continue }
            if files.isEmpty {
                // One line for the folder, not one per file it holds.
                let others = ignored.isEmpty ? "" : " (\(ignored.count) other file\(ignored.count == 1 ? "" : "s") ignored)"
                items.append(.problem(InputProblem(path: path, message: "directory contains no .txt articles" + others)))
            } else {
                for f in ignored.prefix(5) { notices.append("\(f): ignored (not a .txt article)") }
                if ignored.count > 5 { notices.append("\(path): \(ignored.count - 5) more non-.txt files ignored") }
                items.append(contentsOf: files.map { .file($0) })
            }
        }
        self.items = items
        self.notices = notices
    }

    /// Recursive `*.txt` listing of a folder, sorted by path (Unicode scalar order). Hidden files and folders
    /// are skipped; `*.gold.json` is skipped silently; other files are returned as `ignored`.
    static func scan(directory: String, fileManager: FileManager) -> (files: [String], ignored: [String], problem: InputProblem?) {
        let base = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        var files = [String](), ignored = [String]()
        guard let top = opendir(base) else {
            return ([], [], InputProblem(path: directory, message: "cannot read directory (\(String(cString: strerror(errno))))"))
        }
        closedir(top)
        var pending = [base]
        while let dir = pending.popLast() {
            guard let handle = opendir(dir) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let full = dir + "/" + name
                var isDir = entry.pointee.d_type == UInt8(DT_DIR)
                var isFile = entry.pointee.d_type == UInt8(DT_REG)
                if entry.pointee.d_type == UInt8(DT_UNKNOWN) || entry.pointee.d_type == UInt8(DT_LNK) {
                    var st = stat()
                    if stat(full, &st) == 0 {
                        // Symbolic links to folders are not followed (no cycles); links to files are read.
                        isDir = (st.st_mode & S_IFMT) == S_IFDIR && entry.pointee.d_type != UInt8(DT_LNK)
                        isFile = (st.st_mode & S_IFMT) == S_IFREG
                    }
                }
                if isDir { pending.append(full); continue }
                guard isFile else { continue }
                if name.hasSuffix(".txt") { files.append(full) }
                else if name.hasSuffix(".gold.json") { continue }
                else { ignored.append(full) }
            }
        }
        return (files.sorted(by: precedesInScalarOrder), ignored.sorted(by: precedesInScalarOrder), nil)
    }

    /// Unicode scalar order, compared on the UTF-8 bytes (UTF-8 preserves scalar order; comparing
    /// `unicodeScalars` views decodes every scalar and cost ~2 % of a one-core extraction of 24k files).
    public static func precedesInScalarOrder(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = Swift.min(x.count, y.count)
                if common > 0, let p = x.baseAddress, let q = y.baseAddress {
                    let c = memcmp(p, q, common)
                    if c != 0 { return c < 0 }
                }
                return x.count < y.count
            }
        }
    }

    public func makeIterator() -> Iterator { Iterator(items: items) }

    public struct Iterator: IteratorProtocol {
        var items: [Item]
        var index = 0
        public mutating func next() -> Result<Article, InputProblem>? {
            guard index < items.count else { return nil }
            defer { index += 1 }
            switch items[index] {
            case .problem(let p): return .failure(p)
            case .stdin: return Corpus.loadStandardInput()
            case .file(let path): return Corpus.load(path: path)
            }
        }
    }

    /// Reads and decodes one file.
    public static func load(path: String) -> Result<Article, InputProblem> {
        switch readBytes(path: path) {
        case .failure(let p): return .failure(p)
        case .success(let bytes): return decode(bytes: bytes, source: path)
        }
    }

    /// The bytes of a file, with one-line messages for the usual failures.
    public static func readBytes(path: String) -> Result<[UInt8], InputProblem> {
        let fd = open(path, O_RDONLY)
        if fd < 0 {
            let code = errno
            let message: String
            switch code {
            case ENOENT: message = "no such file or directory"
            case EACCES: message = "cannot read file (permission denied)"
            case EISDIR: message = "is a directory"
            default: message = "cannot read file (\(String(cString: strerror(code))))"
            }
            return .failure(InputProblem(path: path, message: message))
        }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            return .failure(InputProblem(path: path, message: "is a directory"))
        }
        let size = st.st_size > 0 ? Int(st.st_size) : 0
        let regular = (st.st_mode & S_IFMT) == S_IFREG
        if regular && size > 0 {
            // A regular file is read straight into an array of its stat size (+ 1 to see a file that grew); a
            // read that stops at the stat size is at the end: no second read, no zero-filled chunk.
            var failure: Int32 = 0
            let whole = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
                var got = 0
                while got <= size {
                    let n = sysRead(fd, buffer.baseAddress! + got, size + 1 - got)
                    if n < 0 { if errno == EINTR { continue }; failure = errno; break }
                    if n == 0 { break }
                    got += n
                    if got == size { break }
                }
                count = got
            }
            if failure != 0 {
                let message = failure == EISDIR ? "is a directory" : "cannot read file (\(String(cString: strerror(failure))))"
                return .failure(InputProblem(path: path, message: message))
            }
            if whole.count <= size { return .success(whole) }
            return readRest(fd: fd, path: path, after: whole)
        }
        return readRest(fd: fd, path: path, after: [])
    }

    /// Reads `fd` to its end in chunks, after the bytes already read (a pipe, a device, or a file that grew).
    private static func readRest(fd: Int32, path: String, after start: [UInt8]) -> Result<[UInt8], InputProblem> {
        var bytes = start
        var chunk = 65536
        while true {
            let old = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let n: Int = bytes.withUnsafeMutableBytes { raw in sysRead(fd, raw.baseAddress! + old, chunk) }
            if n < 0 {
                let code = errno
                if code == EINTR { bytes.removeLast(chunk); continue }
                let message = code == EISDIR ? "is a directory" : "cannot read file (\(String(cString: strerror(code))))"
                return .failure(InputProblem(path: path, message: message))
            }
            bytes.removeLast(chunk - n)
            if n == 0 { break }
            chunk = n < chunk ? 4096 : 65536
        }
        return .success(bytes)
    }

    /// Reads one article from standard input.
    public static func loadStandardInput() -> Result<Article, InputProblem> {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return decode(data, source: "-")
    }

    /// Decodes bytes into an article (shared by files and stdin; usable on in-memory data).
    public static func decode(_ data: Data, source: String) -> Result<Article, InputProblem> {
        decode(bytes: [UInt8](data), source: source)
    }

    public static func decode(bytes: [UInt8], source: String) -> Result<Article, InputProblem> {
        // plain UTF-8 (the usual case): validated and decoded to scalars in one pass, no String made
        if let utf8 = TextDecoding.decodePlainUTF8(bytes) { return .success(Article(source: source, utf8: utf8)) }
        do {
            let decoded = try TextDecoding.decode(bytes)
            return .success(Article(source: source, text: decoded.text, encoding: decoded.encoding, note: decoded.note))
        } catch {
            return .failure(InputProblem(path: source, message: error.description))
        }
    }
}

extension Corpus.Item {
    var isProblem: Bool { if case .problem = self { return true } else { return false } }
}
