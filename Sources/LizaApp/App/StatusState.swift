import Foundation
import TUIKit
import LizaAPI

/// What the status bar shows besides key hints: the last error, a notice, the rate-limit wait.
public struct StatusState: Hashable, Sendable {
    /// The last error (`esc` dismisses it, `!` shows all of it).
    public var error: String?
    /// A short confirmation such as "copied 1.2 kB"; replaced by the next one.
    public var notice: String?
    /// Seconds left before the client retries after a 429; nil when not waiting.
    var rateLimitRemaining: Double?
    var rateLimitAttempt: Int = 0
    /// Advances on every tick while something loads (spinner frame).
    var spinnerFrame: Int = 0

    /// Nothing to report.
    public init() {}
}
