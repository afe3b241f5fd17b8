import Foundation
import LizaAPI
import OrderedJSON

/// What the shell writes for an export: the records (a snapshot taken when enter was pressed, or
/// rows of the record store, streamed), the format and columns, and the file. Values only, so
/// tests compare the effect.
struct ExportJob: Hashable, Sendable {
    var path: String
    var format: RecordFormat
    var columns: [String]
    var records: [JSONValue]
    /// Replace an existing file (asked first); otherwise an existing file is reported, not touched.
    var overwrite: Bool
    /// With the record store: the rows to stream from it instead of `records`.
    var stored: ExportStoredRows? = nil
}

/// Rows of the record store an export streams in batches (the filtered rows or the whole object
/// type), never held in memory at once.
struct ExportStoredRows: Hashable, Sendable {
    var collection: StoreCollection
    /// The `/` filter (empty: every row).
    var filter: String
    /// The table's sort (empty: server order).
    var sort: [StoreOrder]
    /// The rows the dialog counted (for the progress line).
    var count: Int
}

/// What an export run reports.
enum ExportProgress: Hashable, Sendable {
    case wrote(Int)
    case exists
    case finished(path: String, count: Int)
    case failed(String)
}
