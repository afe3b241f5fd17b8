import LizaAPI
import OrderedJSON

/// All records of one sandbox, generated on demand: record *i* of an object type of a
/// connection is a pure function of (seed, connection id, category/object, i).
///
/// Nothing is stored, so a million records per object cost no memory. `updated_at` falls
/// strictly with the index (most recent first) over the two years before the reference time,
/// which makes `updated_gte` a prefix found by binary search.
struct RecordSpace: Sendable {
    let seed: UInt64
    let count: Int
    let referenceTime: Int64
    let hostile: Bool

    static let span: Int64 = 2 * 365 * 86_400

    init(options: SandboxOptions) {
        seed = options.seed
        count = options.recordsPerObject
        referenceTime = options.referenceTime
        hostile = options.hostile
    }

    /// The stable key of an object type, e.g. `crm/contact`.
    static func key(_ object: ObjectType) -> String { "\(object.category.rawValue)/\(object.name)" }

    // MARK: Time

    /// `updated_at` of record `index`: strictly decreasing with the index (within a second's
    /// resolution, never increasing), over `span` seconds before the reference time.
    ///
    /// Indexes past the list (enrichment lookups hash their fields to any index) wrap around, so
    /// their times stay inside the span instead of running back thousands of years.
    func updatedAt(_ index: Int, object: UInt64) -> Int64 {
        var rng = SeededRandom(seed, object, UInt64(index), 7)
        let step = Double(RecordSpace.span) / Double(max(count, 1))
        let position = index < count ? index : index % max(count, 1)
        let offset = Int64((Double(position) + rng.unit() * 0.9) * step)
        return referenceTime - 300 - offset
    }

    func createdAt(_ index: Int, object: UInt64, updated: Int64) -> Int64 {
        var rng = SeededRandom(seed, object, UInt64(index), 8)
        let oldest = referenceTime - RecordSpace.span - 90 * 86_400
        return max(oldest, updated - Int64(rng.below(400 * 86_400)))
    }

    /// How many leading records have `updated_at >= time`.
    func prefixCount(updatedSince time: Int64, object: UInt64) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if updatedAt(mid, object: object) >= time { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    // MARK: Identities

    func objectKey(connection: String, object: ObjectType) -> UInt64 {
        StableHash.mix(StableHash.string(connection), StableHash.string(RecordSpace.key(object)))
    }

    func company(connection: String, index: Int) -> CompanyIdentity {
        var rng = SeededRandom(seed, StableHash.string(connection), 0xC0, UInt64(index))
        let root = rng.pick(NamePools.companyRoots)
        let suffix = rng.pick(NamePools.companySuffixes)
        let place = rng.below(NamePools.places.count)
        let tld = ["example", "example.com", "example.org", "example.net"][rng.below(4)]
        let short = rng.chance(0.5) ? root.display : "\(root.display) \(suffix)"
        return CompanyIdentity(name: short, legalName: "\(root.display) \(suffix)",
                               domain: "\(root.ascii)\(index % 7 == 0 ? "" : String(index % 97)).\(tld)",
                               industry: rng.pick(NamePools.industries), place: place)
    }

    /// A person of the connection's directory (users, owners, attendees), by number.
    func person(connection: String, number: Int) -> (first: String, last: String, email: String) {
        var rng = SeededRandom(seed, StableHash.string(connection), 0x05E5, UInt64(number))
        let f = rng.pick(NamePools.firstNames), l = rng.pick(NamePools.lastNames)
        return (f.display, l.display, "\(f.ascii).\(l.ascii)@\(StableHash.string(connection) % 2 == 0 ? "liza-demo.example" : "team.example")")
    }

    func identity(connection: String, object: ObjectType, index: Int) -> Identity {
        let key = objectKey(connection: connection, object: object)
        var rng = SeededRandom(seed, key, UInt64(index), 1)
        let f = rng.pick(NamePools.firstNames), l = rng.pick(NamePools.lastNames)
        let companyIndex = Self.companyBacked.contains(RecordSpace.key(object)) ? index : rng.below(max(count, 1))
        let company = self.company(connection: connection, index: companyIndex)
        let style = rng.below(3)
        let local = style == 0 ? "\(f.ascii).\(l.ascii)" : style == 1 ? "\(f.ascii.prefix(1))\(l.ascii)" : "\(f.ascii)"
        return Identity(first: f.display, last: l.display, emailLocal: local, company: company,
                        companyIndex: companyIndex, phrase: phrase(for: object, rng: &rng, first: f.display, company: company))
    }

    /// Objects whose record *is* company number *i*.
    static let companyBacked: Set<String> = ["crm/company", "hr/company", "accounting/organization", "enrichment/company"]

    private func phrase(for object: ObjectType, rng: inout SeededRandom, first: String, company: CompanyIdentity) -> String {
        switch RecordSpace.key(object) {
        case "crm/deal": return "\(company.name) – \(rng.pick(NamePools.products))"
        case "crm/event": return "\(rng.pick(["Call recap", "Follow-up", "Intro meeting", "Pricing discussion", "Demo"])) with \(first)"
        case "crm/pipeline": return ["Sales", "Renewals", "Partnerships", "Enterprise", "Upsell"][rng.below(5)]
        case "ticketing/ticket", "ticketing/note": return rng.pick(NamePools.ticketSubjects)
        case "calendar/event": return rng.pick(NamePools.meetingSubjects)
        case "calendar/calendar": return ["Work", "Personal", "Team", "Holidays", "On-call", "Interviews"][rng.below(6)]
        case "calendar/busy": return "Busy"
        case "calendar/link": return "\([15, 30, 45, 60][rng.below(4)]) min \(["intro", "demo", "consultation", "check-in"][rng.below(4)])"
        case "messaging/channel": return rng.pick(NamePools.channelNames)
        case "messaging/message": return rng.pick(NamePools.messages)
        case "storage/file":
            let kind = rng.pick(NamePools.fileKinds)
            return "\(rng.pick(NamePools.fileStems)).\(kind.ext)"
        case "task/task", "task/comment": return rng.pick(NamePools.taskNames)
        case "task/project": return rng.pick(NamePools.projectNames)
        case "ats/job": return rng.pick(NamePools.jobNames)
        case "ats/document": return "\(first.lowercased())-\(["resume", "cover-letter", "offer"][rng.below(3)]).pdf"
        case "accounting/account":
            return ["Business Checking", "Savings", "Accounts Receivable", "Accounts Payable", "Office Supplies",
                    "Sales Revenue", "Travel Expenses", "Credit Card", "Equipment", "Payroll"][rng.below(10)]
        case "accounting/invoice", "accounting/transaction", "accounting/journal", "accounting/payment":
            return "\(rng.pick(NamePools.products)) for \(company.name)"
        case "ecommerce/item": return "\(rng.pick(NamePools.itemAdjectives)) \(rng.pick(NamePools.itemNames))"
        case "ecommerce/collection": return ["Kitchen", "Apparel", "Office", "Outdoor", "Gifts", "Sale", "New arrivals", "Accessories"][rng.below(8)]
        case "ecommerce/location", "hr/location": return "\(NamePools.places[company.place].city) \(["office", "warehouse", "store", "hub"][rng.below(4)])"
        case "ecommerce/inventory": return "Stock"
        case "hr/group": return rng.pick(NamePools.departments)
        case "hr/timeoff": return ["Vacation", "Sick leave", "Parental leave", "Public holiday"][rng.below(4)]
        case "hr/payslip": return "Payslip"
        case "marketing/list": return "\(rng.pick(NamePools.listNames)) \(rng.pick(NamePools.languages))"
        default: return "\(first) \(company.name)"
        }
    }

    /// The texts `query` is matched against (name, e-mail, subject or title, company).
    func searchable(connection: String, object: ObjectType, index: Int) -> [String] {
        let id = identity(connection: connection, object: object, index: index)
        switch RecordSpace.key(object) {
        case "crm/contact", "crm/lead", "ticketing/customer", "ats/candidate", "hr/employee", "marketing/member",
             "accounting/contact", "enrichment/person":
            return [id.name, id.email, id.company.name]
        case "crm/company", "hr/company", "accounting/organization", "enrichment/company":
            return [id.company.name, id.company.domain]
        case "ats/application", "ats/interview", "ats/scorecard", "hr/timeoff", "hr/payslip":
            return [id.name, id.phrase]
        default:
            return [id.phrase]
        }
    }

    // MARK: Pages

    /// One page of records matching the filters, and how many match in total. `mutations`
    /// (from `POST /_sandbox/mutate`) put changed records first and leave deleted ones out.
    func page(connection: String, object: ObjectType, query: String?, updatedSince: Int64?, limit: Int, offset: Int,
              mutations: RecordMutations = RecordMutations()) -> (records: [JSONValue], total: Int) {
        let key = objectKey(connection: connection, object: object)
        let upper = updatedSince.map { prefixCount(updatedSince: $0, object: key) } ?? count
        let front = mutations.front(since: updatedSince)
        let excluded = mutations.excluded
        let excludedBelow = excluded.prefix { $0 < upper }.count
        func frontRecord(_ k: Int) -> JSONValue {
            let entry = front[k]
            return changedRecord(connection: connection, object: object, index: entry.index, time: entry.time, version: entry.version)
        }
        guard let needle = query?.lowercased(), !needle.isEmpty else {
            let total = front.count + upper - excludedBelow
            let start = min(offset, total), end = min(total, start + limit)
            var records: [JSONValue] = []
            var position = start
            while position < end && position < front.count {
                records.append(frontRecord(position))
                position += 1
            }
            if position < end {
                // The (position - front)th generated index that is not excluded.
                var index = position - front.count
                var skipped = 0
                for e in excluded where e <= index + skipped { skipped += 1 }
                index += skipped
                var cursor = excluded.firstIndex { $0 > index } ?? excluded.count
                while position < end && index < upper {
                    if cursor < excluded.count && excluded[cursor] == index { cursor += 1; index += 1; continue }
                    records.append(record(connection: connection, object: object, index: index))
                    index += 1
                    position += 1
                }
            }
            return (records, total)
        }
        var total = 0
        var records: [JSONValue] = []
        func consider(_ index: Int, _ build: () -> JSONValue) {
            guard searchable(connection: connection, object: object, index: index).contains(where: { $0.lowercased().contains(needle) }) else { return }
            if total >= offset, records.count < limit { records.append(build()) }
            total += 1
        }
        for k in front.indices { consider(front[k].index) { frontRecord(k) } }
        let skip = Set(excluded)
        for i in 0..<upper where !skip.contains(i) { consider(i) { record(connection: connection, object: object, index: i) } }
        return (records, total)
    }

    /// Record `index` as `POST /_sandbox/mutate` left it: `updated_at` moved to `time` and its
    /// first text field (not the id or a timestamp) marked with the version, e.g. `Ada Byron (edit 2)`.
    func changedRecord(connection: String, object: ObjectType, index: Int, time: Int64, version: Int) -> JSONValue {
        guard case .object(var pairs) = record(connection: connection, object: object, index: index) else {
            return record(connection: connection, object: object, index: index)
        }
        var edited = false
        for k in pairs.indices {
            switch (pairs[k].key, pairs[k].value) {
            case ("updated_at", _):
                pairs[k].value = .string(ISOTime.format(time))
            case ("id", _), ("created_at", _), ("remote_id", _):
                continue
            case (_, .string(let text)) where !edited:
                pairs[k].value = .string("\(text) (edit \(version))")
                edited = true
            default:
                continue
            }
        }
        return .object(pairs)
    }

    /// Record `index` of `object` for `connection`, hostile-laced when the option is on.
    func record(connection: String, object: ObjectType, index: Int) -> JSONValue {
        let key = objectKey(connection: connection, object: object)
        let updated = updatedAt(index, object: key)
        var ctx = RecordContext(
            space: self, connection: connection, object: object, index: index,
            identity: identity(connection: connection, object: object, index: index),
            created: createdAt(index, object: key, updated: updated), updated: updated,
            rng: SeededRandom(seed, key, UInt64(index), 2))
        let value = ctx.build()
        return hostile ? HostileStrings.lace(value, seed: seed, key: key, index: index) : value
    }
}
