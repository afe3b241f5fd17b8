import OrderedJSON

extension ConnectRequest {
    /// The JSON body: `integration_type`, `categories` (Liza names), and the optional fields
    /// only when set.
    public var json: JSONValue {
        var pairs: [(key: String, value: JSONValue)] = [
            (key: "integration_type", value: .string(integrationType)),
            (key: "categories", value: .array(categories.map { .string($0.rawValue) })),
        ]
        if let redirectURL { pairs.append((key: "redirect_url", value: .string(redirectURL))) }
        if let externalXref { pairs.append((key: "external_xref", value: .string(externalXref))) }
        if !scopes.isEmpty { pairs.append((key: "scopes", value: .array(scopes.map { .string($0) }))) }
        return .object(pairs)
    }
}

extension PassthroughRequest {
    /// The JSON body `{method, path, data}`; `data` is `null` when absent.
    public var json: JSONValue {
        .object([
            (key: "method", value: .string(method.rawValue)),
            (key: "path", value: .string(path)),
            (key: "data", value: data ?? .null),
        ])
    }
}

extension RecordQuery {
    /// Query parameters in a fixed order: `limit`, `offset`, `query`, `updated_gte`, then the
    /// filters sorted by name.
    public var queryItems: [(name: String, value: String)] {
        var items: [(name: String, value: String)] = [(name: "limit", value: String(limit)), (name: "offset", value: String(offset))]
        if let query { items.append((name: "query", value: query)) }
        if let updatedSince { items.append((name: "updated_gte", value: updatedSince)) }
        for (name, value) in filters.sorted(by: { $0.key < $1.key }) {
            items.append((name: name, value: value))
        }
        return items
    }
}
