import HTTPTypes
import Hummingbird
import NIOCore

/// Adapts `SandboxAPI` to Hummingbird: reads the body, builds a `ParsedRequest`, and turns the
/// `Reply` into a `Response` — or closes the connection for a dropped reply.
struct SandboxResponder: HTTPResponder {
    typealias Context = SandboxContext
    let api: SandboxAPI
    let host: String

    /// Request bodies above this are refused with 413.
    static let maxBody = 4 * 1024 * 1024

    func respond(to request: Request, context: SandboxContext) async throws -> Response {
        var request = request
        let reply: Reply
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        // HTTPTypes moves the (first) Host header into `authority`; a second, different one stays
        // a field. Two different Host values are ambiguous and refused like a foreign one.
        if let authority = request.head.authority {
            let agrees = headers["host"].map { $0 == authority } ?? true
            headers["host"] = agrees ? authority : "(two different Host headers)"
        }
        let port = context.channel.localAddress?.port ?? 0
        let origin = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
        do {
            let buffer = try await request.collectBody(upTo: Self.maxBody)
            let parsed = ParsedRequest(method: request.method.rawValue, path: request.uri.path, rawQuery: request.uri.query,
                                       headers: headers, body: Array(buffer.readableBytesView))
            reply = await api.handle(parsed, origin: origin)
        } catch {
            reply = .error(413, "the request body is larger than \(Self.maxBody) bytes")
        }
        if api.log.isEnabled {
            api.log.write("\(request.method.rawValue) \(request.uri.path) → \(reply.drop ? "dropped" : String(reply.status))")
        }
        if reply.drop {
            // Close the socket without a response: the client sees the connection end (EOF/RST)
            // before any byte of an answer. Hummingbird's attempt to write afterwards fails and
            // is discarded by its connection handler.
            try? await context.channel.close()
            throw CancellationError()
        }
        var fields = HTTPFields()
        for (name, value) in reply.headers {
            if let n = HTTPField.Name(name) { fields.append(HTTPField(name: n, value: value)) }
        }
        let body = reply.body.isEmpty ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: reply.body))
        if request.method == .head {
            // The headers of the GET, including the length of the body it would have sent.
            fields[.contentLength] = String(reply.body.count)
            return Response(status: .init(code: reply.status), headers: fields, body: ResponseBody())
        }
        return Response(status: .init(code: reply.status), headers: fields, body: body)
    }
}
