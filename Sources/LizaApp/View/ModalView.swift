import Foundation
import LizaAPI
import TUIKit

/// What the modals share when they draw themselves.
enum ModalView {
    /// A labelled field row: `Label  [value]` plus its error below when there is one; returns rows used.
    @discardableResult
    static func fieldRow(_ buffer: inout Buffer, label: String, input: TextFieldState, at y: Int, in inner: Rect, labelWidth: Int,
                         focused: Bool, error: String?, theme: Theme, placeholder: String = "", completion: String = "") -> Int {
        let marker = focused ? "›" : " "
        buffer.write(marker, at: Point(x: inner.x, y: y), style: theme[.primary])
        buffer.write(label, in: Rect(x: inner.x + 2, y: y, width: labelWidth, height: 1), style: focused ? theme[.primary] : theme[.muted])
        let fieldX = inner.x + 2 + labelWidth + 1
        Draw.field(&buffer, input, in: Rect(x: fieldX, y: y, width: max(1, inner.maxX - fieldX - 1), height: 1), focused: focused, theme: theme,
                   placeholder: placeholder, completion: completion)
        if let error {
            buffer.write("✗ " + error, in: Rect(x: fieldX, y: y + 1, width: max(1, inner.maxX - fieldX - 1), height: 1), style: theme[.error])
            return 2
        }
        return 1
    }
}
