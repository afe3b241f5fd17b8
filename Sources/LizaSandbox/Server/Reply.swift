import OrderedJSON

/// What the sandbox answers, independent of the HTTP server library, so routes stay plain
/// functions: a status, headers and body bytes — or a dropped connection.
struct Reply: Sendable {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]
    /// Close the connection instead of answering.
    var drop = false

    static func json(_ value: JSONValue, status: Int = 200, headers: [(String, String)] = []) -> Reply {
        Reply(status: status, headers: [("Content-Type", "application/json; charset=utf-8")] + headers, body: Array(value.serialized().utf8))
    }

    /// A page for a browser. No other site may frame it (clickjacking the Approve button of the
    /// consent page), in both the old and the CSP spelling.
    static func html(_ page: String, status: Int = 200, headers: [(String, String)] = []) -> Reply {
        Reply(status: status, headers: [("Content-Type", "text/html; charset=utf-8")] + frameProtection + headers, body: Array(page.utf8))
    }

    /// The headers that forbid framing a page.
    static let frameProtection = [("X-Frame-Options", "DENY"), ("Content-Security-Policy", "frame-ancestors 'none'")]

    static func text(_ text: String, status: Int = 200) -> Reply {
        Reply(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Array(text.utf8))
    }

    static func empty(status: Int, headers: [(String, String)] = []) -> Reply {
        Reply(status: status, headers: headers, body: [])
    }

    static var dropped: Reply { Reply(status: 0, headers: [], body: [], drop: true) }

    /// The error body every API error uses: `{"statusCode":N,"error":"Reason","message":"…"}`.
    static func error(_ status: Int, _ message: String, headers: [(String, String)] = []) -> Reply {
        json(JSONBuild.object([("statusCode", JSONBuild.int(status)), ("error", JSONBuild.string(reason(status))), ("message", JSONBuild.string(message))]), status: status, headers: headers)
    }

    /// The standard reason phrase of a status code.
    static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 201: return "Created"
        case 204: return "No Content"
        case 303: return "See Other"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 409: return "Conflict"
        case 413: return "Payload Too Large"
        case 415: return "Unsupported Media Type"
        case 421: return "Misdirected Request"
        case 422: return "Unprocessable Entity"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error"
        }
    }

    /// What a gateway in front of the API sends when the upstream is down: not JSON at all.
    static func proxyPage(_ status: Int) -> Reply {
        let title = "\(status) \(reason(status))"
        return html("<html>\r\n<head><title>\(title)</title></head>\r\n<body>\r\n<center><h1>\(title)</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n", status: status)
    }
}

/// A validation or lookup failure inside a route; becomes `Reply.error`.
struct APIError: Error {
    let status: Int
    let message: String
    /// Extra response headers (e.g. `Allow` on a 405).
    var headers: [(String, String)] = []

    static func badRequest(_ m: String) -> APIError { APIError(status: 400, message: m) }
    static func notFound(_ m: String) -> APIError { APIError(status: 404, message: m) }
    static func forbidden(_ m: String) -> APIError { APIError(status: 403, message: m) }

    var reply: Reply { .error(status, message, headers: headers) }
}
