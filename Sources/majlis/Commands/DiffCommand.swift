import ArgumentParser

struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Not implemented yet."
    )

    func run() async throws {
        throw ValidationError("majlis diff is not implemented yet")
    }
}
