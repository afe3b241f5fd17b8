import LizaAPI
import LizaHTTP
import LizaTesting
import OrderedJSON
import Testing

/// `LizaClient` over real loopback HTTP against `HostileServer`'s content misbehaviours: each
/// ends in a result or a `LizaError` of the right kind with a clean message, never a trap.
@Suite struct HostileServerClientTests {
    static let token = "liza_mcp_H0ST1LEcl1entt0k3n"

    /// `timeout` is generous where the answer is big: 8 MiB through a debug build's parser on a
    /// loaded machine is slow, and those tests are about what arrives, not how fast.
    func client(_ server: HostileServer, _ misbehaviour: HostileMisbehaviour, timeout: Double = 10) throws -> LizaClient {
        LizaClient(baseURL: try BaseURL(server.baseURL(for: misbehaviour)), token: Self.token, transport: AsyncHTTPClientTransport.shared,
                   retryPolicy: .none, userAgent: LizaClient.defaultUserAgent, timeout: timeout)
    }

    static let contactQuery = RecordQuery(connectionID: "conn-1", category: .crm, objectType: "contact", limit: 50, offset: 0)

    /// Calls every endpoint; returns the errors (nil where the call succeeded).
    func everyEndpoint(_ client: LizaClient) async -> [String: LizaError?] {
        func capture(_ body: () async throws -> Void) async -> LizaError? {
            do {
                try await body()
                return nil
            } catch let error as LizaError {
                return error
            } catch {
                return LizaError(kind: .configuration, message: "not a LizaError: \(error)")
            }
        }
        var results: [String: LizaError?] = [:]
        results["integrations"] = await capture { _ = try await client.integrations() }
        results["connections"] = await capture { _ = try await client.connections() }
        results["connection"] = await capture { _ = try await client.connection(id: "conn-1") }
        results["delete"] = await capture { try await client.deleteConnection(id: "conn-1") }
        results["connect"] = await capture {
            _ = try await client.connect(ConnectRequest(integrationType: "hubspot", categories: [.crm]))
        }
        results["callback"] = await capture { _ = try await client.callback(connectionID: "conn-1") }
        results["records"] = await capture { _ = try await client.records(Self.contactQuery) }
        results["lookup"] = await capture {
            _ = try await client.lookup(connectionID: "conn-1", category: .enrichment, objectType: "person", fields: ["email": "a@b.example"])
        }
        results["passthrough"] = await capture {
            _ = try await client.passthrough(connectionID: "conn-1", PassthroughRequest(method: .GET, path: "/x", data: nil))
        }
        return results
    }

    /// No message may carry a control character, a bidi control or the token.
    func expectClean(_ errors: [String: LizaError?], _ misbehaviour: HostileMisbehaviour) {
        for (endpoint, error) in errors {
            guard let error else { continue }
            let bad = error.message.unicodeScalars.first { s in
                s.properties.generalCategory == .control || s.properties.generalCategory == .format
            }
            #expect(bad == nil, "\(misbehaviour) \(endpoint): control or format character in \(error.message.debugDescription)")
            #expect(!error.message.contains("H0ST1LE"), "\(misbehaviour) \(endpoint): token in \(error.message)")
        }
    }

    @Test(arguments: [HostileMisbehaviour.deepNesting, .deepObjectNesting])
    func deepNestingIsADecodingErrorNotAStackOverflow(_ misbehaviour: HostileMisbehaviour) async throws {
        let server = try HostileServer()
        defer { server.stop() }
        let errors = try await everyEndpoint(client(server, misbehaviour))
        for endpoint in ["integrations", "connections", "connection", "connect", "callback", "records", "lookup"] {
            let error = errors[endpoint] ?? nil
            #expect(error?.kind == .decoding, "\(endpoint): \(String(describing: error))")
            #expect(error?.message.contains("nesting deeper than 512 levels") == true, "\(endpoint): \(String(describing: error))")
        }
        #expect((errors["delete"] ?? nil) == nil)
        // A provider's answer that is too deep for JSON is still shown, as text.
        let answer = try await client(server, misbehaviour).passthrough(connectionID: "c", PassthroughRequest(method: .GET, path: "/x", data: nil))
        guard case .text(let text) = answer.body else { Issue.record("expected text, got \(answer.body)"); return }
        #expect(text.utf8.count == 400_000 || text.utf8.count > 1_000_000)
        expectClean(errors, misbehaviour)
    }

    @Test func nestingJustInsideTheLimitIsReadAndPrinted() async throws {
        let server = try HostileServer()
        defer { server.stop() }
        let c = try client(server, .deepButLegal)
        let page = try await c.records(Self.contactQuery)
        let deep = try #require(page.records.first?["deep"])
        // Everything that walks a value must cope with 500 levels: printing, equality, hashing.
        #expect(deep.serialized().hasSuffix("\"bottom\"" + String(repeating: "]}", count: 250)))
        #expect(deep.prettyPrinted().split(separator: "\n").count == 1_001)
        #expect(deep == deep && Set([deep]).count == 1)
        let errors = await everyEndpoint(c)
        #expect(errors.values.allSatisfy { $0 == nil }, "\(errors)")
    }

    @Test func invalidUTF8IsADecodingError() async throws {
        let server = try HostileServer()
        defer { server.stop() }
        let errors = try await everyEndpoint(client(server, .invalidUTF8))
        for endpoint in ["integrations", "connections", "connection", "connect", "callback", "records", "lookup"] {
            let error = errors[endpoint] ?? nil
            #expect(error?.kind == .decoding && error?.message.contains("invalid UTF-8") == true, "\(endpoint): \(String(describing: error))")
        }
        expectClean(errors, .invalidUTF8)
    }

    @Test func byteOrderMarkAndDuplicateKeysAreRead() async throws {
        let server = try HostileServer()
        defer { server.stop() }
        let bom = try await client(server, .byteOrderMark).integrations()
        #expect(bom.map(\.type) == ["hubspot", "zendesk", "slack"])
        // With duplicate keys the first one counts (and the record keeps both, as sent).
        let duplicated = try await client(server, .duplicateKeys).integrations()
        #expect(duplicated.map(\.type) == ["hubspot", "zendesk", "slack"])
        let page = try await client(server, .duplicateKeys).records(Self.contactQuery)
        #expect(page.records.count == 5)
        #expect(page.records.first?.objectValue?.filter { $0.key == "id" }.count == 2)
        #expect(page.hasMore == false)
    }

    @Test func hugeNumbersDoNotTrap() async throws {
        let server = try HostileServer()
        defer { server.stop() }
        let c = try client(server, .hugeNumbers)
        let integrations = try await c.integrations()
        #expect(integrations.first?.type == "18446744073709551616")
        let connections = try await c.connections()
        #expect(connections.first?.id == "1e400")
        #expect(connections.first?.isPaused == nil)
        let page = try await c.records(Self.contactQuery)
        #expect(page.records.count == 2)
        #expect(page.total == Int.max)
        let connect = try await c.connect(ConnectRequest(integrationType: "hubspot", categories: [.crm]))
        #expect(connect.connectionID == "18446744073709551616")
        let errors = await everyEndpoint(c)
        #expect(errors.values.allSatisfy { $0 == nil }, "\(errors)")
    }

    @Test func impossiblePagingFactsAreIgnored() throws {
        // Negative totals, limits and offsets mean nothing; they must not reach arithmetic.
        let text = #"{"data":[],"total":-1,"limit":-9223372036854775808,"offset":-5,"pagination":{"page":-1,"total_pages":-9223372036854775808}}"#
        let list = try ResponseEnvelope.list(try JSONValue.parse(text), what: "records")
        #expect(list.total == nil && list.limit == nil && list.offset == nil && list.hasMore == nil)
    }

    @Test func nullWrongShapesAndNotJSONAreDecodingErrors() async throws {
        let server = try HostileServer()
        defer { server.stop() }
        for misbehaviour in [HostileMisbehaviour.null, .wrongShapes, .truncatedJSON, .html200, .empty200, .noContent204] {
            let errors = try await everyEndpoint(client(server, misbehaviour))
            for endpoint in ["integrations", "connections", "connection", "connect", "records"] {
                let error = errors[endpoint] ?? nil
                #expect(error?.kind == .decoding, "\(misbehaviour) \(endpoint): \(String(describing: error))")
            }
            expectClean(errors, misbehaviour)
        }
    }

    @Test func wrongTypesAreCoercedWhereTheMeaningIsClear() async throws {
        let server = try HostileServer()
        defer { server.stop() }
        let c = try client(server, .wrongTypes)
        let integrations = try await c.integrations()
        #expect(integrations.map(\.type) == ["42", "zendesk", "x"])
        #expect(integrations[0].categories == [.crm] && integrations[0].otherCategories == ["bogus"])
        let connection = try await c.connection(id: "conn-1")
        #expect(connection.id == "7" && connection.integrationType == "true" && connection.permissions.isEmpty)
        let page = try await c.records(Self.contactQuery)
        #expect(page.records.count == 6)
        expectClean(await everyEndpoint(c), .wrongTypes)
    }

    @Test func hugeStringsArriveWhole() async throws {
        let server = try HostileServer()
        defer { server.stop() }
        let integrations = try await client(server, .hugeString, timeout: 60).integrations()
        #expect(integrations.first?.type.utf8.count == HostileTexts.huge.utf8.count)
    }

    @Test func nestedEnvelopesAreUnwrappedForLists() async throws {
        let server = try HostileServer()
        defer { server.stop() }
        let c = try client(server, .nestedEnvelopes)
        #expect(try await c.integrations().count == 3)
        #expect(try await c.records(Self.contactQuery).records.count == 5)
        expectClean(await everyEndpoint(c), .nestedEnvelopes)
    }

    @Test func escapesAndTokenEchoesNeverReachErrorMessages() async throws {
        let server = try HostileServer()
        defer { server.stop() }
        for misbehaviour in [HostileMisbehaviour.escapesInErrors, .escapeSequences, .garbageStatusLine, .status999, .redirectElsewhere, .tokenInErrors] {
            let errors = try await everyEndpoint(client(server, misbehaviour))
            expectClean(errors, misbehaviour)
        }
        #expect(server.canaryHits.isEmpty)
    }
}
