import Foundation
import LizaAPI
import TUIKit

/// liza's key bindings as data: TUIKit's `Keymap<Command>` with one keymap context per
/// `KeyContext` (named by its raw value). Routing (`action(for:in:)` with
/// `KeyContext.keymapContexts`), the `?` help (`bindings(for:)`), the hint bar and the README
/// list all read `AppKeymap.default`.
enum AppKeymap {
    /// The hint bar in `context`: the keymap's hints, with `?` first so that whatever else is cut
    /// off at the right edge, help stays discoverable.
    static func hints(_ context: KeyContext, keymap: Keymap<Command> = AppKeymap.default) -> [KeyHint] {
        let hints = keymap.hints(for: context.keymapContexts)
        return hints.filter { $0.key == "?" } + hints.filter { $0.key != "?" }
    }
}
