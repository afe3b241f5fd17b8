import Foundation
import TUIKit
import LizaAPI

/// Work for the shell: requests, clipboard, browser, timers. Values only, so tests compare them.
/// API requests are `.request` values built by their owners' factories (`Effect.loadRecords(_:generation:)`
/// in `RecordsUpdate+Requests.swift`, …), which read like cases where they are used.
enum Effect: Hashable, Sendable {
    case request(ServiceRequest)
    /// Work on the local record store (`ProgramEnvironment.recordStore`): a window read, a sync, a diff.
    case store(StoreRequest)
    /// `connect`, with a loopback listener as the redirect URL when one can start: after the
    /// connect answer, the same task waits up to `waitSeconds` for the browser and reports
    /// `Action.browserReturn` (cancelling it closes the listener; the connection stays pending).
    /// Not a `.request`: it needs the shell's listener (`ProgramEnvironment.startRedirectListener`)
    /// as well as the service.
    case connectListening(ConnectRequest, waitSeconds: Int, generation: Int)
    /// Runs the system's jq on a JSON view's value (`|`).
    case jqFilter(input: String, expression: String, generation: Int)
    /// Shows text in `$PAGER` (the TUI leaves the screen meanwhile).
    case openPager(String)
    /// Edits the passthrough body in `$VISUAL`/`$EDITOR`.
    case editBody(String, generation: Int)
    /// Re-reads the settings of a profile and replaces the service (`:profile NAME`).
    case switchProfile(String)
    case cancel(EffectID)
    /// OSC 52 through the terminal.
    case copyToClipboard(String)
    /// `$BROWSER` or `xdg-open`.
    case openURL(String)
    /// Sends `.tick` after a short delay; only scheduled while something animates.
    case scheduleTick
    case loadTheme(String)
    case startDemo
    /// Persists the passthrough history of `profile` (no token in it).
    case saveHistory(profile: String, [PassthroughHistoryEntry])
    /// Reads the passthrough history of `profile` (after the session changed profile, e.g. the demo).
    case loadHistory(profile: String)

    /// The id that decides which running effect this one replaces.
    var id: EffectID? {
        switch self {
        case .request(let request): return request.id
        case .store(let request): return request.id
        case .connectListening: return .connect
        case .scheduleTick: return .tick
        case .loadTheme: return .theme
        case .openURL: return .browser
        case .startDemo: return .demo
        case .saveHistory, .loadHistory: return .history
        case .jqFilter: return .jq
        case .openPager, .editBody: return .foreground
        case .switchProfile: return .profile
        case .cancel, .copyToClipboard: return nil
        }
    }
}
