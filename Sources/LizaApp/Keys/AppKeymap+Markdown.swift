import Foundation
import TUIKit

extension AppKeymap {
    /// The contexts in the order the README lists them.
    static let documentedContexts: [KeyContext] = [.always, .global, .integrations, .connections, .records, .filter]
        + AppModal.registered.flatMap { $0.keyBindings.map(\.context) } + [.welcome]

    /// Every binding as Markdown tables, one per context (for the README; a test keeps it current).
    static func markdown(_ keys: AppKeys = .default) -> String {
        let keymap = keys.keymap
        var out = ""
        for context in documentedContexts {
            let rows = keymap.bindings(for: context.rawValue)
            guard !rows.isEmpty else { continue }
            out += "### \(context.title) — `[keys.\(context.configName)]`\n\n| key | action | command |\n|---|---|---|\n"
            for b in rows {
                out += "| `\(b.keyDisplay)` | \(b.helpText) | `\(b.action.configName)` |\n"
            }
            if let parent = context.parent {
                out += "\nThe keys of `[keys.\(parent.configName)]` work here too.\n"
            }
            out += "\n"
        }
        // TUIKit's fixed editing keys, from the list its text fields are tested against.
        out += "Text fields edit like a shell: "
            + TextEditingKeys.all.map { "`\($0.display)` \($0.help)" }.joined(separator: ", ") + ".\n"
        return out
    }
}
