import Foundation
import LizaAPI
import TUIKit

extension KeyContext {
    static let confirm = KeyContext("confirm", title: "Confirm")
}

/// Yes/no before deleting a connection or sending a non-GET passthrough request.
extension ConfirmState: ModalComponent {
    /// The modal's key contexts and their bindings (the defaults; `[keys.…]` remaps them).
    static let keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] = [
        (.confirm, [
            KeyBinding([.char("y"), KeyEvent(.enter)], "y/enter", "yes", .confirm, hint: true),
            KeyBinding([.char("n"), KeyEvent(.escape), .char("q")], "n/esc", "no", .cancel, hint: true),
        ]),
    ]

    static let modalCase = ModalCase<ConfirmState>(embed: AppModal.confirm) {
        guard case .confirm(let modal) = $0 else { return nil }
        return modal
    }

    var keyContext: KeyContext { .confirm }

    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        switch command {
        case .confirm:
            disposition = .close
            switch intent {
            case .deleteConnection(let id):
                return ConnectionsUpdate.startDelete(&app, id: id)
            case .sendPassthrough:
                return app.withModal(PassthroughState.modalCase) { form, app, _ in form.startSend(app: &app) } ?? []
            }
        case .cancel:
            disposition = .close
            app.status.notice = "cancelled"
        default:
            break
        }
        return []
    }

    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme) {
        let lines = Draw.wrap(message, width: width(in: size) - 4)
        let inner = Draw.box(&buffer, frame(in: size, app: app), title: title, focused: true, theme: theme, clear: true)
        for (i, line) in lines.enumerated() where inner.y + 1 + i < inner.maxY - 1 {
            buffer.write(line, at: Point(x: inner.x + 1, y: inner.y + 1 + i), style: theme[.text], maxWidth: inner.width - 2)
        }
        // The preview below the message; what does not fit says how much is left out.
        let top = inner.y + 2 + lines.count
        let room = max(0, inner.maxY - 2 - top)
        let shown = preview.count > room ? max(0, room - 1) : preview.count
        for (i, line) in preview.prefix(shown).enumerated() {
            let (text, style): (String, Style)
            switch line {
            case .plain(let t): (text, style) = (t, theme[.text])
            case .muted(let t): (text, style) = (t, theme[.muted])
            case .added(let t): (text, style) = (t, theme[.success])
            case .removed(let t): (text, style) = (t, theme[.error])
            case .blank: (text, style) = ("", theme[.text])
            }
            buffer.write(text, at: Point(x: inner.x + 1, y: top + i), style: style, maxWidth: inner.width - 2)
        }
        if shown < preview.count, room > 0 {
            buffer.write("… \(preview.count - shown) more lines", at: Point(x: inner.x + 1, y: top + shown), style: theme[.muted],
                         maxWidth: inner.width - 2)
        }
        let (yes, no) = buttons(app.keys)
        Draw.segments(&buffer, [(yes.key, theme[.error].adding(.bold)), (yes.label, theme[.text]),
                                (no.key, theme[.primary].adding(.bold)), (no.label, theme[.text])],
                      at: Point(x: inner.x + 1, y: inner.maxY - 1), maxWidth: inner.width - 2)
    }

    func frame(in size: Size, app: AppState) -> Rect {
        let width = width(in: size)
        let lines = Draw.wrap(message, width: width - 4)
        let extra = preview.isEmpty ? 0 : preview.count + 1
        return LayoutPlan.modalRect(in: size, preferred: Size(width: width, height: lines.count + 5 + extra))
    }

    /// A compact question, wider when the preview's lines (JSON, a diff) need it (up to 100).
    private func width(in size: Size) -> Int {
        let longest = preview.map { line -> Int in
            switch line {
            case .plain(let t), .muted(let t), .added(let t), .removed(let t): return DisplayWidth.of(t)
            case .blank: return 0
            }
        }.max() ?? 0
        return min(size.width - 4, max(64, min(100, longest + 4)))
    }

    /// `y delete    n/esc cancel`: the two buttons on the last row, key and label.
    private func buttons(_ keys: AppKeys) -> (yes: (key: String, label: String), no: (key: String, label: String)) {
        let no = keys.keys(.cancel, in: .confirm)
        return ((keys.key(.confirm, in: .confirm), " \(confirmLabel)    "),
                (no.first ?? "", (no.count > 1 ? "/" + no[1] : "") + " cancel"))
    }

    /// A click on a button answers.
    mutating func click(at point: Point, clickCount: Int, frame: Rect, app: inout AppState,
                        disposition: inout ModalDisposition) -> [Effect] {
        let inner = frame.inset(by: 1)
        guard point.y == inner.maxY - 1 else { return [] }
        let (yes, no) = buttons(app.keys)
        let yesEnd = inner.x + 1 + DisplayWidth.of(yes.key + yes.label)
        let noEnd = yesEnd + DisplayWidth.of(no.key + no.label)
        if point.x > inner.x, point.x < yesEnd - 4 { return perform(.confirm, app: &app, disposition: &disposition) }
        if point.x >= yesEnd, point.x < noEnd { return perform(.cancel, app: &app, disposition: &disposition) }
        return []
    }
}
