import Testing
import LizaAPI
import OrderedJSON

@Suite("Passthrough")
struct PassthroughTests {
    let request = PassthroughRequest(method: .GET, path: "/crm/v3/objects/contacts")

    @Test func providerStatusesAreReturnedNotThrown() async throws {
        for status in [200, 201, 204, 400, 404, 409, 422, 500, 502] {
            let stub = StubTransport([.respond(.json(#"{"status":"error","message":"provider says no"}"#, status: status))])
            let response = try await TestClient.make(stub).passthrough(connectionID: "c1", request)
            #expect(response.status == status)
            #expect(response.isSuccess == (200..<300).contains(status))
            if case .json(let json) = response.body {
                #expect(json["message"] == .string("provider says no"))
            } else {
                Issue.record("expected JSON for \(status)")
            }
        }
    }

    @Test func authForbiddenAndRateLimitAreLizaErrors() async {
        for (status, kind) in [(401, LizaError.Kind.auth), (403, .forbidden), (429, .rateLimited)] {
            let stub = StubTransport([.respond(.json(#"{"message":"x"}"#, status: status))])
            let error = await liza { () async throws(LizaError) in try await TestClient.make(stub, policy: .none).passthrough(connectionID: "c1", request) }
            #expect(error?.kind == kind)
            #expect(error?.status == status)
        }
    }

    @Test("body decoding by content type", arguments: [
        (#"{"a":1}"#, "application/json; charset=utf-8", "json"),
        (#"{"a":1}"#, "application/vnd.api+json", "json"),
        (#"{"a":1}"#, nil, "json"),
        (#"{"a":1"#, "application/json", "text"),
        ("<xml/>", "application/xml", "text"),
        ("a,b\n1,2", "text/csv", "text"),
        ("[1,2]", "text/plain", "text"),
        ("plain", nil, "text"),
    ] as [(String, String?, String)])
    func bodies(text: String, contentType: String?, kind: String) {
        let body = PassthroughResponse.Body(decoding: Array(text.utf8), contentType: contentType)
        switch body {
        case .json: #expect(kind == "json")
        case .text(let t): #expect(kind == "text"); #expect(t == text)
        default: Issue.record("unexpected \(body)")
        }
    }

    @Test func binaryAndEmptyBodies() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0x00]
        #expect(PassthroughResponse.Body(decoding: png, contentType: "image/png") == .binary(byteCount: 10))
        #expect(PassthroughResponse.Body(decoding: png, contentType: nil) == .binary(byteCount: 10))
        #expect(PassthroughResponse.Body(decoding: [], contentType: "application/json") == .empty)
        #expect(PassthroughResponse.Body(decoding: [0x63, 0x61, 0x66, 0xE9], contentType: "text/plain; charset=latin1") == .text("caf\u{FFFD}"))
    }

    @Test func responseKeepsBytesAndContentType() async throws {
        let stub = StubTransport([.respond(.text("id,name\n1,Ada", status: 200, contentType: "text/csv"))])
        let response = try await TestClient.make(stub).passthrough(connectionID: "c1", request)
        #expect(response.contentType == "text/csv")
        #expect(response.bytes == Array("id,name\n1,Ada".utf8))
        #expect(response.body == .text("id,name\n1,Ada"))
    }
}
