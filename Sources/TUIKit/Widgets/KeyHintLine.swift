/// Draws `[KeyHint]` as "key label  key label" (key in `accent`+bold, label `muted`; a disabled
/// hint all `muted`+dim).
///
/// Hints are in order of importance: the ones that do not fit are dropped from the end, whole,
/// so a hint is never shown cut in half.
public struct KeyHintLine: Sendable {
    public var hints: [KeyHint]
    /// Blank columns between two hints.
    public var spacing: Int

    public init(_ hints: [KeyHint], spacing: Int = 2) { self.hints = hints; self.spacing = max(0, spacing) }

    /// Columns one hint takes ("key label").
    public static func width(of hint: KeyHint) -> Int {
        TextMeasure.width(hint.key) + (hint.label.isEmpty ? 0 : 1 + TextMeasure.width(hint.label))
    }

    /// How many of the hints fit in `width` columns.
    public func fittingCount(width: Int) -> Int {
        var used = 0
        for (i, h) in hints.enumerated() {
            let w = Self.width(of: h) + (i > 0 ? spacing : 0)
            if used + w > width { return i }
            used += w
        }
        return hints.count
    }

    /// Columns the hints that fit in `width` take.
    public func usedWidth(within width: Int) -> Int {
        let n = fittingCount(width: width)
        return hints.prefix(n).reduce(0) { $0 + Self.width(of: $1) } + spacing * max(0, n - 1)
    }

    /// Draws the hints that fit on the first row of `area`, left-aligned.
    /// - Returns: the columns used.
    @discardableResult
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) -> Int {
        guard !area.isEmpty else { return 0 }
        let offStyle = theme[.muted].adding(.dim)
        var x = area.minX
        for (i, h) in hints.prefix(fittingCount(width: area.width)).enumerated() {
            let keyStyle = h.disabled ? offStyle : theme[.accent].adding(.bold)
            let labelStyle = h.disabled ? offStyle : theme[.muted]
            if i > 0 { x += spacing }
            x += buffer.write(h.key, at: Point(x: x, y: area.minY), style: keyStyle, maxWidth: area.maxX - x)
            if !h.label.isEmpty {
                x += 1
                x += buffer.write(h.label, at: Point(x: x, y: area.minY), style: labelStyle, maxWidth: area.maxX - x)
            }
        }
        return x - area.minX
    }
}
