import OrderedJSON

/// The Liza Integrations API: one async method per endpoint.
///
/// CONTRACT SKELETON: the signatures below are the agreed interface; the bodies are being
/// implemented (tolerant decoding, validation, retries) in the LizaAPI work.
public struct LizaClient: Sendable {
    public let baseURL: String
    public let transport: any HTTPTransport
    /// Receives retry/wait notifications (e.g. "rate limited, retrying in 12 s") for the UI.
    public let observer: (@Sendable (ClientEvent) -> Void)?

    public init(baseURL: String, token: String, transport: any HTTPTransport, retryPolicy: RetryPolicy = .default,
                observer: (@Sendable (ClientEvent) -> Void)? = nil) {
        self.baseURL = baseURL
        self.transport = transport
        self.observer = observer
        _ = token; _ = retryPolicy
    }

    /// GET /v1/integrations
    public func integrations() async throws(LizaError) -> [Integration] { throw Self.todo }
    /// GET /v1/integrations/connections
    public func connections() async throws(LizaError) -> [Connection] { throw Self.todo }
    /// GET /v1/integrations/connections/{id}
    public func connection(id: String) async throws(LizaError) -> Connection { throw Self.todo }
    /// DELETE /v1/integrations/connections/{id}
    public func deleteConnection(id: String) async throws(LizaError) { throw Self.todo }
    /// POST /v1/integrations/connect
    public func connect(_ request: ConnectRequest) async throws(LizaError) -> ConnectResponse { throw Self.todo }
    /// POST /v1/integrations/callback
    public func callback(connectionID: String) async throws(LizaError) -> CallbackResult { throw Self.todo }
    /// GET /v1/integrations/{connectionId}/{category}/{objectType} — one page.
    public func records(_ query: RecordQuery) async throws(LizaError) -> RecordPage { throw Self.todo }
    /// GET /v1/integrations/{connectionId}/enrichment/{person|company}?field=… — one object.
    public func lookup(connectionID: String, category: Category, objectType: String, fields: [String: String]) async throws(LizaError) -> JSONValue { throw Self.todo }
    /// POST /v1/integrations/{connectionId}/passthrough
    public func passthrough(connectionID: String, _ request: PassthroughRequest) async throws(LizaError) -> PassthroughResponse { throw Self.todo }

    private static var todo: LizaError { LizaError(kind: .configuration, message: "not implemented yet") }
}
