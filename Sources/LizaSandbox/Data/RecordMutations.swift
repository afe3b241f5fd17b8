/// Records of one object type changed or deleted through `POST /_sandbox/mutate`, laid over the
/// generated list (which stays a pure function of the seed).
///
/// A changed record moves to the front of the list (newest `updated_at` first, as the list is
/// ordered) with a new time past every generated one; a deleted record is gone from the list.
struct RecordMutations: Sendable {
    /// Index → new `updated_at` (seconds) and how many times it was changed.
    private(set) var changed: [Int: (time: Int64, version: Int)] = [:]
    private(set) var deleted: Set<Int> = []

    var isEmpty: Bool { changed.isEmpty && deleted.isEmpty }

    mutating func change(_ index: Int, at time: Int64) {
        deleted.remove(index)
        changed[index] = (time, (changed[index]?.version ?? 0) + 1)
    }

    mutating func delete(_ index: Int) {
        changed[index] = nil
        deleted.insert(index)
    }

    /// Changed indexes with time ≥ `since`, newest first.
    func front(since: Int64?) -> [(index: Int, time: Int64, version: Int)] {
        changed.filter { since == nil || $0.value.time >= since ?? 0 }
            .map { (index: $0.key, time: $0.value.time, version: $0.value.version) }
            .sorted { ($0.time, $1.index) > ($1.time, $0.index) }
    }

    /// Indexes no longer at their generated place, ascending.
    var excluded: [Int] { (Array(changed.keys) + Array(deleted)).sorted() }
}
