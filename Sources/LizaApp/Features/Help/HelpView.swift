import Foundation
import LizaAPI
import TUIKit

/// The `?` overlay, generated from the keymap.
enum HelpView {
    static func render(_ h: HelpState, into buffer: inout Buffer, size: Size, theme: Theme) {
        let rect = LayoutPlan.helpRect(in: size)
        let lines = HelpContent.lines(for: h.context)
        let inner = Draw.box(&buffer, rect, title: "Help — \(h.context.title)", rightTitle: lines.count > rect.height - 2 ? "↑↓ scroll" : "",
                             footer: "esc close", focused: true, theme: theme, clear: true)
        let keyWidth = min(18, max(6, lines.map { if case .binding(let k, _) = $0 { return DisplayWidth.of(k) } else { return 0 } }.max() ?? 6))
        for i in 0..<max(0, inner.height) {
            let n = h.scroll + i
            guard n < lines.count else { break }
            let y = inner.y + i
            switch lines[n] {
            case .heading(let t):
                buffer.write(t, in: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1), style: theme[.primary].adding(.bold))
            case .binding(let key, let help):
                buffer.write(key, in: Rect(x: inner.x + 2, y: y, width: keyWidth, height: 1), style: theme[.accent])
                buffer.write(help, in: Rect(x: inner.x + 3 + keyWidth, y: y, width: max(0, inner.width - 4 - keyWidth), height: 1), style: theme[.text])
            case .blank:
                break
            }
        }
    }
}
