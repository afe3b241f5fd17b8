import LizaAPI
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// A running sandbox: an HTTP server on loopback that emulates the Liza Integrations API.
///
/// ```swift
/// let sandbox = try await SandboxServer.start(SandboxOptions(token: "t"))
/// // … use sandbox.baseURL with the token …
/// await sandbox.stop()
/// ```
/// Each instance has its own state, so tests can run many side by side.
///
/// Behaviour where the real API is undocumented (decided here, relied on by tests):
/// - Errors are `{"statusCode":N,"error":"Reason","message":"…"}`; 401 carries
///   `WWW-Authenticate: Bearer`; 429 carries `Retry-After` in whole seconds.
/// - `POST /connect` answers **201** `{url, connection_id}`; `DELETE /connections/{id}` answers
///   **204** with no body; `POST /callback` answers 200 with the connection.
/// - Categories in paths and in /connect must be Liza's names (case-insensitive); Unified's
///   spellings (`hris` …) get a 400 that suggests Liza's. Integrations list Unified's slugs;
///   the seeded connections use Unified's names for hr/ecommerce/enrichment/marketing, while
///   connections made with /connect keep the Liza names they were requested with.
/// - A connection asked for a category it was not authorized for answers **403**; a pending
///   connection answers 400 "not finalized" for data and passthrough.
/// - An unknown object type of a known category is **404** (with a suggestion).
/// - `query` matches name, e-mail, company, subject or title (whichever the object has),
///   case-insensitively; other object-specific filters (`company_id` …) are accepted and ignored.
/// - Enrichment lookups whose e-mail or domain ends in `.invalid` find nothing (404).
/// - Test controls (`/_sandbox/…`), the authorize page and `/openapi.json` are never logged in
///   stats, delayed, faulted or rate limited.
public final class SandboxServer: Sendable {
    /// The port actually bound (the chosen one when `options.port` was 0).
    public let port: Int
    public let options: SandboxOptions
    private let api: SandboxAPI
    private let group: ServiceGroup
    private let runner: Task<Void, Never>

    /// `http://127.0.0.1:PORT/api` — the base URL to give a client (paths start /v1/…).
    public var baseURL: String { rootURL + "/api" }
    /// `http://127.0.0.1:PORT` (`https://…` with TLS).
    public var rootURL: String { "\(options.usesTLS ? "https" : "http")://\(options.host.contains(":") ? "[\(options.host)]" : options.host):\(port)" }

    private init(port: Int, options: SandboxOptions, api: SandboxAPI, group: ServiceGroup, runner: Task<Void, Never>) {
        self.port = port; self.options = options; self.api = api; self.group = group; self.runner = runner
    }

    /// Starts a sandbox and returns once it accepts connections.
    public static func start(_ options: SandboxOptions) async throws -> SandboxServer {
        if let problem = options.problem { throw SandboxError.invalidOptions(problem) }
        let server = try SandboxTLS.serverBuilder(options)
        let log = try SandboxLog(path: options.logFile)
        let logger = log.logger(label: "liza.sandbox")
        let api = SandboxAPI(options: options, log: log)
        let (events, continuation) = AsyncStream<Result<Int, SandboxError>>.makeStream()
        let app = Application(
            responder: SandboxResponder(api: api, host: options.host, scheme: options.usesTLS ? "https" : "http"),
            server: server,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "liza-sandbox"),
            onServerRunning: { channel in continuation.yield(.success(channel.localAddress?.port ?? options.port)) },
            logger: logger)
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
        let runner = Task {
            do {
                try await group.run()
                continuation.yield(.failure(.couldNotListen("the server stopped")))
            } catch {
                continuation.yield(.failure(.couldNotListen(String(describing: error))))
            }
            continuation.finish()
            log.close()
        }
        for await event in events {
            switch event {
            case .success(let port):
                log.write("liza sandbox listening on \(options.host):\(port)")
                return SandboxServer(port: port, options: options, api: api, group: group, runner: runner)
            case .failure(let error):
                throw error
            }
        }
        throw SandboxError.couldNotListen("the server stopped")
    }

    /// Stops accepting connections, lets in-flight requests finish, and returns when the
    /// server is down. Safe to call more than once.
    public func stop() async {
        await group.triggerGracefulShutdown()
        await runner.value
    }

    // MARK: In-process test controls (the same as /_sandbox/… over HTTP)

    /// Makes the next API requests fail, one fault each, in order.
    public func queueFaults(_ faults: [SandboxFault]) async { await api.state.queue(faults) }

    /// Makes every data request for `fault`'s object type answer `status` (nil clears it) until reset.
    public func setObjectFault(_ fault: ObjectFault, status: Int?) async { await api.state.setObjectFault(fault, status: status) }

    /// Every API request received so far, in order.
    public func receivedRequests() async -> [SandboxRequestRecord] { await api.state.requests() }

    /// Clears the fault queue, the object faults, the request log and the rate-limit window.
    public func reset() async { await api.state.reset() }

    /// `POST /_sandbox/mutate` in process: changes `change` and deletes `delete` records of a
    /// list object type; returns their ids, or nil when the connection or object is unknown.
    @discardableResult
    public func mutate(connectionID: String, category: Category, object: String, change: Int, delete: Int) async -> (changed: [String], deleted: [String])? {
        await api.mutateRecords(connectionID: connectionID, category: category, objectName: object, change: change, delete: delete)
    }

    /// Approves or denies a pending connection as the browser would; false when unknown.
    @discardableResult
    public func authorize(connectionID: String, approve: Bool) async -> Bool {
        await api.state.decide(connectionID, approve: approve) != nil
    }

    /// The ids of the connections the sandbox starts with, in order (hubspot, zendesk,
    /// googlecalendar, googledrive, then one for each other category).
    public var seededConnectionIDs: [String] {
        ConnectionRecord.seeded(seed: options.seed, referenceTime: options.referenceTime).map(\.id)
    }
}
