/// What to read from GET /v1/integrations/{connectionId}/{category}/{objectType}.
public struct RecordQuery: Hashable, Sendable {
    public var connectionID: String
    public var category: Category
    /// The object type path segment, e.g. `contact` (unknown names are allowed).
    public var objectType: String
    /// 1–100; the API's default is 50.
    public var limit: Int
    public var offset: Int
    /// Server-side search (name/email/subject, provider-specific).
    public var query: String?
    /// ISO 8601 timestamp; only records updated at or after it.
    public var updatedSince: String?
    /// Extra object-specific filters (see `ObjectCatalog`), sent as query parameters.
    public var filters: [String: String]

    public init(connectionID: String, category: Category, objectType: String, limit: Int = 50, offset: Int = 0,
                query: String? = nil, updatedSince: String? = nil, filters: [String: String] = [:]) {
        self.connectionID = connectionID; self.category = category; self.objectType = objectType
        self.limit = limit; self.offset = offset; self.query = query; self.updatedSince = updatedSince; self.filters = filters
    }
}
