import OrderedJSON

/// One record as stored: its JSON text and what the last sync saw happen to it.
public struct StoredRecord: Hashable, Sendable {
    /// How the last sync found a record.
    public enum Change: Hashable, Sendable {
        /// Unchanged (or stored by the first sync).
        case none
        /// Not in the store before the last sync.
        case new
        /// Its JSON differs from the stored version (kept as `previousJSON`).
        case changed
    }

    /// The record's `id` (as text), or `#position` when it has none.
    public var id: String
    /// The record as the server sent it (compact JSON).
    public var json: String
    /// `updated_at` normalized to UTC (`…Z`), when the record has one.
    public var updatedAt: String?
    public var change: Change
    /// The version before the last change, for a per-field diff.
    public var previousJSON: String?

    public init(id: String, json: String, updatedAt: String?, change: Change, previousJSON: String?) {
        self.id = id
        self.json = json
        self.updatedAt = updatedAt
        self.change = change
        self.previousJSON = previousJSON
    }

    /// The parsed record (nil if the stored text is not JSON, which the store never writes).
    public var value: JSONValue? { try? JSONValue.parse(json) }

    /// The parsed previous version.
    public var previousValue: JSONValue? { previousJSON.flatMap { try? JSONValue.parse($0) } }
}
