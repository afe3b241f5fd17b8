import Foundation
import LizaAPI
import TUIKit

/// liza's key bindings as data: TUIKit's `Keymap<Command>` with one keymap context per
/// `KeyContext` (named by its raw value). Routing (`action(for:in:)` with
/// `KeyContext.keymapContexts`), the `?` help (`bindings(for:)`), the hint bar and the README
/// list all read `AppKeymap.default`.
enum AppKeymap {
}
