import ArgumentParser

struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Not implemented yet."
    )

    func run() async throws {
        throw ValidationError("majlis eval is not implemented yet")
    }
}
