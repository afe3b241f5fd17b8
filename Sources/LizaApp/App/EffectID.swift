import Foundation

/// Effects with the same id replace each other: starting one cancels the running one. A new
/// request declares its id beside its factory (`extension EffectID { static let foo = EffectID("foo") }`).
struct EffectID: Hashable, Sendable {
    let name: String

    init(_ name: String) { self.name = name }

    static let integrations = EffectID("integrations")
    static let connections = EffectID("connections")
    static let deleteConnection = EffectID("deleteConnection")
    static let connect = EffectID("connect")
    static let finalize = EffectID("finalize")
    static let records = EffectID("records")
    static let lookup = EffectID("lookup")
    static let passthrough = EffectID("passthrough")
    static let tick = EffectID("tick")
    static let theme = EffectID("theme")
    static let browser = EffectID("browser")
    static let demo = EffectID("demo")
    static let history = EffectID("history")
    static let jq = EffectID("jq")
    static let foreground = EffectID("foreground")
    static let profile = EffectID("profile")
}
