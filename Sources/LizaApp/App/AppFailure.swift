import Foundation
import TUIKit
import LizaAPI
/// A failure that is not an API error (theme file, browser, demo start-up), as a message.
public struct AppFailure: Error, Hashable, Sendable {
    /// What went wrong, in the user's terms.
    public var message: String
    /// A failure with `message`.
    public init(_ message: String) { self.message = message }
}
