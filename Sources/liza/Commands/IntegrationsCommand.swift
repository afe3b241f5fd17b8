import ArgumentParser
import LizaAPI
import OrderedJSON

/// `liza integrations`: the integrations that can be connected.
struct IntegrationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "integrations",
        abstract: "List the integrations that can be connected.",
        discussion: "Columns: TYPE (use it with `liza connect`), NAME, CATEGORIES. Piped: tab-separated, no header."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let context = try CommandContext.make(global.settingsFlags)
        let integrations = try await context.withClient { try await $0.integrations() }
        let console = context.console
        if global.json {
            JSONOutput.print(.array(integrations.map(\.raw)), console: console)
            return
        }
        let rows = integrations.map { integration in
            [integration.type, integration.name, Self.categories(integration)].map(TerminalText.cell)
        }
        TablePrinter(headers: ["TYPE", "NAME", "CATEGORIES"], keep: [0]).print(rows, console: console)
    }

    static func categories(_ integration: Integration) -> String {
        (integration.categories.map(\.rawValue) + integration.otherCategories).joined(separator: ",")
    }
}
