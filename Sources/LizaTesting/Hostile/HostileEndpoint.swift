/// Which API endpoint a request to the hostile server is for, so that a misbehaviour can
/// answer each endpoint in its own terms (a list where a list is expected, and so on).
public enum HostileEndpoint: Hashable, Sendable {
    /// GET /v1/integrations
    case integrations
    /// GET /v1/integrations/connections
    case connections
    /// GET /v1/integrations/connections/{id}
    case connection(id: String)
    /// DELETE /v1/integrations/connections/{id}
    case deleteConnection(id: String)
    /// POST /v1/integrations/connect
    case connect
    /// POST /v1/integrations/callback
    case callback
    /// GET /v1/integrations/{id}/{category}/{object}
    case records(connectionID: String, category: String, object: String)
    /// POST /v1/integrations/{id}/passthrough
    case passthrough(connectionID: String)
    /// Anything else.
    case other

    /// The endpoint of `method` and `path` (below the base URL's `/api`, query string allowed).
    public init(method: String, path: String) {
        let clean = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? path
        let segments = clean.split(separator: "/").map(String.init)
        guard segments.count >= 2, segments[0] == "v1", segments[1] == "integrations" else {
            self = .other
            return
        }
        let rest = Array(segments.dropFirst(2))
        switch (method, rest.count) {
        case ("GET", 0): self = .integrations
        case ("GET", 1) where rest[0] == "connections": self = .connections
        case ("GET", 2) where rest[0] == "connections": self = .connection(id: rest[1])
        case ("DELETE", 2) where rest[0] == "connections": self = .deleteConnection(id: rest[1])
        case ("POST", 1) where rest[0] == "connect": self = .connect
        case ("POST", 1) where rest[0] == "callback": self = .callback
        case ("POST", 2) where rest[1] == "passthrough": self = .passthrough(connectionID: rest[0])
        case ("GET", 3): self = .records(connectionID: rest[0], category: rest[1], object: rest[2])
        default: self = .other
        }
    }

    /// True for the endpoints that answer with a list.
    public var isList: Bool {
        switch self {
        case .integrations, .connections: return true
        case .records(_, let category, _): return category != "enrichment"
        default: return false
        }
    }
}
