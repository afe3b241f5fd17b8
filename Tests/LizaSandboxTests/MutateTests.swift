import LizaTesting
import OrderedJSON
import Testing
@testable import LizaSandbox

/// `POST /_sandbox/mutate`: changed records move to the front with a new `updated_at` that
/// `updated_gte` finds; deleted ones leave the list.
@Suite struct MutateTests {
    @Test func changedRecordsComeFirstAndDeletedOnesGo() async throws {
        try await withSandbox({ $0.recordsPerObject = 300 }) { s in
            let conn = s.server.seededConnectionIDs[0]
            let list = "/api/v1/integrations/\(conn)/crm/contact"
            var before: [JSONValue] = []
            for offset in stride(from: 0, to: 300, by: 100) { before += try await s.request("GET", "\(list)?limit=100&offset=\(offset)").items }
            let newest = try #require(before.first?["updated_at"]?.stringValue)

            let answer = try await s.request("POST", "/_sandbox/mutate", body: body([
                ("connection_id", .string(conn)), ("category", .string("crm")), ("object", .string("contact")),
                ("change", .number("10")), ("delete", .number("3")),
            ]))
            #expect(answer.status == 200)
            let changed = try #require(try answer.json["changed"]?.arrayValue).compactMap(\.stringValue)
            let deleted = try #require(try answer.json["deleted"]?.arrayValue).compactMap(\.stringValue)
            #expect(changed.count == 10)
            #expect(deleted.count == 3)
            #expect(Set(changed).isDisjoint(with: deleted))

            var after: [JSONValue] = []
            for offset in stride(from: 0, to: 300, by: 100) { after += try await s.request("GET", "\(list)?limit=100&offset=\(offset)").items }
            #expect(after.count == 297)
            let ids = after.compactMap { $0["id"]?.stringValue }
            #expect(Set(ids.prefix(10)) == Set(changed))
            #expect(Set(ids).isDisjoint(with: deleted))
            #expect(Set(ids).count == 297)  // nothing twice, nothing skipped
            let page = try await s.request("GET", "\(list)?limit=100")
            #expect(try page.json["total"]?.intValue ?? 297 == 297)
            for record in after.prefix(10) {
                #expect((record["updated_at"]?.stringValue ?? "") > newest)
                let old = try #require(before.first { $0["id"] == record["id"] })
                #expect(old != record)
            }

            // updated_gte just past the generated times: only the changed ones.
            let recent = try await s.request("GET", "\(list)?limit=100&updated_gte=\(newest.addingPercentEncodingForQuery())").items
            let recentIDs = Set(recent.compactMap { $0["id"]?.stringValue })
            #expect(recentIDs.isSuperset(of: changed))
            #expect(recent.count <= 11)

            let bad = try await s.request("POST", "/_sandbox/mutate", body: body([
                ("connection_id", .string(conn)), ("category", .string("crm")), ("object", .string("contact")), ("change", .number("-1")),
            ]))
            #expect(bad.status == 400)
            let lookup = try await s.request("POST", "/_sandbox/mutate", body: body([
                ("connection_id", .string(conn)), ("category", .string("enrichment")), ("object", .string("person")), ("change", .number("1")),
            ]))
            #expect(lookup.status == 400)
        }
    }
}
