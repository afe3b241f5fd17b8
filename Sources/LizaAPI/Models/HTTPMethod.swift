/// The HTTP methods liza sends: the API's own calls and the ones passthrough accepts.
public enum HTTPMethod: String, CaseIterable, Hashable, Sendable, Codable {
    case GET, POST, PUT, PATCH, DELETE

    /// Safe to send again after a failure whose outcome is unknown (a timeout, a dropped
    /// connection, a 5xx, a 429 from somewhere we cannot tell): only GET reads without acting.
    /// (HEAD would be too, but liza never sends it and passthrough does not accept it.)
    public var isRepeatable: Bool { self == .GET }

    /// A read: the one method read-only mode lets through (passthrough has no HEAD).
    public var isReadOnly: Bool { self == .GET }
}
