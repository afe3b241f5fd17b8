import LizaAPI
import OrderedJSON

/// The OpenAPI 3.0 description of the eight endpoints exactly as the sandbox implements them
/// (served at `/openapi.json` and `/api/openapi.json`).
///
/// The document follows the running sandbox: list responses take the shape of its `--envelope`,
/// and the examples name its seeded connections, so a client (or a fuzzer) that reads the
/// examples reaches real data. The test-only `/_sandbox/…` controls are deliberately absent.
struct OpenAPIDocument {
    /// The absolute base URL of the API (`http://127.0.0.1:PORT/api`).
    let serverURL: String
    let envelope: SandboxOptions.Envelope
    /// An active seeded connection (hubspot, crm) used in the examples; nil leaves them out.
    let exampleConnectionID: String?

    static func make(serverURL: String, envelope: SandboxOptions.Envelope = .bare, exampleConnectionID: String? = nil) -> JSONValue {
        OpenAPIDocument(serverURL: serverURL, envelope: envelope, exampleConnectionID: exampleConnectionID).json
    }

    var json: JSONValue {
        JSONBuild.object([
            ("openapi", JSONBuild.string("3.0.3")),
            ("info", JSONBuild.object([("title", JSONBuild.string("Liza Integrations API (sandbox)")), ("version", JSONBuild.string("1.0.0")),
                          ("description", JSONBuild.string("Local emulator of the Liza Integrations API (on Unified.to). " + envelopeNote))])),
            ("servers", .array([JSONBuild.object([("url", JSONBuild.string(serverURL))])])),
            ("security", .array([JSONBuild.object([("bearerAuth", .array([]))])])),
            ("paths", paths),
            ("components", Self.components),
        ])
    }

    private var envelopeNote: String {
        switch envelope {
        case .bare: return "Lists are bare JSON arrays (this sandbox runs with --envelope bare)."
        case .data: return "Lists are wrapped as {data, pagination} (this sandbox runs with --envelope data)."
        case .items: return "Lists are wrapped as {items, total, limit, offset, has_more} (this sandbox runs with --envelope items)."
        }
    }

    private static func ref(_ name: String) -> JSONValue { JSONBuild.object([("$ref", JSONBuild.string("#/components/schemas/\(name)"))]) }
    private static func errorRef(_ name: String) -> JSONValue { JSONBuild.object([("$ref", JSONBuild.string("#/components/responses/\(name)"))]) }

    private static func jsonContent(_ schema: JSONValue) -> JSONValue {
        JSONBuild.object([("application/json", JSONBuild.object([("schema", schema)]))])
    }

    private static func ok(_ description: String, _ schema: JSONValue) -> JSONValue {
        JSONBuild.object([("description", JSONBuild.string(description)), ("content", jsonContent(schema))])
    }

    private static func errors(_ codes: [Int]) -> [(String, JSONValue)] {
        codes.map { code in
            let name: String
            switch code {
            case 400: name = "BadRequest"
            case 401: name = "Unauthorized"
            case 403: name = "Forbidden"
            case 404: name = "NotFound"
            case 413: name = "PayloadTooLarge"
            default: name = "TooManyRequests"
            }
            return (String(code), errorRef(name))
        }
    }

    /// One operation; `body` is the JSON request body's schema and an optional example (set on
    /// the media type, because OpenAPI 3.0 ignores siblings of a `$ref`).
    private static func operation(_ id: String, _ summary: String, _ parameters: [JSONValue], _ body: (schema: JSONValue, example: JSONValue?)?,
                                  _ responses: [(String, JSONValue)]) -> JSONValue {
        var f: [(String, JSONValue)] = [("operationId", JSONBuild.string(id)), ("summary", JSONBuild.string(summary)), ("tags", JSONBuild.strings(["integrations"]))]
        if !parameters.isEmpty { f.append(("parameters", .array(parameters))) }
        if let body {
            var media: [(String, JSONValue)] = [("schema", body.schema)]
            if let example = body.example { media.append(("example", example)) }
            f.append(("requestBody", JSONBuild.object([("required", JSONBuild.bool(true)), ("content", JSONBuild.object([("application/json", JSONBuild.object(media))]))])))
        }
        f.append(("responses", JSONBuild.object(responses)))
        return JSONBuild.object(f)
    }

    private static func pathParam(_ name: String, _ description: String, _ schema: JSONValue = JSONBuild.object([("type", JSONBuild.string("string")), ("minLength", JSONBuild.int(1))])) -> JSONValue {
        JSONBuild.object([("name", JSONBuild.string(name)), ("in", JSONBuild.string("path")), ("required", JSONBuild.bool(true)), ("description", JSONBuild.string(description)), ("schema", schema)])
    }

    private static func queryParam(_ name: String, _ description: String, _ schema: JSONValue) -> JSONValue {
        JSONBuild.object([("name", JSONBuild.string(name)), ("in", JSONBuild.string("query")), ("required", JSONBuild.bool(false)), ("description", JSONBuild.string(description)), ("schema", schema)])
    }

    private static var connectionID: JSONValue { pathParam("connectionId", "A connection id (UUID)") }

    /// The connection id parameter with the seeded example connection (for reads; a DELETE
    /// example would make every client that tries it lose that connection).
    private var exampleConnection: JSONValue {
        guard let exampleConnectionID else { return Self.connectionID }
        return Self.connectionID.setting("example", JSONBuild.string(exampleConnectionID))
    }

    /// A parameter with an `example`, when the sandbox has one to give.
    private func example(_ parameter: JSONValue, _ value: JSONValue?) -> JSONValue {
        guard let value else { return parameter }
        return parameter.setting("example", value)
    }

    private var paths: JSONValue {
        let categoryEnum = JSONBuild.object([("type", JSONBuild.string("string")), ("enum", JSONBuild.strings(Category.allCases.map(\.rawValue)))])
        let objectTypes = Array(Set(ObjectCatalog.all.map(\.name))).sorted()
        let ok = Self.ok, errors = Self.errors, operation = Self.operation, ref = Self.ref
        let pathParam = Self.pathParam, queryParam = Self.queryParam
        let connectExample = JSONBuild.object([("integration_type", JSONBuild.string("hubspot")), ("categories", JSONBuild.strings(["crm"])),
                                  ("redirect_url", JSONBuild.string("http://127.0.0.1:8976/connected")), ("external_xref", JSONBuild.string("user-42"))])
        let passthroughExample = JSONBuild.object([("method", JSONBuild.string("GET")), ("path", JSONBuild.string("/crm/v3/objects/contacts")), ("data", JSONBuild.object([("limit", JSONBuild.int(10))]))])
        return JSONBuild.object([
            ("/v1/integrations", JSONBuild.object([("get", operation("listIntegrations", "Available integrations", [], nil,
                [("200", ok("Integrations", list(ref("Integration"))))] + errors([401, 429])))])),
            ("/v1/integrations/connections", JSONBuild.object([("get", operation("listConnections", "Your connections (pending ones included)", [], nil,
                [("200", ok("Connections", list(ref("Connection"))))] + errors([401, 429])))])),
            ("/v1/integrations/connect", JSONBuild.object([("post", operation("connect", "Start the connection flow",
                [], (ref("ConnectRequest"), connectExample),
                [("201", ok("A pending connection and the URL to authorize it at", ref("ConnectResponse")))] + errors([400, 401, 413, 429])))])),
            ("/v1/integrations/callback", JSONBuild.object([("post", operation("callback",
                "Finalize an authorized connection (400 while it is not approved yet, or when it was denied)", [],
                (ref("CallbackRequest"), exampleConnectionID.map { JSONBuild.object([("connection_id", JSONBuild.string($0))]) }),
                [("200", ok("The now active connection", ref("Connection")))] + errors([400, 401, 404, 413, 429])))])),
            ("/v1/integrations/connections/{connectionId}", JSONBuild.object([
                ("get", operation("getConnection", "Retrieve a connection", [exampleConnection], nil,
                    [("200", ok("The connection", ref("Connection")))] + errors([401, 404, 429]))),
                ("delete", operation("deleteConnection", "Remove a connection", [Self.connectionID], nil,
                    [("204", JSONBuild.object([("description", JSONBuild.string("Removed"))]))] + errors([401, 404, 429]))),
            ])),
            ("/v1/integrations/{connectionId}/{category}/{objectType}", JSONBuild.object([("get", operation("listRecords",
                "Retrieve data (400 for a connection that is not finalized, and for an enrichment lookup without any lookup field)",
                [
                    exampleConnection,
                    example(pathParam("category", "One of the twelve categories", categoryEnum), exampleConnectionID.map { _ in JSONBuild.string("crm") }),
                    example(pathParam("objectType", "An object type of the category (enrichment person/company are lookups returning one object)",
                                      JSONBuild.object([("type", JSONBuild.string("string")), ("enum", JSONBuild.strings(objectTypes))])), exampleConnectionID.map { _ in JSONBuild.string("contact") }),
                    queryParam("limit", "Page size", JSONBuild.object([("type", JSONBuild.string("integer")), ("minimum", JSONBuild.int(1)), ("maximum", JSONBuild.int(100)), ("default", JSONBuild.int(50))])),
                    queryParam("offset", "Records to skip", JSONBuild.object([("type", JSONBuild.string("integer")), ("minimum", JSONBuild.int(0)), ("maximum", JSONBuild.int(Int(Int32.max))),
                                                                 ("default", JSONBuild.int(0))])),
                    queryParam("query", "Case-insensitive search in name, e-mail, subject or title", JSONBuild.object([("type", JSONBuild.string("string"))])),
                    queryParam("updated_gte", "Only records updated at or after this ISO 8601 time",
                               JSONBuild.object([("type", JSONBuild.string("string")), ("format", JSONBuild.string("date-time"))])),
                    queryParam("email", "Enrichment person lookup", JSONBuild.object([("type", JSONBuild.string("string"))])),
                    queryParam("name", "Enrichment person/company lookup", JSONBuild.object([("type", JSONBuild.string("string"))])),
                    queryParam("linkedin_url", "Enrichment person lookup", JSONBuild.object([("type", JSONBuild.string("string"))])),
                    queryParam("twitter", "Enrichment person lookup", JSONBuild.object([("type", JSONBuild.string("string"))])),
                    queryParam("company_name", "Enrichment person lookup", JSONBuild.object([("type", JSONBuild.string("string"))])),
                    queryParam("domain", "Enrichment company lookup", JSONBuild.object([("type", JSONBuild.string("string"))])),
                ], nil,
                [("200", ok("A page of records, or one object for enrichment lookups",
                            // anyOf, not oneOf: with an envelope the page is an object too, which also satisfies Record.
                            JSONBuild.object([("anyOf", .array([list(ref("Record")), ref("Record")]))])))] + errors([400, 401, 403, 404, 429])))])),
            ("/v1/integrations/{connectionId}/passthrough", JSONBuild.object([("post", operation("passthrough",
                "Raw call to the third-party system (400 for a connection that is not finalized)",
                [exampleConnection], (ref("PassthroughRequest"), exampleConnectionID.map { _ in passthroughExample }),
                [("200", Self.providerAnswer("The provider's raw answer: JSON, text or binary")),
                 ("400", Self.providerError("A bad request or a connection not finalized (the API's error body), or the provider's own 400 "
                     + "(its raw body, e.g. a paging value out of range)", status: 400))] + errors([401])
                    + [("403", Self.providerError("The provider refused (its own error body, e.g. Google Drive's)", status: nil)),
                       ("404", Self.providerError("Unknown connection (the API's error body), or the provider's own 404 (its raw body)", status: 404))]
                    + errors([413, 429])
                    + [("default", Self.providerAnswer("Any other status the provider answers with, and its raw body"))]))])),
        ])
    }

    /// A passthrough answer: whatever the provider sent, with its content type.
    private static func providerAnswer(_ description: String) -> JSONValue {
        JSONBuild.object([("description", JSONBuild.string(description)),
             ("content", JSONBuild.object([("application/json", JSONBuild.object([("schema", JSONBuild.object([]))])),
                              ("text/plain", JSONBuild.object([("schema", JSONBuild.object([("type", JSONBuild.string("string"))]))])),
                              ("application/octet-stream", JSONBuild.object([("schema", JSONBuild.object([("type", JSONBuild.string("string")), ("format", JSONBuild.string("binary"))]))]))]))])
    }

    /// A passthrough error status both the API and the provider can answer with: the API's
    /// error body (when `status` is the API's own) or any JSON object from the provider.
    private static func providerError(_ description: String, status: Int?) -> JSONValue {
        let provider = JSONBuild.object([("type", JSONBuild.string("object")), ("description", JSONBuild.string("The provider's error body, as it sent it"))])
        let schema = status == nil ? provider : JSONBuild.object([("anyOf", .array([ref("Error"), provider]))])
        return JSONBuild.object([("description", JSONBuild.string(description)), ("content", jsonContent(schema))])
    }

    /// A list response in this sandbox's envelope.
    private func list(_ items: JSONValue) -> JSONValue {
        let integer = JSONBuild.object([("type", JSONBuild.string("integer")), ("minimum", JSONBuild.int(0))])
        switch envelope {
        case .bare:
            return Self.arrayOf(items)
        case .data:
            return JSONBuild.object([("type", JSONBuild.string("object")), ("required", JSONBuild.strings(["data", "pagination"])),
                        ("properties", JSONBuild.object([("data", Self.arrayOf(items)),
                                            ("pagination", JSONBuild.object([("type", JSONBuild.string("object")), ("required", JSONBuild.strings(["total", "limit", "offset"])),
                                                                ("properties", JSONBuild.object([("total", integer), ("limit", integer), ("offset", integer)]))]))]))])
        case .items:
            return JSONBuild.object([("type", JSONBuild.string("object")), ("required", JSONBuild.strings(["items", "total", "limit", "offset", "has_more"])),
                        ("properties", JSONBuild.object([("items", Self.arrayOf(items)), ("total", integer), ("limit", integer), ("offset", integer),
                                            ("has_more", JSONBuild.object([("type", JSONBuild.string("boolean"))]))]))])
        }
    }

    /// One alternative per enabled integration, each with the categories that integration
    /// supports: the sandbox rejects any other pairing with a 400, so the schema says so.
    private static var connectRequest: JSONValue {
        let optional: [(String, JSONValue)] = [
            ("redirect_url", str([("nullable", JSONBuild.bool(true)), ("format", JSONBuild.string("uri")), ("pattern", JSONBuild.string(Validation.redirectURLPattern)),
                                  ("description", JSONBuild.string("Absolute http(s) URL the browser is sent to after Approve/Deny (id/state or error appended)"))])),
            ("external_xref", str([("nullable", JSONBuild.bool(true))])),
            ("scopes", arrayOf(str()).setting("nullable", JSONBuild.bool(true))),
        ]
        let alternatives = IntegrationDirectory.all.filter(\.isActive).map { integration in
            JSONBuild.object([("title", JSONBuild.string(integration.name)), ("type", JSONBuild.string("object")), ("required", JSONBuild.strings(["integration_type", "categories"])),
                 ("properties", JSONBuild.object([
                    ("integration_type", str([("enum", JSONBuild.strings([integration.type]))])),
                    ("categories", JSONBuild.object([("type", JSONBuild.string("array")), ("minItems", JSONBuild.int(1)),
                                        ("items", str([("enum", JSONBuild.strings(integration.categories.map(\.rawValue)))]))])),
                 ] + optional))])
        }
        return JSONBuild.object([("type", JSONBuild.string("object")), ("required", JSONBuild.strings(["integration_type", "categories"])),
                    ("description", JSONBuild.string("integration_type is one of GET /v1/integrations (enabled ones); categories are Liza names that integration supports. null counts as absent for the optional fields.")),
                    ("oneOf", .array(alternatives))])
    }

    private static func arrayOf(_ items: JSONValue) -> JSONValue { JSONBuild.object([("type", JSONBuild.string("array")), ("items", items)]) }
    private static func str(_ extra: [(String, JSONValue)] = []) -> JSONValue { JSONBuild.object([("type", JSONBuild.string("string"))] + extra) }

    private static var components: JSONValue {
        let errorResponse: (String) -> JSONValue = { d in JSONBuild.object([("description", JSONBuild.string(d)), ("content", jsonContent(ref("Error")))]) }
        return JSONBuild.object([
            ("securitySchemes", JSONBuild.object([("bearerAuth", JSONBuild.object([("type", JSONBuild.string("http")), ("scheme", JSONBuild.string("bearer")), ("description", JSONBuild.string("A Liza API token"))]))])),
            ("responses", JSONBuild.object([
                ("BadRequest", errorResponse("Validation failed")), ("Unauthorized", errorResponse("Missing or invalid bearer token")),
                ("Forbidden", errorResponse("The connection is not authorized for this category")),
                ("NotFound", errorResponse("Unknown connection, object type or route")),
                ("PayloadTooLarge", errorResponse("The request body is larger than \(SandboxResponder.maxBody) bytes")),
                ("TooManyRequests", JSONBuild.object([("description", JSONBuild.string("Rate limited")),
                                         ("headers", JSONBuild.object([("Retry-After", JSONBuild.object([("description", JSONBuild.string("Seconds to wait")), ("schema", JSONBuild.object([("type", JSONBuild.string("integer"))]))]))])),
                                         ("content", jsonContent(ref("Error")))])),
            ])),
            ("schemas", JSONBuild.object([
                ("Error", JSONBuild.object([("type", JSONBuild.string("object")), ("required", JSONBuild.strings(["statusCode", "error", "message"])),
                               ("properties", JSONBuild.object([("statusCode", JSONBuild.object([("type", JSONBuild.string("integer"))])), ("error", str()), ("message", str())]))])),
                ("Integration", JSONBuild.object([("type", JSONBuild.string("object")), ("required", JSONBuild.strings(["type", "name", "categories"])),
                                     ("properties", JSONBuild.object([("type", str()), ("name", str()), ("categories", arrayOf(str())),
                                                         ("is_active", JSONBuild.object([("type", JSONBuild.string("boolean"))])), ("logo_url", str()), ("api_docs_url", str()),
                                                         ("created_at", str()), ("support", JSONBuild.object([("type", JSONBuild.string("object"))]))]))])),
                ("Connection", JSONBuild.object([("type", JSONBuild.string("object")), ("required", JSONBuild.strings(["id", "integration_type", "categories", "status"])),
                                    ("properties", JSONBuild.object([("id", str()), ("integration_type", str()), ("integration_name", str()),
                                                        ("status", str([("enum", JSONBuild.strings(["pending", "active"]))])),
                                                        ("categories", arrayOf(str())), ("permissions", arrayOf(str())), ("external_xref", str()),
                                                        ("created_at", str([("format", JSONBuild.string("date-time"))])), ("updated_at", str([("format", JSONBuild.string("date-time"))])),
                                                        ("last_healthy_at", str([("format", JSONBuild.string("date-time"))])),
                                                        ("last_unhealthy_at", str([("format", JSONBuild.string("date-time"))])), ("last_unhealthy_code", str())]))])),
                ("ConnectRequest", connectRequest),
                ("ConnectResponse", JSONBuild.object([("type", JSONBuild.string("object")), ("required", JSONBuild.strings(["url", "connection_id"])),
                                         ("properties", JSONBuild.object([("url", str([("format", JSONBuild.string("uri"))])), ("connection_id", str())]))])),
                ("CallbackRequest", JSONBuild.object([("type", JSONBuild.string("object")), ("required", JSONBuild.strings(["connection_id"])),
                                         ("properties", JSONBuild.object([("connection_id", str([("minLength", JSONBuild.int(1))]))]))])),
                ("PassthroughRequest", JSONBuild.object([("type", JSONBuild.string("object")), ("required", JSONBuild.strings(["method", "path"])),
                                            ("properties", JSONBuild.object([("method", str([("enum", JSONBuild.strings(HTTPMethod.allCases.map(\.rawValue)))])),
                                                                ("path", str([("minLength", JSONBuild.int(1)), ("pattern", JSONBuild.string(Validation.nonBlankPattern)),
                                                                              ("description", JSONBuild.string("The path on the third-party system; not blank"))])),
                                                                ("data", JSONBuild.object([("type", JSONBuild.string("object")), ("nullable", JSONBuild.bool(true))]))]))])),
                ("Record", JSONBuild.object([("type", JSONBuild.string("object")), ("description", JSONBuild.string("A Unified.to object; fields vary by category and object type")),
                                ("properties", JSONBuild.object([("id", str()), ("created_at", str([("format", JSONBuild.string("date-time"))])),
                                                    ("updated_at", str([("format", JSONBuild.string("date-time"))]))]))])),
            ])),
        ])
    }
}
