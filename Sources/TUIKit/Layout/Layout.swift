/// Splitting a rectangle into parts by constraints (the idea of ratatui's `Layout`, solved greedily).
///
/// The room along the axis, minus `spacing` between neighbours, is handed out in passes:
/// 1. `.length` and `.min` get their size, in order, while room lasts;
/// 2. `.percent` gets its share of the room (after spacing), in order, while room lasts;
/// 3. what is left goes to `.fill` parts by weight (the remainder, one cell each, to the first
///    ones); with no `.fill`, it is shared among the `.min` parts; with neither, it stays unused at
///    the end.
/// So when there is too little room, earlier fixed parts keep their size and later ones shrink, down
/// to zero; a header and a footer keep their rows while the body in between gives way. The parts
/// never overlap and never leave `rect`.
public enum Layout {
    /// The parts of `rect`, one per constraint, in order.
    public static func split(_ rect: Rect, _ axis: Axis, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        let total = axis == .horizontal ? rect.width : rect.height
        let sizes = sizes(total: total, constraints, spacing: spacing)
        let gap = max(0, spacing)
        var offset = 0
        var out: [Rect] = []
        for size in sizes {
            let start = Swift.min(offset, total)
            let length = Swift.max(0, Swift.min(size, total - start))
            switch axis {
            case .horizontal: out.append(Rect(x: rect.x + start, y: rect.y, width: length, height: rect.height))
            case .vertical: out.append(Rect(x: rect.x, y: rect.y + start, width: rect.width, height: length))
            }
            offset = start + length + gap
        }
        return out
    }

    /// The size of each part along the axis (see the type's documentation).
    public static func sizes(total: Int, _ constraints: [Constraint], spacing: Int = 0) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        let room = Swift.max(0, Swift.max(0, total) - Swift.max(0, spacing) * (constraints.count - 1))
        var sizes = Array(repeating: 0, count: constraints.count)
        var left = room
        for (i, c) in constraints.enumerated() {
            switch c {
            case .length(let n), .min(let n):
                sizes[i] = Swift.min(Swift.max(0, n), left)
                left -= sizes[i]
            case .percent, .fill:
                break
            }
        }
        for (i, c) in constraints.enumerated() {
            if case .percent(let p) = c {
                sizes[i] = Swift.min(room * Swift.min(100, Swift.max(0, p)) / 100, left)
                left -= sizes[i]
            }
        }
        guard left > 0 else { return sizes }
        var weights: [(index: Int, weight: Int)] = constraints.enumerated().compactMap { i, c in
            if case .fill(let w) = c { return (i, Swift.max(0, w)) }
            return nil
        }
        if weights.isEmpty {
            weights = constraints.enumerated().compactMap { i, c in
                if case .min = c { return (i, 1) }
                return nil
            }
        }
        let totalWeight = weights.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0 else { return sizes }
        var given = 0
        for (i, w) in weights {
            let share = left * w / totalWeight
            sizes[i] += share
            given += share
        }
        var remainder = left - given
        for (i, w) in weights where remainder > 0 && w > 0 {
            sizes[i] += 1
            remainder -= 1
        }
        return sizes
    }
}
