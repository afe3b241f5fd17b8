import Foundation
import LizaAPI
import TUIKit

extension KeyContext {
    static let recordDiff = KeyContext("recordDiff", title: "Record diff")
}

/// The per-field diff of a changed record: scroll, close.
extension RecordDiffState: ModalComponent {
    static let keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] = [
        (.recordDiff, [
            KeyBinding([KeyEvent(.up), .char("k")], "↑/k", "scroll up", .up),
            KeyBinding([KeyEvent(.down), .char("j")], "↓/j", "scroll down", .down),
            KeyBinding([KeyEvent(.escape), .char("q"), KeyEvent(.enter)], "esc", "close", .back, hint: true),
        ]),
    ]

    static let modalCase = ModalCase<RecordDiffState>(embed: AppModal.recordDiff) {
        guard case .recordDiff(let modal) = $0 else { return nil }
        return modal
    }

    var keyContext: KeyContext { .recordDiff }

    var loadingLabel: String? { load.isLoading ? "reading the stored versions" : nil }

    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        switch command {
        case .up: scroll = max(0, scroll - 1)
        case .down: scroll = min(max(0, lines.count - 1), scroll + 1)
        case .back: disposition = .close
        default: break
        }
        return []
    }

    func frame(in size: Size, app: AppState) -> Rect {
        LayoutPlan.modalRect(in: size, preferred: Size(width: min(size.width - 4, 100), height: max(6, lines.count + 4)))
    }

    var footerItems: [(Command, String?)] { [(.back, "close")] }

    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme) {
        let inner = Draw.box(&buffer, frame(in: size, app: app), title: "changed: " + title, footer: footer(app.keys), focused: true,
                             theme: theme, clear: true)
        guard !inner.isEmpty else { return }
        let shown = lines
        let message: String?
        switch load {
        case .loading: message = "\(Draw.spinner(app.status.spinnerFrame)) reading the stored versions…"
        case .failed(let e): message = "could not read the stored versions: \(e.message)"
        case .idle, .loaded: message = shown.isEmpty ? "no field differs from the stored version" : nil
        }
        if let message {
            buffer.write(message, at: Point(x: inner.x + 1, y: inner.y + 1), style: theme[.muted], maxWidth: inner.width - 2)
            return
        }
        let rows = max(0, inner.height - 1)
        let start = min(scroll, max(0, shown.count - rows))
        for i in 0..<rows {
            let n = start + i
            guard n < shown.count else { break }
            let style: Style
            switch shown[n].kind {
            case .path: style = theme[.primary].adding(.bold)
            case .before: style = theme[.error]
            case .after: style = theme[.success]
            }
            buffer.write(shown[n].text, at: Point(x: inner.x + 1, y: inner.y + 1 + i), style: style, maxWidth: inner.width - 2)
        }
    }
}
