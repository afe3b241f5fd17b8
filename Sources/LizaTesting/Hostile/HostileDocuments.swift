import OrderedJSON

/// The well-formed answers the hostile server starts from: what each endpoint would send if
/// the server behaved. Content misbehaviours transform these (lace the strings, wrap the
/// envelope, duplicate keys …) so every endpoint gets a hostile version of its own shape.
enum HostileDocuments {
    static func s(_ text: String) -> JSONValue { .string(text) }
    static func n(_ literal: String) -> JSONValue { .number(literal) }
    static func o(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue { .object(pairs.map { (key: $0.key, value: $0.value) }) }

    static func integration(_ type: String, _ name: String, _ categories: [String]) -> JSONValue {
        o(["type": s(type), "name": s(name), "categories": .array(categories.map(s))])
    }

    static func connection(_ id: String) -> JSONValue {
        o([
            "id": s(id), "integration_type": s("hubspot"), "integration_name": s("HubSpot"),
            "categories": .array([s("crm"), s("ticketing")]), "status": s("active"), "external_xref": s("user-42"),
            "permissions": .array([s("crm.read")]), "created_at": s("2026-01-02T03:04:05Z"),
            "last_healthy_at": s("2026-11-01T00:00:00Z"), "is_paused": .bool(false),
        ])
    }

    static func record(_ index: Int) -> JSONValue {
        o([
            "id": s("ct-\(1000 + index)"), "name": s("Ada Lovelace \(index)"),
            "emails": .array([o(["email": s("ada\(index)@example.com"), "type": s("work")])]),
            "title": s("Engineer"), "status": s("open"), "amount": n("12.50"),
            "updated_at": s("2026-11-30T12:00:00Z"),
        ])
    }

    static var person: JSONValue {
        o(["name": s("Ada Lovelace"), "email": s("ada@example.com"), "company": s("Analytical Engines"), "title": s("Engineer")])
    }

    static var passthroughAnswer: JSONValue {
        o(["results": .array([o(["id": s("1"), "properties": o(["firstname": s("Ada"), "lastname": s("Lovelace")])])]), "paging": .null])
    }

    static var connectAnswer: JSONValue {
        o(["url": s("https://auth.example.com/authorize?state=abc123&client=liza"), "connection_id": s("conn-new")])
    }

    /// The items of a list endpoint (nil for endpoints that answer one object).
    static func items(for endpoint: HostileEndpoint) -> [JSONValue]? {
        switch endpoint {
        case .integrations:
            return [integration("hubspot", "HubSpot", ["crm", "ticketing"]), integration("zendesk", "Zendesk", ["ticketing"]),
                    integration("slack", "Slack", ["messaging"])]
        case .connections:
            return [connection("conn-1"), connection("conn-2")]
        case .records(_, let category, _) where category != "enrichment":
            return (1...5).map(record)
        default:
            return nil
        }
    }

    /// The object of a single-object endpoint.
    static func single(for endpoint: HostileEndpoint) -> JSONValue {
        switch endpoint {
        case .connection(let id), .deleteConnection(let id): return connection(id)
        case .callback: return connection("conn-1")
        case .connect: return connectAnswer
        case .passthrough: return passthroughAnswer
        case .records: return person
        default: return o(["message": s("not found")])
        }
    }

    /// The normal body of `endpoint`: lists in a `{data, has_more, total}` envelope (records)
    /// or bare (integrations, connections); single objects bare.
    static func normal(for endpoint: HostileEndpoint) -> JSONValue {
        guard let items = items(for: endpoint) else { return single(for: endpoint) }
        if case .records = endpoint {
            return o(["data": .array(items), "has_more": .bool(false), "total": n("\(items.count)")])
        }
        return .array(items)
    }
}
