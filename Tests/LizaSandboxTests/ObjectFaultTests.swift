import LizaSandbox
import LizaTesting
import OrderedJSON
import Testing

/// Lasting faults on one object type of one connection (`{"objects":[…]}`), for `liza doctor`.
@Suite struct ObjectFaultTests {
    @Test func oneObjectTypeFailsUntilClearedOrReset() async throws {
        try await withSandbox { s in
            let id = s.server.seededConnectionIDs[0] // hubspot: crm
            let set = try await s.request("POST", "/_sandbox/faults",
                                          body: #"{"objects":[{"connection_id":"\#(id)","category":"CRM","object":"deal","status":401}]}"#)
            #expect(set.status == 200)
            #expect(try set.json["object_faults"] == .int(1))
            for _ in 0..<2 { // lasting, unlike the queue
                #expect(try await s.request("GET", "/api/v1/integrations/\(id)/crm/deal?limit=1").status == 401)
            }
            #expect(try await s.request("GET", "/api/v1/integrations/\(id)/crm/contact?limit=1").status == 200)
            let clear = try await s.request("POST", "/_sandbox/faults",
                                            body: #"{"objects":[{"connection_id":"\#(id)","category":"crm","object":"deal","status":null}]}"#)
            #expect(try clear.json["object_faults"] == .int(0))
            #expect(try await s.request("GET", "/api/v1/integrations/\(id)/crm/deal?limit=1").status == 200)
            _ = try await s.request("POST", "/_sandbox/faults", body: #"{"objects":[{"connection_id":"\#(id)","category":"crm","object":"deal","status":503}]}"#)
            _ = try await s.request("POST", "/_sandbox/reset")
            #expect(try await s.request("GET", "/api/v1/integrations/\(id)/crm/deal?limit=1").status == 200)
        }
    }

    @Test func badEntriesAreRefused() async throws {
        try await withSandbox { s in
            let missing = try await s.request("POST", "/_sandbox/faults", body: #"{"objects":[{"category":"crm","object":"deal","status":401}]}"#)
            #expect(missing.status == 400)
            #expect(missing.message.contains("objects[0]"))
            let range = try await s.request("POST", "/_sandbox/faults", body: #"{"objects":[{"connection_id":"x","category":"crm","object":"deal","status":700}]}"#)
            #expect(range.status == 400)
        }
    }
}
