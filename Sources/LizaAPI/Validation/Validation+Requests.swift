/// Whole-request checks: each returns the request as it will be sent (normalized).
extension Validation {
    public static func validated(_ request: ConnectRequest) throws(LizaError) -> ConnectRequest {
        var out = request
        out.integrationType = try integrationType(request.integrationType)
        out.categories = try categories(request.categories)
        if let redirect = request.redirectURL {
            out.redirectURL = redirect.isEmpty ? nil : try redirectURL(redirect)
        }
        if let xref = request.externalXref, xref.isEmpty { out.externalXref = nil }
        out.scopes = request.scopes.filter { !$0.isEmpty }
        return out
    }

    public static func validated(_ query: RecordQuery) throws(LizaError) -> RecordQuery {
        var out = query
        out.connectionID = try connectionID(query.connectionID)
        out.objectType = try objectType(query.objectType, in: query.category)
        out.limit = try limit(query.limit)
        out.offset = try offset(query.offset)
        if let since = query.updatedSince {
            out.updatedSince = since.isEmpty ? nil : try updatedSince(since)
        }
        if let text = query.query, text.isEmpty { out.query = nil }
        out.filters = try parameters(query.filters, for: out.objectType, in: query.category)
        return out
    }

    public static func validated(_ request: PassthroughRequest) throws(LizaError) -> PassthroughRequest {
        var out = request
        out.path = try path(request.path)
        out.data = try data(request.data)
        return out
    }

    /// A lookup needs at least one non-empty field (e.g. `email` for enrichment/person).
    public static func lookupFields(_ fields: [String: String], for object: String, in category: Category) throws(LizaError) -> [String: String] {
        let nonEmpty = fields.filter { !$0.value.isEmpty }
        guard !nonEmpty.isEmpty else {
            let known = ObjectCatalog.object(object, in: category)?.filters ?? []
            let hint = known.isEmpty ? "" : " (\(known.joined(separator: ", ")))"
            throw failure(.fields, "a lookup needs at least one field\(hint)")
        }
        return try parameters(nonEmpty, for: object, in: category, field: .fields)
    }
}
