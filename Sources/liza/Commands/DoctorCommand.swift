import ArgumentParser
import Foundation
import LizaAPI
import OrderedJSON

/// `liza doctor CONN`: probes every object type of the connection's categories and prints a
/// grid of what answered (ok / 401 / 403 / 404 / 429 / 5xx / timeout), with latency and a hint
/// per failure. Exit 0 when all pass, 1 otherwise.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check a connection: read one record of every object type it offers.",
        discussion: """
            Each object type of each of the connection's categories is read with limit=1 (enrichment lookups with a query that matches nothing), a few at a time; rate limits are waited out as usual.
            Exit 0 when every object type answers, 1 otherwise. --json: {"connection_id","ok","probes":[{"category","object","result","status","ms","hint"}]}.
            """
    )

    @Argument(help: "The connection id (see `liza connections`).") var id: String

    @Option(name: .customLong("concurrency"), help: ArgumentHelp("How many probes run at once (1–16).", valueName: "n"))
    var concurrency: Int = 4

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (1...16).contains(concurrency) else { throw ValidationError("--concurrency must be between 1 and 16") }
    }

    func run() async throws {
        let context = try CommandContext.make(global.settingsFlags)
        let console = context.console
        let (connection, probes) = try await context.withClient { client in
            let connection = try await client.connection(id: id)
            let spinner = console.stderrIsTTY && !global.json
                ? WaitSpinner("probing \(ConnectionDoctor.plan(for: connection).count) object types…") : nil
            let probes = await ConnectionDoctor(client: client, concurrency: concurrency).examine(connection)
            await spinner?.stop()
            return (connection, probes)
        }
        let failed = probes.filter { !$0.outcome.passed }
        if global.json {
            JSONOutput.print(Self.json(connection: connection, probes: probes), console: console)
        } else {
            printGrid(probes, connection: connection, console: console)
        }
        guard failed.isEmpty else {
            let names = failed.map { "\($0.category.rawValue)/\($0.objectType) (\($0.outcome.label))" }.joined(separator: ", ")
            throw CLIFailure("\(failed.count) of \(probes.count) object types failed: \(names)", exitCode: ExitStatus.apiError)
        }
        if probes.isEmpty {
            console.err("liza: connection \(TerminalText.cell(connection.id)) has no category liza knows object types for")
        }
    }

    private func printGrid(_ probes: [ObjectProbe], connection: Connection, console: Console) {
        let rows = probes.map { p in
            [p.category.rawValue, p.objectType, p.outcome.label, "\(p.milliseconds) ms", p.outcome.hint ?? ""]
        }
        if console.stdoutIsTTY {
            console.line("\(TerminalText.cell(connection.integrationName ?? connection.integrationType)) · \(TerminalText.cell(connection.id))")
        }
        TablePrinter(headers: ["CATEGORY", "OBJECT", "RESULT", "LATENCY", "HINT"], maxColumnWidth: 64).print(rows, console: console)
        if console.stdoutIsTTY {
            let passed = probes.filter(\.outcome.passed).count
            console.line(passed == probes.count ? "All \(probes.count) object types answer." : "\(passed) of \(probes.count) object types answer.")
        }
    }

    static func json(connection: Connection, probes: [ObjectProbe]) -> JSONValue {
        .object([
            ("connection_id", .string(connection.id)),
            ("ok", .bool(probes.allSatisfy(\.outcome.passed))),
            ("probes", .array(probes.map { p in
                var fields: [(key: String, value: JSONValue)] = [
                    ("category", .string(p.category.rawValue)), ("object", .string(p.objectType)),
                    ("result", .string(p.outcome.label)),
                ]
                if case .status(let code) = p.outcome { fields.append(("status", .number(String(code)))) }
                fields.append(("ms", .number(String(p.milliseconds))))
                if let hint = p.outcome.hint { fields.append(("hint", .string(hint))) }
                return .object(fields)
            })),
        ])
    }
}
