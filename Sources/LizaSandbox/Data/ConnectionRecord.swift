import LizaAPI
import OrderedJSON

/// A connection as the sandbox stores it, including the authorization state of the connect flow.
struct ConnectionRecord: Sendable {
    enum Status: String, Sendable { case pending, active }
    /// Where a pending connection's authorization stands.
    enum Authorization: Sendable, Equatable { case waiting, approved, denied }

    let id: String
    let integration: IntegrationEntry
    /// As stored and returned: Liza names for connections made through /connect; the seeded ones
    /// use Unified's names for the four renamed categories, so clients see both spellings.
    var categories: [String]
    var externalXref: String?
    var permissions: [String]
    var status: Status
    var authorization: Authorization
    /// The `state` of the authorize URL (pending connections).
    var state: String
    var redirectURL: String?
    var createdAt: Int64
    var updatedAt: Int64
    var lastHealthyAt: Int64?
    var lastUnhealthyAt: Int64?
    var lastUnhealthyCode: String?

    /// The Liza categories the connection serves.
    var lizaCategories: [Category] { categories.compactMap { Category(parsing: $0) } }

    func json(workspace: String) -> JSONValue {
        var f: [(String, JSONValue)] = [
            ("id", JSONBuild.string(id)), ("workspace_id", JSONBuild.string(workspace)), ("integration_type", JSONBuild.string(integration.type)),
            ("integration_name", JSONBuild.string(integration.name)), ("status", JSONBuild.string(status.rawValue)), ("categories", JSONBuild.strings(categories)),
            ("permissions", JSONBuild.strings(permissions)),
        ]
        if let externalXref { f.append(("external_xref", JSONBuild.string(externalXref))) }
        f += [("environment", JSONBuild.string("Production")), ("is_paused", JSONBuild.bool(false)),
              ("created_at", JSONBuild.string(ISOTime.format(createdAt))), ("updated_at", JSONBuild.string(ISOTime.format(updatedAt)))]
        if let lastHealthyAt { f.append(("last_healthy_at", JSONBuild.string(ISOTime.format(lastHealthyAt)))) }
        if let lastUnhealthyAt { f.append(("last_unhealthy_at", JSONBuild.string(ISOTime.format(lastUnhealthyAt)))) }
        if let lastUnhealthyCode { f.append(("last_unhealthy_code", JSONBuild.string(lastUnhealthyCode))) }
        return JSONBuild.object(f)
    }

    /// The connections every sandbox starts with: one active connection per category, ids fixed
    /// by the seed. The first four are the ones the team relies on (hubspot crm, zendesk
    /// ticketing, googlecalendar calendar, googledrive storage); bamboohr is unhealthy.
    static func seeded(seed: UInt64, referenceTime: Int64) -> [ConnectionRecord] {
        let plan: [(type: String, categories: [String], daysAgo: Int64, unhealthy: String?)] = [
            ("hubspot", ["crm"], 410, nil),
            ("zendesk", ["ticketing"], 380, nil),
            ("googlecalendar", ["calendar"], 300, nil),
            ("googledrive", ["storage"], 250, nil),
            ("slack", ["messaging"], 200, nil),
            ("jira", ["task", "ticketing"], 190, nil),
            ("greenhouse", ["ats"], 150, nil),
            ("quickbooks", ["accounting"], 120, nil),
            ("shopify", ["commerce", "accounting"], 90, nil),
            ("bamboohr", ["hris"], 60, "401"),
            ("clearbit", ["enrich"], 40, nil),
            ("mailchimp", ["martech"], 20, nil),
        ]
        return plan.enumerated().compactMap { k, p in
            guard let integration = IntegrationDirectory.entry(p.type) else { return nil }
            let created = referenceTime - p.daysAgo * 86_400 + Int64(k) * 3_613
            let cats = p.categories.compactMap { Category(parsing: $0) }
            return ConnectionRecord(
                id: StableHash.uuid(seed, 0xC0_99EC, UInt64(k)), integration: integration, categories: p.categories,
                externalXref: "liza-user-\(100 + k)", permissions: integration.defaultScopes(for: cats), status: .active,
                authorization: .approved, state: "", redirectURL: nil, createdAt: created,
                updatedAt: created + 86_400 * Int64(1 + k),
                lastHealthyAt: referenceTime - 3_600 * Int64(1 + k) - (p.unhealthy == nil ? 0 : 5 * 86_400),
                lastUnhealthyAt: p.unhealthy == nil ? nil : referenceTime - 7_200,
                lastUnhealthyCode: p.unhealthy)
        }
    }
}
