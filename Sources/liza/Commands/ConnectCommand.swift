import ArgumentParser
import Foundation
import LizaAPI
import OrderedJSON

/// `liza connect TYPE --category C …`: connects an integration, finishing by itself when it can.
///
/// On a terminal, not over SSH, with no `--redirect-url`: a one-shot loopback listener
/// (`LizaLoopback`) is the redirect URL, so when the browser comes back the connection is
/// finalized and printed with no key pressed (a spinner on stderr meanwhile; Ctrl-C leaves it
/// pending). Over SSH, or with `--wait`: a prompt for the address the browser ended on (or
/// Enter to finalize by hand). `--no-wait`, or output to a pipe: only the URL and the id.
struct ConnectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connect",
        abstract: "Connect an integration: prints the URL to authorize in a browser and finishes when you approve.",
        discussion: """
            On a terminal (not over SSH) liza listens on 127.0.0.1 for the browser's return and finalizes by itself; Ctrl-C stops waiting and leaves the connection pending (finish it later with `liza callback ID`). Over SSH (or with --wait) it asks for the address the browser ended on, or Enter to finalize.
            Piped output without --wait/--listen: the URL on the first line, the connection id on the second.
            With --json: {"url","connection_id"} on the first line, then the result when liza waits.
            --relink CONN connects again with CONN's integration, categories, scopes and external xref, then offers to delete CONN.
            """
    )

    @Argument(help: "The integration type, e.g. hubspot (see `liza integrations`); not with --relink.") var integrationType: String?

    @Option(name: .customLong("category"), help: ArgumentHelp("A category to connect (repeat, or comma-separate): crm, ticketing, …", valueName: "category"),
            completion: ShellCompletion.categories)
    var categories: [String] = []

    @Option(name: .customLong("redirect-url"), help: ArgumentHelp("Where the browser goes after authorizing (an absolute http(s) URL); liza then does not listen.", valueName: "url"))
    var redirectURL: String?

    @Option(name: .customLong("external-xref"), help: ArgumentHelp("Your own reference for this connection (e.g. your user id).", valueName: "xref"))
    var externalXref: String?

    @Option(name: .customLong("scope"), help: ArgumentHelp("A permission scope to request (repeat).", valueName: "scope"))
    var scopes: [String] = []

    @Option(name: .customLong("relink"), help: ArgumentHelp("Connect again like this connection (e.g. after its authorization was revoked).", valueName: "connection-id"))
    var relink: String?

    @Flag(help: "Ask for the address the browser ended on (or Enter) and finalize, instead of listening.")
    var wait = false

    @Flag(name: .customLong("no-wait"), help: "Only print the URL and the connection id.")
    var noWait = false

    @Flag(help: "Listen on 127.0.0.1 for the browser's return even over SSH or when not on a terminal.")
    var listen = false

    @Option(name: .customLong("wait-timeout"), help: ArgumentHelp("How long to wait for the browser, in seconds (default 600; the connection stays pending after).", valueName: "seconds"))
    var timeoutSeconds: Int = 600

    @Flag(help: "Also print the authorization URL as a QR code (to approve from a phone).")
    var qr = false

    @Flag(help: "With --relink: delete the old connection once the new one is active, without asking.")
    var yes = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if relink == nil {
            guard integrationType != nil else { throw ValidationError("give the integration type (e.g. liza connect hubspot --category crm) or --relink CONNECTION") }
            guard !categories.isEmpty else { throw ValidationError("give at least one --category (e.g. --category crm)") }
        } else if integrationType != nil {
            throw ValidationError("--relink takes the integration from the old connection; drop the integration type")
        }
        if noWait && (wait || listen) { throw ValidationError("--no-wait cannot be combined with --wait or --listen") }
        if wait && listen { throw ValidationError("choose one of --wait (paste the address) and --listen (loopback)") }
        if listen && redirectURL != nil { throw ValidationError("--listen makes its own redirect URL; drop --redirect-url") }
        guard (1...86_400).contains(timeoutSeconds) else { throw ValidationError("--wait-timeout must be between 1 and 86400 seconds") }
    }

    /// How this run finishes the connection.
    enum Mode { case printOnly, listen, paste }

    func mode(console: Console, environment: [String: String]) -> Mode {
        if noWait { return .printOnly }
        if listen { return .listen }
        if wait { return .paste }
        let onTerminal = console.stdinIsTTY && console.stdoutIsTTY
        guard onTerminal else { return .printOnly }
        return redirectURL == nil && !RemoteSession.isSSH(environment) ? .listen : .paste
    }

    func run() async throws {
        let context = try CommandContext.make(global.settingsFlags)
        let console = context.console
        try context.requireWritable(relink.map { "POST /connect (relinking \($0))" } ?? "POST /connect (\(integrationType ?? ""))")
        let finishing = mode(console: console, environment: context.environment)
        try await context.withClient { client in
            var old: Connection?
            var request: ConnectRequest
            if let relink {
                let connection = try await client.connection(id: relink)
                old = connection
                request = try relinkRequest(from: connection)
            } else {
                request = ConnectRequest(
                    integrationType: integrationType ?? "", categories: try CategoryArgument.parseList(categories),
                    redirectURL: redirectURL, externalXref: externalXref, scopes: scopes)
            }
            let flow = ConnectFlow(client: client, console: console, settings: context.settings, environment: context.environment,
                                   json: global.json, qr: qr, timeout: .seconds(timeoutSeconds))
            let connected = try await flow.run(request, mode: finishing)
            if let old { try await offerToDeleteOld(old, newConnection: connected, client: client, console: console) }
        }
    }

    /// The request that connects again like `old`; explicit flags win over what `old` had.
    func relinkRequest(from old: Connection) throws -> ConnectRequest {
        let categoriesGiven = categories.isEmpty ? [] : try CategoryArgument.parseList(categories)
        guard let request = ConnectRequest(relinking: old, categories: categoriesGiven, redirectURL: redirectURL,
                                           externalXref: externalXref, scopes: scopes) else {
            throw CLIFailure("connection \(TerminalText.cell(old.id)) has no category liza knows; give --category", exitCode: ExitStatus.usage)
        }
        return request
    }

    /// After a relink: delete the old connection only once the new one is active.
    func offerToDeleteOld(_ old: Connection, newConnection: Connection?, client: LizaClient, console: Console) async throws {
        let oldID = TerminalText.cell(old.id)
        guard let newConnection, !newConnection.isPending else {
            console.err("liza: the old connection \(oldID) is kept until the new one is active; then delete it with: liza connection delete \(oldID)")
            return
        }
        let delete: Bool
        if yes {
            delete = true
        } else if console.stdinIsTTY {
            delete = Prompt.confirm("The new connection \(TerminalText.cell(newConnection.id)) is active. Delete the old connection \(oldID)?")
        } else {
            console.err("liza: kept the old connection \(oldID) (no terminal to ask; pass --yes to delete it): liza connection delete \(oldID) --yes")
            return
        }
        guard delete else {
            console.err("liza: kept the old connection \(oldID)")
            return
        }
        try await client.deleteConnection(id: old.id)
        console.err("liza: deleted the old connection \(oldID)")
    }
}
