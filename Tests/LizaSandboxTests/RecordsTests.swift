import LizaAPI
import LizaSandbox
import LizaTesting
import OrderedJSON
import Testing

@Suite struct RecordsTests {
    /// The seeded connection serving `category`.
    func connection(for category: Category, in s: TestSandbox) async throws -> String {
        let items = try await s.request("GET", "/api/v1/integrations/connections").items
        let c = items.first { c in (c["categories"]?.arrayValue ?? []).contains { $0.stringValue.flatMap(Category.init(parsing:)) == category } }
        return try #require(c?["id"]?.stringValue, "no connection for \(category)")
    }

    @Test func everyCatalogObjectServesRealisticRecords() async throws {
        try await withSandbox({ $0.recordsPerObject = 12 }) { s in
            for object in ObjectCatalog.all {
                let conn = try await connection(for: object.category, in: s)
                let path = "/api/v1/integrations/\(conn)/\(object.category.rawValue)/\(object.name)"
                if object.kind == .lookup {
                    let field = object.filters[0]
                    let r = try await s.request("GET", "\(path)?\(field)=ada%40acme.example")
                    #expect(r.status == 200, "\(path): \(r.text)")
                    let j = try r.json
                    #expect(j["id"]?.stringValue != nil)
                    #expect(j["name"]?.stringValue?.isEmpty == false)
                    continue
                }
                let r = try await s.request("GET", "\(path)?limit=100")
                #expect(r.status == 200, "\(path): \(r.text)")
                let items = try r.items
                #expect(items.count == 12, "\(path)")
                var previous: String?
                for item in items {
                    let id = item["id"]?.stringValue
                    #expect(id?.isEmpty == false, "\(path) record without id")
                    let created = try #require(item["created_at"]?.stringValue)
                    let updated = try #require(item["updated_at"]?.stringValue)
                    #expect(created <= updated, "\(path) created after updated")
                    #expect(updated.hasSuffix("Z") && updated.count == 24)
                    if let previous { #expect(updated <= previous, "\(path) not most-recent-first") }
                    previous = updated
                    #expect(item.objectValue?.count ?? 0 >= 4, "\(path) record too thin")
                }
                #expect(Set(items.compactMap { $0["id"]?.stringValue }).count == items.count, "\(path) ids not unique")
            }
        }
    }

    @Test func shapesFollowTheUnifiedModel() async throws {
        try await withSandbox { s in
            let crm = s.server.seededConnectionIDs[0]
            let contact = try #require(try await s.request("GET", "/api/v1/integrations/\(crm)/crm/contact?limit=1").items.first)
            #expect(contact["emails"]?[0]?["email"]?.stringValue?.contains("@") == true)
            #expect(contact["emails"]?[0]?["type"]?.stringValue == "WORK")
            #expect(contact["telephones"]?[0]?["telephone"]?.stringValue != nil)
            #expect(contact["address"]?["country_code"]?.stringValue?.count == 2)
            let deal = try #require(try await s.request("GET", "/api/v1/integrations/\(crm)/crm/deal?limit=1").items.first)
            #expect(deal["amount"]?.doubleValue != nil)
            #expect(["EUR", "USD", "GBP", "CHF"].contains(deal["currency"]?.stringValue ?? ""))
            let tickets = try await s.request("GET", "/api/v1/integrations/\(s.server.seededConnectionIDs[1])/ticketing/ticket?limit=100").items
            let statuses = Set(tickets.compactMap { $0["status"]?.stringValue })
            #expect(statuses.isSubset(of: ["ACTIVE", "CLOSED"]))
            let event = try #require(try await s.request("GET", "/api/v1/integrations/\(s.server.seededConnectionIDs[2])/calendar/event?limit=1").items.first)
            #expect(event["attendees"]?.arrayValue?.isEmpty == false)
            let acc = try await connection(for: .accounting, in: s)
            let invoice = try #require(try await s.request("GET", "/api/v1/integrations/\(acc)/accounting/invoice?limit=1").items.first)
            #expect(invoice["lineitems"]?.arrayValue?.isEmpty == false)
        }
    }

    @Test func sameSeedSameRecordsOtherSeedOthers() async throws {
        func fetch(seed: UInt64) async throws -> [UInt8] {
            try await withSandbox({ $0.seed = seed }) { s in
                try await s.request("GET", "/api/v1/integrations/\(s.server.seededConnectionIDs[0])/crm/contact?limit=20&offset=100").body
            }
        }
        let a = try await fetch(seed: 5), b = try await fetch(seed: 5), c = try await fetch(seed: 6)
        #expect(a == b)
        #expect(a != c)
    }

    @Test func pagesCoverExactlyTheRecordCount() async throws {
        try await withSandbox({ $0.recordsPerObject = 237 }) { s in
            let conn = s.server.seededConnectionIDs[0]
            var ids: [String] = []
            var offset = 0
            while true {
                let page = try await s.request("GET", "/api/v1/integrations/\(conn)/crm/company?limit=100&offset=\(offset)").items
                ids += page.compactMap { $0["id"]?.stringValue }
                if page.count < 100 { break }
                offset += 100
            }
            #expect(ids.count == 237)
            #expect(Set(ids).count == 237)
            let beyond = try await s.request("GET", "/api/v1/integrations/\(conn)/crm/company?offset=5000").items
            #expect(beyond.isEmpty)
        }
    }

    @Test func millionsOfRecordsAreServedOnDemand() async throws {
        try await withSandbox({ $0.recordsPerObject = 5_000_000 }) { s in
            let r = try await s.request("GET", "/api/v1/integrations/\(s.server.seededConnectionIDs[0])/crm/contact?limit=2&offset=4999998")
            #expect(try r.items.count == 2)
            let end = try await s.request("GET", "/api/v1/integrations/\(s.server.seededConnectionIDs[0])/crm/contact?limit=2&offset=5000000")
            #expect(try end.items.isEmpty)
        }
    }

    @Test func queryFiltersCaseInsensitively() async throws {
        try await withSandbox { s in
            let conn = s.server.seededConnectionIDs[0]
            let all = try await s.request("GET", "/api/v1/integrations/\(conn)/crm/contact?limit=100").items
            let name = try #require(all[7]["last_name"]?.stringValue)
            let hits = try await s.request("GET", "/api/v1/integrations/\(conn)/crm/contact?limit=100&query=\(name.uppercased().addingPercentEncodingForQuery())").items
            #expect(!hits.isEmpty)
            #expect(hits.allSatisfy { h in
                [h["name"]?.stringValue, h["emails"]?[0]?["email"]?.stringValue, h["company"]?.stringValue]
                    .compactMap { $0?.lowercased() }.contains { $0.contains(name.lowercased()) }
            })
            let email = try #require(all[3]["emails"]?[0]?["email"]?.stringValue)
            let byEmail = try await s.request("GET", "/api/v1/integrations/\(conn)/crm/contact?query=\(email.addingPercentEncodingForQuery())").items
            #expect(byEmail.contains { $0["id"] == all[3]["id"] })
            let none = try await s.request("GET", "/api/v1/integrations/\(conn)/crm/contact?query=zzzqqqxxx").items
            #expect(none.isEmpty)
            let tickets = try await s.request("GET", "/api/v1/integrations/\(s.server.seededConnectionIDs[1])/ticketing/ticket?query=INVOICE&limit=100").items
            #expect(!tickets.isEmpty)
            #expect(tickets.allSatisfy { $0["subject"]?.stringValue?.lowercased().contains("invoice") == true })
        }
    }

    @Test func updatedGteFilters() async throws {
        try await withSandbox { s in
            let conn = s.server.seededConnectionIDs[0]
            let all = try await s.request("GET", "/api/v1/integrations/\(conn)/crm/deal?limit=100").items
            let cut = try #require(all[40]["updated_at"]?.stringValue)
            let recent = try await s.request("GET", "/api/v1/integrations/\(conn)/crm/deal?limit=100&updated_gte=\(cut)").items
            #expect(recent.count >= 41)
            #expect(recent.count < 100)
            #expect(recent.allSatisfy { ($0["updated_at"]?.stringValue ?? "") >= cut })
            let dateOnly = try await s.request("GET", "/api/v1/integrations/\(conn)/crm/deal?updated_gte=2030-01-01").items
            #expect(dateOnly.isEmpty)
            let offsetForm = try await s.request("GET", "/api/v1/integrations/\(conn)/crm/deal?updated_gte=2000-01-01T00:00:00%2B02:00")
            #expect(offsetForm.status == 200)
        }
    }

    @Test(arguments: [
        ("crm/contact?limit=0", 400, "limit must be an integer between 1 and 100"),
        ("crm/contact?limit=101", 400, "limit must be an integer between 1 and 100"),
        ("crm/contact?limit=ten", 400, "limit must be an integer between 1 and 100"),
        ("crm/contact?offset=-1", 400, "offset must be an integer between 0 and 2147483647"),
        ("crm/contact?updated_gte=yesterday", 400, "updated_gte must be an ISO 8601"),
        ("crm/contact?updated_gte=2026-13-01", 400, "updated_gte must be an ISO 8601"),
        ("crn/contact", 400, "unknown category 'crn' — did you mean 'crm'?"),
        ("crm/contacts", 404, "unknown object type 'contacts' for category crm — did you mean 'contact'?"),
        ("ticketing/ticket", 403, "not authorized for category 'ticketing'"),
    ])
    func validation(_ tail: String, _ status: Int, _ expected: String) async throws {
        try await withSandbox { s in
            let r = try await s.request("GET", "/api/v1/integrations/\(s.server.seededConnectionIDs[0])/\(tail)")
            #expect(r.status == status, "\(r.text)")
            #expect(r.message.contains(expected), "\(r.message)")
            #expect(try r.json["statusCode"] == .int(status))
        }
    }

    @Test func unknownConnectionIs404() async throws {
        try await withSandbox { s in
            let r = try await s.request("GET", "/api/v1/integrations/00000000-0000-4000-8000-000000000000/crm/contact")
            #expect(r.status == 404)
            #expect(r.message.contains("not found"))
        }
    }

    @Test func unifiedCategoryNamesInConnectionsAreServedByLizaName() async throws {
        try await withSandbox { s in
            let hr = try await connection(for: .hr, in: s)
            let r = try await s.request("GET", "/api/v1/integrations/\(hr)/hr/employee?limit=2")
            #expect(r.status == 200)
            let viaUnified = try await s.request("GET", "/api/v1/integrations/\(hr)/hris/employee")
            #expect(viaUnified.status == 400)
            #expect(viaUnified.message.contains("did you mean 'hr'"))
        }
    }

    @Test func enrichmentLookupsReturnOneObject() async throws {
        try await withSandbox { s in
            let conn = try await connection(for: .enrichment, in: s)
            let person = try await s.request("GET", "/api/v1/integrations/\(conn)/enrichment/person?email=ada%40acme.example")
            #expect(person.status == 200)
            let p = try person.json
            #expect(p.objectValue != nil)
            #expect(p["emails"]?[0]?["email"]?.stringValue == "ada@acme.example")
            let again = try await s.request("GET", "/api/v1/integrations/\(conn)/enrichment/person?email=ada%40acme.example")
            #expect(again.body == person.body)
            let company = try await s.request("GET", "/api/v1/integrations/\(conn)/enrichment/company?domain=acme.example")
            #expect(try company.json["domain"]?.stringValue == "acme.example")
            let named = try await s.request("GET", "/api/v1/integrations/\(conn)/enrichment/person?name=Grace%20Hopper")
            #expect(try named.json["last_name"]?.stringValue == "Hopper")
            let none = try await s.request("GET", "/api/v1/integrations/\(conn)/enrichment/person")
            #expect(none.status == 400)
            #expect(none.message.contains("at least one of email"))
            let noCompany = try await s.request("GET", "/api/v1/integrations/\(conn)/enrichment/company?limit=5")
            #expect(noCompany.status == 400)
            let missing = try await s.request("GET", "/api/v1/integrations/\(conn)/enrichment/person?email=x%40nobody.invalid")
            #expect(missing.status == 404)
        }
    }
}

extension String {
    func addingPercentEncodingForQuery() -> String {
        var out = ""
        for b in utf8 {
            if (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x2E || b == 0x5F {
                out.unicodeScalars.append(Unicode.Scalar(b))
            } else {
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
