import LizaAPI
import OrderedJSON

extension SandboxAPI {
    /// GET /{connectionId}/{category}/{objectType}: a page of generated records, or one object
    /// for enrichment lookups.
    func records(_ req: ParsedRequest, connectionID: String, category categoryName: String, object objectName: String) async throws(APIError) -> Reply {
        guard let connection = await state.connection(connectionID) else { throw Self.unknownConnection(connectionID) }
        let category = try Self.category(categoryName)
        if let status = await state.objectFault(ObjectFault(connectionID: connectionID, category: category.rawValue, object: objectName)) {
            return Self.apply(.status(status))
        }
        try Self.requireActive(connection)
        // A connection only serves the categories it was authorized for: 403, like a scope error.
        guard connection.lizaCategories.contains(category) else {
            throw .forbidden("connection '\(connectionID)' (\(connection.integration.name)) is not authorized for category '\(category.rawValue)'; "
                + "it serves: \(connection.lizaCategories.map(\.rawValue).joined(separator: ", "))")
        }
        guard let object = ObjectCatalog.object(objectName, in: category) else {
            let known = ObjectCatalog.objects(in: category).map(\.name).joined(separator: ", ")
            let hint = ObjectCatalog.suggestion(for: objectName, in: category).map { " — did you mean '\($0.name)'?" } ?? ""
            throw .notFound("unknown object type '\(objectName)' for category \(category.rawValue)\(hint) Known: \(known)")
        }
        // The list parameters are validated for lookups too (where they do not apply), so that a
        // malformed value is a 400 on every object type, as the document promises.
        let limit = try Self.integer(req.query["limit"], name: "limit", default: 50, range: 1...100,
                                     message: "limit must be an integer between 1 and 100")
        let offset = try Self.integer(req.query["offset"], name: "offset", default: 0, range: 0...Int(Int32.max),
                                      message: "offset must be an integer between 0 and \(Int32.max)")
        var since: Int64?
        if let text = req.query["updated_gte"] {
            guard let t = ISOTime.parse(text) else {
                throw .badRequest("updated_gte must be an ISO 8601 date or date-time, e.g. 2026-01-31T00:00:00Z (got '\(text)')")
            }
            since = t
        }
        if object.kind == .lookup { return try lookup(req, connection: connection, object: object) }
        let query = req.query["query"].flatMap { $0.isEmpty ? nil : $0 }
        let mutations = await state.mutations(space.objectKey(connection: connection.id, object: object))
        let page = space.page(connection: connection.id, object: object, query: query, updatedSince: since, limit: limit, offset: offset,
                              mutations: mutations)
        return .json(envelope(page.records, total: page.total, limit: limit, offset: offset))
    }

    static func requireActive(_ connection: ConnectionRecord) throws(APIError) {
        guard connection.status == .active else {
            throw .badRequest("connection '\(connection.id)' is not finalized — open its authorization URL, approve it, "
                + "then POST /v1/integrations/callback with its connection_id")
        }
    }

    private static func integer(_ text: String?, name: String, default value: Int, range: ClosedRange<Int>, message: String) throws(APIError) -> Int {
        guard let text else { return value }
        guard let n = Int(text), range.contains(n) else { throw .badRequest("\(message) (got '\(text)')") }
        return n
    }

    /// Enrichment person/company: one object matching the lookup fields. E-mail addresses and
    /// domains ending in `.invalid` find nothing (404), so clients can exercise "no match".
    private func lookup(_ req: ParsedRequest, connection: ConnectionRecord, object: ObjectType) throws(APIError) -> Reply {
        let given = object.filters.compactMap { f in req.query[f].flatMap { $0.isEmpty ? nil : (f, $0) } }
        guard !given.isEmpty else {
            throw .badRequest("\(object.category.rawValue)/\(object.name) is a lookup: give at least one of \(object.filters.joined(separator: ", "))")
        }
        let key = given.map { "\($0.0)=\($0.1.lowercased())" }.joined(separator: "&")
        if given.contains(where: { ($0.0 == "email" || $0.0 == "domain") && $0.1.lowercased().hasSuffix(".invalid") }) {
            throw .notFound("no \(object.name) found for \(given.map { "\($0.0) '\($0.1)'" }.joined(separator: ", "))")
        }
        let index = Int(StableHash.mix(space.seed, StableHash.string(key)) % 1_000_000)
        var record = space.record(connection: connection.id, object: object, index: index)
        for (field, value) in given {
            switch (object.name, field) {
            case ("person", "email"):
                record = record.setting("emails", .array([JSONBuild.object([("email", JSONBuild.string(value)), ("type", JSONBuild.string("WORK")), ("is_verified", JSONBuild.bool(true))])]))
            case ("person", "name"), ("company", "name"):
                record = record.setting("name", JSONBuild.string(value))
                if object.name == "person" {
                    let parts = value.split(separator: " ", maxSplits: 1)
                    record = record.setting("first_name", JSONBuild.string(parts.first.map(String.init) ?? value))
                        .setting("last_name", JSONBuild.string(parts.count > 1 ? String(parts[1]) : ""))
                }
            case ("person", "linkedin_url"): record = record.setting("linkedin_url", JSONBuild.string(value))
            case ("person", "twitter"): record = record.setting("twitter_handle", JSONBuild.string(value.hasPrefix("@") ? String(value.dropFirst()) : value))
            case ("person", "company_name"): record = record.setting("company", JSONBuild.string(value))
            case ("company", "domain"): record = record.setting("domain", JSONBuild.string(value.lowercased()))
            default: break
            }
        }
        return .json(record)
    }
}
