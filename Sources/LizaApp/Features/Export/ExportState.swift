import Foundation
import LizaAPI
import OrderedJSON
import TUIKit

/// The export dialog (`e` in Records): which rows, which format, which file; then the progress
/// of the write, which the shell does (`Effect.exportRecords`), never update.
struct ExportState: Hashable, Sendable {
    /// Which rows are written.
    enum Scope: String, CaseIterable, Hashable, Sendable {
        /// The rows on screen.
        case visible = "visible rows"
        /// Every row the `/` filter keeps, in the table's sort.
        case filtered = "filtered rows"
        /// Every record of the object type, in server order: those loaded, or with the record
        /// store every stored one.
        case all = "all"
    }

    enum Field: Int, CaseIterable, Hashable, Sendable { case scope, format, path }

    enum Phase: Hashable, Sendable {
        case choosing
        /// The file exists: enter overwrites it, esc goes back to the path.
        case confirmOverwrite
        case writing(written: Int, total: Int)
        case done(path: String, count: Int)
        case failed(String)
    }

    /// The formats offered (TSV too: the same writer).
    static let formats: [RecordFormat] = [.csv, .json, .ndjson, .tsv]

    var objectType: String
    var scope: Scope = .filtered
    var format: RecordFormat = .csv
    var path: TextFieldState
    var field: Field = .path
    var phase: Phase = .choosing
    /// Directory entries that complete the path (after tab), shown under it.
    var completions: [String] = []
    /// The rows each scope would write.
    var counts: [Scope: Int]
    /// Scopes whose count is only a floor (the store counted a filter's matches up to a cap).
    var countsAtLeast: Set<Scope> = []
    /// The table's columns (CSV/TSV header).
    var columns: [String]
    /// Which run of the export the answers belong to.
    var generation = 0

    init(objectType: String, counts: [Scope: Int], columns: [String], path: String? = nil) {
        self.objectType = objectType
        self.counts = counts
        self.columns = columns
        let name = objectType.isEmpty ? "records" : objectType
        self.path = TextFieldState(text: path ?? "\(name).csv")
        if counts[.filtered] == counts[.all] { scope = .all }
    }

    /// `1000`, or `1000+` when that count is a floor.
    func countText(_ scope: Scope) -> String {
        "\(counts[scope] ?? 0)\(countsAtLeast.contains(scope) ? "+" : "")"
    }

    var isWriting: Bool { if case .writing = phase { return true } else { return false } }

    /// Changes the format, and the path's extension when it is one of the formats'.
    mutating func setFormat(_ new: RecordFormat) {
        let text = path.text
        if let dot = text.lastIndex(of: "."), !text[dot...].contains("/"),
           Self.formats.contains(where: { "." + $0.rawValue == text[dot...] }) {
            path.text = String(text[..<dot]) + "." + new.rawValue
        }
        format = new
    }
}
