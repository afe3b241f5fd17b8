import Foundation
import TUIKit

/// Commands that are switched off, and why (read-only mode). Hints, footers and help show them
/// disabled with the reason; `AppUpdate.perform` refuses them with the reason in the status bar.
struct KeyRefusal: Hashable, Sendable {
    /// `profile 'work' is read-only`.
    var reason: String
    /// The refused commands by keymap context name.
    var commands: [String: Set<Command>]

    /// What a disabled item's label gets after it, so the hint bar and footers say why.
    static let labelSuffix = " (read-only)"
}
