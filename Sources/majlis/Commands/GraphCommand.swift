import ArgumentParser

struct GraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Not implemented yet."
    )

    func run() async throws {
        throw ValidationError("majlis graph is not implemented yet")
    }
}
