import Foundation
import TUIKit
import LizaAPI
/// The welcome screen (no token): start the demo or quit.
enum WelcomeUpdate {
    static func perform(_ state: inout AppState, _ command: Command) -> [Effect] {
        guard case .welcome(var w) = state.screen else { return [] }
        switch command {
        case .startDemo:
            guard !w.startingDemo else { return [] }
            w.startingDemo = true
            w.error = nil
            state.screen = .welcome(w)
            return [.startDemo]
        case .quit:
            state.quitRequested = true
        default:
            break
        }
        return []
    }

    static func demoStarted(_ state: inout AppState, _ result: Result<SessionInfo, AppFailure>) -> [Effect] {
        guard case .welcome(var w) = state.screen else { return [] }
        switch result {
        case .success(let session):
            let profileChanged = session.profile != state.session.profile
            state.session = session
            state.screen = .main
            // The history in memory belongs to the profile the header named before; the demo'state
            // own history replaces it, and is the one saved from now on.
            guard profileChanged else { return AppUpdate.start(&state) }
            state.passthroughHistory = []
            state.passthroughDrafts = [:]
            return AppUpdate.start(&state) + [.loadHistory(profile: session.profile)]
        case .failure(let f):
            w.startingDemo = false
            w.error = "Could not start the demo: \(f.message)"
            state.screen = .welcome(w)
            return []
        }
    }
}
