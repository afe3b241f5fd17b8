import Foundation
import LizaAPI
import TUIKit

/// A long message in full, wrapped.
enum MessageView {
    static func render(_ m: MessageState, into buffer: inout Buffer, size: Size, theme: Theme) {
        let width = min(size.width - 4, 90)
        let lines = Draw.wrap(m.text, width: width - 4)
        let rect = LayoutPlan.modalRect(in: size, preferred: Size(width: width, height: lines.count + 4))
        let inner = Draw.box(&buffer, rect, title: m.title, footer: "y copy · esc close", focused: true, theme: theme, clear: true)
        let start = min(m.scroll, max(0, lines.count - (inner.height - 1)))
        for i in 0..<max(0, inner.height - 1) {
            let n = start + i
            guard n < lines.count else { break }
            buffer.write(lines[n], at: Point(x: inner.x + 1, y: inner.y + 1 + i), style: theme[.text], maxWidth: inner.width - 2)
        }
    }
}
