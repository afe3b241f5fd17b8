import Foundation
import LizaAPI
import TUIKit

/// A yes/no question, the thing named in full.
enum ConfirmView {
    static func render(_ c: ConfirmState, into buffer: inout Buffer, size: Size, theme: Theme) {
        let width = min(size.width - 4, 64)
        let lines = Draw.wrap(c.message, width: width - 4)
        let rect = LayoutPlan.modalRect(in: size, preferred: Size(width: width, height: lines.count + 5))
        let inner = Draw.box(&buffer, rect, title: c.title, focused: true, theme: theme, clear: true)
        for (i, line) in lines.enumerated() where inner.y + 1 + i < inner.maxY - 1 {
            buffer.write(line, at: Point(x: inner.x + 1, y: inner.y + 1 + i), style: theme[.text], maxWidth: inner.width - 2)
        }
        Draw.segments(&buffer, [("y", theme[.error].adding(.bold)), (" \(c.confirmLabel)    ", theme[.text]),
                                ("n", theme[.primary].adding(.bold)), ("/esc cancel", theme[.text])],
                      at: Point(x: inner.x + 1, y: inner.maxY - 1), maxWidth: inner.width - 2)
    }
}
