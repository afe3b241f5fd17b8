import Foundation
import TUIKit
import LizaAPI
/// Effects with the same id replace each other: starting one cancels the running one.
enum EffectID: Hashable, Sendable {
    case integrations, connections, deleteConnection, connect, finalize, records, lookup, passthrough
    case tick, theme, browser, demo, history, jq, foreground, profile
}
