import ArgumentParser
import LizaAPI
import OrderedJSON

/// `liza connections`: the connections of this account, pending ones included.
struct ConnectionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connections",
        abstract: "List connections (pending ones too).",
        discussion: "Columns: ID, INTEGRATION, CATEGORIES, STATUS, HEALTH, CREATED. Piped: tab-separated, no header."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let context = try CommandContext.make(global.settingsFlags)
        let connections = try await context.withClient { try await $0.connections() }
        if global.json {
            JSONOutput.print(.array(connections.map(\.raw)), console: context.console)
            return
        }
        let tty = context.console.stdoutIsTTY
        let rows = connections.map { c in
            // On a terminal the creation date is enough (`connection show` has the time); scripts get it whole.
            let created = tty ? String((c.createdAt ?? "").prefix(10)) : c.createdAt ?? ""
            return [c.id, c.integrationType, Self.categories(c), c.status ?? "", c.health ?? "", created].map(TerminalText.cell)
        }
        TablePrinter(headers: ["ID", "INTEGRATION", "CATEGORIES", "STATUS", "HEALTH", "CREATED"], keep: [0]).print(rows, console: context.console)
    }

    static func categories(_ connection: Connection) -> String {
        (connection.categories.map(\.rawValue) + connection.otherCategories).joined(separator: ",")
    }
}
