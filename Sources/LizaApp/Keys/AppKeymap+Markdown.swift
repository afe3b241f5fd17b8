import Foundation
import TUIKit

extension AppKeymap {
    /// The contexts in the order the README lists them.
    static let documentedContexts: [KeyContext] = [
        .global, .integrations, .connections, .records, .filter, .document, .search, .palette, .help, .confirm, .message,
        .connectForm, .authorize, .callbackForm, .passthrough, .passthroughResponse, .objectPicker, .queryForm, .lookupForm, .welcome,
    ]

    /// Every binding as Markdown tables, one per context (for the README; a test keeps it current).
    static func markdown(_ keymap: Keymap<Command> = AppKeymap.default) -> String {
        var out = ""
        for context in documentedContexts {
            let rows = keymap.bindings(for: context.rawValue)
            guard !rows.isEmpty else { continue }
            out += "### \(context.title)\n\n| key | action |\n|---|---|\n"
            for b in rows {
                out += "| `\(b.keyDisplay)` | \(b.helpText) |\n"
            }
            for f in HelpContent.fieldKeys(for: context) {
                out += "| `\(f.key)` | \(f.help) |\n"
            }
            if context == .global {
                out += "| `F1` | help (everywhere, also while typing) |\n"
                out += "| `ctrl-c` | quit (everywhere, also while typing) |\n"
            }
            out += "\n"
        }
        out += "Text fields edit like a shell: `←` `→` `home` `end`, `ctrl-a`/`ctrl-e`, `ctrl-u`/`ctrl-k`, `ctrl-w`, `backspace`/`delete`.\n"
        return out
    }
}
