import LizaAPI

extension SandboxAPI {
    /// `/authorize/<id>?state=…`: the provider's consent page, for a browser (no bearer token).
    /// GET shows Approve / Deny; the form POSTs `decision=approve|deny` to the same URL.
    func authorize(_ req: ParsedRequest, origin: String) async -> Reply {
        guard req.segments.count == 2 else { return .html(AuthorizePage.message(title: "Not found", text: "There is no such authorization page."), status: 404) }
        let id = req.segments[1]
        guard let connection = await state.connection(id) else {
            return .html(AuthorizePage.message(title: "Unknown connection",
                                               text: "There is no pending connection \(id). Start again with liza connect."), status: 404)
        }
        let form = req.method == "POST" ? ParsedRequest.form(String(decoding: req.body, as: UTF8.self)) : [:]
        let state = req.query["state"] ?? form["state"] ?? ""
        if connection.status == .active {
            return .html(AuthorizePage.message(title: "Already connected",
                                               text: "\(connection.integration.name) is already connected. You can return to your terminal."))
        }
        guard state == connection.state else {
            return .html(AuthorizePage.message(title: "Invalid link",
                                               text: "This authorization link is invalid or expired (the state does not match)."), status: 400)
        }
        switch req.method {
        case "GET", "HEAD":
            if connection.authorization != .waiting {
                let done = connection.authorization == .approved ? "approved" : "denied"
                return .html(AuthorizePage.message(title: "Already \(done)", text: "This request was already \(done). You can return to your terminal."))
            }
            return .html(AuthorizePage.consent(connection: connection, action: "\(origin)/authorize/\(Self.percentEncode(id))?state=\(Self.percentEncode(state))"))
        case "POST":
            let decision = form["decision"]?.lowercased()
            guard decision == "approve" || decision == "deny" else {
                return .html(AuthorizePage.message(title: "Bad request", text: "The form must send decision=approve or decision=deny."), status: 400)
            }
            let approve = decision == "approve"
            if connection.authorization != .waiting, (connection.authorization == .approved) != approve {
                return .html(AuthorizePage.message(title: "Already decided", text: "This request was already \(approve ? "denied" : "approved")."), status: 409)
            }
            guard let decided = await self.state.decide(id, approve: approve) else {
                return .html(AuthorizePage.message(title: "Unknown connection", text: "The connection disappeared."), status: 404)
            }
            if let redirect = decided.redirectURL {
                let params = approve
                    ? "id=\(Self.percentEncode(id))&state=\(Self.percentEncode(state))"
                    : "error=access_denied&state=\(Self.percentEncode(state))"
                return .empty(status: 303, headers: [("Location", Self.appending(params, to: redirect)), ("Cache-Control", "no-store")])
            }
            return approve
                ? .html(AuthorizePage.message(title: "Connected", text: "\(decided.integration.name) was authorized. You can return to your terminal."))
                : .html(AuthorizePage.message(title: "Access denied", text: "You denied access to \(decided.integration.name). You can return to your terminal."))
        default:
            return methodNotAllowed(req, allowed: ["GET", "POST"])
        }
    }

    /// `url` with `params` added to its query (before any fragment).
    static func appending(_ params: String, to url: String) -> String {
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let base = String(parts[0])
        let separator = base.contains("?") ? (base.hasSuffix("?") || base.hasSuffix("&") ? "" : "&") : "?"
        return base + separator + params + (parts.count > 1 ? "#" + parts[1] : "")
    }
}
