import Foundation
import LizaStore
import LizaAPI
import OrderedJSON

/// `--format csv|tsv|json|ndjson` output: a `RecordTextWriter` whose text goes to a file
/// descriptor (stdout, or the file of `liza export --output`).
///
/// On a terminal, cells are made terminal-safe (`TerminalText.cell`); into a pipe or a file
/// they are the data as is, so a CSV parses back to what the server sent. JSON is escaped the
/// way `--json` is (`TerminalText.json`: the same value, no raw controls).
struct FormattedRecords: Sendable {
    private(set) var writer: RecordTextWriter
    let fd: Int32

    init(format: RecordFormat, columns: [String]? = nil, fd: Int32, terminal: Bool) {
        let safe: @Sendable (String) -> String = { TerminalText.cell($0) }
        let raw: @Sendable (String) -> String = { $0 }
        let json: @Sendable (JSONValue) -> String = { TerminalText.json($0.serialized()) }
        writer = RecordTextWriter(format: format, columns: columns, cell: terminal ? safe : raw, json: json)
        self.fd = fd
    }

    mutating func page(_ records: [JSONValue]) {
        let text = writer.write(records)
        if !text.isEmpty { Console.emit(text, to: fd) }
    }

    /// Stored records, parsed back (a row whose text is not JSON is skipped; the store writes none).
    mutating func stored(_ records: [StoredRecord]) {
        page(records.compactMap(\.value))
    }

    mutating func finish() {
        let text = writer.finish()
        if !text.isEmpty { Console.emit(text, to: fd) }
    }

    var written: Int { writer.written }
}
