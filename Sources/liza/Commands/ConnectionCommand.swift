import ArgumentParser

/// `liza connection show|delete ID`.
struct ConnectionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connection",
        abstract: "Show or delete one connection.",
        subcommands: [ConnectionShowCommand.self, ConnectionDeleteCommand.self]
    )
}
