import Foundation

/// The parts of an HTTP request the routes look at, decoded once.
struct ParsedRequest: Sendable {
    let method: String
    /// The path as received (percent-encoded), without the query.
    let path: String
    /// Path segments, percent-decoded, empty segments (from `//` or a trailing `/`) removed.
    let segments: [String]
    let rawQuery: String?
    /// Query parameters, decoded (`+` is a space); the first of repeated names wins.
    let query: [String: String]
    let headers: [String: String]
    let body: [UInt8]

    init(method: String, path: String, rawQuery: String?, headers: [String: String], body: [UInt8]) {
        self.method = method
        self.path = path
        self.rawQuery = rawQuery?.isEmpty == true ? nil : rawQuery
        self.headers = headers
        self.body = body
        segments = path.split(separator: "/", omittingEmptySubsequences: true).map { String($0).removingPercentEncoding ?? String($0) }
        query = ParsedRequest.form(rawQuery ?? "")
    }

    func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// Decodes `application/x-www-form-urlencoded` text (also used for query strings).
    static func form(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                let spaced = s.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let key = decode(parts[0])
            if out[key] == nil { out[key] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return out
    }
}
