import LizaAPI
import OrderedJSON

/// The OpenAPI 3.0 description of the eight endpoints exactly as the sandbox implements them
/// (served at `/openapi.json` and `/api/openapi.json`).
enum OpenAPIDocument {
    static func make(serverURL: String) -> JSONValue {
        J.o([
            ("openapi", J.s("3.0.3")),
            ("info", J.o([("title", J.s("Liza Integrations API (sandbox)")), ("version", J.s("1.0.0")),
                          ("description", J.s("Local emulator of the Liza Integrations API (on Unified.to). Lists are bare arrays unless the sandbox runs with --envelope data|items."))])),
            ("servers", .array([J.o([("url", J.s(serverURL))])])),
            ("security", .array([J.o([("bearerAuth", .array([]))])])),
            ("paths", paths),
            ("components", components),
        ])
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
            default: name = "TooManyRequests"
            }
            return (String(code), errorRef(name))
        }
    }

    private static func operation(_ id: String, _ summary: String, parameters: [JSONValue] = [], body: JSONValue? = nil,
                                  responses: [(String, JSONValue)]) -> JSONValue {
        var f: [(String, JSONValue)] = [("operationId", J.s(id)), ("summary", J.s(summary)), ("tags", J.strings(["integrations"]))]
        if !parameters.isEmpty { f.append(("parameters", .array(parameters))) }
        if let body { f.append(("requestBody", J.o([("required", J.b(true)), ("content", jsonContent(body))]))) }
        f.append(("responses", J.o(responses)))
        return J.o(f)
    }

    private static func pathParam(_ name: String, _ description: String, schema: JSONValue = J.o([("type", J.s("string")), ("minLength", J.i(1))])) -> JSONValue {
        J.o([("name", J.s(name)), ("in", J.s("path")), ("required", J.b(true)), ("description", J.s(description)), ("schema", schema)])
    }

    private static func queryParam(_ name: String, _ description: String, _ schema: JSONValue) -> JSONValue {
        J.o([("name", J.s(name)), ("in", J.s("query")), ("required", J.b(false)), ("description", J.s(description)), ("schema", schema)])
    }

    private static var connectionID: JSONValue { pathParam("connectionId", "A connection id (UUID)") }

    private static var paths: JSONValue {
        let categoryEnum = J.o([("type", J.s("string")), ("enum", J.strings(Category.allCases.map(\.rawValue)))])
        let objectTypes = Array(Set(ObjectCatalog.all.map(\.name))).sorted()
        return J.o([
            ("/v1/integrations", J.o([("get", operation("listIntegrations", "Available integrations",
                responses: [("200", ok("Integrations", arrayOf(ref("Integration"))))] + errors([401, 429])))])),
            ("/v1/integrations/connections", J.o([("get", operation("listConnections", "Your connections (pending ones included)",
                responses: [("200", ok("Connections", arrayOf(ref("Connection"))))] + errors([401, 429])))])),
            ("/v1/integrations/connect", J.o([("post", operation("connect", "Start the connection flow", body: ref("ConnectRequest"),
                responses: [("201", ok("A pending connection and the URL to authorize it at", ref("ConnectResponse")))] + errors([400, 401, 429])))])),
            ("/v1/integrations/callback", J.o([("post", operation("callback", "Finalize an authorized connection", body: ref("CallbackRequest"),
                responses: [("200", ok("The now active connection", ref("Connection")))] + errors([400, 401, 404, 429])))])),
            ("/v1/integrations/connections/{connectionId}", J.o([
                ("get", operation("getConnection", "Retrieve a connection", parameters: [connectionID],
                    responses: [("200", ok("The connection", ref("Connection")))] + errors([401, 404, 429]))),
                ("delete", operation("deleteConnection", "Remove a connection", parameters: [connectionID],
                    responses: [("204", J.o([("description", J.s("Removed"))]))] + errors([401, 404, 429]))),
            ])),
            ("/v1/integrations/{connectionId}/{category}/{objectType}", J.o([("get", operation("listRecords", "Retrieve data",
                parameters: [
                    connectionID,
                    pathParam("category", "One of the twelve categories", schema: categoryEnum),
                    pathParam("objectType", "An object type of the category (enrichment person/company are lookups returning one object)",
                              schema: J.o([("type", J.s("string")), ("enum", J.strings(objectTypes))])),
                    queryParam("limit", "Page size", J.o([("type", J.s("integer")), ("minimum", J.i(1)), ("maximum", J.i(100)), ("default", J.i(50))])),
                    queryParam("offset", "Records to skip", J.o([("type", J.s("integer")), ("minimum", J.i(0)), ("default", J.i(0))])),
                    queryParam("query", "Case-insensitive search in name, e-mail, subject or title", J.o([("type", J.s("string"))])),
                    queryParam("updated_gte", "Only records updated at or after this ISO 8601 time",
                               J.o([("type", J.s("string")), ("format", J.s("date-time"))])),
                    queryParam("email", "Enrichment person lookup", J.o([("type", J.s("string"))])),
                    queryParam("name", "Enrichment person/company lookup", J.o([("type", J.s("string"))])),
                    queryParam("linkedin_url", "Enrichment person lookup", J.o([("type", J.s("string"))])),
                    queryParam("twitter", "Enrichment person lookup", J.o([("type", J.s("string"))])),
                    queryParam("company_name", "Enrichment person lookup", J.o([("type", J.s("string"))])),
                    queryParam("domain", "Enrichment company lookup", J.o([("type", J.s("string"))])),
                ],
                responses: [("200", ok("A page of records (bare array), or one object for enrichment lookups",
                                       J.o([("oneOf", .array([arrayOf(ref("Record")), ref("Record")]))])))] + errors([400, 401, 403, 404, 429])))])),
            ("/v1/integrations/{connectionId}/passthrough", J.o([("post", operation("passthrough", "Raw call to the third-party system",
                parameters: [connectionID], body: ref("PassthroughRequest"),
                responses: [
                    ("200", J.o([("description", J.s("The provider's raw answer: JSON, text or binary")),
                                 ("content", J.o([("application/json", J.o([("schema", J.o([]))])),
                                                  ("text/plain", J.o([("schema", J.o([("type", J.s("string"))]))])),
                                                  ("application/octet-stream", J.o([("schema", J.o([("type", J.s("string")), ("format", J.s("binary"))]))]))]))])),
                ] + errors([400, 401, 404, 429])))])),
        ])
    }

    private static func arrayOf(_ items: JSONValue) -> JSONValue { J.o([("type", J.s("array")), ("items", items)]) }
    private static func str(_ extra: [(String, JSONValue)] = []) -> JSONValue { J.o([("type", J.s("string"))] + extra) }

    private static var components: JSONValue {
        let categoryNames = J.o([("type", J.s("string")), ("enum", J.strings(Category.allCases.map(\.rawValue)))])
        let errorResponse: (String) -> JSONValue = { d in J.o([("description", J.s(d)), ("content", jsonContent(ref("Error")))]) }
        return J.o([
            ("securitySchemes", J.o([("bearerAuth", J.o([("type", J.s("http")), ("scheme", J.s("bearer")), ("description", J.s("A Liza API token"))]))])),
            ("responses", J.o([
                ("BadRequest", errorResponse("Validation failed")), ("Unauthorized", errorResponse("Missing or invalid bearer token")),
                ("Forbidden", errorResponse("The connection is not authorized for this category")),
                ("NotFound", errorResponse("Unknown connection, object type or route")),
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
                ("ConnectRequest", J.o([("type", J.s("object")), ("required", J.strings(["integration_type", "categories"])),
                                        ("properties", J.o([("integration_type", str([("minLength", J.i(1))])),
                                                            ("categories", J.o([("type", J.s("array")), ("minItems", J.i(1)), ("items", categoryNames)])),
                                                            ("redirect_url", str([("format", J.s("uri"))])), ("external_xref", str()),
                                                            ("scopes", arrayOf(str()))]))])),
                ("ConnectResponse", J.o([("type", J.s("object")), ("required", J.strings(["url", "connection_id"])),
                                         ("properties", J.o([("url", str([("format", J.s("uri"))])), ("connection_id", str())]))])),
                ("CallbackRequest", J.o([("type", J.s("object")), ("required", J.strings(["connection_id"])),
                                         ("properties", J.o([("connection_id", str([("minLength", J.i(1))]))]))])),
                ("PassthroughRequest", J.o([("type", J.s("object")), ("required", J.strings(["method", "path"])),
                                            ("properties", J.o([("method", str([("enum", J.strings(HTTPMethod.allCases.map(\.rawValue)))])),
                                                                ("path", str([("minLength", J.i(1))])),
                                                                ("data", J.o([("type", J.s("object")), ("nullable", J.b(true))]))]))])),
                ("Record", J.o([("type", J.s("object")), ("description", J.s("A Unified.to object; fields vary by category and object type")),
                                ("properties", J.o([("id", str()), ("created_at", str([("format", J.s("date-time"))])),
                                                    ("updated_at", str([("format", J.s("date-time"))]))]))])),
            ])),
        ])
    }
}
