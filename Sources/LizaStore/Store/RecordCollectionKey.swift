import LizaAPI

/// One object type of one connection: the unit the store syncs, sorts and counts.
public struct RecordCollectionKey: Hashable, Sendable, CustomStringConvertible {
    public var connectionID: String
    public var category: String
    public var objectType: String

    public init(connectionID: String, category: String, objectType: String) {
        self.connectionID = connectionID
        self.category = category
        self.objectType = objectType
    }

    /// The collection a record query reads.
    public init(_ query: RecordQuery) {
        self.init(connectionID: query.connectionID, category: query.category.rawValue, objectType: query.objectType)
    }

    public var description: String { "\(connectionID) \(category) \(objectType)" }
}
