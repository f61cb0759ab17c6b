import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(CJemalloc)
import CJemalloc   // links jemalloc, the process's allocator on Linux (Package.swift)
#endif

@main
struct Majlis: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "majlis",
        abstract: "Turn news articles about ministerial meetings into a relationship graph.",
        discussion: """
        Reads Arabic and English articles about council sessions, extracts officials, countries, \
        organizations, meetings and topics with evidence, and builds, analyses, draws and compares \
        the network.

        Examples:
          majlis graph seeds -o output
          majlis top seeds
          majlis diff seeds --from 40 --to 41
          majlis extract --format json seeds/000_5fb139bb7f0b8772.txt
        """,
        version: MajlisVersion.string,
        subcommands: [
            ExtractCommand.self, EvalCommand.self,
            GraphCommand.self, TopCommand.self, ClustersCommand.self,
            SessionsCommand.self, DiffCommand.self, HistoryCommand.self,
        ]
    )

    /// As ArgumentParser's, except that a usage error (unknown option or value, missing argument) is one line,
    /// `majlis: error: MESSAGE (see 'majlis SUB --help')`, like every other error. Help and version are
    /// unchanged; exit status 64 for usage errors.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error), text = message(for: error)
            // A command's own ExitCode (its message already printed) passes through untouched.
            guard code == .validationFailure, !text.isEmpty, !(error is ExitCode) else { exit(withError: error) }
            let sub = arguments.first { s in configuration.subcommands.contains { $0.configuration.commandName == s } }
            let help = "see 'majlis \(sub.map { $0 + " " } ?? "")--help'"
            printError(usageLine(text) + " (\(help))")
            Foundation.exit(code.rawValue)
        }
    }

    /// ArgumentParser's message on one line: a list of allowed values ("- degree\n- strength") becomes
    /// "degree, strength".
    static func usageLine(_ message: String) -> String {
        var parts: [String] = [], items: [String] = []
        for raw in message.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("- ") { items.append(String(line.dropFirst(2))); continue }
            if !line.isEmpty { parts.append(line) }
        }
        var text = parts.joined(separator: " ")
        if !items.isEmpty { text += " " + items.joined(separator: ", ") }
        return text
    }
}

enum MajlisVersion {
    static let string = "0.1.0"
}
