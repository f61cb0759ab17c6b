import ArgumentParser

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
}

enum MajlisVersion {
    static let string = "0.1.0"
}
