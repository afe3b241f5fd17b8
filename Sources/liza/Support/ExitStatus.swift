import LizaAPI

/// liza's exit codes, stable for scripts.
///
/// | code | meaning |
/// |---|---|
/// | 0 | success |
/// | 1 | the API answered with an error (404, 400 from the server, 5xx, unreadable response; passthrough non-2xx) |
/// | 2 | usage or validation: bad arguments, rejected before anything was sent, bad configuration |
/// | 3 | authentication: no token, 401 or 403 |
/// | 4 | network: could not connect, connection dropped, timeout |
/// | 5 | still rate limited (429) after the retries allowed |
/// | 130 | interrupted |
/// | 128 + N | stopped by signal N (SIGHUP 129, SIGINT 130, SIGTERM 143) after restoring the terminal |
enum ExitStatus {
    static let ok: Int32 = 0
    static let apiError: Int32 = 1
    static let usage: Int32 = 2
    static let auth: Int32 = 3
    static let network: Int32 = 4
    static let rateLimited: Int32 = 5
    static let interrupted: Int32 = 130

    /// The exit code for an API client error.
    static func code(for error: LizaError) -> Int32 {
        switch error.kind {
        case .auth, .forbidden: return auth
        // A validation error without a status was caught before sending: the caller's input.
        case .validation: return error.status == nil ? usage : apiError
        case .notFound, .server, .decoding: return apiError
        case .rateLimited: return rateLimited
        case .network, .timeout: return network
        case .cancelled: return interrupted
        case .configuration: return usage
        }
    }
}
