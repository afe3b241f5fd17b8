import LizaAPI
import OrderedJSON

/// What a generator needs to build one record: its identity, times, a detail random stream and
/// helpers for the nested shapes Unified uses (emails, telephones, address …).
struct RecordContext {
    let space: RecordSpace
    let connection: String
    let object: ObjectType
    let index: Int
    let identity: Identity
    let created: Int64
    let updated: Int64
    var rng: SeededRandom

    /// Builds the record: generator fields first, then `created_at`/`updated_at`.
    mutating func build() -> JSONValue {
        var fields: [(String, JSONValue)]
        switch object.category {
        case .crm: fields = crm()
        case .ticketing: fields = ticketing()
        case .calendar: fields = calendar()
        case .messaging: fields = messaging()
        case .storage: fields = storage()
        case .task: fields = task()
        case .ats: fields = ats()
        case .accounting: fields = accounting()
        case .ecommerce: fields = ecommerce()
        case .hr: fields = hr()
        case .enrichment: fields = enrichment()
        case .marketing: fields = marketing()
        }
        fields.append(("created_at", JSONBuild.string(ISOTime.format(created))))
        fields.append(("updated_at", JSONBuild.string(ISOTime.format(updated))))
        return JSONBuild.object(fields)
    }

    /// Fields for an object type the generators do not know (kept generic, never fails).
    func generic() -> [(String, JSONValue)] {
        [("id", JSONBuild.string(id("obj"))), ("name", JSONBuild.string(identity.phrase))]
    }

    // MARK: Ids and references

    /// This record's id, e.g. `ct-1001`.
    func id(_ prefix: String) -> String { "\(prefix)-\(1001 + index)" }

    /// The id of some record of another object type of this connection.
    mutating func ref(_ prefix: String) -> String { "\(prefix)-\(1001 + rng.below(max(space.count, 1)))" }

    mutating func refs(_ prefix: String, upTo n: Int) -> JSONValue {
        guard space.count > 0 else { return .array([]) }
        return JSONBuild.strings((0..<rng.int(0...n)).map { _ in ref(prefix) })
    }

    /// The id of the company this record belongs to (`co-…`, matching crm/company records).
    var companyID: String { "co-\(1001 + identity.companyIndex)" }

    /// A workspace user (owner, assignee, attendee …): id, name and e-mail.
    mutating func user() -> (id: String, name: String, email: String) {
        let n = rng.int(1...24)
        let p = space.person(connection: connection, number: n)
        return ("usr-\(n)", "\(p.first) \(p.last)", p.email)
    }

    // MARK: Values

    var currency: String { ["EUR", "EUR", "EUR", "USD", "GBP", "CHF"][Int(StableHash.string(connection) % 6)] }

    var place: (city: String, region: String, postal: String, country: String, code: String, tz: String, phone: String) {
        NamePools.places[identity.company.place]
    }

    mutating func address() -> JSONValue {
        let p = place
        return JSONBuild.object([("address1", JSONBuild.string("\(rng.pick(NamePools.streets)) \(rng.int(1...220))")), ("city", JSONBuild.string(p.city)),
                    ("region", JSONBuild.string(p.region)), ("postal_code", JSONBuild.string(p.postal)), ("country", JSONBuild.string(p.country)),
                    ("country_code", JSONBuild.string(p.code))])
    }

    mutating func telephone() -> String {
        "\(place.phone) \(rng.int(100...999)) \(rng.int(1000...9999))"
    }

    mutating func telephones() -> JSONValue {
        var list = [JSONBuild.object([("telephone", JSONBuild.string(telephone())), ("type", JSONBuild.string("WORK"))])]
        if rng.chance(0.3) { list.append(JSONBuild.object([("telephone", JSONBuild.string(telephone())), ("type", JSONBuild.string("MOBILE"))])) }
        return .array(list)
    }

    mutating func emails() -> JSONValue {
        var list = [JSONBuild.object([("email", JSONBuild.string(identity.email)), ("type", JSONBuild.string("WORK"))])]
        if rng.chance(0.2) {
            list.append(JSONBuild.object([("email", JSONBuild.string("\(identity.emailLocal)@\(["mail.example", "home.example"][rng.below(2)])")), ("type", JSONBuild.string("HOME"))]))
        }
        return .array(list)
    }

    /// A time `days` days (may be negative) away from `updated`, at a plausible hour.
    mutating func around(days: ClosedRange<Int>) -> Int64 {
        let base = updated - updated % 86_400
        return base + Int64(rng.int(days)) * 86_400 + Int64(rng.int(7...17)) * 3600 + Int64(rng.below(4)) * 900
    }

    func ts(_ t: Int64) -> JSONValue { JSONBuild.string(ISOTime.format(t)) }

    mutating func amountCents(_ range: ClosedRange<Int>) -> Int { rng.int(range) * 100 + (rng.chance(0.4) ? rng.below(100) : 0) }

    mutating func tags(_ pool: [String], upTo n: Int) -> JSONValue {
        var seen: [String] = []
        for _ in 0..<rng.int(0...n) { let t = rng.pick(pool); if !seen.contains(t) { seen.append(t) } }
        return JSONBuild.strings(seen)
    }

    func slug(_ s: String) -> String {
        var out = ""
        for ch in s.lowercased() {
            if ch.isASCII, ch.isLetter || ch.isNumber { out.append(ch) } else if !out.hasSuffix("-") { out.append("-") }
        }
        return out.trimmingDashes()
    }
}

private extension String {
    func trimmingDashes() -> String {
        var s = Substring(self)
        while s.hasPrefix("-") { s = s.dropFirst() }
        while s.hasSuffix("-") { s = s.dropLast() }
        return String(s)
    }
}
