import Foundation
import OrderedJSON

/// The `liza` command that sends the same request as the TUI did, for copying into a shell or
/// a script (the settings — profile, base URL, token — are the shell's own).
public enum LizaCommandLine {
    /// `liza records CONN CATEGORY OBJECT --limit N --offset N [--query …] [--updated-since …] [--filter k=v …]`.
    public static func records(_ query: RecordQuery) -> String {
        var words = ["liza", "records", query.connectionID, query.category.rawValue, query.objectType,
                     "--limit", String(query.limit), "--offset", String(query.offset)]
        if let text = query.query, !text.isEmpty { words += ["--query", text] }
        if let since = query.updatedSince, !since.isEmpty { words += ["--updated-since", since] }
        for key in query.filters.keys.sorted() { words += ["--filter", "\(key)=\(query.filters[key] ?? "")"] }
        return ShellQuote.join(words)
    }

    /// `liza passthrough CONN METHOD PATH [-d '{…}']`.
    public static func passthrough(connectionID: String, _ request: PassthroughRequest) -> String {
        var words = ["liza", "passthrough", connectionID, request.method.rawValue, request.path]
        if let data = request.data { words += ["-d", data.serialized()] }
        return ShellQuote.join(words)
    }
}
