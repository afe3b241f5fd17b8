import Foundation
import LizaAPI

/// What the loopback listener of a connect reports (`Effect.connectListening`, run by the shell
/// because it needs the listener), as actions for `AuthorizeState`.
extension Action {
    /// The listener of the connect of `generation` heard (or stopped waiting for) the browser.
    static func browserReturn(generation: Int, _ event: BrowserReturn) -> Action {
        .answered(ServiceAnswer(.connect, generation: generation, event, isResponse: false) { state in
            AuthorizeState.browserReturned(&state, generation: generation, event)
        })
    }
}
