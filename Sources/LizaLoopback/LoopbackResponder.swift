import HTTPTypes
import Hummingbird
import LizaAPI
import NIOCore

/// Answers the browser: 421 for a non-loopback Host, 404 off the path, 405 for anything but GET,
/// 400 for a return that belongs to another connection (the listener keeps waiting), and the
/// result page for the one completion.
struct LoopbackResponder: HTTPResponder {
    typealias Context = LoopbackContext
    let coordinator: LoopbackCoordinator

    func respond(to request: Request, context: LoopbackContext) async throws -> Response {
        let host = request.head.authority ?? HTTPField.Name("Host").flatMap { request.headers[$0] }
        guard LoopbackHost.isLoopback(host) else {
            return page(421, "Misdirected request", "This listener only answers requests addressed to 127.0.0.1.")
        }
        guard request.uri.path == coordinator.path else {
            return page(404, "Not found", "Nothing here.")
        }
        // Only a browser's navigation (GET) completes; a HEAD from a link checker must not.
        guard request.method == .get else {
            var response = page(405, "Method not allowed", "Use GET.")
            if let allow = HTTPField.Name("Allow") { response.headers[allow] = "GET" }
            return response
        }
        switch coordinator.admit(query: request.uri.query) {
        case .notReady:
            return page(503, "Not ready", "liza is still starting the connection; reload this page in a moment.")
        case .gone:
            return page(410, "Already used", "This address was already used or has expired. See your terminal.")
        case .refused(let reason):
            return page(400, "Refused", "This return does not match the connection liza is waiting for: \(reason).")
        case let .finish(arrival, finalize):
            let outcome = await finalize(arrival)
            coordinator.finished(outcome)
            let (title, text) = outcome.page
            return page(200, title, text)
        }
    }

    private func page(_ status: Int, _ title: String, _ text: String) -> Response {
        var fields = HTTPFields()
        fields[.contentType] = "text/html; charset=utf-8"
        fields[.cacheControl] = "no-store"
        if let frame = HTTPField.Name("X-Frame-Options") { fields[frame] = "DENY" }
        if let csp = HTTPField.Name("Content-Security-Policy") { fields[csp] = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'" }
        if let referrer = HTTPField.Name("Referrer-Policy") { fields[referrer] = "no-referrer" }
        let body = ByteBuffer(string: LoopbackPage.html(title: title, text: text))
        return Response(status: .init(code: status), headers: fields, body: ResponseBody(byteBuffer: body))
    }
}
