/// What a finished sync did to the store.
public struct SyncOutcome: Hashable, Sendable {
    /// Rows the sync found new (not stored before) — 0 on a first sync, which marks nothing.
    public var new: Int
    /// Rows whose JSON changed.
    public var changed: Int
    /// Ids of rows a complete full sync did not see any more (now removed).
    public var deleted: [String]
}
