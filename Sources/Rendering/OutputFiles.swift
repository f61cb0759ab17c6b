// Writing a set of output files all-or-nothing: every file goes to a temporary name in the target folder
// first; only when all are written are they renamed into place. A failure removes the temporaries, so no
// half-written file is ever left behind under a final name.
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct OutputError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

public enum OutputFiles {
    /// Checks that `directory` exists (or can be created) and is writable, before any work is done.
    public static func prepare(directory: String) throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &isDir) {
            guard isDir.boolValue else { throw OutputError(path: directory, message: "exists and is not a folder") }
        } else {
            // Name the real obstacle: the nearest existing ancestor that is a file or not writable.
            var ancestor = (directory as NSString).deletingLastPathComponent
            if ancestor.isEmpty { ancestor = "." }
            while !fm.fileExists(atPath: ancestor), ancestor != "/", ancestor != "." {
                let parent = (ancestor as NSString).deletingLastPathComponent
                ancestor = parent.isEmpty ? "." : parent
            }
            var ancestorIsDir: ObjCBool = false
            if fm.fileExists(atPath: ancestor, isDirectory: &ancestorIsDir), !ancestorIsDir.boolValue {
                throw OutputError(path: directory, message: "cannot create the output folder: \(ancestor) is not a folder")
            }
            if access(ancestor, W_OK | X_OK) != 0 {
                throw OutputError(path: directory, message: "cannot create the output folder: \(ancestor) is not writable")
            }
            do {
                try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                // Ask mkdir(2) itself for the reason (Foundation's message is generic).
                let why = mkdir(directory, 0o755) != 0 ? String(cString: strerror(errno)) : reason(error)
                throw OutputError(path: directory, message: "cannot create the output folder (\(why))")
            }
        }
        guard access(directory, W_OK | X_OK) == 0 else {
            throw OutputError(path: directory, message: "output folder is not writable")
        }
    }

    /// Writes every (path, data) pair: all to temporaries, then all renamed. Returns the paths written.
    @discardableResult
    public static func write(_ files: [(path: String, data: Data)]) throws -> [String] {
        var temporaries: [(tmp: String, final: String)] = []
        func cleanup() { for t in temporaries { unlink(t.tmp) } }
        for file in files {
            let url = URL(fileURLWithPath: file.path)
            let dir = url.deletingLastPathComponent().path
            let tmp = (dir as NSString).appendingPathComponent(
                ".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
            let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            guard fd >= 0 else {
                let message = String(cString: strerror(errno))
                cleanup()
                throw OutputError(path: file.path, message: "cannot write (\(message))")
            }
            temporaries.append((tmp, file.path))
            var failure: String?
            file.data.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = Glibc_write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n <= 0 { failure = String(cString: strerror(errno)); return }
                    offset += n
                }
            }
            if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
            if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
            if let failure {
                cleanup()
                throw OutputError(path: file.path, message: "cannot write (\(failure))")
            }
        }
        for (i, t) in temporaries.enumerated() where rename(t.tmp, t.final) != 0 {
            let message = String(cString: strerror(errno))
            for rest in temporaries[i...] { unlink(rest.tmp) }
            throw OutputError(path: t.final, message: "cannot rename into place (\(message))")
        }
        return temporaries.map(\.final)
    }

    private static func reason(_ error: Error) -> String {
        if let e = error as? CocoaError, let u = e.userInfo[NSUnderlyingErrorKey] as? NSError,
           u.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(u.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return error.localizedDescription
    }
}

/// write(2), named apart from Swift methods called `write`.
private func Glibc_write(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, p, n)
    #else
    return Darwin.write(fd, p, n)
    #endif
}
