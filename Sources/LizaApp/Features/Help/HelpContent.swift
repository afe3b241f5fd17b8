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

    /// The context's own keys first, then its form's (for a field with keys of its own), then the
    /// global ones (for panes) or the text-editing keys (for text).
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
        if let parent = context.parent {
            out += [.blank, .heading(parent.title, config: "[keys.\(parent.configName)]")]
            out += rows(parent)
        }
        if context.usesGlobalKeys {
            out += [.blank, .heading(KeyContext.global.title, config: "[keys.\(KeyContext.global.configName)]")]
            out += rows(.global)
        } else if context.isTextEntry {
            // TUIKit's text fields edit with these fixed keys (they are not commands).
            out += [.blank, .heading("Editing text")]
            out += TextEditingKeys.all.map { .binding(key: $0.display, help: $0.help) }
        } else {
            out += [.blank]
        }
        return out + [.heading(KeyContext.always.title, config: "[keys.\(KeyContext.always.configName)]")] + rows(.always)
    }
}
