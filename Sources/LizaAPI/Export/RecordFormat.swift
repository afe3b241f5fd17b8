/// The text formats records are written in (`--format`, the TUI's export).
public enum RecordFormat: String, CaseIterable, Hashable, Sendable {
    /// RFC 4180: a header of column paths, then one line per record, CRLF line ends.
    case csv
    /// Tab-separated: the same columns; tabs and line breaks inside cells become spaces.
    case tsv
    /// One JSON array of the records as the server sent them.
    case json
    /// One compact JSON record per line.
    case ndjson
}
