import LizaAPI

/// Where the authorize step stands with the browser's return to the loopback listener.
enum BrowserWait: Hashable, Sendable {
    /// Not listening: over SSH, or the form named its own redirect URL. Finish by paste or enter.
    case off
    /// The connect request asked for a listener; its answer has not come yet.
    case starting
    case waiting
    /// The listener could not start (the reason); finish by paste or enter.
    case unavailable(String)
    /// The browser came back approved; finalizing.
    case finalizing
    /// The browser came back with an error (e.g. `access_denied`).
    case denied(String)
    /// The wait limit passed (the listener is closed; the connection stays pending).
    case timedOut
    /// The listener was closed (finished by hand, by paste, or failed).
    case closed

    /// True while the listener may still finish the connection by itself.
    var isListening: Bool { self == .starting || self == .waiting || self == .finalizing }
}
