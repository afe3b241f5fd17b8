import OrderedJSON

/// One page of records. Records stay ordered JSON: their shape varies by provider.
public struct RecordPage: Hashable, Sendable {
    public var records: [JSONValue]
    /// The offset this page was requested at.
    public var offset: Int
    /// The page size requested.
    public var limit: Int
    /// The total when the envelope says it (`total`, `pagination.total`), else nil.
    public var total: Int?
    /// True when more pages may follow: the envelope's `has_more` when present, else a full page.
    public var hasMore: Bool

    public init(records: [JSONValue], offset: Int, limit: Int, total: Int? = nil, hasMore: Bool) {
        self.records = records; self.offset = offset; self.limit = limit; self.total = total; self.hasMore = hasMore
    }
}
