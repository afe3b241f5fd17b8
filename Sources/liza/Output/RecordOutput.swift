import LizaAPI
import OrderedJSON

/// Prints pages of records as they arrive: NDJSON, a JSON array, a table, or tab-separated rows.
///
/// - `--json` with `--all`: one compact record per line, written as each page arrives.
/// - `--json` for one page: the page's records as one JSON array.
/// - a terminal: a table; when streaming, the columns and widths come from the first page.
/// - a pipe: a header of field names, then tab-separated rows, each page written as it arrives.
struct RecordOutput {
    let console: Console
    let json: Bool
    let streaming: Bool
    private var count = 0
    private var buffered: [JSONValue] = []
    private var columns: [String]?
    private var widths: [Int]?

    init(console: Console, json: Bool, streaming: Bool) {
        self.console = console
        self.json = json
        self.streaming = streaming
    }

    mutating func page(_ records: [JSONValue]) {
        count += records.count
        if json {
            if streaming {
                // One write per page: a reader sees whole lines as soon as a page is in.
                let text = records.map(JSONOutput.line).joined(separator: "\n")
                if !records.isEmpty { console.out(text + "\n") }
            } else {
                buffered += records
            }
            return
        }
        guard !records.isEmpty else { return }
        if console.stdoutIsTTY {
            let columns = self.columns ?? RecordColumns.terminalColumns(records)
            // Column names are the API's keys: as untrusted as the values.
            let table = TablePrinter(headers: columns.map { TerminalText.cell($0.uppercased()) }, keep: columns.first == "id" ? [0] : [])
            let rows = records.map { record in columns.map { TerminalText.cell(RecordColumns.cell(record[$0])) } }
            var out = ""
            if widths == nil {
                let w = table.widths(for: rows, totalWidth: console.width)
                widths = w
                out += table.headerLine(widths: w, bold: console.bold) + "\n"
            }
            for row in rows { out += table.line(row, widths: widths ?? []) + "\n" }
            self.columns = columns
            console.out(out)
        } else {
            var out = ""
            if columns == nil {
                let keys = RecordColumns.allKeys(records)
                columns = keys
                out += keys.map(TerminalText.cell).joined(separator: "\t") + "\n"
            }
            let keys = columns ?? []
            for record in records {
                out += keys.map { TerminalText.cell(RecordColumns.scriptCell(record[$0])) }.joined(separator: "\t") + "\n"
            }
            console.out(out)
        }
    }

    /// Ends the output: the JSON array when one was being collected, and on a terminal a
    /// summary line on stderr.
    func finish(summary: String?) {
        if json && !streaming {
            JSONOutput.print(.array(buffered), console: console)
            return
        }
        guard console.stderrIsTTY, !json else { return }
        let text = summary ?? "\(count) record\(count == 1 ? "" : "s")"
        Console.emit(console.stderrIsTTY && console.styled ? "\u{1B}[2m\(text)\u{1B}[0m\n" : text + "\n", to: 2)
    }
}
