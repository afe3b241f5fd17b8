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
        J.o([
            ("openapi", J.s("3.0.3")),
            ("info", J.o([("title", J.s("Liza Integrations API (sandbox)")), ("version", J.s("1.0.0")),
                          ("description", J.s("Local emulator of the Liza Integrations API (on Unified.to). " + envelopeNote))])),
            ("servers", .array([J.o([("url", J.s(serverURL))])])),
            ("security", .array([J.o([("bearerAuth", .array([]))])])),
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

    private static func ref(_ name: String) -> JSONValue { J.o([("$ref", J.s("#/components/schemas/\(name)"))]) }
    private static func errorRef(_ name: String) -> JSONValue { J.o([("$ref", J.s("#/components/responses/\(name)"))]) }

    private static func jsonContent(_ schema: JSONValue) -> JSONValue {
        J.o([("application/json", J.o([("schema", schema)]))])
    }

    private static func ok(_ description: String, _ schema: JSONValue) -> JSONValue {
        J.o([("description", J.s(description)), ("content", jsonContent(schema))])
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
        var f: [(String, JSONValue)] = [("operationId", J.s(id)), ("summary", J.s(summary)), ("tags", J.strings(["integrations"]))]
        if !parameters.isEmpty { f.append(("parameters", .array(parameters))) }
        if let body {
            var media: [(String, JSONValue)] = [("schema", body.schema)]
            if let example = body.example { media.append(("example", example)) }
            f.append(("requestBody", J.o([("required", J.b(true)), ("content", J.o([("application/json", J.o(media))]))])))
        }
        f.append(("responses", J.o(responses)))
        return J.o(f)
    }

    private static func pathParam(_ name: String, _ description: String, _ schema: JSONValue = J.o([("type", J.s("string")), ("minLength", J.i(1))])) -> JSONValue {
        J.o([("name", J.s(name)), ("in", J.s("path")), ("required", J.b(true)), ("description", J.s(description)), ("schema", schema)])
    }

    private static func queryParam(_ name: String, _ description: String, _ schema: JSONValue) -> JSONValue {
        J.o([("name", J.s(name)), ("in", J.s("query")), ("required", J.b(false)), ("description", J.s(description)), ("schema", schema)])
    }

    private static var connectionID: JSONValue { pathParam("connectionId", "A connection id (UUID)") }

    /// The connection id parameter with the seeded example connection (for reads; a DELETE
    /// example would make every client that tries it lose that connection).
    private var exampleConnection: JSONValue {
        guard let exampleConnectionID else { return Self.connectionID }
        return Self.connectionID.setting("example", J.s(exampleConnectionID))
    }

    /// A parameter with an `example`, when the sandbox has one to give.
    private func example(_ parameter: JSONValue, _ value: JSONValue?) -> JSONValue {
        guard let value else { return parameter }
        return parameter.setting("example", value)
    }

    private var paths: JSONValue {
        let categoryEnum = J.o([("type", J.s("string")), ("enum", J.strings(Category.allCases.map(\.rawValue)))])
        let objectTypes = Array(Set(ObjectCatalog.all.map(\.name))).sorted()
        let ok = Self.ok, errors = Self.errors, operation = Self.operation, ref = Self.ref
        let pathParam = Self.pathParam, queryParam = Self.queryParam
        let connectExample = J.o([("integration_type", J.s("hubspot")), ("categories", J.strings(["crm"])),
                                  ("redirect_url", J.s("http://127.0.0.1:8976/connected")), ("external_xref", J.s("user-42"))])
        let passthroughExample = J.o([("method", J.s("GET")), ("path", J.s("/crm/v3/objects/contacts")), ("data", J.o([("limit", J.i(10))]))])
        return J.o([
            ("/v1/integrations", J.o([("get", operation("listIntegrations", "Available integrations", [], nil,
                [("200", ok("Integrations", list(ref("Integration"))))] + errors([401, 429])))])),
            ("/v1/integrations/connections", J.o([("get", operation("listConnections", "Your connections (pending ones included)", [], nil,
                [("200", ok("Connections", list(ref("Connection"))))] + errors([401, 429])))])),
            ("/v1/integrations/connect", J.o([("post", operation("connect", "Start the connection flow",
                [], (ref("ConnectRequest"), connectExample),
                [("201", ok("A pending connection and the URL to authorize it at", ref("ConnectResponse")))] + errors([400, 401, 413, 429])))])),
            ("/v1/integrations/callback", J.o([("post", operation("callback",
                "Finalize an authorized connection (400 while it is not approved yet, or when it was denied)", [],
                (ref("CallbackRequest"), exampleConnectionID.map { J.o([("connection_id", J.s($0))]) }),
                [("200", ok("The now active connection", ref("Connection")))] + errors([400, 401, 404, 413, 429])))])),
            ("/v1/integrations/connections/{connectionId}", J.o([
                ("get", operation("getConnection", "Retrieve a connection", [exampleConnection], nil,
                    [("200", ok("The connection", ref("Connection")))] + errors([401, 404, 429]))),
                ("delete", operation("deleteConnection", "Remove a connection", [Self.connectionID], nil,
                    [("204", J.o([("description", J.s("Removed"))]))] + errors([401, 404, 429]))),
            ])),
            ("/v1/integrations/{connectionId}/{category}/{objectType}", J.o([("get", operation("listRecords",
                "Retrieve data (400 for a connection that is not finalized, and for an enrichment lookup without any lookup field)",
                [
                    exampleConnection,
                    example(pathParam("category", "One of the twelve categories", categoryEnum), exampleConnectionID.map { _ in J.s("crm") }),
                    example(pathParam("objectType", "An object type of the category (enrichment person/company are lookups returning one object)",
                                      J.o([("type", J.s("string")), ("enum", J.strings(objectTypes))])), exampleConnectionID.map { _ in J.s("contact") }),
                    queryParam("limit", "Page size", J.o([("type", J.s("integer")), ("minimum", J.i(1)), ("maximum", J.i(100)), ("default", J.i(50))])),
                    queryParam("offset", "Records to skip", J.o([("type", J.s("integer")), ("minimum", J.i(0)), ("maximum", J.i(Int(Int32.max))),
                                                                 ("default", J.i(0))])),
                    queryParam("query", "Case-insensitive search in name, e-mail, subject or title", J.o([("type", J.s("string"))])),
                    queryParam("updated_gte", "Only records updated at or after this ISO 8601 time",
                               J.o([("type", J.s("string")), ("format", J.s("date-time"))])),
                    queryParam("email", "Enrichment person lookup", J.o([("type", J.s("string"))])),
                    queryParam("name", "Enrichment person/company lookup", J.o([("type", J.s("string"))])),
                    queryParam("linkedin_url", "Enrichment person lookup", J.o([("type", J.s("string"))])),
                    queryParam("twitter", "Enrichment person lookup", J.o([("type", J.s("string"))])),
                    queryParam("company_name", "Enrichment person lookup", J.o([("type", J.s("string"))])),
                    queryParam("domain", "Enrichment company lookup", J.o([("type", J.s("string"))])),
                ], nil,
                [("200", ok("A page of records, or one object for enrichment lookups",
                            // anyOf, not oneOf: with an envelope the page is an object too, which also satisfies Record.
                            J.o([("anyOf", .array([list(ref("Record")), ref("Record")]))])))] + errors([400, 401, 403, 404, 429])))])),
            ("/v1/integrations/{connectionId}/passthrough", J.o([("post", operation("passthrough",
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
        J.o([("description", J.s(description)),
             ("content", J.o([("application/json", J.o([("schema", J.o([]))])),
                              ("text/plain", J.o([("schema", J.o([("type", J.s("string"))]))])),
                              ("application/octet-stream", J.o([("schema", J.o([("type", J.s("string")), ("format", J.s("binary"))]))]))]))])
    }

    /// A passthrough error status both the API and the provider can answer with: the API's
    /// error body (when `status` is the API's own) or any JSON object from the provider.
    private static func providerError(_ description: String, status: Int?) -> JSONValue {
        let provider = J.o([("type", J.s("object")), ("description", J.s("The provider's error body, as it sent it"))])
        let schema = status == nil ? provider : J.o([("anyOf", .array([ref("Error"), provider]))])
        return J.o([("description", J.s(description)), ("content", jsonContent(schema))])
    }

    /// A list response in this sandbox's envelope.
    private func list(_ items: JSONValue) -> JSONValue {
        let integer = J.o([("type", J.s("integer")), ("minimum", J.i(0))])
        switch envelope {
        case .bare:
            return Self.arrayOf(items)
        case .data:
            return J.o([("type", J.s("object")), ("required", J.strings(["data", "pagination"])),
                        ("properties", J.o([("data", Self.arrayOf(items)),
                                            ("pagination", J.o([("type", J.s("object")), ("required", J.strings(["total", "limit", "offset"])),
                                                                ("properties", J.o([("total", integer), ("limit", integer), ("offset", integer)]))]))]))])
        case .items:
            return J.o([("type", J.s("object")), ("required", J.strings(["items", "total", "limit", "offset", "has_more"])),
                        ("properties", J.o([("items", Self.arrayOf(items)), ("total", integer), ("limit", integer), ("offset", integer),
                                            ("has_more", J.o([("type", J.s("boolean"))]))]))])
        }
    }

    /// One alternative per enabled integration, each with the categories that integration
    /// supports: the sandbox rejects any other pairing with a 400, so the schema says so.
    private static var connectRequest: JSONValue {
        let optional: [(String, JSONValue)] = [
            ("redirect_url", str([("nullable", J.b(true)), ("format", J.s("uri")), ("pattern", J.s(Validation.redirectURLPattern)),
                                  ("description", J.s("Absolute http(s) URL the browser is sent to after Approve/Deny (id/state or error appended)"))])),
            ("external_xref", str([("nullable", J.b(true))])),
            ("scopes", arrayOf(str()).setting("nullable", J.b(true))),
        ]
        let alternatives = IntegrationDirectory.all.filter(\.isActive).map { integration in
            J.o([("title", J.s(integration.name)), ("type", J.s("object")), ("required", J.strings(["integration_type", "categories"])),
                 ("properties", J.o([
                    ("integration_type", str([("enum", J.strings([integration.type]))])),
                    ("categories", J.o([("type", J.s("array")), ("minItems", J.i(1)),
                                        ("items", str([("enum", J.strings(integration.categories.map(\.rawValue)))]))])),
                 ] + optional))])
        }
        return J.o([("type", J.s("object")), ("required", J.strings(["integration_type", "categories"])),
                    ("description", J.s("integration_type is one of GET /v1/integrations (enabled ones); categories are Liza names that integration supports. null counts as absent for the optional fields.")),
                    ("oneOf", .array(alternatives))])
    }

    private static func arrayOf(_ items: JSONValue) -> JSONValue { J.o([("type", J.s("array")), ("items", items)]) }
    private static func str(_ extra: [(String, JSONValue)] = []) -> JSONValue { J.o([("type", J.s("string"))] + extra) }

    private static var components: JSONValue {
        let errorResponse: (String) -> JSONValue = { d in J.o([("description", J.s(d)), ("content", jsonContent(ref("Error")))]) }
        return J.o([
            ("securitySchemes", J.o([("bearerAuth", J.o([("type", J.s("http")), ("scheme", J.s("bearer")), ("description", J.s("A Liza API token"))]))])),
            ("responses", J.o([
                ("BadRequest", errorResponse("Validation failed")), ("Unauthorized", errorResponse("Missing or invalid bearer token")),
                ("Forbidden", errorResponse("The connection is not authorized for this category")),
                ("NotFound", errorResponse("Unknown connection, object type or route")),
                ("PayloadTooLarge", errorResponse("The request body is larger than \(SandboxResponder.maxBody) bytes")),
                ("TooManyRequests", J.o([("description", J.s("Rate limited")),
                                         ("headers", J.o([("Retry-After", J.o([("description", J.s("Seconds to wait")), ("schema", J.o([("type", J.s("integer"))]))]))])),
                                         ("content", jsonContent(ref("Error")))])),
            ])),
            ("schemas", J.o([
                ("Error", J.o([("type", J.s("object")), ("required", J.strings(["statusCode", "error", "message"])),
                               ("properties", J.o([("statusCode", J.o([("type", J.s("integer"))])), ("error", str()), ("message", str())]))])),
                ("Integration", J.o([("type", J.s("object")), ("required", J.strings(["type", "name", "categories"])),
                                     ("properties", J.o([("type", str()), ("name", str()), ("categories", arrayOf(str())),
                                                         ("is_active", J.o([("type", J.s("boolean"))])), ("logo_url", str()), ("api_docs_url", str()),
                                                         ("created_at", str()), ("support", J.o([("type", J.s("object"))]))]))])),
                ("Connection", J.o([("type", J.s("object")), ("required", J.strings(["id", "integration_type", "categories", "status"])),
                                    ("properties", J.o([("id", str()), ("integration_type", str()), ("integration_name", str()),
                                                        ("status", str([("enum", J.strings(["pending", "active"]))])),
                                                        ("categories", arrayOf(str())), ("permissions", arrayOf(str())), ("external_xref", str()),
                                                        ("created_at", str([("format", J.s("date-time"))])), ("updated_at", str([("format", J.s("date-time"))])),
                                                        ("last_healthy_at", str([("format", J.s("date-time"))])),
                                                        ("last_unhealthy_at", str([("format", J.s("date-time"))])), ("last_unhealthy_code", str())]))])),
                ("ConnectRequest", connectRequest),
                ("ConnectResponse", J.o([("type", J.s("object")), ("required", J.strings(["url", "connection_id"])),
                                         ("properties", J.o([("url", str([("format", J.s("uri"))])), ("connection_id", str())]))])),
                ("CallbackRequest", J.o([("type", J.s("object")), ("required", J.strings(["connection_id"])),
                                         ("properties", J.o([("connection_id", str([("minLength", J.i(1))]))]))])),
                ("PassthroughRequest", J.o([("type", J.s("object")), ("required", J.strings(["method", "path"])),
                                            ("properties", J.o([("method", str([("enum", J.strings(HTTPMethod.allCases.map(\.rawValue)))])),
                                                                ("path", str([("minLength", J.i(1)), ("pattern", J.s(Validation.nonBlankPattern)),
                                                                              ("description", J.s("The path on the third-party system; not blank"))])),
                                                                ("data", J.o([("type", J.s("object")), ("nullable", J.b(true))]))]))])),
                ("Record", J.o([("type", J.s("object")), ("description", J.s("A Unified.to object; fields vary by category and object type")),
                                ("properties", J.o([("id", str()), ("created_at", str([("format", J.s("date-time"))])),
                                                    ("updated_at", str([("format", J.s("date-time"))]))]))])),
            ])),
        ])
    }
}
