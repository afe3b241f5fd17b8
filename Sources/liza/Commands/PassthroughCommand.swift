import ArgumentParser
import Foundation
import LizaAPI
import OrderedJSON

/// `liza passthrough CONN METHOD PATH [-d JSON|@file|-]`: a raw call to the provider's API.
struct PassthroughCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passthrough",
        abstract: "Call the provider's own API through a connection.",
        discussion: """
            Prints the provider's body: pretty JSON on a terminal (status line on stderr), the raw bytes when piped.
            A non-2xx status exits with 1 (the body is still printed). With --json: {status, content_type, duration_ms, body}.
            Examples:
              liza passthrough CONN GET /crm/v3/objects/contacts -d '{"limit":"10"}'
              liza passthrough CONN POST /crm/v3/objects/contacts -d @contact.json
              echo '{"properties":{}}' | liza passthrough CONN PATCH /crm/v3/objects/contacts/1 -d -
            """
    )

    @Argument(help: "The connection id.") var connectionID: String
    @Argument(help: "GET, POST, PUT, PATCH or DELETE.") var method: String
    @Argument(help: "The path on the provider's API, e.g. /crm/v3/objects/contacts.") var path: String
    @Option(name: [.customShort("d"), .customLong("data")],
            help: ArgumentHelp("A JSON object: the body (the query for GET). @file reads a file, - reads stdin.", valueName: "json"))
    var data: String?

    @Flag(help: "Print the curl command instead of sending the request; the token is written $LIZA_TOKEN.")
    var curl = false

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        guard let method = HTTPMethod(rawValue: method.uppercased()) else {
            throw CLIFailure.usage("method must be one of GET, POST, PUT, PATCH, DELETE (got '\(TerminalText.cell(self.method))')")
        }
        guard !path.trimmingCharacters(in: .whitespaces).isEmpty else { throw CLIFailure.usage("the path is empty") }
        let body = try data.map(Self.readData)
        let context = try CommandContext.make(global.settingsFlags)
        let console = context.console
        if curl {
            // Printing is not sending: read-only mode does not stop it.
            let request = PassthroughRequest(method: method, path: path, data: body)
            console.line(TerminalText.cell(try CurlCommand.passthrough(baseURL: context.settings.baseURL.description, connectionID: connectionID, request)))
            return
        }
        if !method.isReadOnly { try context.requireWritable("passthrough \(method.rawValue) \(path)") }
        let response = try await context.withClient {
            try await $0.passthrough(connectionID: connectionID, PassthroughRequest(method: method, path: path, data: body))
        }
        if global.json {
            JSONOutput.print(Self.envelope(response), console: console)
        } else {
            if console.stderrIsTTY { console.err(Self.statusLine(response)) }
            Self.printBody(response, console: console)
        }
        if !response.isSuccess {
            throw CLIFailure("the provider answered HTTP \(response.status)", exitCode: ExitStatus.apiError)
        }
    }

    /// Reads `-d`: inline JSON, `@file`, or `-` for stdin; it must be a JSON object.
    static func readData(_ argument: String) throws -> JSONValue {
        let text: String
        let origin: String
        if argument == "-" {
            text = String(decoding: Prompt.readAllStdin(), as: UTF8.self)
            origin = "stdin"
        } else if argument.hasPrefix("@") {
            let file = String(argument.dropFirst())
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIFailure.usage("cannot read \(TerminalText.cell(file))")
            }
            text = String(decoding: data, as: UTF8.self)
            origin = file
        } else {
            text = argument
            origin = "-d"
        }
        let value: JSONValue
        do {
            value = try JSONValue.parse(text)
        } catch {
            throw CLIFailure.usage("\(TerminalText.cell(origin)) is not valid JSON: \(TerminalText.cell("\(error)"))")
        }
        guard case .object = value else {
            throw CLIFailure.usage("\(TerminalText.cell(origin)) must be a JSON object ({…}), the body or query of the request")
        }
        return value
    }

    static func statusLine(_ r: PassthroughResponse) -> String {
        var parts = ["HTTP \(r.status)"]
        if let type = r.contentType { parts.append(TerminalText.cell(type)) }
        parts.append("\(r.bytes.count) bytes")
        parts.append("\(Int((r.duration * 1000).rounded())) ms")
        return parts.joined(separator: " · ")
    }

    static func printBody(_ r: PassthroughResponse, console: Console) {
        guard console.stdoutIsTTY else {
            // Piped: exactly the bytes the provider sent.
            console.outBytes(r.bytes)
            return
        }
        switch r.body {
        case .empty:
            break
        case .json(let value):
            console.line(TerminalText.json(value.prettyPrinted()))
        case .text(let text):
            console.out(TerminalText.multiline(text))
            if !text.hasSuffix("\n") { console.line() }
        case .binary(let count):
            console.line("(binary body, \(count) bytes: redirect to a file to save it)")
        }
    }

    static func envelope(_ r: PassthroughResponse) -> JSONValue {
        let body: JSONValue
        switch r.body {
        case .empty: body = .null
        case .json(let value): body = value
        case .text(let text): body = .string(text)
        case .binary(let count): body = .object([("binary_bytes", .int(count))])
        }
        return .object([
            ("status", .int(r.status)),
            ("content_type", r.contentType.map(JSONValue.string) ?? .null),
            ("duration_ms", .int(Int((r.duration * 1000).rounded()))),
            ("body", body),
        ])
    }
}
