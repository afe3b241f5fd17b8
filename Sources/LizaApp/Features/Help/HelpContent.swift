import Foundation
import TUIKit
import LizaAPI
/// The lines of the help overlay, generated from the keymap so it can never disagree with it.
enum HelpContent {
    enum Line: Hashable, Sendable {
        /// A section title and the `[keys.…]` table that remaps its keys (empty when none does).
        case heading(String, config: String = "")
        /// A key, what it does, and its command's name in `config.toml` (empty when not remappable).
        case binding(key: String, help: String, command: String = "")
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
                    ("enter", "go to the body (in Path); new line (in Body)"),
                    ("enter", "after a pasted curl command in Path: import its method, path and body")]
        default:
            return []
        }
    }

    /// The context's own keys first, then the global ones (for panes) and the text-editing keys
    /// (for forms).
    static func lines(for context: KeyContext, keys: AppKeys = .default) -> [Line] {
        let keymap = keys.keymap
        func rows(_ context: KeyContext) -> [Line] {
            keymap.bindings(for: context.rawValue).filter { !$0.keys.isEmpty }
                .map { binding in
                    // A command switched off (read-only mode) says so; the reason heads the page.
                    let off = keys.refusal?.commands[context.rawValue]?.contains(binding.action) == true
                        ? KeyRefusal.labelSuffix : ""
                    return .binding(key: binding.keyDisplay, help: binding.helpText + off, command: binding.action.configName)
                }
        }
        var out: [Line] = []
        if let refusal = keys.refusal {
            out += [.heading("\(refusal.reason): keys marked (read-only) are off"), .blank]
        }
        out += [.heading(context.title, config: "[keys.\(context.configName)]")]
        out += rows(context)
        out += fieldKeys(for: context).map { .binding(key: $0.key, help: $0.help) }
        if context.usesGlobalKeys {
            out += [.blank, .heading(KeyContext.global.title, config: "[keys.\(KeyContext.global.configName)]")]
            out += rows(.global)
        } else if context.isTextEntry {
            // TUIKit's text fields edit with these fixed keys (they are not commands).
            out += [.blank, .heading("Editing text")]
            out += [
                .binding(key: "←/→ home/end", help: "move the cursor"),
                .binding(key: "ctrl-a/ctrl-e", help: "start / end of line"),
                .binding(key: "ctrl-u/ctrl-k", help: "delete to start / end"),
                .binding(key: "ctrl-w", help: "delete the previous word"),
            ]
        } else {
            out += [.blank]
        }
        return out + [.heading(KeyContext.always.title, config: "[keys.\(KeyContext.always.configName)]")] + rows(.always)
    }
}
