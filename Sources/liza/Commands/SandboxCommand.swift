import ArgumentParser
import Dispatch
import Foundation
import LizaSandbox

/// `liza sandbox`: runs the API emulator in the foreground until SIGINT/SIGTERM, like stripe-mock.
///
/// The first line on stdout is exactly `listening on http://127.0.0.1:PORT` so scripts can read
/// the port (`--port 0` picks a free one). Nothing else is printed while it runs; request
/// logs go to `--log-file`.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run a local emulator of the Liza Integrations API.",
        discussion: """
        Serves the eight /v1/integrations endpoints under http://127.0.0.1:PORT/api with seeded, \
        deterministic data for every category, the connect flow (an authorize page with Approve / \
        Deny), passthrough, rate limiting and optional faults. The first line on stdout is \
        "listening on http://127.0.0.1:PORT" (https with --tls-cert and --tls-key); SIGINT or SIGTERM stops it.

        OpenAPI: /openapi.json. Test controls (same token): POST /_sandbox/faults, \
        GET /_sandbox/stats, POST /_sandbox/reset.
        """)

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 8787

    @Option(help: "The bearer token clients must send.")
    var token: String = "demo"

    @Option(help: "Seed for all generated data and injected faults.")
    var seed: UInt64 = 42

    @Option(name: .customLong("records"), help: "Records per object type of each connection.")
    var records: Int = 250

    @Option(help: ArgumentHelp("Latency added to every API request, in ms, with optional jitter.", valueName: "ms[±jitter]"))
    var latency: LatencySpec = LatencySpec(base: 0, jitter: 0)

    @Option(name: .customLong("error-rate"), help: ArgumentHelp("Share of API requests answered 500/502/503.", valueName: "0…1"))
    var errorRate: Double = 0

    @Option(name: .customLong("drop-rate"), help: ArgumentHelp("Share of API requests whose connection is dropped.", valueName: "0…1"))
    var dropRate: Double = 0

    @Flag(help: "Lace some records with escape sequences, bidi overrides, huge fields and wrong types.")
    var hostile = false

    @Option(help: "List envelope: bare, data or items.")
    var envelope: SandboxOptions.Envelope = .bare

    @Option(name: .customLong("rate-limit"), help: ArgumentHelp("Requests per minute per token before 429 (0: no limit).", valueName: "n"))
    var rateLimit: Int = 240

    @Option(name: .customLong("log-file"), help: ArgumentHelp("Append request logs to this file.", valueName: "path"))
    var logFile: String?

    @Option(name: .customLong("tls-cert"), help: ArgumentHelp("Serve https with this certificate chain (PEM); needs --tls-key. HTTP/2 is offered.", valueName: "pem"))
    var tlsCert: String?

    @Option(name: .customLong("tls-key"), help: ArgumentHelp("The private key (PEM) of --tls-cert.", valueName: "pem"))
    var tlsKey: String?

    @Option(help: .hidden)
    var host: String = "127.0.0.1"

    var options: SandboxOptions {
        var options = SandboxOptions(host: host, port: port, token: token, seed: seed, recordsPerObject: records,
                                     latencyMilliseconds: latency.base, latencyJitterMilliseconds: latency.jitter, errorRate: errorRate,
                                     dropRate: dropRate, hostile: hostile, envelope: envelope, rateLimitPerMinute: rateLimit, logFile: logFile)
        options.tlsCertificateFile = tlsCert
        options.tlsKeyFile = tlsKey
        return options
    }

    func validate() throws {
        if let problem = options.problem { throw ValidationError(problem) }
    }

    func run() async throws {
        // Ignore the default actions first, so a signal between start and the handlers being
        // installed cannot kill the process without a clean stop.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let (signals, continuation) = AsyncStream<Int32>.makeStream()
        let queue = DispatchQueue(label: "liza.sandbox.signals")
        let sources = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
        defer { sources.forEach { $0.cancel() } }

        let server: SandboxServer
        do {
            server = try await SandboxServer.start(options)
        } catch {
            Console.emit("liza sandbox: \(error)\n", to: STDERR_FILENO)
            throw ExitCode(1)
        }
        // Written unbuffered, first line exactly as documented: scripts wait for it.
        var lines = ["listening on \(server.rootURL)", "base url: \(server.baseURL)", "openapi: \(server.rootURL)/openapi.json"]
        if token == "demo" { lines.append("token: demo (the default; change it with --token)") }
        Console.emit((lines.joined(separator: "\n") + "\n"), to: STDOUT_FILENO)

        for await _ in signals { break }
        await server.stop()
    }
}

/// `--latency 200`, `200±50` or `200+-50`: a base and a jitter in milliseconds.
struct LatencySpec: ExpressibleByArgument, Sendable {
    var base: Int
    var jitter: Int

    init(base: Int, jitter: Int) { self.base = base; self.jitter = jitter }

    init?(argument: String) {
        let text = argument.replacingOccurrences(of: "+-", with: "±").replacingOccurrences(of: "ms", with: "")
        let parts = text.split(separator: "±", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), let base = Int(parts[0]), base >= 0 else { return nil }
        var jitter = 0
        if parts.count == 2 {
            guard let j = Int(parts[1]), j >= 0 else { return nil }
            jitter = j
        }
        self.base = base
        self.jitter = jitter
    }

    var defaultValueDescription: String { jitter == 0 ? "\(base)" : "\(base)±\(jitter)" }
}

extension SandboxOptions.Envelope: ExpressibleByArgument {}
