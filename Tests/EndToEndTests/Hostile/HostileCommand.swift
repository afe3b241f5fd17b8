/// One way of running a liza subcommand that talks to the API: its arguments and whether its
/// output goes to a terminal (tables, pretty JSON) or a pipe (tab-separated rows, compact JSON).
struct HostileCommand: Sendable, CustomStringConvertible {
    var arguments: [String]
    /// stdout and stderr on a pseudo-terminal (else pipes).
    var terminal: Bool
    /// False only where liza is documented to copy bytes through untouched (a piped
    /// passthrough body, like `curl -o`): there raw control bytes are the provider's data.
    var stdoutIsText = true

    var description: String { "liza " + arguments.joined(separator: " ") + (terminal ? "  [terminal]" : "  [pipe]") }

    static let connection = "conn-1"

    /// Every subcommand that talks to the API, in the output modes that matter.
    static let all: [HostileCommand] = [
        HostileCommand(arguments: ["integrations"], terminal: true),
        HostileCommand(arguments: ["integrations"], terminal: false),
        HostileCommand(arguments: ["integrations", "--json"], terminal: false),
        HostileCommand(arguments: ["connections"], terminal: true),
        HostileCommand(arguments: ["connections", "--json"], terminal: true),
        HostileCommand(arguments: ["connection", "show", connection], terminal: true),
        HostileCommand(arguments: ["connection", "show", connection, "--json"], terminal: false),
        HostileCommand(arguments: ["connection", "delete", connection, "--yes"], terminal: false),
        HostileCommand(arguments: ["connect", "hubspot", "--category", "crm"], terminal: true),
        HostileCommand(arguments: ["connect", "hubspot", "--category", "crm", "--json"], terminal: false),
        HostileCommand(arguments: ["callback", connection], terminal: true),
        HostileCommand(arguments: ["callback", connection, "--json"], terminal: false),
        HostileCommand(arguments: ["records", connection, "crm", "contact"], terminal: true),
        HostileCommand(arguments: ["records", connection, "crm", "contact"], terminal: false),
        HostileCommand(arguments: ["records", connection, "crm", "contact", "--json"], terminal: false),
        HostileCommand(arguments: ["records", connection, "crm", "contact", "--all"], terminal: false),
        HostileCommand(arguments: ["records", connection, "crm", "contact", "--all", "--json"], terminal: false),
        HostileCommand(arguments: ["records", connection, "enrichment", "person", "--filter", "email=ada@example.com"], terminal: true),
        HostileCommand(arguments: ["passthrough", connection, "GET", "/crm/v3/objects/contacts"], terminal: true),
        HostileCommand(arguments: ["passthrough", connection, "POST", "/crm/v3/objects/notes", "-d", #"{"note":"hi"}"#, "--json"], terminal: false),
        HostileCommand(arguments: ["passthrough", connection, "GET", "/crm/v3/objects/contacts"], terminal: false, stdoutIsText: false),
        HostileCommand(arguments: ["status"], terminal: true),
        HostileCommand(arguments: ["status", "--json"], terminal: false),
    ]
}
