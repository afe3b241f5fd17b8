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
            return .json(JSONBuild.object([("status", JSONBuild.string("error")), ("message", JSONBuild.string("Unable to infer object type from: \(path)")),
                              ("correlationId", JSONBuild.string(StableHash.uuid(space.seed, StableHash.string(path)))), ("category", JSONBuild.string("OBJECT_NOT_FOUND"))]),
                         status: 404)
        }
        let limit = min(max(Int(params["limit"] ?? "") ?? 10, 1), 100)
        guard let after = Self.cursor(params["after"], default: 0, range: Self.offsets) else {
            return .json(JSONBuild.object([("status", JSONBuild.string("error")), ("message", JSONBuild.string("Invalid input: after must be an integer between 0 and \(Self.offsets.upperBound)")),
                              ("correlationId", JSONBuild.string(StableHash.uuid(space.seed, StableHash.string(path)))), ("category", JSONBuild.string("VALIDATION_ERROR"))]),
                         status: 400)
        }
        guard let object = ObjectCatalog.object("contact", in: .crm) else { return nil }
        let end = min(space.count, after + limit)
        let results: [JSONValue] = (min(after, end)..<end).map { i in
            let r = space.record(connection: connection.id, object: object, index: i)
            let email = r["emails"]?[0]?["email"]?.stringValue
            let props = JSONBuild.object([("createdate", r["created_at"] ?? .null), ("email", JSONBuild.string(email)), ("firstname", r["first_name"] ?? .null),
                             ("hs_object_id", JSONBuild.string(String(501 + i))), ("lastmodifieddate", r["updated_at"] ?? .null),
                             ("lastname", r["last_name"] ?? .null), ("company", r["company"] ?? .null)])
            return JSONBuild.object([("id", JSONBuild.string(String(501 + i))), ("properties", props), ("createdAt", r["created_at"] ?? .null),
                        ("updatedAt", r["updated_at"] ?? .null), ("archived", JSONBuild.bool(false))])
        }
        var body: [(String, JSONValue)] = [("results", .array(results))]
        if end < space.count {
            body.append(("paging", JSONBuild.object([("next", JSONBuild.object([("after", JSONBuild.string(String(end))),
                                                      ("link", JSONBuild.string("https://api.hubapi.com/crm/v3/objects/contacts?after=\(end)"))]))])))
        }
        return .json(JSONBuild.object(body))
    }

    // MARK: Zendesk

    private func zendesk(_ method: HTTPMethod, _ path: String, _ params: [String: String]) -> Reply? {
        guard path.hasPrefix("/api/v2/") else { return nil }
        guard method == .GET, path == "/api/v2/tickets.json" || path == "/api/v2/tickets" else {
            return .json(JSONBuild.object([("error", JSONBuild.string("InvalidEndpoint")), ("description", JSONBuild.string("Not found"))]), status: 404)
        }
        let perPage = min(max(Int(params["per_page"] ?? "") ?? 25, 1), 100)
        guard let page = Self.cursor(params["page"], default: 1, range: 1...Self.offsets.upperBound) else {
            return .json(JSONBuild.object([("error", JSONBuild.string("InvalidPaginationParameter")),
                              ("description", JSONBuild.string("page must be an integer between 1 and \(Self.offsets.upperBound)"))]), status: 400)
        }
        guard let object = ObjectCatalog.object("ticket", in: .ticketing) else { return nil }
        let start = min((page - 1) * perPage, space.count), end = min(space.count, start + perPage)
        let tickets: [JSONValue] = (start..<end).map { i in
            let r = space.record(connection: connection.id, object: object, index: i)
            let open = r["status"]?.stringValue == "ACTIVE"
            return JSONBuild.object([("url", JSONBuild.string("https://acme.zendesk.example/api/v2/tickets/\(1001 + i).json")), ("id", JSONBuild.int(1001 + i)),
                        ("subject", r["subject"] ?? .null), ("description", r["description"] ?? .null),
                        ("status", JSONBuild.string(open ? "open" : "solved")), ("priority", r["priority"] ?? .null),
                        ("requester_id", JSONBuild.int(360_000 + i % 97)), ("tags", r["tags"] ?? .array([])),
                        ("created_at", r["created_at"] ?? .null), ("updated_at", r["updated_at"] ?? .null)])
        }
        let base = "https://acme.zendesk.example/api/v2/tickets.json"
        return .json(JSONBuild.object([("tickets", .array(tickets)),
                          ("next_page", end < space.count ? JSONBuild.string("\(base)?page=\(page + 1)&per_page=\(perPage)") : .null),
                          ("previous_page", page > 1 ? JSONBuild.string("\(base)?page=\(page - 1)&per_page=\(perPage)") : .null),
                          ("count", JSONBuild.int(space.count))]))
    }

    // MARK: Google Drive

    private func googleDrive(_ method: HTTPMethod, _ path: String, _ params: [String: String]) -> Reply? {
        guard path.hasPrefix("/drive/v3/") else { return nil }
        guard let object = ObjectCatalog.object("file", in: .storage) else { return nil }
        if method == .GET, path == "/drive/v3/files" {
            let size = min(max(Int(params["pageSize"] ?? "") ?? 100, 1), 1000)
            guard let start = Self.cursor(params["pageToken"], default: 0, range: Self.offsets) else {
                return .json(JSONBuild.object([("error", JSONBuild.object([("code", JSONBuild.int(400)), ("message", JSONBuild.string("Invalid Value")),
                                                 ("errors", .array([JSONBuild.object([("domain", JSONBuild.string("global")), ("reason", JSONBuild.string("invalid")),
                                                                         ("message", JSONBuild.string("Invalid Value")), ("locationType", JSONBuild.string("parameter")),
                                                                         ("location", JSONBuild.string("pageToken"))])])),
                                                 ("status", JSONBuild.string("INVALID_ARGUMENT"))]))]), status: 400)
            }
            let end = min(space.count, start + size)
            let files: [JSONValue] = (min(start, end)..<end).map { i in
                let r = space.record(connection: connection.id, object: object, index: i)
                return JSONBuild.object([("kind", JSONBuild.string("drive#file")), ("id", r["id"] ?? .null), ("name", r["name"] ?? .null), ("mimeType", r["mime_type"] ?? .null)])
            }
            var body: [(String, JSONValue)] = [("kind", JSONBuild.string("drive#fileList"))]
            if end < space.count { body.append(("nextPageToken", JSONBuild.string(String(end)))) }
            body += [("incompleteSearch", JSONBuild.bool(false)), ("files", .array(files))]
            return .json(JSONBuild.object(body))
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
                    return .json(JSONBuild.object([("error", JSONBuild.object([("code", JSONBuild.int(403)), ("message", JSONBuild.string("Only files with binary content can be downloaded.")),
                                                     ("status", JSONBuild.string("PERMISSION_DENIED"))]))]), status: 403)
                }
                return Reply(status: 200, headers: [("Content-Type", "application/octet-stream"),
                                                    ("Content-Disposition", "attachment; filename=\"file-\(index).bin\"")],
                             body: Self.fileBytes(seed: space.seed, index: index))
            }
            return .json(JSONBuild.object([("kind", JSONBuild.string("drive#file")), ("id", JSONBuild.string(id)), ("name", r["name"] ?? .null), ("mimeType", r["mime_type"] ?? .null),
                              ("size", r["size"].map { JSONBuild.string($0.serialized()) } ?? .null), ("createdTime", r["created_at"] ?? .null),
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
        .json(JSONBuild.object([("error", JSONBuild.object([("code", JSONBuild.int(404)), ("message", JSONBuild.string("File not found: \(id).")),
                                  ("errors", .array([JSONBuild.object([("message", JSONBuild.string("File not found: \(id).")), ("domain", JSONBuild.string("global")),
                                                          ("reason", JSONBuild.string("notFound")), ("location", JSONBuild.string("fileId")), ("locationType", JSONBuild.string("parameter"))])])),
                                  ("status", JSONBuild.string("NOT_FOUND"))]))]), status: 404)
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
