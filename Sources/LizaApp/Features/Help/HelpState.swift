import Foundation
import TUIKit
import LizaAPI
/// The `?` overlay: every key of the context it was opened from, plus the global ones.
struct HelpState: Hashable, Sendable {
    var context: KeyContext
    var scroll = 0
    /// Lines the overlay shows (recorded from the layout; 1 until then).
    var page = 1
    init(context: KeyContext) { self.context = context }
}
