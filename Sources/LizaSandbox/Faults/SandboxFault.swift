import OrderedJSON

/// One queued failure for the next API request (`POST /_sandbox/faults` or
/// `SandboxServer.queueFaults`).
public enum SandboxFault: Sendable, Hashable {
    /// Answer with this status: a JSON error body, or a proxy's HTML page when `html`; a
    /// `Retry-After` header when `retryAfter` is given (e.g. `.status(429, retryAfter: "1")`).
    case status(Int, html: Bool = false, retryAfter: String? = nil)
    /// Close the connection without answering.
    case drop
    /// Answer 200 `application/json` with a truncated, unparsable body.
    case malformed

    /// The fault an entry of `{"queue":[…]}` describes, or a message saying what is wrong with it.
    static func parse(_ entry: JSONValue) -> Result<SandboxFault, FaultEntryError> {
        guard case .object = entry else { return .failure(.init(message: "each queue entry must be an object")) }
        if entry["drop"]?.boolValue == true { return .success(.drop) }
        if entry["malformed"]?.boolValue == true { return .success(.malformed) }
        guard let status = entry["status"]?.intValue else {
            return .failure(.init(message: "each queue entry needs \"status\" (100–599), \"drop\": true or \"malformed\": true"))
        }
        guard (100...599).contains(status) else { return .failure(.init(message: "status must be between 100 and 599 (got \(status))")) }
        let retry = entry["retry_after"].flatMap { v -> String? in v.stringValue ?? v.intValue.map(String.init) }
        return .success(.status(status, html: entry["html"]?.boolValue == true, retryAfter: retry))
    }
}

/// Why a fault-queue entry was rejected.
struct FaultEntryError: Error { let message: String }

/// One API request as the sandbox received it (`GET /_sandbox/stats`).
public struct SandboxRequestRecord: Sendable, Hashable {
    public let method: String
    /// The path as received, e.g. `/api/v1/integrations/connections`.
    public let path: String
    /// The raw query string, nil when there was none.
    public let query: String?

    public init(method: String, path: String, query: String?) {
        self.method = method; self.path = path; self.query = query
    }

    var json: JSONValue {
        var f: [(String, JSONValue)] = [("method", JSONBuild.string(method)), ("path", JSONBuild.string(path))]
        if let query { f.append(("query", JSONBuild.string(query))) }
        return JSONBuild.object(f)
    }
}
