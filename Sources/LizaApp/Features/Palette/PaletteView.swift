import Foundation
import LizaAPI
import TUIKit

/// The `:` palette: the line being typed, its completions, and any error.
enum PaletteView {
    static func render(_ p: PaletteState, state: AppState, into buffer: inout Buffer, size: Size, theme: Theme) {
        let candidates = PaletteCompletion.candidates(p.input.text, state: state)
        let shown = Array(candidates.prefix(8))
        let showUsage = p.input.text.split(separator: " ").isEmpty
        let usage = showUsage ? PaletteCommand.names.map(\.usage) : []
        let height = 3 + max(shown.count, usage.count) + (p.error == nil ? 0 : 1)
        let width = min(size.width - 4, 72)
        let rect = Rect(x: (size.width - width) / 2, y: max(1, size.height / 6), width: width, height: min(height, size.height - 2))
        let inner = Draw.box(&buffer, rect, title: "Command", footer: "tab complete · enter run · esc close", focused: true, theme: theme, clear: true)
        buffer.write(":", at: Point(x: inner.x + 1, y: inner.y), style: theme[.primary].adding(.bold))
        let ghost: String = {
            guard let first = candidates.first else { return "" }
            let partial = p.input.text.hasSuffix(" ") ? "" : String(p.input.text.split(separator: " ").last ?? "")
            return first.lowercased().hasPrefix(partial.lowercased()) ? String(first.dropFirst(partial.count)) : ""
        }()
        Draw.field(&buffer, p.input, in: Rect(x: inner.x + 2, y: inner.y, width: inner.width - 3, height: 1), focused: true, theme: theme,
                   completion: ghost)
        var y = inner.y + 1
        if let e = p.error {
            buffer.write("✗ " + e, in: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1), style: theme[.error])
            y += 1
        }
        if showUsage {
            for u in usage where y < inner.maxY {
                buffer.write(u, in: Rect(x: inner.x + 3, y: y, width: inner.width - 4, height: 1), style: theme[.muted])
                y += 1
            }
        } else {
            for (i, c) in shown.enumerated() where y < inner.maxY {
                let selected = i == p.selection % max(1, shown.count)
                buffer.write(c, in: Rect(x: inner.x + 3, y: y, width: inner.width - 4, height: 1), style: selected ? theme[.selection] : theme[.text])
                y += 1
            }
        }
    }
}
