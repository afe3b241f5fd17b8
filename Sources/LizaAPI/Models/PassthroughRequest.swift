import OrderedJSON

/// The body of POST /v1/integrations/{connectionId}/passthrough.
public struct PassthroughRequest: Hashable, Sendable {
    public var method: HTTPMethod
    /// The path on the third-party system, e.g. `/crm/v3/objects/contacts`.
    public var path: String
    /// A JSON object (the body, or the query for GET) or nil.
    public var data: JSONValue?

    public init(method: HTTPMethod, path: String, data: JSONValue? = nil) {
        self.method = method
        self.path = path
        self.data = data
    }
}
