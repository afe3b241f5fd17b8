import Foundation
import LizaAPI
import TUIKit

/// Yes/no before deleting a connection or sending a non-GET passthrough request.
extension ConfirmState: ModalComponent {
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
        let width = min(size.width - 4, 64)
        let lines = Draw.wrap(message, width: width - 4)
        let rect = LayoutPlan.modalRect(in: size, preferred: Size(width: width, height: lines.count + 5))
        let inner = Draw.box(&buffer, rect, title: title, focused: true, theme: theme, clear: true)
        for (i, line) in lines.enumerated() where inner.y + 1 + i < inner.maxY - 1 {
            buffer.write(line, at: Point(x: inner.x + 1, y: inner.y + 1 + i), style: theme[.text], maxWidth: inner.width - 2)
        }
        let yes = app.keys.key(.confirm, in: .confirm)
        let no = app.keys.keys(.cancel, in: .confirm)
        Draw.segments(&buffer, [(yes, theme[.error].adding(.bold)), (" \(confirmLabel)    ", theme[.text]),
                                (no.first ?? "", theme[.primary].adding(.bold)),
                                ((no.count > 1 ? "/" + no[1] : "") + " cancel", theme[.text])],
                      at: Point(x: inner.x + 1, y: inner.maxY - 1), maxWidth: inner.width - 2)
    }
}
