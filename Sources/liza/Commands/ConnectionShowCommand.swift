import ArgumentParser
import LizaAPI

/// `liza connection show ID`.
struct ConnectionShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one connection.",
        discussion: "Piped: `field<TAB>value` rows."
    )

    @Argument(help: "The connection id.") var id: String
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let context = try CommandContext.make(global.settingsFlags)
        let connection = try await context.withClient { try await $0.connection(id: id) }
        if global.json {
            JSONOutput.print(connection.raw, console: context.console)
        } else {
            ConnectionDetails.print(connection, console: context.console)
        }
    }
}
