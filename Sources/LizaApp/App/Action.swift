import Foundation
import LizaAPI
import OrderedJSON
import TUIKit

/// Everything that can happen to the app: input, ticks, and the results of effects.
/// Results carry the generation of their request; update drops stale ones.
public enum Action: Hashable, Sendable {
    case key(KeyEvent)
    /// A click or wheel turn (only when mouse reporting is on).
    case mouse(MouseEvent)
    case resize(Size)
    /// The program laid the state out on screen (after every update): where the panes, their rows
    /// and the modals are, for paging and clicks.
    case laidOut(Viewport)
    /// A command issued directly (palette, tests) rather than by a key.
    case command(Command)
    /// `seconds` have passed since the tick was scheduled (spinner, rate-limit countdown).
    case tick(elapsed: Double)
    /// The client is waiting or retrying on its own (e.g. after a 429).
    case client(ClientEvent)

    /// The answer to an API request (`Effect.request`), built by the request's owner
    /// (`Action.recordsLoaded(generation:_:)`, …) and applied by its handler.
    case answered(ServiceAnswer)
    /// jq's output for a JSON view's `|` filter (or why it failed).
    case jqFiltered(generation: Int, Result<String, AppFailure>)
    /// The pager ended (or could not run).
    case pagerClosed(Result<Int32, AppFailure>)
    /// `:profile` finished: the new session (read-only and all) and its theme, or why not.
    case profileSwitched(name: String, Result<ProfileSwitch, AppFailure>)
    /// The editor ended with this body (or failed: the draft is kept).
    case bodyEdited(generation: Int, Result<String, AppFailure>)
    case themeLoaded(name: String, Result<Theme, AppFailure>)
    /// The browser was started (or why not).
    case browserOpened(Result<String, AppFailure>)
    case demoStarted(Result<SessionInfo, AppFailure>)
    /// The stored passthrough history of `profile` was read.
    case historyLoaded(profile: String, [PassthroughHistoryEntry])
    /// The palette asked to open records of a connection (`:records <conn> <category> <object>`).
    case openRecords(connectionID: String, category: Category?, objectType: String?)
    /// The terminal closed its event stream (e.g. stdin closed): quit.
    case terminalClosed
}
