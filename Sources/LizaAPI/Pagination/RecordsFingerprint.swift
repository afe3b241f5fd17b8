import OrderedJSON

/// A cheap identity of a page's records, for the guard against servers that ignore `offset`
/// and would otherwise make pagination loop forever over the same page.
struct RecordsFingerprint: Hashable, Sendable {
    let count: Int
    let hash: Int

    init(_ records: [JSONValue]) {
        count = records.count
        var hasher = Hasher()
        hasher.combine(records)
        hash = hasher.finalize()
    }
}
