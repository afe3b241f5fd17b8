import TUIKit

/// Maps (foreground, background) to curses colour pairs, allocating each pair once.
///
/// Curses pairs are indirect: changing a pair recolours every cell already on screen that uses it,
/// so pairs are never redefined while in use. When the terminal's pairs run out (`screen` has 64),
/// the painter calls `reset()` and repaints the whole frame, which bounds the pairs in use to the
/// ones one frame needs. Pure: the painter calls `init_extended_pair` for each new assignment.
public struct ColorPairRegistry: Sendable {
    /// Curses colour numbers of one pair; -1 is the terminal's default colour.
    public struct Colors: Hashable, Sendable {
        public var foreground: Int32
        public var background: Int32
        public init(foreground: Int32, background: Int32) { self.foreground = foreground; self.background = background }
    }

    /// How to paint one style's colours.
    public struct Assignment: Hashable, Sendable {
        /// The pair to use (0 = default colours, never needs defining).
        public var pair: Int32
        /// True when the painter must define the pair (`init_extended_pair`) before using it.
        public var isNew: Bool
        public var colors: Colors
        /// A bright foreground on an 8-colour terminal: shown as the base colour plus bold, which
        /// such terminals render bright.
        public var addBold: Bool
    }

    /// What colours may be used (after `NO_COLOR` and overrides).
    public let capability: ColorCapability
    /// The terminal's `COLORS`.
    public let colorCount: Int
    /// Pairs other than 0 that may be defined (`COLOR_PAIRS - 1`).
    public let capacity: Int
    /// Whether `use_default_colors()` succeeded, so -1 means "terminal default".
    public let defaultColorsSupported: Bool
    private var pairs: [Colors: Int32] = [:]

    public init(capability: ColorCapability, colorCount: Int, pairCount: Int, defaultColorsSupported: Bool = true) {
        let terminalLimit: ColorCapability = colorCount >= 256 ? .truecolor : (colorCount >= 8 ? .ansi16 : .none)
        self.capability = min(capability, terminalLimit)
        self.colorCount = colorCount
        self.capacity = max(0, pairCount - 1)
        self.defaultColorsSupported = defaultColorsSupported
    }

    /// Pairs defined so far.
    public var count: Int { pairs.count }

    /// The curses colours for a style (and whether bold stands in for brightness), without allocating.
    public func colors(for style: Style) -> (colors: Colors, addBold: Bool) {
        guard capability != .none else { return (Colors(foreground: -1, background: -1), false) }
        let (fg, bold) = number(style.foreground, isForeground: true)
        let (bg, _) = number(style.background, isForeground: false)
        return (Colors(foreground: fg, background: bg), bold)
    }

    /// The pair for a style, allocating one if needed; nil when the pairs are exhausted.
    public mutating func assign(_ style: Style) -> Assignment? {
        let (colors, addBold) = colors(for: style)
        if isDefaultPair(colors) { return Assignment(pair: 0, isNew: false, colors: colors, addBold: addBold) }
        if let id = pairs[colors] { return Assignment(pair: id, isNew: false, colors: colors, addBold: addBold) }
        guard pairs.count < capacity else { return nil }
        let id = Int32(pairs.count + 1)
        pairs[colors] = id
        return Assignment(pair: id, isNew: true, colors: colors, addBold: addBold)
    }

    /// How many new pairs painting these styles would need beyond those already defined.
    public func newPairsNeeded(for styles: some Sequence<Style>) -> Int {
        var fresh = Set<Colors>()
        for style in styles {
            let c = colors(for: style).colors
            if !isDefaultPair(c), pairs[c] == nil { fresh.insert(c) }
        }
        return fresh.count
    }

    /// True when the styles' pairs fit into what is left.
    public func canAssign(_ styles: some Sequence<Style>) -> Bool { newPairsNeeded(for: styles) <= capacity - pairs.count }

    /// Forgets every pair (the caller then repaints everything).
    public mutating func reset() { pairs.removeAll() }

    private func isDefaultPair(_ c: Colors) -> Bool {
        defaultColorsSupported ? (c.foreground == -1 && c.background == -1) : (c.foreground == 7 && c.background == 0)
    }

    /// Colour number for one colour; -1 for default (or white/black when defaults are unsupported).
    /// Colours are downgraded with TUIKit's `Color.downgraded(to:)`; curses addresses at most the
    /// 256-colour palette, so truecolor is treated as 256.
    private func number(_ color: Color, isForeground: Bool) -> (Int32, Bool) {
        let defaultNumber: Int32 = defaultColorsSupported ? -1 : (isForeground ? 7 : 0)
        var n: Int
        switch color.downgraded(to: min(capability, .palette256)) {
        case .default: return (defaultNumber, false)
        case .ansi(let a): n = a.rawValue
        case .indexed(let i): n = Int(i)
        case .rgb(let r, let g, let b): n = Int(Color.nearestPaletteIndex(to: RGB(r, g, b)))
        }
        var bold = false
        if n >= colorCount, n >= 16 { n = Color.nearestANSI(to: Color.paletteRGB(UInt8(n))).rawValue }
        if n >= colorCount, n >= 8 {
            // 8-colour terminals: bright colours become their base colour (bold for a foreground).
            n -= 8
            bold = isForeground
        }
        return (Int32(n), bold)
    }
}
