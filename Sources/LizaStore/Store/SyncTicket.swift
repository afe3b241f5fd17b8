/// A sync in progress on one collection, from `beginSync` to `finishSync`.
public struct SyncTicket: Hashable, Sendable {
    public let key: RecordCollectionKey
    /// The sync's number; rows it writes are marked with it.
    public let generation: Int64
    /// A full sync (every page from offset 0): rows it does not see are deleted when it completes.
    public let full: Bool
}
