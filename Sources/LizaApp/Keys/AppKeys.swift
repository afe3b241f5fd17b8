import Foundation
import TUIKit

/// The effective key bindings — the defaults with the user's `[keys.…]` remapping applied — and
/// every piece of text that names a key (footers, hints, notices, help). Nothing on screen
/// writes a key name by hand, so what it says is what the keys do.
public struct AppKeys: Hashable, Sendable {
    /// The bindings, one keymap context per `KeyContext`.
    public internal(set) var keymap: Keymap<Command>
    /// Commands switched off right now (read-only mode), set by `AppState.keys`.
    var refusal: KeyRefusal?

    init(keymap: Keymap<Command>) { self.keymap = keymap }

    /// The keys liza ships with.
    public static let `default` = AppKeys(keymap: AppKeymap.default)

    /// Why `command` is off in `context` (or in the global keys, in panes), or nil when it runs.
    func refusal(_ command: Command, in context: KeyContext) -> String? {
        guard let refusal else { return nil }
        return context.keymapContexts.contains { refusal.commands[$0]?.contains(command) == true } ? refusal.reason : nil
    }

    /// The command `event` runs in `context` (its own bindings, then the global ones in panes).
    func command(for event: KeyEvent, in context: KeyContext) -> Command? {
        keymap.action(for: event, in: context.keymapContexts)
    }

    /// The binding of `command` in `context`, else (in panes) the global one.
    func binding(_ command: Command, in context: KeyContext) -> KeyBinding<Command>? {
        for name in context.keymapContexts {
            if let found = keymap.bindings(for: name).first(where: { $0.action == command }) { return found }
        }
        return nil
    }

    /// Every key of `command` in `context`, as shown (`esc`, `q`); the hand-written labels of the
    /// defaults (`pgup`, `enter/space`) win while the keys are the default ones.
    func keys(_ command: Command, in context: KeyContext) -> [String] {
        guard let found = binding(command, in: context) else { return [] }
        if let label = found.keyLabel { return label.split(separator: "/").map(String.init).filter { !$0.isEmpty }.nonEmpty ?? [label] }
        return found.keys.map(\.displayName)
    }

    /// All keys of `command` in `context` as help shows them (`enter/c`).
    func display(_ command: Command, in context: KeyContext) -> String {
        binding(command, in: context)?.keyDisplay ?? ""
    }

    /// The main key of `command` in `context` (`enter`); empty when nothing is bound to it.
    func key(_ command: Command, in context: KeyContext) -> String {
        guard let found = binding(command, in: context) else { return "" }
        if let label = found.keyLabel { return KeyBinding<Command>.hintKey(forLabel: label) }
        return found.keys.first?.displayName ?? ""
    }

    /// A footer such as `enter finalize · esc close`: each command's main key and its hint label.
    func footer(_ context: KeyContext, _ commands: [Command]) -> String {
        footer(context, commands.map { ($0, nil) })
    }

    /// A footer with the labels given (nil: the binding's hint label); unbound commands are left out.
    func footer(_ context: KeyContext, _ items: [(Command, String?)]) -> String {
        footerParts(context, items).map(\.text).joined(separator: " · ")
    }

    /// The footer's items as shown (`enter finalize`), each with its command.
    func footerParts(_ context: KeyContext, _ items: [(Command, String?)]) -> [(command: Command, text: String)] {
        items.compactMap { command, label in
            let shown = key(command, in: context)
            guard !shown.isEmpty else { return nil }
            let off = refusal(command, in: context) == nil ? "" : KeyRefusal.labelSuffix
            return (command, "\(shown) \(label ?? binding(command, in: context)?.label ?? "")\(off)")
        }
    }

    /// The hint bar in `context`: the keymap's hints, with help first so that whatever else is cut
    /// off at the right edge, help stays discoverable.
    func hints(_ context: KeyContext) -> [KeyHint] {
        var hints = keymap.hints(for: context.keymapContexts)
        if let refusal {
            // The hint of a refused command (its key and label, as the keymap shows it) is dimmed.
            let off = context.keymapContexts.flatMap { name in
                keymap.bindings(for: name).filter { refusal.commands[name]?.contains($0.action) == true }
                    .map { ($0.keyLabel.map(KeyBinding<Command>.hintKey(forLabel:)), $0.label) }
            }
            hints = hints.map { hint in
                guard off.contains(where: { ($0.0 == nil || $0.0 == hint.key) && $0.1 == hint.label }) else { return hint }
                return KeyHint(key: hint.key, label: hint.label + KeyRefusal.labelSuffix, disabled: true)
            }
        }
        let help = key(.help, in: .global)
        return hints.filter { $0.key == help } + hints.filter { $0.key != help }
    }
}

extension Array {
    /// Nil when empty.
    fileprivate var nonEmpty: Self? { isEmpty ? nil : self }
}
