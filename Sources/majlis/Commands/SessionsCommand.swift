import ArgumentParser

struct SessionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "Not implemented yet."
    )

    func run() async throws {
        throw ValidationError("majlis sessions is not implemented yet")
    }
}
