import ArgumentParser
import LizaAPI

/// `liza callback ID`: finalizes a pending connection after the user approved in the browser.
struct CallbackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "callback",
        abstract: "Finalize a connection after approving it in the browser."
    )

    @Argument(help: "The connection id printed by `liza connect`.") var id: String
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let context = try CommandContext.make(global.settingsFlags)
        try context.requireWritable("POST /callback for \(id)")
        let result = try await context.withClient { try await $0.callback(connectionID: id) }
        if global.json {
            JSONOutput.print(result.raw, console: context.console)
        } else if let connection = result.connection {
            ConnectionDetails.print(connection, console: context.console)
        } else {
            // The body is undocumented; when it is not a connection, show it as it came.
            JSONOutput.print(result.raw, console: context.console)
        }
    }
}
