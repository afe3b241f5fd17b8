import ArgumentParser
import LizaAPI
import OrderedJSON

/// `liza connection delete ID`: asks first on a terminal; scripts must say `--yes`.
struct ConnectionDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a connection (asks for confirmation unless --yes).",
        discussion: "Without a terminal to ask on, --yes is required (exit 2 otherwise)."
    )

    @Argument(help: "The connection id.") var id: String
    @Flag(name: [.short, .long], help: "Do not ask for confirmation.") var yes = false
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let context = try CommandContext.make(global.settingsFlags)
        let console = context.console
        try context.requireWritable("DELETE connection \(id)")
        if !yes && !(console.stdinIsTTY && console.stderrIsTTY) {
            throw CLIFailure.usage("not deleting connection \(TerminalText.cell(id)) without confirmation: stdin is not a terminal, pass --yes")
        }
        try await context.withClient { client in
            if !yes {
                // Name the integration in the question so the user sees what goes.
                let connection = try await client.connection(id: id)
                let question = "Delete connection \(TerminalText.cell(connection.id)) (\(TerminalText.cell(connection.integrationType)))?"
                guard Prompt.confirm(question) else {
                    throw CLIFailure("cancelled: connection \(TerminalText.cell(id)) was not deleted", exitCode: ExitStatus.apiError)
                }
            }
            try await client.deleteConnection(id: id)
        }
        if global.json {
            JSONOutput.print(.object([("id", .string(id)), ("deleted", .bool(true))]), console: console)
        } else if console.stdoutIsTTY {
            console.line("Deleted connection \(TerminalText.cell(id)).")
        } else {
            console.line(TerminalText.cell(id))
        }
    }
}
