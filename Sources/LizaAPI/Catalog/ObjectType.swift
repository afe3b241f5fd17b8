/// What the catalog knows about one object type of a category.
public struct ObjectType: Hashable, Sendable {
    /// How the data endpoint answers for this object type.
    public enum Kind: String, Hashable, Sendable {
        /// A paged list (`limit`, `offset`, `query`, `updated_gte`).
        case list
        /// A lookup that returns one object (enrichment person/company); takes lookup fields.
        case lookup
    }

    public let category: Category
    /// The path segment, e.g. `contact`.
    public let name: String
    public let kind: Kind
    /// Extra query parameters this object's list (or lookup) accepts beyond the common ones.
    public let filters: [String]
    /// True when the object can only be read (no create/update/delete upstream).
    public let readOnly: Bool

    public init(category: Category, name: String, kind: Kind = .list, filters: [String] = [], readOnly: Bool = false) {
        self.category = category
        self.name = name
        self.kind = kind
        self.filters = filters
        self.readOnly = readOnly
    }
}
