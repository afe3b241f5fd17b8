import Foundation
import LizaAPI
import OrderedJSON

/// What the Records pane needs from the local record store (SQLite, in the `LizaStore` target).
/// LizaApp never imports SQLite: the shell implements this over `RecordStore` and `RecordSync`
/// and passes it in `ProgramEnvironment.recordStore`; without one (cache policy `off`, tests)
/// the pane keeps its records in memory.
///
/// Every call runs in an effect's task, never on the update loop.
public protocol RecordStoring: Sendable {
    /// One window of a collection: `limit` rows from `offset` after `filter` (case-insensitive
    /// substring of any cell) in `sort` order, with the filtered count and the collection's status
    /// (nil when the store holds nothing for it).
    func window(_ key: StoreCollection, offset: Int, limit: Int, sort: [StoreOrder], filter: String) async -> Result<StoreWindow, AppFailure>
    /// Brings the collection up to date through `fetch` (the API): incremental (`updated_gte`)
    /// unless `full` or a full sync is due; `progress` sees the records fetched so far.
    func sync(_ key: StoreCollection, full: Bool, fetch: @escaping @Sendable (RecordQuery) async throws(LizaError) -> RecordPage,
              progress: @escaping @Sendable (Int) -> Void) async -> Result<StoreSyncReport, AppFailure>
    /// Fetches the collection's first page through `fetch` and stores it, nothing more: opening
    /// an object type with nothing stored shows a page at once instead of paging through a big
    /// CRM for minutes. The collection stays incomplete (`StoreStatus.complete` false) until a
    /// `sync` reads everything.
    func syncFirstPage(_ key: StoreCollection, fetch: @escaping @Sendable (RecordQuery) async throws(LizaError) -> RecordPage) async -> Result<StoreSyncReport, AppFailure>
    /// Every row of a collection after `filter` in `sort` order (as a window reads them), handed
    /// to `body` in batches with a state it carries along; `body` returning false stops. An
    /// export streams this way: one read, nothing kept but the batch.
    func reduceRows<State: Sendable>(_ key: StoreCollection, sort: [StoreOrder], filter: String, into initial: State,
                                     _ body: @escaping @Sendable (inout State, [JSONValue]) -> Bool) async -> Result<State, AppFailure>
    /// The per-field difference of a stored record against its version before the last sync.
    func diff(_ key: StoreCollection, id: String) async -> Result<[StoreDiffField], AppFailure>
}

/// One object type of one connection, as the store keys it.
public struct StoreCollection: Hashable, Sendable {
    public var connectionID: String
    public var category: Category
    public var objectType: String

    public init(connectionID: String, category: Category, objectType: String) {
        self.connectionID = connectionID
        self.category = category
        self.objectType = objectType
    }
}

/// One sort key of a window read: the first decides, the next breaks its ties, then server order.
public struct StoreOrder: Hashable, Sendable {
    public var column: String
    public var ascending: Bool

    public init(column: String, ascending: Bool = true) {
        self.column = column
        self.ascending = ascending
    }
}

/// How the last sync found a stored record.
public enum StoreChange: Hashable, Sendable {
    case none, new, changed
}

/// A stored record as a window read returns it.
public struct StoreRow: Sendable {
    public var id: String
    public var value: JSONValue
    public var change: StoreChange

    public init(id: String, value: JSONValue, change: StoreChange) {
        self.id = id
        self.value = value
        self.change = change
    }
}

/// What the store holds for a collection: the pane's `synced 3 min ago · 100,000 · 12 changed`.
public struct StoreStatus: Hashable, Sendable {
    public var count: Int
    public var changed: Int
    /// When the last sync finished (seconds since 1970), nil before the first.
    public var syncedAt: Double?
    /// When the shell read this status (the update loop has no clock; "3 min ago" is measured
    /// against this).
    public var observedAt: Double
    /// The table's columns as the store chose them (empty before the first page).
    public var columns: [String]
    /// A full sync finished once: the store holds the whole object type (false after only the
    /// first page, or a full sync that stopped).
    public var complete: Bool

    public init(count: Int, changed: Int, syncedAt: Double?, observedAt: Double, columns: [String], complete: Bool = true) {
        self.count = count
        self.changed = changed
        self.syncedAt = syncedAt
        self.observedAt = observedAt
        self.columns = columns
        self.complete = complete
    }
}

/// One window read.
public struct StoreWindow: Sendable {
    public var rows: [StoreRow]
    /// Rows that pass the filter, or at least that many when `countIsLowerBound` (a store may
    /// stop counting a filter's matches at a cap: an exact count over a million rows takes long).
    public var count: Int
    public var countIsLowerBound: Bool
    public var status: StoreStatus?

    public init(rows: [StoreRow], count: Int, countIsLowerBound: Bool = false, status: StoreStatus?) {
        self.rows = rows
        self.count = count
        self.countIsLowerBound = countIsLowerBound
        self.status = status
    }
}

/// How a sync went.
public struct StoreSyncReport: Hashable, Sendable {
    public var full: Bool
    public var fetched: Int
    public var stored: Int
    /// Only the first page was fetched (`syncFirstPage`).
    public var firstPage: Bool

    public init(full: Bool, fetched: Int, stored: Int, firstPage: Bool = false) {
        self.full = full
        self.fetched = fetched
        self.stored = stored
        self.firstPage = firstPage
    }
}

/// One field of a per-field diff (nil: absent on that side).
public struct StoreDiffField: Hashable, Sendable {
    public var path: String
    public var before: String?
    public var after: String?

    public init(path: String, before: String?, after: String?) {
        self.path = path
        self.before = before
        self.after = after
    }
}
