import ArgumentParser
import Foundation
import LizaAPI
import OrderedJSON

/// `liza connect TYPE --category C …`: starts the authorization flow.
///
/// Prints the authorization URL on a line of its own (after a short instruction on a
/// terminal). The connection is pending until it is finalized with `liza callback ID`, or
/// right here with `--wait`, which waits for Enter (or any line on stdin) after the user has
/// approved in the browser.
struct ConnectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connect",
        abstract: "Start connecting an integration: prints the URL to authorize in a browser.",
        discussion: """
            Open the URL in a browser and approve; then finalize with `liza callback ID` (or use --wait).
            Piped output: the URL on the first line, the connection id on the second.
            With --json: the API's {url, connection_id}; with --json --wait, that and then the connection, one per line.
            """
    )

    @Argument(help: "The integration type, e.g. hubspot (see `liza integrations`).") var integrationType: String

    @Option(name: .customLong("category"), help: ArgumentHelp("A category to connect (repeat, or comma-separate): crm, ticketing, …", valueName: "category"),
            completion: ShellCompletion.categories)
    var categories: [String] = []

    @Option(name: .customLong("redirect-url"), help: ArgumentHelp("Where the browser goes after authorizing (an absolute http(s) URL).", valueName: "url"))
    var redirectURL: String?

    @Option(name: .customLong("external-xref"), help: ArgumentHelp("Your own reference for this connection (e.g. your user id).", valueName: "xref"))
    var externalXref: String?

    @Option(name: .customLong("scope"), help: ArgumentHelp("A permission scope to request (repeat).", valueName: "scope"))
    var scopes: [String] = []

    @Flag(help: "Wait for Enter (or a line on stdin) after authorizing, then finalize and print the connection.")
    var wait = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard !categories.isEmpty else { throw ValidationError("give at least one --category (e.g. --category crm)") }
    }

    func run() async throws {
        let request = ConnectRequest(
            integrationType: integrationType, categories: try CategoryArgument.parseList(categories),
            redirectURL: redirectURL, externalXref: externalXref, scopes: scopes
        )
        let context = try CommandContext.make(global.settingsFlags)
        let console = context.console
        try await context.withClient { client in
            let response = try await client.connect(request)
            let url = TerminalText.cell(response.url)
            let id = TerminalText.cell(response.connectionID)
            if global.json {
                // With --wait two documents follow each other, so each is one NDJSON line.
                if wait { JSONOutput.printLine(response.raw, console: console) } else { JSONOutput.print(response.raw, console: console) }
            } else if console.stdoutIsTTY {
                console.line("Open this URL in a browser and approve access to \(TerminalText.cell(integrationType)):")
                console.line(url)
                if !wait {
                    console.line(console.dim("Then finalize the connection with: liza callback \(id)"))
                }
            } else {
                console.line(url)
                console.line(id)
            }
            guard wait else { return }

            if console.stdinIsTTY {
                Console.emit("Press Enter when you have approved in the browser… ", to: STDERR_FILENO)
            }
            // Any line (or the end of input) means "go on"; the callback says whether it worked.
            _ = readLine(strippingNewline: true)
            let result = try await client.callback(connectionID: response.connectionID)
            if global.json {
                JSONOutput.printLine(result.raw, console: console)
            } else if let connection = result.connection {
                if console.stdoutIsTTY { console.line("Connected.") }
                ConnectionDetails.print(connection, console: console)
            } else {
                JSONOutput.print(result.raw, console: console)
            }
        }
    }
}
