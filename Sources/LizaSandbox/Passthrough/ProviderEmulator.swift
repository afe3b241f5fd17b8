import LizaAPI
import OrderedJSON

/// Answers passthrough calls the way a few real providers would, from the same generated
/// records the unified endpoints serve (so a HubSpot contact looks the same both ways).
///
/// Known: HubSpot `GET /crm/v3/objects/contacts`, Zendesk `GET /api/v2/tickets.json`,
/// Google Drive `GET /drive/v3/files` and a file download (`GET /drive/v3/files/{id}?alt=media`,
/// binary), `GET /health` on any provider (text). Other paths under a known provider prefix get
/// that provider's 404; everything else is echoed by the caller.
struct ProviderEmulator {
    let space: RecordSpace
    let connection: ConnectionRecord

    func answer(method: HTTPMethod, path rawPath: String, data: JSONValue) -> Reply? {
        let split = rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var path = String(split[0])
        if !path.hasPrefix("/") { path = "/" + path }
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        var params = split.count > 1 ? ParsedRequest.form(String(split[1])) : [:]
        if method == .GET, let pairs = data.objectValue {
            for (k, v) in pairs where params[k] == nil { params[k] = v.stringValue ?? v.serialized() }
        }

        if path == "/health", method == .GET { return .text("ok\n") }
        switch connection.integration.type {
        case "hubspot": return hubspot(method, path, params)
        case "zendesk": return zendesk(method, path, params)
        case "googledrive": return googleDrive(method, path, params)
        default: return nil
        }
    }

    // MARK: HubSpot

    private func hubspot(_ method: HTTPMethod, _ path: String, _ params: [String: String]) -> Reply? {
        guard path.hasPrefix("/crm/") else { return nil }
        guard method == .GET, path == "/crm/v3/objects/contacts" else {
            return .json(J.o([("status", J.s("error")), ("message", J.s("Unable to infer object type from: \(path)")),
                              ("correlationId", J.s(StableHash.uuid(space.seed, StableHash.string(path)))), ("category", J.s("OBJECT_NOT_FOUND"))]),
                         status: 404)
        }
        let limit = min(max(Int(params["limit"] ?? "") ?? 10, 1), 100)
        guard let after = Self.cursor(params["after"], default: 0, range: Self.offsets) else {
            return .json(J.o([("status", J.s("error")), ("message", J.s("Invalid input: after must be an integer between 0 and \(Self.offsets.upperBound)")),
                              ("correlationId", J.s(StableHash.uuid(space.seed, StableHash.string(path)))), ("category", J.s("VALIDATION_ERROR"))]),
                         status: 400)
        }
        guard let object = ObjectCatalog.object("contact", in: .crm) else { return nil }
        let end = min(space.count, after + limit)
        let results: [JSONValue] = (min(after, end)..<end).map { i in
            let r = space.record(connection: connection.id, object: object, index: i)
            let email = r["emails"]?[0]?["email"]?.stringValue
            let props = J.o([("createdate", r["created_at"] ?? .null), ("email", J.s(email)), ("firstname", r["first_name"] ?? .null),
                             ("hs_object_id", J.s(String(501 + i))), ("lastmodifieddate", r["updated_at"] ?? .null),
                             ("lastname", r["last_name"] ?? .null), ("company", r["company"] ?? .null)])
            return J.o([("id", J.s(String(501 + i))), ("properties", props), ("createdAt", r["created_at"] ?? .null),
                        ("updatedAt", r["updated_at"] ?? .null), ("archived", J.b(false))])
        }
        var body: [(String, JSONValue)] = [("results", .array(results))]
        if end < space.count {
            body.append(("paging", J.o([("next", J.o([("after", J.s(String(end))),
                                                      ("link", J.s("https://api.hubapi.com/crm/v3/objects/contacts?after=\(end)"))]))])))
        }
        return .json(J.o(body))
    }

    // MARK: Zendesk

    private func zendesk(_ method: HTTPMethod, _ path: String, _ params: [String: String]) -> Reply? {
        guard path.hasPrefix("/api/v2/") else { return nil }
        guard method == .GET, path == "/api/v2/tickets.json" || path == "/api/v2/tickets" else {
            return .json(J.o([("error", J.s("InvalidEndpoint")), ("description", J.s("Not found"))]), status: 404)
        }
        let perPage = min(max(Int(params["per_page"] ?? "") ?? 25, 1), 100)
        guard let page = Self.cursor(params["page"], default: 1, range: 1...Self.offsets.upperBound) else {
            return .json(J.o([("error", J.s("InvalidPaginationParameter")),
                              ("description", J.s("page must be an integer between 1 and \(Self.offsets.upperBound)"))]), status: 400)
        }
        guard let object = ObjectCatalog.object("ticket", in: .ticketing) else { return nil }
        let start = min((page - 1) * perPage, space.count), end = min(space.count, start + perPage)
        let tickets: [JSONValue] = (start..<end).map { i in
            let r = space.record(connection: connection.id, object: object, index: i)
            let open = r["status"]?.stringValue == "ACTIVE"
            return J.o([("url", J.s("https://acme.zendesk.example/api/v2/tickets/\(1001 + i).json")), ("id", J.i(1001 + i)),
                        ("subject", r["subject"] ?? .null), ("description", r["description"] ?? .null),
                        ("status", J.s(open ? "open" : "solved")), ("priority", r["priority"] ?? .null),
                        ("requester_id", J.i(360_000 + i % 97)), ("tags", r["tags"] ?? .array([])),
                        ("created_at", r["created_at"] ?? .null), ("updated_at", r["updated_at"] ?? .null)])
        }
        let base = "https://acme.zendesk.example/api/v2/tickets.json"
        return .json(J.o([("tickets", .array(tickets)),
                          ("next_page", end < space.count ? J.s("\(base)?page=\(page + 1)&per_page=\(perPage)") : .null),
                          ("previous_page", page > 1 ? J.s("\(base)?page=\(page - 1)&per_page=\(perPage)") : .null),
                          ("count", J.i(space.count))]))
    }

    // MARK: Google Drive

    private func googleDrive(_ method: HTTPMethod, _ path: String, _ params: [String: String]) -> Reply? {
        guard path.hasPrefix("/drive/v3/") else { return nil }
        guard let object = ObjectCatalog.object("file", in: .storage) else { return nil }
        if method == .GET, path == "/drive/v3/files" {
            let size = min(max(Int(params["pageSize"] ?? "") ?? 100, 1), 1000)
            guard let start = Self.cursor(params["pageToken"], default: 0, range: Self.offsets) else {
                return .json(J.o([("error", J.o([("code", J.i(400)), ("message", J.s("Invalid Value")),
                                                 ("errors", .array([J.o([("domain", J.s("global")), ("reason", J.s("invalid")),
                                                                         ("message", J.s("Invalid Value")), ("locationType", J.s("parameter")),
                                                                         ("location", J.s("pageToken"))])])),
                                                 ("status", J.s("INVALID_ARGUMENT"))]))]), status: 400)
            }
            let end = min(space.count, start + size)
            let files: [JSONValue] = (min(start, end)..<end).map { i in
                let r = space.record(connection: connection.id, object: object, index: i)
                return J.o([("kind", J.s("drive#file")), ("id", r["id"] ?? .null), ("name", r["name"] ?? .null), ("mimeType", r["mime_type"] ?? .null)])
            }
            var body: [(String, JSONValue)] = [("kind", J.s("drive#fileList"))]
            if end < space.count { body.append(("nextPageToken", J.s(String(end)))) }
            body += [("incompleteSearch", J.b(false)), ("files", .array(files))]
            return .json(J.o(body))
        }
        let parts = path.split(separator: "/")
        if method == .GET, parts.count == 4, parts[2] == "files" {
            let id = String(parts[3])
            let index = (0..<min(space.count, 2_000)).first { i in
                space.record(connection: connection.id, object: object, index: i)["id"]?.stringValue == id
            }
            guard let index else { return driveNotFound(id) }
            let r = space.record(connection: connection.id, object: object, index: index)
            if params["alt"] == "media" {
                guard r["type"]?.stringValue == "FILE" else {
                    return .json(J.o([("error", J.o([("code", J.i(403)), ("message", J.s("Only files with binary content can be downloaded.")),
                                                     ("status", J.s("PERMISSION_DENIED"))]))]), status: 403)
                }
                return Reply(status: 200, headers: [("Content-Type", "application/octet-stream"),
                                                    ("Content-Disposition", "attachment; filename=\"file-\(index).bin\"")],
                             body: Self.fileBytes(seed: space.seed, index: index))
            }
            return .json(J.o([("kind", J.s("drive#file")), ("id", J.s(id)), ("name", r["name"] ?? .null), ("mimeType", r["mime_type"] ?? .null),
                              ("size", r["size"].map { J.s($0.serialized()) } ?? .null), ("createdTime", r["created_at"] ?? .null),
                              ("modifiedTime", r["updated_at"] ?? .null), ("webViewLink", r["web_url"] ?? .null)]))
        }
        return driveNotFound(parts.last.map(String.init) ?? path)
    }

    /// Where a page may start: far beyond any record count, and small enough that adding a page
    /// size (or multiplying a page number by one) cannot overflow.
    static let offsets = 0...Int(Int32.max)

    /// A paging position from the caller (`after`, `page`, `pageToken`): the default when absent,
    /// nil (the caller answers 400, as the provider would) when it is not an integer in `range`.
    static func cursor(_ text: String?, default value: Int, range: ClosedRange<Int>) -> Int? {
        guard let text else { return value }
        guard let n = Int(text), range.contains(n) else { return nil }
        return n
    }

    private func driveNotFound(_ id: String) -> Reply {
        .json(J.o([("error", J.o([("code", J.i(404)), ("message", J.s("File not found: \(id).")),
                                  ("errors", .array([J.o([("message", J.s("File not found: \(id).")), ("domain", J.s("global")),
                                                          ("reason", J.s("notFound")), ("location", J.s("fileId")), ("locationType", J.s("parameter"))])])),
                                  ("status", J.s("NOT_FOUND"))]))]), status: 404)
    }

    /// Deterministic binary content: a PDF-like header and bytes across the whole 0…255 range.
    static func fileBytes(seed: UInt64, index: Int) -> [UInt8] {
        var rng = SeededRandom(seed, 0xF11E, UInt64(index))
        var bytes = Array("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        bytes += [0x00, 0xFF, 0xFE, 0x80, 0x1B, 0x07]
        bytes += (0..<(512 + index % 512)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        bytes += Array("\n%%EOF\n".utf8)
        return bytes
    }
}
