/// Probes every object type a connection's categories offer (ObjectCatalog), one small read
/// each (`limit=1`, or a lookup that matches nothing for enrichment), a few at a time. Pure
/// over `LizaClient`, so the CLI (`liza doctor`) and the TUI share it; rate limiting is left
/// to the client's retry policy, which honours `Retry-After`.
public struct ConnectionDoctor: Sendable {
    public let client: LizaClient
    /// How many probes run at once (clamped to 1…16).
    public let concurrency: Int

    public init(client: LizaClient, concurrency: Int = 4) {
        self.client = client
        self.concurrency = min(max(concurrency, 1), 16)
    }

    /// The object types probed for `connection`, in catalog order.
    public static func plan(for connection: Connection) -> [ObjectType] {
        connection.categories.flatMap { ObjectCatalog.objects(in: $0) }
    }

    /// Probes every object type of `connection`; the results come back in `plan` order.
    /// `progress` is called after each probe (from the probing tasks).
    public func examine(_ connection: Connection, progress: (@Sendable (ObjectProbe) -> Void)? = nil) async -> [ObjectProbe] {
        let plan = Self.plan(for: connection)
        var results = [ObjectProbe?](repeating: nil, count: plan.count)
        await withTaskGroup(of: (Int, ObjectProbe).self) { group in
            var next = 0
            while next < plan.count || !group.isEmpty {
                // Keep at most `concurrency` probes in flight.
                while next < plan.count, next - results.count(where: { $0 != nil }) < concurrency {
                    let index = next, object = plan[index], id = connection.id
                    group.addTask { (index, await probe(connectionID: id, object: object)) }
                    next += 1
                }
                guard let (index, result) = await group.next() else { break }
                results[index] = result
                progress?(result)
            }
        }
        return results.compactMap { $0 }
    }

    /// One probe: a one-record page, or for lookups a query that matches nothing (404 is then
    /// the expected "no match", so it counts as ok).
    public func probe(connectionID: String, object: ObjectType) async -> ObjectProbe {
        let clock = ContinuousClock()
        let start = clock.now
        var outcome = ProbeOutcome.ok
        do {
            switch object.kind {
            case .list:
                _ = try await client.records(RecordQuery(connectionID: connectionID, category: object.category, objectType: object.name, limit: 1))
            case .lookup:
                let field = object.filters.first(where: { $0 == "email" || $0 == "domain" }) ?? object.filters.first ?? "name"
                let value = field == "email" ? "liza-doctor@example.invalid" : field == "domain" ? "example.invalid" : "liza doctor"
                do {
                    _ = try await client.lookup(connectionID: connectionID, category: object.category, objectType: object.name, fields: [field: value])
                } catch where error.status == 404 {
                    // No match is a healthy answer for a lookup.
                }
            }
        } catch {
            outcome = ProbeOutcome(error)
        }
        let elapsed = clock.now - start
        let ms = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        return ObjectProbe(category: object.category, objectType: object.name, outcome: outcome, milliseconds: Int(clamping: ms))
    }
}
