import Foundation
import OrderedJSON

/// The `curl` command that sends the same request liza would, for copying into a shell.
///
/// The token never appears: the `Authorization` header reads `"Bearer $LIZA_TOKEN"`, which the
/// shell fills in from the environment. Everything else is single-quoted, so nothing in a path,
/// a query or a body is expanded by the shell.
public enum CurlCommand {
    /// The shell text that stands in for the token.
    public static let tokenVariable = "$LIZA_TOKEN"

    /// `curl` for one page of records (`GET …/{connection}/{category}/{object}?limit=…`).
    public static func records(baseURL: String, _ query: RecordQuery) throws(LizaError) -> String {
        let query = try Validation.validated(query)
        let base = try BaseURL(baseURL)
        return render(LizaClient.unsignedRequest(base, .GET, [query.connectionID, query.category.rawValue, query.objectType],
                                                 query: query.queryItems, body: nil))
    }

    /// `curl` for a passthrough (`POST …/{connection}/passthrough` with the method, path and data).
    public static func passthrough(baseURL: String, connectionID: String, _ request: PassthroughRequest) throws(LizaError) -> String {
        let id = try Validation.connectionID(connectionID)
        let request = try Validation.validated(request)
        let base = try BaseURL(baseURL)
        return render(LizaClient.unsignedRequest(base, .POST, [id, "passthrough"], query: [], body: request.json))
    }

    /// `curl -sS [-X METHOD] 'URL' -H '…' -H "Authorization: Bearer $LIZA_TOKEN" [--data-raw '…']`,
    /// on one line. Headers are in a fixed order so the text is stable.
    public static func render(_ request: HTTPRequest) -> String {
        var words = ["curl", "-sS"]
        if request.method != .GET || request.body != nil { words += ["-X", request.method.rawValue] }
        words.append(ShellQuote.quote(request.url))
        for name in request.headers.keys.sorted() where name.lowercased() != "authorization" && name.lowercased() != "user-agent" {
            words += ["-H", ShellQuote.quote("\(name): \(request.headers[name] ?? "")")]
        }
        words += ["-H", "\"Authorization: Bearer \(tokenVariable)\""]
        if let body = request.body {
            words += ["--data-raw", ShellQuote.quote(String(decoding: body, as: UTF8.self))]
        }
        return words.joined(separator: " ")
    }
}
