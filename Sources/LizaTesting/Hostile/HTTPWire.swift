/// Raw HTTP/1.1 response bytes, built by hand so that a misbehaviour controls every byte.
enum HTTPWire {
    /// A complete response with `Content-Length` and `Connection: close`.
    static func response(_ status: Int, _ reason: String? = nil, contentType: String? = "application/json",
                         headers: [(String, String)] = [], body: [UInt8]) -> [UInt8] {
        var head = "HTTP/1.1 \(status) \(reason ?? Self.reason(status))\r\n"
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if status != 204 && status != 304 { head += "Content-Length: \(body.count)\r\n" }
        head += "Connection: close\r\n\r\n"
        return Array(head.utf8) + (status == 204 || status == 304 ? [] : body)
    }

    /// A JSON response from text.
    static func json(_ status: Int, _ text: String, headers: [(String, String)] = []) -> [UInt8] {
        response(status, headers: headers, body: Array(text.utf8))
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 204: return "No Content"
        case 302: return "Found"
        case 307: return "Temporary Redirect"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 422: return "Unprocessable Entity"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        default: return "Whatever"
        }
    }
}
