import OrderedJSON

/// Unwraps the response envelopes the API might use (its envelope is undocumented).
///
/// Lists: a bare array, `{data:[…]}`, `{data:[…], pagination:{total,…}}`,
/// `{items:[…], total, limit, offset, has_more}` or `{results:[…]}`.
/// Single objects: bare, or `{data:{…}}`.
public enum ResponseEnvelope {
    /// A list with whatever paging facts came with it.
    public struct List: Hashable, Sendable {
        public var items: [JSONValue]
        /// `total`, `count`, `pagination.total`, … when sent.
        public var total: Int?
        /// `has_more` when sent, or derived from `pagination.page`/`totalPages`.
        public var hasMore: Bool?
        public var limit: Int?
        public var offset: Int?

        public init(items: [JSONValue], total: Int? = nil, hasMore: Bool? = nil, limit: Int? = nil, offset: Int? = nil) {
            self.items = items; self.total = total; self.hasMore = hasMore; self.limit = limit; self.offset = offset
        }
    }

    /// Keys under which a list's items may arrive.
    static let listKeys = ["data", "items", "results"]
    /// Keys that may sit beside `data` in a single-object envelope.
    static let envelopeKeys: Set<String> = ["data", "meta", "status", "success", "ok", "message", "links", "statusCode"]

    /// The items of a list response; `what` names the list in error messages (`integrations`).
    public static func list(_ value: JSONValue, what: String) throws(LizaError) -> List {
        switch value {
        case .array(let items):
            return List(items: items)
        case .object:
            for key in listKeys {
                guard let inner = value[key] else { continue }
                if case .array(let items) = inner {
                    return paged(items, envelope: value)
                }
                // {data: {items: […]}} — one level of nesting is seen in the wild.
                if case .object = inner, let nested = try? list(inner, what: what), key == "data" {
                    return nested
                }
            }
            throw LizaError(
                kind: .decoding,
                message: "expected a list of \(what) (an array, {data:[…]}, {items:[…]} or {results:[…]}), got an object with keys \(value.keyList)"
            )
        default:
            throw LizaError(kind: .decoding, message: "expected a list of \(what), got \(value.kindDescription)")
        }
    }

    /// The object inside `{data:{…}}` when the body is such an envelope, else the body itself.
    public static func single(_ value: JSONValue) -> JSONValue {
        guard case .object(let pairs) = value, let inner = value["data"], case .object = inner,
              pairs.allSatisfy({ envelopeKeys.contains($0.key) })
        else { return value }
        return inner
    }

    private static func paged(_ items: [JSONValue], envelope: JSONValue) -> List {
        let pagination = envelope.field(anyOf: ["pagination", "meta", "paging"])
        // A count below zero means nothing (and is where overflow starts: `offset + count`
        // with `Int.min`): such a fact is dropped as if the server had not sent it.
        func count(_ value: JSONValue?, _ key: String) -> Int? { value?.integer(key).flatMap { $0 >= 0 ? $0 : nil } }
        var list = List(items: items)
        list.total = count(envelope, "total") ?? count(envelope, "total_count") ?? count(envelope, "count")
            ?? count(pagination, "total") ?? count(pagination, "total_count") ?? count(pagination, "total_items")
        list.limit = count(envelope, "limit") ?? count(pagination, "limit") ?? count(pagination, "page_size")
        list.offset = count(envelope, "offset") ?? count(pagination, "offset")
        list.hasMore = envelope.flag("has_more") ?? pagination?.flag("has_more") ?? pagination?.flag("has_next")
        if list.hasMore == nil, let page = count(pagination, "page"), let pages = count(pagination, "total_pages") {
            list.hasMore = page < pages
        }
        return list
    }
}
