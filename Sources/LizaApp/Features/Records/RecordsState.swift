import Foundation
import TUIKit
import LizaAPI
import OrderedJSON

/// The Records pane: one connection's records of one category and object type.
struct RecordsState: Hashable, Sendable {
    /// The connection whose records are shown; nil until one is opened.
    var connection: Connection?
    var category: Category?
    var objectType: String = ""
    /// Server-side search (`s`).
    var query: String?
    /// Only records updated at or after this ISO 8601 time (`u`).
    var updatedSince: String?
    /// Records per request, 1…100.
    var pageSize: Int = 50

    /// The loaded records (after filter and sort), their load, selection and filter.
    var list = ListPane(RecordRows())
    /// The column paths of the table, chosen from the first records.
    var columns: [String] = []
    var hasMore = false
    var total: Int?
    var loadingAll: LoadAllProgress?
    /// First column shown (←/→ scroll sideways; after the pinned one when a column is pinned).
    var columnOffset = 0
    /// The column layouts of every connection + object type (`C`, `<`/`>`), and the file they
    /// are kept in (nil: not kept).
    var layouts: [String: ColumnLayout] = [:]
    var layoutsFile: String?

    /// The record store's status of the collection shown (store mode), for the footer.
    var storeStatus: StoreStatus?
    /// A sync into the record store running now (`L`, `R`, `r`).
    var syncing: LoadAllProgress?
    /// The collection a sync was started for because the store held nothing of it (once).
    var autoSynced: StoreCollection?
    /// `liza --offline`: the store is browsed, nothing is fetched.
    var offline = false

    /// For lookups (enrichment): the fields asked and the one record returned.
    var lookupFields: [String: String] = [:]
    var lookupResult: JSONValue?

    init() {}

    /// The catalog entry for the current object type, if known.
    var objectInfo: ObjectType? {
        guard let category else { return nil }
        return ObjectCatalog.object(objectType, in: category)
    }

    /// True when the object type is a lookup (enrichment person/company), not a list.
    var isLookup: Bool { objectInfo?.kind == .lookup }

    /// Every loaded record, in server order.
    var rows: [RecordRow] { list.source.rows }
    var load: LoadState {
        get { list.load }
        set { list.load = newValue }
    }
    var sort: RecordSort? { list.source.sort }
    /// The record under the cursor.
    var selected: RecordRow? { list.selected }

    /// The query for the page at `offset` with the current settings (nil without a connection).
    func query(offset: Int) -> RecordQuery? {
        guard let connection, let category, !objectType.isEmpty else { return nil }
        return RecordQuery(connectionID: connection.id, category: category, objectType: objectType, limit: pageSize,
                           offset: offset, query: query, updatedSince: updatedSince)
    }

    /// True when the rows come from the record store (not held in memory).
    var usesStore: Bool { list.source.store != nil }

    /// The store's key of the collection shown.
    var storeCollection: StoreCollection? {
        guard let connection, let category, !objectType.isEmpty else { return nil }
        return StoreCollection(connectionID: connection.id, category: category, objectType: objectType)
    }

    /// Clears loaded data (new object, new connection, new query).
    mutating func resetData() {
        list.editSource { $0.replace([]); $0.resetStore() }
        list.select(position: 0)
        storeStatus = nil
        columns = []; hasMore = false; total = nil
        columnOffset = 0; loadingAll = nil; lookupResult = nil
    }

    /// "contact · 50 loaded · more available" style footer.
    func footer(keys: AppKeys) -> String {
        if isLookup { return lookupResult == nil ? "lookup" : "1 record" }
        if usesStore { return storeFooter(keys: keys) }
        let n = rows.count
        var s: String
        if let p = loadingAll {
            s = "loading all: \(p.loaded)" + (p.total.map { " of \($0)" } ?? "") + " · \(keys.key(.back, in: .global)) cancels"
        } else if hasMore {
            s = "\(n) loaded · more available"
        } else if load == .loaded || n > 0 {
            s = "all \(n) loaded"
        } else {
            s = ""
        }
        if !list.filter.isEmpty { s = "\(list.visibleCount) match · " + s }
        return s
    }
}
