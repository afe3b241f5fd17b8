/// What the browser's return to the redirect URL must match: the pending connection it
/// belongs to, and the `state` of its authorization URL when that URL carried one.
public struct RedirectExpectation: Hashable, Sendable {
    public var connectionID: String
    /// The `state` query parameter of the authorization URL, nil when it had none (then a
    /// `state` on the redirect cannot be checked and is ignored).
    public var state: String?

    public init(connectionID: String, state: String?) {
        self.connectionID = connectionID
        self.state = state
    }

    /// The expectation for a connect response: its id, and the `state` of its URL if any.
    public init(connectionID: String, authorizationURL: String) {
        self.init(connectionID: connectionID, state: URLQuery.value("state", in: authorizationURL))
    }
}
