/// One request the hostile server read, as received.
public struct HostileRequest: Hashable, Sendable {
    public var method: String
    /// The request target as sent, e.g. `/slow-drip/api/v1/integrations?limit=50`.
    public var target: String
    /// Header names lowercased, values as sent.
    public var headers: [String: String]
    public var body: [UInt8]

    public init(method: String, target: String, headers: [String: String], body: [UInt8]) {
        self.method = method; self.target = target; self.headers = headers; self.body = body
    }

    /// The first path segment: the misbehaviour's name.
    public var behaviourName: String {
        target.split(separator: "/", omittingEmptySubsequences: true).first.map(String.init) ?? ""
    }

    /// The path below `/<behaviour>/api`, e.g. `/v1/integrations?limit=50`.
    public var apiPath: String {
        let prefix = "/" + behaviourName + "/api"
        return target.hasPrefix(prefix) ? String(target.dropFirst(prefix.count)) : target
    }

    public var endpoint: HostileEndpoint { HostileEndpoint(method: method, path: apiPath) }

    /// What the caller sent in `Authorization` (the hostile server echoes it back).
    public var authorization: String { headers["authorization"] ?? "" }
}
