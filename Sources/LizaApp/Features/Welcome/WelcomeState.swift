import Foundation
import TUIKit
import LizaAPI
/// Shown instead of the panes when there is no token and no `--demo`.
public struct WelcomeState: Hashable, Sendable {
    /// Why we are here, e.g. "No API token found."
    public var reason: String
    /// Where `liza login` stores the token (the credentials file), shown so nothing is a mystery.
    public var credentialsPath: String?
    /// True while the demo sandbox starts.
    public var startingDemo = false
    /// Why the demo could not start, when it could not.
    public var error: String?

    /// A welcome page explaining `reason`.
    public init(reason: String, credentialsPath: String? = nil) { self.reason = reason; self.credentialsPath = credentialsPath }
}
