import Foundation
import LizaAPI
import TUIKit

/// The finalize (callback) form and its result.
enum CallbackView {
    static func render(_ c: CallbackState, state: AppState, into buffer: inout Buffer, size: Size, theme: Theme) {
        let rect = LayoutPlan.modalRect(in: size, preferred: Size(width: 72, height: 10))
        let inner = Draw.box(&buffer, rect, title: "Finalize a connection", footer: c.result == nil ? "enter finalize · esc close" : "enter close",
                             focused: true, theme: theme, clear: true)
        ModalView.fieldRow(&buffer, label: "Connection id", input: c.connectionID, at: inner.y + 1, in: inner, labelWidth: 14,
                           focused: c.result == nil, error: nil, theme: theme)
        var y = inner.y + 3
        if c.finalize.isLoading {
            buffer.write("\(Draw.spinner(state.status.spinnerFrame)) finalizing…", at: Point(x: inner.x + 1, y: y), style: theme[.accent])
        }
        if let r = c.result {
            let conn = r.connection
            let text = "✓ finalized" + (conn.map { ": \($0.integrationType) \($0.id) is \($0.status ?? "active")" } ?? "")
            for line in Draw.wrap(text, width: inner.width - 2) where y < inner.maxY {
                buffer.write(line, at: Point(x: inner.x + 1, y: y), style: theme[.success], maxWidth: inner.width - 2)
                y += 1
            }
        }
        if let e = c.error {
            for line in Draw.wrap(e, width: inner.width - 2) where y < inner.maxY {
                buffer.write(line, at: Point(x: inner.x + 1, y: y), style: c.result == nil && c.finalize != .idle ? theme[.error] : theme[.muted],
                             maxWidth: inner.width - 2)
                y += 1
            }
        }
    }
}
