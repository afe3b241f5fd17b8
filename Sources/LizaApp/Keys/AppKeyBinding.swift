import Foundation
import LizaAPI
import TUIKit

/// One row of the keymap: the keys, what they do, and how help and the hint bar show them.
struct AppKeyBinding: Hashable, Sendable {
    var keys: [KeyEvent]
    /// As shown: `j/↓`, `ctrl-s`.
    var display: String
    var help: String
    var command: Command
    /// Shown in the status bar's hints (help always lists every binding).
    var hint: Bool
    /// The shorter label used in the hint bar (defaults to `help`).
    var short: String?

    init(_ keys: [KeyEvent], _ display: String, _ help: String, _ command: Command, hint: Bool = false, short: String? = nil) {
        self.keys = keys; self.display = display; self.help = help; self.command = command; self.hint = hint; self.short = short
    }

    /// The hint bar entry: the key and the short label.
    var keyHint: KeyHint { KeyHint(key: display.split(separator: "/").first.map(String.init) ?? display, label: short ?? help) }
}
