import Foundation
import LizaAPI
import TUIKit

/// Draws one modal of the stack over what is below it.
enum ModalView {
    static func render(_ modal: AppModal, state: AppState, into buffer: inout Buffer, size: Size, theme: Theme) {
        switch modal {
        case .help(let h): HelpView.render(h, into: &buffer, size: size, theme: theme)
        case .palette(let p): PaletteView.render(p, state: state, into: &buffer, size: size, theme: theme)
        case .confirm(let c): ConfirmView.render(c, into: &buffer, size: size, theme: theme)
        case .message(let m): MessageView.render(m, into: &buffer, size: size, theme: theme)
        case .document(let title, let json):
            let rect = LayoutPlan.documentRect(in: size)
            let inner = Draw.box(&buffer, rect, title: title, rightTitle: DocumentUpdate.position(json),
                                 footer: "y copy · / search · enter fold · esc close", focused: true, theme: theme, clear: true)
            // One column of padding inside the border, as in the other modals.
            let area = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 1), height: inner.height)
            JSONView(focused: true, searchBar: true).render(state: json, into: &buffer, area: area, theme: theme)
        case .connect(let f): ConnectView.render(f, state: state, into: &buffer, size: size, theme: theme)
        case .authorize(let a): AuthorizeView.render(a, state: state, into: &buffer, size: size, theme: theme)
        case .callback(let c): CallbackView.render(c, state: state, into: &buffer, size: size, theme: theme)
        case .passthrough(let p): PassthroughView.render(p, state: state, into: &buffer, size: size, theme: theme)
        case .objectPicker(let p): RecordsFormsView.renderPicker(p, state: state, into: &buffer, size: size, theme: theme)
        case .queryForm(let f): RecordsFormsView.renderQuery(f, into: &buffer, size: size, theme: theme)
        case .lookupForm(let f): RecordsFormsView.renderLookup(f, into: &buffer, size: size, theme: theme)
        }
    }

    /// A labelled field row: `Label  [value]` plus its error below when there is one; returns rows used.
    @discardableResult
    static func fieldRow(_ buffer: inout Buffer, label: String, input: TextFieldState, at y: Int, in inner: Rect, labelWidth: Int,
                         focused: Bool, error: String?, theme: Theme, placeholder: String = "", completion: String = "") -> Int {
        let marker = focused ? "›" : " "
        buffer.write(marker, at: Point(x: inner.x, y: y), style: theme[.primary])
        buffer.write(label, in: Rect(x: inner.x + 2, y: y, width: labelWidth, height: 1), style: focused ? theme[.primary] : theme[.muted])
        let fx = inner.x + 2 + labelWidth + 1
        Draw.field(&buffer, input, in: Rect(x: fx, y: y, width: max(1, inner.maxX - fx - 1), height: 1), focused: focused, theme: theme,
                   placeholder: placeholder, completion: completion)
        if let error {
            buffer.write("✗ " + error, in: Rect(x: fx, y: y + 1, width: max(1, inner.maxX - fx - 1), height: 1), style: theme[.error])
            return 2
        }
        return 1
    }
}
