import Foundation
import LizaStore
import LizaAPI
import OrderedJSON

/// Where `liza records` sends records: the usual output (table, tab-separated, `--json`), or a
/// `--format` writer.
enum RecordSink: Sendable {
    case usual(RecordOutput)
    case formatted(FormattedRecords)

    init(console: Console, json: Bool, streaming: Bool, format: RecordFormat?) {
        if let format {
            self = .formatted(FormattedRecords(format: format, fd: STDOUT_FILENO, terminal: console.stdoutIsTTY))
        } else {
            self = .usual(RecordOutput(console: console, json: json, streaming: streaming))
        }
    }

    mutating func page(_ records: [JSONValue]) {
        switch self {
        case .usual(var output):
            output.page(records)
            self = .usual(output)
        case .formatted(var output):
            output.page(records)
            self = .formatted(output)
        }
    }

    mutating func finish(summary: String?) {
        switch self {
        case .usual(let output):
            output.finish(summary: summary)
        case .formatted(var output):
            output.finish()
            self = .formatted(output)
        }
    }
}
