import Foundation
import TUIKit
import LizaAPI
/// Client-side sort of the loaded records by one column.
struct RecordSort: Hashable, Sendable {
    var column: String
    var ascending: Bool
    init(column: String, ascending: Bool = true) { self.column = column; self.ascending = ascending }
}
