import ArgumentParser

struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Not implemented yet."
    )

    func run() async throws {
        throw ValidationError("majlis history is not implemented yet")
    }
}
