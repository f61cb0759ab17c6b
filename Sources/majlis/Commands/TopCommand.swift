import ArgumentParser

struct TopCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "top",
        abstract: "Not implemented yet."
    )

    func run() async throws {
        throw ValidationError("majlis top is not implemented yet")
    }
}
