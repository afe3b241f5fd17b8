import Foundation
import OrderedJSON

/// Turns records into the text of a `RecordFormat`, batch by batch, so an export streams:
/// `header(…)`, then `write(batch)` for each batch, then `footer()`.
///
/// CSV and TSV cells are the table's cells (`RecordCells`: nested values flattened as in the
/// table) under the table's columns (`RecordColumnChoice`, from the first batch unless given).
/// `cell` post-processes each cell and header text (the CLI makes them terminal-safe when
/// stdout is a terminal); `json` renders one record (the CLI escapes controls, keeping the JSON).
public struct RecordTextWriter: Sendable {
    public let format: RecordFormat
    /// The columns, once known.
    public private(set) var columns: [String]?
    private var started = false
    private var count = 0
    private let cell: @Sendable (String) -> String
    private let json: @Sendable (JSONValue) -> String

    public init(format: RecordFormat, columns: [String]? = nil,
                cell: @escaping @Sendable (String) -> String = { $0 },
                json: @escaping @Sendable (JSONValue) -> String = { $0.serialized() }) {
        self.format = format
        self.columns = columns?.isEmpty == true ? nil : columns
        self.cell = cell
        self.json = json
    }

    /// How many records were written.
    public var written: Int { count }

    /// The text for `records` (the header or `[` first, when this is the first batch).
    public mutating func write(_ records: [JSONValue]) -> String {
        var out = ""
        if !started {
            switch format {
            case .json: out += "["
            case .ndjson: break
            case .csv, .tsv:
                guard !records.isEmpty || columns != nil else { return "" }
                let chosen = columns ?? RecordColumnChoice.choose(records)
                columns = chosen
                out += line(chosen)
            }
            started = true
        }
        for record in records {
            switch format {
            case .json:
                out += (count == 0 ? "\n" : ",\n") + json(record)
            case .ndjson:
                out += json(record) + "\n"
            case .csv, .tsv:
                out += line(RecordCells.texts(record, paths: columns ?? []))
            }
            count += 1
        }
        return out
    }

    /// The closing text (`]` of a JSON array; an empty array when nothing was written).
    public mutating func finish() -> String {
        switch format {
        case .json: return started ? (count == 0 ? "]\n" : "\n]\n") : "[]\n"
        default: return ""
        }
    }

    private func line(_ fields: [String]) -> String {
        switch format {
        case .csv: return fields.map { Self.csvField(cell($0)) }.joined(separator: ",") + "\r\n"
        default: return fields.map { Self.tsvField(cell($0)) }.joined(separator: "\t") + "\n"
        }
    }

    /// RFC 4180: a field with a comma, quote, CR or LF is quoted, its quotes doubled.
    public static func csvField(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 13 || $0 == 10 }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A TSV field: tabs and line breaks become spaces (TSV has no quoting).
    public static func tsvField(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 13 }) else { return text }
        return String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}
