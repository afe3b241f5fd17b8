import OrderedJSON

/// An integration that can be connected (GET /v1/integrations).
public struct Integration: Hashable, Sendable {
    /// The provider id, e.g. `hubspot`. Used as `integration_type` in /connect.
    public var type: String
    public var name: String
    /// Categories in Liza's names (Unified names are mapped); categories we do not know
    /// (e.g. `passthrough`, `auth`) are in `otherCategories`.
    public var categories: [Category]
    public var otherCategories: [String]
    /// The full object as received, unknown fields included.
    public var raw: JSONValue

    public init(type: String, name: String, categories: [Category], otherCategories: [String] = [], raw: JSONValue = .null) {
        self.type = type
        self.name = name
        self.categories = categories
        self.otherCategories = otherCategories
        self.raw = raw
    }
}
