import Foundation
import LizaAPI

extension RecordColumns {
    /// How many records are inspected (columns stay stable while more pages arrive).
    static let sample = 100

    /// The Records pane's columns for `rows`: the flattened paths that are non-empty in the first
    /// records, in `RecordColumns.ordered` order (the header shows the path itself: it is what `/`
    /// and sorting refer to).
    static func choose(_ rows: [RecordRow]) -> [String] {
        var paths: [String] = []
        var seen = Set<String>()
        for row in rows.prefix(sample) {
            for path in row.paths where !(row.cells[path] ?? "").isEmpty && seen.insert(path).inserted {
                paths.append(path)
            }
        }
        return ordered(paths)
    }
}
