import CursesTerminal
import Foundation
import TUIKit

// TerminalDemo: a tiny program that exercises the curses layer end to end (drawn with TUIKit Buffer
// primitives only). Arrow keys (or j/k) move the selection, `c` copies the selected city with
// OSC 52, `q` or Ctrl-C quits. `--colors none|16|256` caps the colours.
// While it runs it writes nothing but the screen.

/// A command-line mistake, shown on stderr before the terminal is taken over.
struct UsageError: Error { var message: String }

func parseColorLimit(_ arguments: [String]) throws(UsageError) -> ColorCapability? {
    guard let index = arguments.firstIndex(of: "--colors") else { return nil }
    guard index + 1 < arguments.count else { throw UsageError(message: "--colors needs a value: none, 16 or 256") }
    switch arguments[index + 1] {
    case "none": return ColorCapability.none
    case "16": return .ansi16
    case "256": return .palette256
    default: throw UsageError(message: "unknown --colors value '\(arguments[index + 1])' (expected none, 16 or 256)")
    }
}

func describe(_ event: KeyEvent) -> String {
    var parts: [String] = []
    if event.modifiers.contains(.ctrl) { parts.append("ctrl") }
    if event.modifiers.contains(.alt) { parts.append("alt") }
    if event.modifiers.contains(.shift) { parts.append("shift") }
    switch event.key {
    case .char(let c): parts.append(c == " " ? "space" : String(c))
    case .function(let n): parts.append("F\(n)")
    default: parts.append("\(event.key)")
    }
    return parts.joined(separator: "-")
}

let colorLimit: ColorCapability?
do {
    colorLimit = try parseColorLimit(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("TerminalDemo: \(error.message)\n".utf8))
    exit(2)
}

let terminal: CursesTerminal
do {
    terminal = try CursesTerminal(options: CursesTerminalOptions(colorLimit: colorLimit))
} catch {
    FileHandle.standardError.write(Data("TerminalDemo: \(error)\n".utf8))
    exit(1)
}

var state = DemoState()
var size = terminal.size
// Resolve the theme once for what the terminal can show (NO_COLOR, 16 or 256 colours).
let theme = Theme.default.resolved(for: terminal.colorCapability)
terminal.present(DemoScreen.render(state, size: size, theme: theme))

loop: for await event in terminal.events {
    switch event {
    case .resize(let newSize):
        size = newSize
    case .mouse:
        continue
    case .key(let key):
        state.lastKey = describe(key)
        switch (key.key, key.modifiers) {
        case (.char("q"), []), (.char("c"), .ctrl): break loop
        case (.up, _), (.char("k"), []): state.move(by: -1)
        case (.down, _), (.char("j"), []): state.move(by: 1)
        case (.char("c"), []): terminal.copyToClipboard(DemoState.cities[state.selection].name)
        default: break
        }
    }
    terminal.present(DemoScreen.render(state, size: size, theme: theme))
}
terminal.shutdown()
if let signal = terminal.stopSignal { exit(128 + signal) }
