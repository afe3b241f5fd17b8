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
            let profileChanged = session.profile != s.session.profile
            s.session = session
            s.screen = .main
            // The history in memory belongs to the profile the header named before; the demo's
            // own history replaces it, and is the one saved from now on.
            guard profileChanged else { return AppUpdate.start(&s) }
            s.passthroughHistory = []
            s.passthroughDrafts = [:]
            return AppUpdate.start(&s) + [.loadHistory(profile: session.profile)]
        case .failure(let f):
            w.startingDemo = false
            w.error = "Could not start the demo: \(f.message)"
            s.screen = .welcome(w)
            return []
        }
    }
}
