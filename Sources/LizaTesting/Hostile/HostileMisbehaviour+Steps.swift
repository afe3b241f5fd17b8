import OrderedJSON

extension HostileMisbehaviour {
    /// What the server does with `request`: the bytes it writes, when, and how it ends.
    func steps(for request: HostileRequest, canaryPort: Int) -> [HostileStep] {
        let endpoint = request.endpoint
        let normalBody = Array(HostileDocuments.normal(for: endpoint).serialized().utf8)
        switch self {
        case .stalledHeaders:
            return [.stall]
        case .stalledBody:
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{\"data\":["
            return [.send(Array(head.utf8)), .stall]
        case .slowDrip:
            let whole = HTTPWire.response(200, body: normalBody)
            let headLength = whole.count - normalBody.count
            return [.send(Array(whole.prefix(headLength))), .drip(normalBody, interval: 1)]
        case .slowHeaders:
            return [.drip(HTTPWire.response(200, body: normalBody), interval: 1)]
        case .shortBody:
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(normalBody.count * 10)\r\n\r\n"
            return [.send(Array(head.utf8) + Array(normalBody.prefix(max(1, normalBody.count / 2))))]
        case .brokenChunked:
            let text = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ;\u{1B}]2;\(HostileTexts.title)\u{07}\r\n{}\r\n"
            return [.send(Array(text.utf8))]
        case .closedInStatusLine:
            return [.send(Array("HTTP/1.1 2".utf8))]
        case .garbageStatusLine:
            return [.send([0x00, 0xFF, 0x1B] + Array("GARBAGE \u{1B}]2;\(HostileTexts.title)\u{07} \u{9B}31m\r\n\r\n".utf8) + HostileTexts.rawEscapes)]
        case .connectionReset:
            return [.reset]
        case .status999:
            return [.send(HTTPWire.response(999, "Whatever", body: normalBody))]
        case .hugeHeader:
            return [.send(HTTPWire.response(200, headers: [("X-Junk", String(repeating: "j", count: 1 << 20))], body: normalBody))]

        case .retryAfterAbsurdDate:
            return [.send(Self.tooManyRequests("Wed, 21 Oct 300000000000 07:28:00 GMT"))]
        case .retryAfterNegative:
            return [.send(Self.tooManyRequests("-5"))]
        case .retryAfterGarbage:
            return [.send(Self.tooManyRequests("soon\u{2122}"))]
        case .retryAfterHuge:
            return [.send(Self.tooManyRequests("99999999999999999999999"))]
        case .rateLimitedForever:
            return [.send(Self.tooManyRequests("1"))]
        case .serverErrorForever:
            return [.send(HTTPWire.json(503, #"{"message":"down for maintenance"}"#))]

        case .redirectElsewhere:
            let location = "http://example.invalid/steal\u{202E}?from=liza"
            return [.send(HTTPWire.response(302, contentType: "text/html", headers: [("Location", location)],
                                            body: Array("<html><body><a href=\"http://example.invalid/steal\">moved</a></body></html>".utf8)))]
        case .redirectToCanary:
            let location = "http://localhost:\(canaryPort)/steal\(request.apiPath)"
            return [.send(HTTPWire.response(307, contentType: "text/plain", headers: [("Location", location)], body: Array("moved".utf8)))]

        case .html200:
            let page = "<!DOCTYPE html><html><head><title>Sign in \u{1B}]2;\(HostileTexts.title)\u{07} portal</title></head><body><h1>Welcome</h1><p>Please log in.</p></body></html>"
            return [.send(HTTPWire.response(200, contentType: "text/html; charset=utf-8", body: Array(page.utf8)))]
        case .empty200:
            return [.send(HTTPWire.response(200, body: []))]
        case .noContent204:
            return [.send(HTTPWire.response(204, contentType: nil, body: []))]

        case .escapesInErrors:
            return [.send(Self.escapingError(for: endpoint))]
        case .tokenInErrors:
            return [.send(Self.tokenError(for: endpoint, authorization: request.authorization))]
        case .tokenInHTMLError:
            // No <title> or <h1>: a reader falls back to the page's first 200 characters,
            // which end 18 characters into the secret part of a `liza_mcp_…` token, so a
            // cut made before redacting leaves a piece of it that no longer matches the token.
            let padding = String(repeating: "The upstream server could not complete the request. ", count: 4).prefix(165)
            let page = "<html><body><p>\(padding) \(request.authorization) (ref 42)</p></body></html>"
            return [.send(HTTPWire.response(502, contentType: "text/html", body: Array(page.utf8)))]

        case .wrongTypes, .wrongShapes, .null, .hugeNumbers, .deepNesting, .deepObjectNesting, .deepButLegal, .invalidUTF8, .byteOrderMark,
             .duplicateKeys, .hugeString, .truncatedJSON, .endlessPaging, .nestedEnvelopes, .escapeSequences:
            return [.send(HTTPWire.response(200, body: contentBody(for: endpoint, normal: normalBody)))]
        }
    }

    static func tooManyRequests(_ retryAfter: String) -> [UInt8] {
        HTTPWire.json(429, #"{"message":"Too Many Requests"}"#, headers: [("Retry-After", retryAfter)])
    }

    /// Error answers whose messages carry escape sequences, in the shapes APIs use.
    static func escapingError(for endpoint: HostileEndpoint) -> [UInt8] {
        let all = HostileTexts.escapes
        let joined = JSONValue.string(all.joined(separator: " | ")).serialized()
        switch endpoint {
        case .integrations:
            return HTTPWire.json(400, #"{"message":\#(joined)}"#)
        case .connections:
            return HTTPWire.response(404, contentType: "text/plain", body: Array("no such thing ".utf8) + HostileTexts.rawEscapes)
        case .connection:
            return HTTPWire.response(500, contentType: "text/html",
                                     body: Array("<html><title>Oops ".utf8) + HostileTexts.rawEscapes + Array("</title></html>".utf8))
        case .deleteConnection:
            return HTTPWire.json(409, #"{"error":{"message":\#(joined)}}"#)
        case .connect:
            return HTTPWire.json(422, #"{"errors":[{"message":\#(JSONValue.string(all[3]).serialized())},{"message":\#(JSONValue.string(all[1]).serialized())}]}"#)
        case .callback:
            return HTTPWire.json(400, #"{"detail":\#(JSONValue.string(all[4]).serialized())}"#)
        case .records:
            return HTTPWire.json(400, #"{"message":[\#(all.map { JSONValue.string($0).serialized() }.joined(separator: ","))]}"#)
        case .passthrough:
            return HTTPWire.response(502, contentType: "text/plain", body: Array("provider says: ".utf8) + HostileTexts.rawEscapes)
        case .other:
            return HTTPWire.json(404, #"{"message":\#(joined)}"#)
        }
    }

    /// Error answers that echo the caller's `Authorization` header (and the bare token).
    static func tokenError(for endpoint: HostileEndpoint, authorization: String) -> [UInt8] {
        let bare = authorization.hasPrefix("Bearer ") ? String(authorization.dropFirst(7)) : authorization
        func j(_ s: String) -> String { JSONValue.string(s).serialized() }
        switch endpoint {
        case .integrations, .other:
            return HTTPWire.json(400, #"{"message":\#(j("invalid request with Authorization: \(authorization)"))}"#)
        case .connections:
            return HTTPWire.json(401, #"{"error":\#(j("token \(bare) is invalid"))}"#)
        case .connection:
            return HTTPWire.response(404, contentType: "text/plain", body: Array("connection not found (caller \(authorization))\n".utf8))
        case .deleteConnection:
            return HTTPWire.json(403, #"{"message":\#(j("\(authorization) may not delete this"))}"#)
        case .connect:
            return HTTPWire.json(400, #"{"errors":[{"message":\#(j("bad token \(bare)"))}]}"#)
        case .callback:
            return HTTPWire.response(500, contentType: "text/html",
                                     body: Array("<html><head><title>Error for \(authorization)</title></head></html>".utf8))
        case .records:
            return HTTPWire.json(422, #"{"detail":\#(j("cannot read records with \(bare)"))}"#)
        case .passthrough:
            // A provider that echoes the request's headers in a successful answer.
            return HTTPWire.json(200, #"{"echo":{"authorization":\#(j(authorization))},"token":\#(j(bare))}"#)
        }
    }
}
