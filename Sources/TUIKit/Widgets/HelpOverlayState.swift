/// Scroll position of a `HelpOverlay`.
public struct HelpOverlayState: Hashable, Sendable {
    /// First content row shown.
    public var scroll: Int
    /// Content rows visible, as last laid out by the app; 0 = unknown (PgUp/PgDn move 10).
    public var viewportHeight: Int

    public init(scroll: Int = 0, viewportHeight: Int = 0) { self.scroll = scroll; self.viewportHeight = viewportHeight }

    /// ↑/k, ↓/j, PgUp/PgDn/Space, Home/g, End/G scroll, clamped to `maxScroll` (pass
    /// `HelpOverlay.maxScroll(in:)` for the screen; the drawing clamps too).
    /// - Returns: true when consumed.
    public mutating func handle(_ key: KeyEvent, maxScroll: Int) -> Bool {
        let page = viewportHeight > 0 ? viewportHeight : 10
        switch (key.key, key.modifiers) {
        case (.up, []), (.char("k"), []): scroll -= 1
        case (.down, []), (.char("j"), []): scroll += 1
        case (.pageUp, []): scroll -= page
        case (.pageDown, []), (.char(" "), []): scroll += page
        case (.home, []), (.char("g"), []): scroll = 0
        case (.end, []), (.char("G"), []), (.char("G"), .shift): scroll = maxScroll
        default: return false
        }
        scroll = min(max(0, scroll), max(0, maxScroll))
        return true
    }
}
