/// What the store holds for one collection (for `liza cache`, and the pane's status line
/// `synced 3 min ago · 100,000 · 12 changed`).
public struct CollectionSummary: Hashable, Sendable {
    public var key: RecordCollectionKey
    public var count: Int
    /// Rows the last sync found new or changed.
    public var changed: Int
    /// When the last sync (of either kind) finished, seconds since 1970; nil before the first.
    public var syncedAt: Double?
    /// When the last complete full sync finished.
    public var fullSyncedAt: Double?
    /// The newest `updated_at` stored (UTC, `…Z`).
    public var newestUpdatedAt: String?
    /// The column paths chosen for the table (the sortable ones).
    public var columns: [String]

    public init(key: RecordCollectionKey, count: Int, changed: Int, syncedAt: Double?, fullSyncedAt: Double?,
                newestUpdatedAt: String?, columns: [String]) {
        self.key = key
        self.count = count
        self.changed = changed
        self.syncedAt = syncedAt
        self.fullSyncedAt = fullSyncedAt
        self.newestUpdatedAt = newestUpdatedAt
        self.columns = columns
    }
}
