/// What the browser's return says, read only from `error` (the real API's redirect
/// parameters are undocumented; `id` and `state` are checked, never trusted).
public enum RedirectArrival: Hashable, Sendable {
    /// No `error`: the user approved (the callback says whether it really worked).
    case approved
    /// `error=…` (e.g. `access_denied`), sanitized for display.
    case denied(error: String)

    /// Why a return was refused: it belongs to another connection or its state is wrong.
    public struct Refusal: Error, Hashable, Sendable {
        public var reason: String
        public init(_ reason: String) { self.reason = reason }
    }

    /// Reads a redirect's query (`a=1&b=2`, already split from the path). `id` and `state`,
    /// when present, must match `expected`; anything else except `error` is ignored.
    public static func read(query: String?, expected: RedirectExpectation) -> Result<RedirectArrival, Refusal> {
        let fields = URLQuery.pairs(query ?? "")
        func first(_ name: String) -> String? { fields.first { $0.0 == name }?.1 }
        if let id = first("id"), id != expected.connectionID {
            return .failure(Refusal("this address belongs to another connection (id does not match \(MessageSanitizer.sanitize(expected.connectionID)))"))
        }
        if let state = first("state"), let want = expected.state, state != want {
            return .failure(Refusal("the state does not match this connection's authorization request"))
        }
        if let error = first("error") {
            let shown = MessageSanitizer.sanitize(error)
            return .success(.denied(error: shown.isEmpty ? "denied" : String(shown.prefix(200))))
        }
        return .success(.approved)
    }

    /// Reads an address pasted by the user (the page the browser ended on). An empty paste
    /// means "finalize by hand" and is `.approved`; text that is not a URL is refused.
    public static func read(pasted text: String, expected: RedirectExpectation) -> Result<RedirectArrival, Refusal> {
        let trimmed = text.trimmingSpacesAndNewlines()
        if trimmed.isEmpty { return .success(.approved) }
        guard trimmed.contains("://") || trimmed.hasPrefix("?") else {
            return .failure(Refusal("that is not an address (paste the whole URL from the browser's address bar, or press enter)"))
        }
        return read(query: URLQuery.query(of: trimmed), expected: expected)
    }
}
