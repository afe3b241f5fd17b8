import Foundation
import LizaAPI
import TUIKit

extension KeyContext {
    static let help = KeyContext("help", title: "Help")
}

/// The `?` overlay, generated from the keymap: scroll and close.
extension HelpState: ModalComponent {
    /// The modal's key contexts and their bindings (the defaults; `[keys.…]` remaps them).
    static let keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] = [
        (.help, [
            KeyBinding([KeyEvent(.up), .char("k")], "↑/k", "scroll up", .up),
            KeyBinding([KeyEvent(.down), .char("j")], "↓/j", "scroll down", .down),
            KeyBinding([KeyEvent(.pageUp)], "pgup", "page up", .pageUp),
            KeyBinding([KeyEvent(.pageDown), .char(" ")], "pgdn", "page down", .pageDown),
            KeyBinding([KeyEvent(.escape), .char("q"), .char("?")], "esc/q/?", "close", .back, hint: true),
        ]),
    ]

    static let modalCase = ModalCase<HelpState>(embed: AppModal.help) {
        guard case .help(let modal) = $0 else { return nil }
        return modal
    }

    var keyContext: KeyContext { .help }

    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        let total = HelpContent.lines(for: context, keys: app.keys).count
        let maxScroll = max(0, total - page)
        switch command {
        case .up: scroll = max(0, scroll - 1)
        case .down: scroll = min(maxScroll, scroll + 1)
        case .pageUp: scroll = max(0, scroll - page)
        case .pageDown: scroll = min(maxScroll, scroll + page)
        case .back: disposition = .close
        default: break
        }
        return []
    }

    func frame(in size: Size, app: AppState) -> Rect { LayoutPlan.helpRect(in: size) }

    func regions(in frame: Rect, app: AppState) -> [ModalLayout.Region: Rect] { [.content: frame.inset(by: 1)] }

    mutating func laidOut(_ layout: ModalLayout) { page = max(1, layout.rows(.content)) }

    var footerItems: [(Command, String?)] { [(.back, nil)] }

    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme) {
        let rect = frame(in: size, app: app)
        let lines = HelpContent.lines(for: context, keys: app.keys)
        let inner = Draw.box(&buffer, rect, title: "Help — \(context.title)", rightTitle: lines.count > rect.height - 2 ? "↑↓ scroll" : "",
                             footer: footer(app.keys), focused: true, theme: theme, clear: true)
        let keyWidth = min(18, max(6, lines.map { if case .binding(let key, _, _) = $0 { return DisplayWidth.of(key) } else { return 0 } }.max() ?? 6))
        let commandWidth = min(20, lines.map { if case .binding(_, _, let command) = $0 { return DisplayWidth.of(command) } else { return 0 } }.max() ?? 0)
        for i in 0..<max(0, inner.height) {
            let n = scroll + i
            guard n < lines.count else { break }
            let y = inner.y + i
            switch lines[n] {
            case .heading(let text, let config):
                buffer.write(text, in: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1), style: theme[.primary].adding(.bold))
                buffer.write(config, in: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1), style: theme[.muted], alignment: .right)
            case .binding(let key, let help, let command):
                let helpWidth = max(0, inner.width - 4 - keyWidth - commandWidth - 1)
                buffer.write(key, in: Rect(x: inner.x + 2, y: y, width: keyWidth, height: 1), style: theme[.accent])
                buffer.write(help, in: Rect(x: inner.x + 3 + keyWidth, y: y, width: helpWidth, height: 1), style: theme[.text])
                buffer.write(command, in: Rect(x: inner.maxX - 1 - commandWidth, y: y, width: commandWidth, height: 1), style: theme[.muted])
            case .blank:
                break
            }
        }
    }
}
