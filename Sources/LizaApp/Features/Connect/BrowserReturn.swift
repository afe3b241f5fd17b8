import LizaAPI

/// What the loopback listener reports while the authorize step waits for the browser (the
/// connect effect sends these after the connect response, tagged with the connect's generation).
public enum BrowserReturn: Hashable, Sendable {
    /// The listener runs and the connect request carried its address as `redirect_url`.
    case waiting
    /// No listener (none in this build, or the port could not be bound): finish by hand.
    case couldNotListen(String)
    /// A return was turned away (another connection's `id`, a wrong `state`); still waiting.
    case refused(String)
    /// The browser came back approved; `/callback` is running.
    case approved
    case connected(CallbackResult)
    /// The redirect carried `error` (e.g. `access_denied`).
    case denied(String)
    /// Approved, but `/callback` failed.
    case failed(LizaError)
    /// The wait limit passed; the connection stays pending.
    case timedOut

    init(_ outcome: RedirectOutcome?) {
        switch outcome {
        case .none: self = .timedOut
        case .connected(let result)?: self = .connected(result)
        case .denied(let error)?: self = .denied(error)
        case .failed(let error)?: self = .failed(error)
        }
    }
}
