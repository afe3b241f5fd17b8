import Foundation
import TUIKit
import LizaAPI
/// Yes/no before deleting a connection or sending a non-GET passthrough request.
enum ConfirmUpdate {
    static func perform(_ s: inout AppState, _ command: Command) -> [Effect] {
        guard case .confirm(let c) = s.modals.last else { return [] }
        switch command {
        case .confirm:
            s.pop()
            switch c.intent {
            case .deleteConnection(let id):
                return ConnectionsUpdate.startDelete(&s, id: id)
            case .sendPassthrough:
                return PassthroughUpdate.startSend(&s)
            }
        case .cancel:
            s.pop()
            s.status.notice = "cancelled"
        default:
            break
        }
        return []
    }
}
