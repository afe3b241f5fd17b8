import Foundation
import LizaAPI
import OrderedJSON

extension SandboxAPI {
    func listIntegrations() -> Reply {
        let items = IntegrationDirectory.all.map { $0.json() }
        return .json(envelope(items, total: items.count, limit: items.count, offset: 0))
    }

    func listConnections() async -> Reply {
        let items = await state.connections.map { $0.json(workspace: state.workspaceID) }
        return .json(envelope(items, total: items.count, limit: items.count, offset: 0))
    }

    func getConnection(_ id: String) async throws(APIError) -> Reply {
        guard let c = await state.connection(id) else { throw Self.unknownConnection(id) }
        return .json(c.json(workspace: state.workspaceID))
    }

    /// DELETE answers 204 No Content (as most REST APIs do for a removal); afterwards the
    /// connection is gone (404).
    func deleteConnection(_ id: String) async throws(APIError) -> Reply {
        guard await state.remove(id) else { throw Self.unknownConnection(id) }
        return .empty(status: 204)
    }

    static func unknownConnection(_ id: String) -> APIError {
        .notFound("connection '\(id)' not found — list your connections with GET /v1/integrations/connections")
    }

    /// POST /connect: validates like the real API, creates a pending connection and answers
    /// 201 with `{url, connection_id}`; `url` is this sandbox's authorize page.
    func connect(_ req: ParsedRequest, origin: String) async throws(APIError) -> Reply {
        let body = try jsonObject(req)
        guard let typeValue = body["integration_type"], !typeValue.isNull else {
            throw .badRequest("integration_type is required (e.g. \"hubspot\"; GET /v1/integrations lists them)")
        }
        guard let type = typeValue.stringValue else { throw .badRequest("integration_type must be a string") }
        guard !type.trimmingCharacters(in: .whitespaces).isEmpty else { throw .badRequest("integration_type must not be empty") }
        guard let integration = IntegrationDirectory.entry(type) else {
            let hint = IntegrationDirectory.suggestion(for: type).map { " — did you mean '\($0)'?" } ?? " — GET /v1/integrations lists the available ones"
            throw .badRequest("unknown integration_type '\(type)'\(hint)")
        }
        guard integration.isActive else {
            throw .badRequest("integration '\(integration.type)' is not enabled in this workspace")
        }
        let categories = try Self.categories(body["categories"], for: integration)
        var redirect: String?
        if let r = body["redirect_url"], !r.isNull {
            guard let text = r.stringValue, Validation.isAbsoluteHTTPURL(text) else {
                throw .badRequest("redirect_url must be an absolute http(s) URL, e.g. https://example.com/connected")
            }
            redirect = text
        }
        var xref: String?
        if let x = body["external_xref"], !x.isNull {
            guard let text = x.stringValue else { throw .badRequest("external_xref must be a string") }
            xref = text
        }
        var scopes: [String] = []
        if let s = body["scopes"], !s.isNull {
            guard let list = s.arrayValue, list.allSatisfy({ $0.stringValue != nil }) else {
                throw .badRequest("scopes must be an array of strings, e.g. [\"crm_contact_read\"]")
            }
            scopes = list.compactMap(\.stringValue)
        }
        let record = await state.createPending(integration: integration, categories: categories, redirectURL: redirect,
                                               externalXref: xref, scopes: scopes)
        let url = "\(origin)/authorize/\(Self.percentEncode(record.id))?state=\(Self.percentEncode(record.state))"
        return .json(JSONBuild.object([("url", JSONBuild.string(url)), ("connection_id", JSONBuild.string(record.id))]), status: 201)
    }

    /// POST /callback: finalizes an approved pending connection (200 with it), idempotent for an
    /// active one; 400 while not approved or when denied; 404 when unknown.
    func callback(_ req: ParsedRequest) async throws(APIError) -> Reply {
        let body = try jsonObject(req)
        guard let idValue = body["connection_id"], !idValue.isNull else { throw .badRequest("connection_id is required") }
        guard let id = idValue.stringValue, !id.isEmpty else { throw .badRequest("connection_id must be a non-empty string") }
        guard let existing = await state.connection(id) else { throw Self.unknownConnection(id) }
        if existing.status == .pending {
            switch existing.authorization {
            case .waiting:
                throw .badRequest("connection '\(id)' has not been authorized yet — open the authorization URL and approve it first")
            case .denied:
                throw .badRequest("authorization was denied for connection '\(id)' — start again with POST /v1/integrations/connect")
            case .approved:
                break
            }
        }
        guard let active = await state.activate(id) else { throw Self.unknownConnection(id) }
        return .json(active.json(workspace: state.workspaceID))
    }

    /// Liza's category names (case-insensitive); Unified's spellings get a pointed suggestion.
    static func category(_ name: String) throws(APIError) -> Category {
        if let c = Category(rawValue: name.lowercased()) { return c }
        let known = Category.allCases.map(\.rawValue).joined(separator: ", ")
        if let s = Category.suggestion(for: name) {
            throw .badRequest("unknown category '\(name)' — did you mean '\(s.rawValue)'? Categories: \(known)")
        }
        throw .badRequest("unknown category '\(name)'. Categories: \(known)")
    }

    private static func categories(_ value: JSONValue?, for integration: IntegrationEntry) throws(APIError) -> [Category] {
        guard let value, !value.isNull else {
            throw .badRequest("categories is required: an array with at least one of \(Category.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let list = value.arrayValue else { throw .badRequest("categories must be an array of category names") }
        guard !list.isEmpty else { throw .badRequest("categories must contain at least one category") }
        var out: [Category] = []
        for item in list {
            guard let name = item.stringValue else { throw .badRequest("categories must be an array of strings") }
            let c = try category(name)
            if !out.contains(c) { out.append(c) }
        }
        let unsupported = out.filter { !integration.categories.contains($0) }
        guard unsupported.isEmpty else {
            throw .badRequest("integration '\(integration.type)' does not support \(unsupported.map(\.rawValue).joined(separator: ", ")); "
                + "it supports: \(integration.categories.map(\.rawValue).joined(separator: ", "))")
        }
        return out
    }

    /// Percent-encodes a query value or path segment (unreserved characters stay).
    static func percentEncode(_ s: String) -> String {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return s.addingPercentEncoding(withAllowedCharacters: unreserved) ?? s
    }
}
