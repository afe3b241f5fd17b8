import Foundation
import TUIKit
import LizaAPI
/// The `:` command line with completion.
struct PaletteState: Hashable, Sendable {
    var input = TextFieldState()
    /// The completion highlighted in the list (tab cycles).
    var selection = 0
    var error: String?
    init(text: String = "") { input = TextFieldState(text: text) }
}
