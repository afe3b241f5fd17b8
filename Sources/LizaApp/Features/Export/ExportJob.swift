import Foundation
import LizaAPI
import OrderedJSON

/// What the shell writes for an export: the records (a snapshot taken when enter was pressed),
/// the format and columns, and the file. Values only, so tests compare the effect.
struct ExportJob: Hashable, Sendable {
    var path: String
    var format: RecordFormat
    var columns: [String]
    var records: [JSONValue]
    /// Replace an existing file (asked first); otherwise an existing file is reported, not touched.
    var overwrite: Bool
}

/// What an export run reports.
enum ExportProgress: Hashable, Sendable {
    case wrote(Int)
    case exists
    case finished(path: String, count: Int)
    case failed(String)
}
