import Testing
import Foundation
@testable import Extraction

/// Prints the analysis trace of the file named by MAJLIS_TRACE (a development aid; skipped otherwise).
@Test(.enabled(if: ProcessInfo.processInfo.environment["MAJLIS_TRACE"] != nil))
func debugTraceOfFile() throws {
    let path = ProcessInfo.processInfo.environment["MAJLIS_TRACE"]!
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let trace = Extractor().debugTrace(text: text)
    try trace.write(toFile: "/tmp/majlis-trace.txt", atomically: true, encoding: .utf8)
    #expect(!trace.isEmpty)
}
