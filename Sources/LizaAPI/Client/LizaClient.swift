import OrderedJSON

/// The Liza Integrations API: one async method per endpoint.
///
/// An actor-free `Sendable` value over an `HTTPTransport`. Every call validates its input before
/// sending (`Validation`), decodes tolerantly (`ResponseEnvelope`, `Integration(json:)`, …),
/// retries as `RetryPolicy` says, reports waits through `observer`, and is cancelled with the
/// calling task. Every failure is a `LizaError` whose message never contains the token.
public struct LizaClient: Sendable {
    /// This build's version, sent in `User-Agent: liza/<version> (<os>; <arch>)`.
    public static let version = "0.1.0"
    /// `liza/<version> (<os>; <arch>)`.
    public static let defaultUserAgent = UserAgent.string(version: version)

    /// Parsed and checked once, by whoever made the client (settings, the sandbox, tests).
    public let baseURL: BaseURL
    public let transport: any HTTPTransport
    /// Receives retry/wait notifications (e.g. "rate limited, retrying in 12 s") for the UI.
    public let observer: (@Sendable (ClientEvent) -> Void)?
    public let retryPolicy: RetryPolicy
    public let userAgent: String
    /// Seconds one call may take in all — every attempt (connect, head and body), retry and
    /// wait — before it fails with a `.timeout` error (see `TimeoutSetting`).
    public let timeout: Double
    /// Seconds an attempt may go without receiving a byte (capped by what is left of `timeout`).
    public let idleTimeout: Double
    /// Never printed: `description`, `debugDescription` and `Mirror` leave it out.
    let token: String
    /// Why writes are refused (read-only mode), or nil. Set, every write method — connect,
    /// callback, delete, a passthrough other than GET or HEAD — throws `LizaError.readOnly`
    /// before it sends anything: the one check below both the CLI and the TUI.
    public var readOnly: String?

    public init(baseURL: BaseURL, token: String, transport: any HTTPTransport, retryPolicy: RetryPolicy = .default,
                observer: (@Sendable (ClientEvent) -> Void)? = nil) {
        self.init(baseURL: baseURL, token: token, transport: transport, retryPolicy: retryPolicy,
                  userAgent: Self.defaultUserAgent, timeout: Double(TimeoutSetting.defaultSeconds), observer: observer)
    }

    /// The full initializer: also the `User-Agent`, the time limit of a call and the idle limit
    /// of an attempt, in seconds.
    public init(baseURL: BaseURL, token: String, transport: any HTTPTransport, retryPolicy: RetryPolicy = .default,
                userAgent: String, timeout: Double, idleTimeout: Double = Double(TimeoutSetting.idleSeconds),
                observer: (@Sendable (ClientEvent) -> Void)? = nil) {
        self.idleTimeout = idleTimeout
        self.baseURL = baseURL
        self.token = token
        self.transport = transport
        self.retryPolicy = retryPolicy
        self.userAgent = userAgent
        self.timeout = timeout
        self.observer = observer
    }

    /// GET /v1/integrations
    public func integrations() async throws(LizaError) -> [Integration] {
        let json = try await getJSON([])
        let list = try ResponseEnvelope.list(json, what: "integrations")
        return try DecodingFailure.each(list.items, named: "integrations") { (item) throws(LizaError) in try Integration(json: item) }
    }

    /// GET /v1/integrations/connections
    public func connections() async throws(LizaError) -> [Connection] {
        let json = try await getJSON(["connections"])
        let list = try ResponseEnvelope.list(json, what: "connections")
        return try DecodingFailure.each(list.items, named: "connections") { (item) throws(LizaError) in try Connection(json: item) }
    }

    /// GET /v1/integrations/connections/{id}
    public func connection(id: String) async throws(LizaError) -> Connection {
        let id = try Validation.connectionID(id)
        let json = try await getJSON(["connections", id])
        return try Connection(json: ResponseEnvelope.single(json))
    }

    /// DELETE /v1/integrations/connections/{id}. Any 2xx is success; the body is ignored.
    public func deleteConnection(id: String) async throws(LizaError) {
        let id = try Validation.connectionID(id)
        try refuseIfReadOnly("DELETE connection \(id)")
        let response = try await perform(.DELETE, ["connections", id], retry: .refusedOnly)
        try requireSuccess(response.response)
    }

    /// POST /v1/integrations/connect
    public func connect(_ request: ConnectRequest) async throws(LizaError) -> ConnectResponse {
        let request = try Validation.validated(request)
        try refuseIfReadOnly("POST /connect (\(request.integrationType))")
        let response = try await perform(.POST, ["connect"], body: request.json, retry: .refusedOnly)
        let json = try decodeJSONBody(of: response.response)
        return try ConnectResponse(json: ResponseEnvelope.single(json))
    }

    /// POST /v1/integrations/callback. An empty body gives `CallbackResult(connection: nil, raw: .null)`.
    public func callback(connectionID: String) async throws(LizaError) -> CallbackResult {
        let id = try Validation.connectionID(connectionID)
        try refuseIfReadOnly("POST /callback for \(id)")
        let body = JSONValue.object([(key: "connection_id", value: .string(id))])
        let response = try await perform(.POST, ["callback"], body: body, retry: .refusedOnly)
        try requireSuccess(response.response)
        guard !response.response.body.allSatisfy(\.isJSONWhitespace) else { return CallbackResult(connection: nil, raw: .null) }
        return CallbackResult(json: try decodeJSONBody(of: response.response))
    }

    /// GET /v1/integrations/{connectionId}/{category}/{objectType} — one page.
    public func records(_ query: RecordQuery) async throws(LizaError) -> RecordPage {
        let query = try Validation.validated(query)
        let json = try await getJSON([query.connectionID, query.category.rawValue, query.objectType], query: query.queryItems)
        let list = try ResponseEnvelope.list(json, what: "\(query.category.rawValue)/\(query.objectType) records")
        let hasMore: Bool
        if let explicit = list.hasMore {
            hasMore = explicit
        } else if let total = list.total {
            // offset ≤ Validation.maxOffset and the items are in memory: the sum cannot overflow.
            hasMore = query.offset + list.items.count < total && !list.items.isEmpty
        } else {
            hasMore = list.items.count >= query.limit
        }
        return RecordPage(records: list.items, offset: query.offset, limit: query.limit, total: list.total, hasMore: hasMore)
    }

    /// GET /v1/integrations/{connectionId}/enrichment/{person|company}?field=… — one object.
    ///
    /// The lookup fields become query parameters (sorted by name); at least one must be non-empty.
    public func lookup(connectionID: String, category: Category, objectType: String, fields: [String: String]) async throws(LizaError) -> JSONValue {
        let id = try Validation.connectionID(connectionID)
        let object = try Validation.objectType(objectType, in: category)
        let fields = try Validation.lookupFields(fields, for: object, in: category)
        let query = fields.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
        let json = try await getJSON([id, category.rawValue, object], query: query)
        return ResponseEnvelope.single(json)
    }

    /// POST /v1/integrations/{connectionId}/passthrough
    ///
    /// Only a passthrough GET is ever sent twice (after a 429, a dropped connection or a
    /// timeout; a 5xx is the provider's answer). Any other method is sent once: a 429 or 5xx may be the provider's own, passed
    /// through after the provider acted, and repeating a POST could create a record twice.
    ///
    /// 401, 403 and 429 (after retries) are Liza errors; every other status — including the
    /// provider's own 4xx/5xx — is returned as a `PassthroughResponse` so the user sees what the
    /// provider said. The body is decoded by content type; `duration` is the final attempt's.
    public func passthrough(connectionID: String, _ request: PassthroughRequest) async throws(LizaError) -> PassthroughResponse {
        let id = try Validation.connectionID(connectionID)
        let request = try Validation.validated(request)
        if !request.method.isReadOnly { try refuseIfReadOnly("passthrough \(request.method.rawValue) \(request.path)") }
        let (response, duration) = try await perform(.POST, [id, "passthrough"], body: request.json,
                                                     retry: request.method.isRepeatable ? .passthroughRead : .never)
        switch response.status {
        case 401, 403, 429:
            throw LizaError(response: response, redacting: token)
        default:
            let contentType = response.header("content-type")
            return PassthroughResponse(
                status: response.status,
                contentType: contentType,
                body: PassthroughResponse.Body(decoding: response.body, contentType: contentType),
                bytes: response.body,
                duration: duration.inSeconds
            )
        }
    }
}

extension LizaClient {
    /// This client with writes refused for `reason` (nil: allowed).
    public func refusingWrites(_ reason: String?) -> LizaClient {
        var copy = self
        copy.readOnly = reason
        return copy
    }

    /// Throws the read-only refusal for `what` when writes are refused.
    func refuseIfReadOnly(_ what: String) throws(LizaError) {
        if let readOnly { throw LizaError.readOnly(readOnly, refusing: what) }
    }
}

extension UInt8 {
    var isJSONWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}
