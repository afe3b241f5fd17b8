import OrderedJSON

/// A connection to a third-party system (GET /v1/integrations/connections[/{id}]).
public struct Connection: Hashable, Sendable {
    public var id: String
    public var integrationType: String
    public var integrationName: String?
    /// Liza's names (Unified's `hris`, `commerce`, … are mapped).
    public var categories: [Category]
    public var otherCategories: [String]
    public var externalXref: String?
    public var permissions: [String]
    /// `status` as sent (the sandbox sends `pending` or `active`); nil when absent.
    public var status: String?
    public var createdAt: String?
    public var updatedAt: String?
    public var lastHealthyAt: String?
    public var lastUnhealthyAt: String?
    public var lastUnhealthyCode: String?
    public var isPaused: Bool?
    /// The full object as received, unknown fields included.
    public var raw: JSONValue

    public init(
        id: String, integrationType: String, integrationName: String? = nil, categories: [Category] = [],
        otherCategories: [String] = [], externalXref: String? = nil, permissions: [String] = [], status: String? = nil,
        createdAt: String? = nil, updatedAt: String? = nil, lastHealthyAt: String? = nil, lastUnhealthyAt: String? = nil,
        lastUnhealthyCode: String? = nil, isPaused: Bool? = nil, raw: JSONValue = .null
    ) {
        self.id = id; self.integrationType = integrationType; self.integrationName = integrationName
        self.categories = categories; self.otherCategories = otherCategories; self.externalXref = externalXref
        self.permissions = permissions; self.status = status; self.createdAt = createdAt; self.updatedAt = updatedAt
        self.lastHealthyAt = lastHealthyAt; self.lastUnhealthyAt = lastUnhealthyAt; self.lastUnhealthyCode = lastUnhealthyCode
        self.isPaused = isPaused; self.raw = raw
    }

    /// True when the connection was started with /connect but not yet finalized with /callback.
    public var isPending: Bool { status?.lowercased() == "pending" }

    /// `healthy`, `unhealthy (401)` or nil when the API says nothing about health.
    public var health: String? {
        if let bad = lastUnhealthyAt, bad > (lastHealthyAt ?? "") {
            return lastUnhealthyCode.map { "unhealthy (\($0))" } ?? "unhealthy"
        }
        return lastHealthyAt == nil ? nil : "healthy"
    }
}
