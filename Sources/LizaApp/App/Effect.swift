import Foundation
import TUIKit
import LizaAPI

/// Work for the shell: requests, clipboard, browser, timers. Values only, so tests compare them.
enum Effect: Hashable, Sendable {
    case loadIntegrations(generation: Int)
    case loadConnections(generation: Int)
    case deleteConnection(id: String, generation: Int)
    case connect(ConnectRequest, generation: Int)
    case finalize(connectionID: String, generation: Int)
    case loadRecords(RecordQuery, generation: Int)
    /// Every page from `query.offset` on, `concurrency` requests at a time, stopping at `maxRecords`.
    case loadAllRecords(RecordQuery, concurrency: Int, maxRecords: Int, generation: Int)
    case lookup(connectionID: String, category: Category, objectType: String, fields: [String: String], generation: Int)
    case passthrough(connectionID: String, PassthroughRequest, generation: Int)
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
        case .loadIntegrations: return .integrations
        case .loadConnections: return .connections
        case .deleteConnection: return .deleteConnection
        case .connect: return .connect
        case .finalize: return .finalize
        case .loadRecords, .loadAllRecords: return .records
        case .lookup: return .lookup
        case .passthrough: return .passthrough
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
