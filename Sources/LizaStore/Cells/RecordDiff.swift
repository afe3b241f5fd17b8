import LizaAPI
import OrderedJSON

/// The per-field difference between a stored record's previous and current version, on the
/// table's flattened cells (`RecordCells`), for the pane's diff view of a changed row.
public enum RecordDiff {
    /// One field that differs: its path and text before and after (nil: absent on that side).
    public struct Field: Hashable, Sendable {
        public var path: String
        public var before: String?
        public var after: String?
    }

    /// The fields of `before` and `after` whose text differs, in the order of `after`'s cells
    /// then the ones only `before` had.
    public static func fields(before: JSONValue, after: JSONValue) -> [Field] {
        let old = RecordCells.flatten(before), new = RecordCells.flatten(after)
        var oldText: [String: String] = [:]
        for cell in old where oldText[cell.path] == nil { oldText[cell.path] = RecordCells.text(cell.value) }
        var seen = Set<String>()
        var out: [Field] = []
        for cell in new where seen.insert(cell.path).inserted {
            let text = RecordCells.text(cell.value)
            if oldText[cell.path] != text { out.append(Field(path: cell.path, before: oldText[cell.path], after: text)) }
        }
        for cell in old where seen.insert(cell.path).inserted {
            out.append(Field(path: cell.path, before: oldText[cell.path], after: nil))
        }
        return out
    }

    /// The diff of a stored record against its previous version; empty when it has none.
    public static func fields(of record: StoredRecord) -> [Field] {
        guard let before = record.previousValue, let after = record.value else { return [] }
        return fields(before: before, after: after)
    }
}
