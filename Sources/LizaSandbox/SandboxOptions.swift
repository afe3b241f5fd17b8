/// Everything that shapes one sandbox instance: where it listens, the token it accepts, how much
/// data it serves and which faults it injects.
///
/// All values have the defaults of `liza sandbox` without flags. Options are plain values so a
/// test can start several differently-configured sandboxes in one process.
public struct SandboxOptions: Sendable, Hashable {
    /// How list endpoints (integrations, connections, records) wrap their arrays.
    public enum Envelope: String, Sendable, Hashable, CaseIterable {
        /// A bare JSON array, as Unified.to answers.
        case bare
        /// `{"data":[…],"pagination":{"total":…,"limit":…,"offset":…}}`, Liza's generic envelope.
        case data
        /// `{"items":[…],"total":…,"limit":…,"offset":…,"has_more":…}`, the MCP server's envelope.
        case items
    }

    /// The address to bind. Only loopback makes sense for an emulator.
    public var host: String
    /// The port to bind; 0 picks a free one (see `SandboxServer.port`).
    public var port: Int
    /// The only bearer token the sandbox accepts.
    public var token: String
    /// Seeds every generated value (ids, records, injected faults).
    public var seed: UInt64
    /// How many records each object type of each connection has.
    public var recordsPerObject: Int
    /// Added to every API request before it is answered.
    public var latencyMilliseconds: Int
    /// Up to this much more (uniformly, seeded) is added to the latency.
    public var latencyJitterMilliseconds: Int
    /// The share (0…1) of API requests answered with a random 500, 502 or 503.
    public var errorRate: Double
    /// The share (0…1) of API requests whose connection is closed without an answer.
    public var dropRate: Double
    /// Laces some records with terminal escapes, bidi overrides, huge fields and wrong types.
    public var hostile: Bool
    /// The list envelope.
    public var envelope: Envelope
    /// Requests per minute per token before 429 (sliding window); 0 disables the limit.
    public var rateLimitPerMinute: Int
    /// Where Hummingbird's and the sandbox's log lines go; nil means nowhere (the TUI owns the
    /// terminal, so nothing may ever print).
    public var logFile: String?
    /// "Now" for the generated data, in seconds since 1970 (UTC). Fixed by default so that data
    /// is identical across runs and days; records spread over the two years before it.
    public var referenceTime: Int64
    /// Serve https with this certificate chain (PEM file); needs `tlsKeyFile` too. HTTP/2 is
    /// offered through ALPN, HTTP/1.1 otherwise.
    public var tlsCertificateFile: String?
    /// The private key (PEM file) of `tlsCertificateFile`.
    public var tlsKeyFile: String?

    /// True when the sandbox serves https.
    public var usesTLS: Bool { tlsCertificateFile != nil }

    /// 2026-11-01T00:00:00Z: the default "now" of the generated data.
    public static let defaultReferenceTime: Int64 = 1_793_491_200

    public init(
        host: String = "127.0.0.1", port: Int = 0, token: String = "demo", seed: UInt64 = 42,
        recordsPerObject: Int = 250, latencyMilliseconds: Int = 0, latencyJitterMilliseconds: Int = 0,
        errorRate: Double = 0, dropRate: Double = 0, hostile: Bool = false, envelope: Envelope = .bare,
        rateLimitPerMinute: Int = 240, logFile: String? = nil, referenceTime: Int64 = SandboxOptions.defaultReferenceTime,
        tlsCertificateFile: String? = nil, tlsKeyFile: String? = nil
    ) {
        self.tlsCertificateFile = tlsCertificateFile; self.tlsKeyFile = tlsKeyFile
        self.host = host; self.port = port; self.token = token; self.seed = seed
        self.recordsPerObject = recordsPerObject; self.latencyMilliseconds = latencyMilliseconds
        self.latencyJitterMilliseconds = latencyJitterMilliseconds; self.errorRate = errorRate
        self.dropRate = dropRate; self.hostile = hostile; self.envelope = envelope
        self.rateLimitPerMinute = rateLimitPerMinute; self.logFile = logFile; self.referenceTime = referenceTime
    }

    /// The first problem with these options, in the words of the matching `liza sandbox` flag, or
    /// nil when they are usable.
    public var problem: String? {
        if !(0...65_535).contains(port) { return "--port must be between 0 and 65535 (got \(port))" }
        if token.isEmpty { return "--token must not be empty" }
        if token.contains(where: { $0.isWhitespace || $0.isNewline }) { return "--token must not contain spaces" }
        if !(0...100_000_000).contains(recordsPerObject) {
            return "--records must be between 0 and 100000000 (got \(recordsPerObject))"
        }
        if latencyMilliseconds < 0 || latencyJitterMilliseconds < 0 { return "--latency must not be negative" }
        if latencyMilliseconds > 600_000 || latencyJitterMilliseconds > 600_000 { return "--latency must be at most 600000 ms" }
        if !(0...1).contains(errorRate) || errorRate.isNaN { return "--error-rate must be between 0 and 1 (got \(errorRate))" }
        if !(0...1).contains(dropRate) || dropRate.isNaN { return "--drop-rate must be between 0 and 1 (got \(dropRate))" }
        if rateLimitPerMinute < 0 { return "--rate-limit must be 0 (off) or more (got \(rateLimitPerMinute))" }
        if let logFile, logFile.isEmpty { return "--log-file must not be empty" }
        if (tlsCertificateFile == nil) != (tlsKeyFile == nil) { return "--tls-cert and --tls-key go together" }
        return nil
    }
}
