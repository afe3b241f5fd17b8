import Foundation

/// Which rows of the record store a window read asks for: the rows `offset..<offset+limit` after
/// `filter` in `sort` order, of the store's data as of `version` (bumped when a sync writes).
/// Two equal keys read the same rows, so the pane asks again only when the key changes.
struct StoreWindowKey: Hashable, Sendable {
    var offset: Int
    var limit: Int
    var filter: String
    var sort: RecordSort?
    var version: Int

    /// True when this window (read of the same data, filter and sort) holds every row of
    /// `range` that exists among `count` rows.
    func covers(_ range: Range<Int>, count: Int, filter: String, sort: RecordSort?, version: Int) -> Bool {
        guard self.filter == filter, self.sort == sort, self.version == version else { return false }
        let wanted = range.clamped(to: 0..<max(0, count))
        if wanted.isEmpty { return true }
        return wanted.lowerBound >= offset && wanted.upperBound <= offset + limit
    }
}
