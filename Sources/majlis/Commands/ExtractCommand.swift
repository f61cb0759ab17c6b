import ArgumentParser

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Not implemented yet."
    )

    func run() async throws {
        throw ValidationError("majlis extract is not implemented yet")
    }
}
