import ArgumentParser

struct ClustersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Not implemented yet."
    )

    func run() async throws {
        throw ValidationError("majlis clusters is not implemented yet")
    }
}
