import Foundation
import TUIKit
import LizaAPI
/// The welcome screen (no token): start the demo or quit.
enum WelcomeUpdate {
    static func perform(_ s: inout AppState, _ command: Command) -> [Effect] {
        guard case .welcome(var w) = s.screen else { return [] }
        switch command {
        case .startDemo:
            guard !w.startingDemo else { return [] }
            w.startingDemo = true
            w.error = nil
            s.screen = .welcome(w)
            return [.startDemo]
        case .quit:
            s.quitRequested = true
        default:
            break
        }
        return []
    }

    static func demoStarted(_ s: inout AppState, _ result: Result<SessionInfo, AppFailure>) -> [Effect] {
        guard case .welcome(var w) = s.screen else { return [] }
        switch result {
        case .success(let session):
            s.session = session
            s.screen = .main
            return AppUpdate.start(&s)
        case .failure(let f):
            w.startingDemo = false
            w.error = "Could not start the demo: \(f.message)"
            s.screen = .welcome(w)
            return []
        }
    }
}
