import Foundation
import TUIKit
import LizaAPI
/// The lines of the help overlay, generated from the keymap so it can never disagree with it.
enum HelpContent {
    enum Line: Hashable, Sendable {
        case heading(String)
        case binding(key: String, help: String)
        case blank
    }

    /// Keys that act on one field of a form (not bindings: they depend on the focused field).
    static func fieldKeys(for context: KeyContext) -> [(key: String, help: String)] {
        switch context {
        case .connectForm:
            return [("→", "accept the integration completion (at the end of the text)"),
                    ("←/→", "move between categories (in Categories)"), ("a", "select all / none (in Categories)")]
        case .passthrough:
            return [("←/→ space", "change the method (in Method)"), ("g p u a d", "GET POST PUT PATCH DELETE (in Method)"),
                    ("enter", "go to the body (in Path); new line (in Body)")]
        default:
            return []
        }
    }

    /// The context's own keys first, then the global ones (for panes) and the text-editing keys
    /// (for forms).
    static func lines(for context: KeyContext, keymap: Keymap<Command> = AppKeymap.default) -> [Line] {
        var out: [Line] = [.heading(context.title)]
        out += keymap.bindings(for: context.rawValue).map { .binding(key: $0.keyDisplay, help: $0.helpText) }
        out += fieldKeys(for: context).map { .binding(key: $0.key, help: $0.help) }
        if context.usesGlobalKeys {
            out += [.blank, .heading(KeyContext.global.title)]
            out += keymap.bindings(for: KeyContext.global.rawValue).map { .binding(key: $0.keyDisplay, help: $0.helpText) }
            out += [.binding(key: "F1", help: "help (also while typing)"), .binding(key: "ctrl-c", help: "quit")]
        } else if context.isTextEntry {
            out += [.blank, .heading("Editing text")]
            out += [
                .binding(key: "←/→ home/end", help: "move the cursor"),
                .binding(key: "ctrl-a/ctrl-e", help: "start / end of line"),
                .binding(key: "ctrl-u/ctrl-k", help: "delete to start / end"),
                .binding(key: "ctrl-w", help: "delete the previous word"),
                .binding(key: "F1", help: "help"),
                .binding(key: "ctrl-c", help: "quit"),
            ]
        } else {
            out += [.blank, .binding(key: "F1", help: "help"), .binding(key: "ctrl-c", help: "quit")]
        }
        return out
    }
}
