import Foundation
import LizaAPI
import TUIKit

extension KeyContext {
    static let message = KeyContext("message", title: "Message")
}

/// The full-message modal (`!`): scroll, copy, close.
extension MessageState: ModalComponent {
    /// The modal's key contexts and their bindings (the defaults; `[keys.…]` remaps them).
    static let keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] = [
        (.message, [
            KeyBinding([KeyEvent(.up), .char("k")], "↑/k", "scroll up", .up),
            KeyBinding([KeyEvent(.down), .char("j")], "↓/j", "scroll down", .down),
            KeyBinding([.char("y")], "y", "copy the message", .copy, hint: true),
            KeyBinding([KeyEvent(.escape), .char("q"), KeyEvent(.enter)], "esc", "close", .back, hint: true),
        ]),
    ]

    static let modalCase = ModalCase<MessageState>(embed: AppModal.message) {
        guard case .message(let modal) = $0 else { return nil }
        return modal
    }

    var keyContext: KeyContext { .message }

    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        switch command {
        case .up: scroll = max(0, scroll - 1)
        case .down: scroll += 1
        case .copy:
            app.status.notice = "copied the message (OSC 52)"
            return [.copyToClipboard(text)]
        case .back: disposition = .close
        default: break
        }
        return []
    }

    func frame(in size: Size, app: AppState) -> Rect {
        let width = min(size.width - 4, 90)
        let lines = Draw.wrap(text, width: width - 4)
        return LayoutPlan.modalRect(in: size, preferred: Size(width: width, height: lines.count + 4))
    }

    var footerItems: [(Command, String?)] { [(.copy, "copy"), (.back, "close")] }

    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme) {
        let lines = Draw.wrap(text, width: min(size.width - 4, 90) - 4)
        let inner = Draw.box(&buffer, frame(in: size, app: app), title: title, footer: footer(app.keys), focused: true, theme: theme, clear: true)
        let start = min(scroll, max(0, lines.count - (inner.height - 1)))
        for i in 0..<max(0, inner.height - 1) {
            let n = start + i
            guard n < lines.count else { break }
            buffer.write(lines[n], at: Point(x: inner.x + 1, y: inner.y + 1 + i), style: theme[.text], maxWidth: inner.width - 2)
        }
    }
}
