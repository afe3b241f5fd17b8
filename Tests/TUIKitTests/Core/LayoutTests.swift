import Testing
@testable import TUIKit

@Suite("Layout")
struct LayoutTests {
    static let cases: [(String, Int, [Constraint], Int, [Int])] = [
        ("header, body, footer", 100, [.length(10), .fill(1), .length(10)], 0, [10, 80, 10]),
        ("two halves", 100, [.percent(50), .percent(50)], 0, [50, 50]),
        ("odd halves leave the rounding unused", 101, [.percent(50), .percent(50)], 0, [50, 50]),
        ("fill weights, remainder to the first", 10, [.fill(1), .fill(2)], 0, [4, 6]),
        ("equal fills", 10, [.fill(1), .fill(1), .fill(1)], 0, [4, 3, 3]),
        ("percent then fill", 50, [.percent(30), .fill(1)], 0, [15, 35]),
        ("min grows without fill", 20, [.length(5), .min(5)], 0, [5, 15]),
        ("min stays at minimum beside fill", 20, [.min(5), .fill(1)], 0, [5, 15]),
        ("over-constrained lengths: later shrink", 15, [.length(10), .length(10)], 0, [10, 5]),
        ("over-constrained: fill gets nothing", 2, [.length(1), .fill(1), .length(1)], 0, [1, 0, 1]),
        ("over-constrained min", 3, [.min(5), .fill(1)], 0, [3, 0]),
        ("percent squeezed by lengths", 10, [.length(8), .percent(50)], 0, [8, 2]),
        ("zero size", 0, [.length(3), .fill(1), .percent(50)], 0, [0, 0, 0]),
        ("negative size", -5, [.fill(1)], 0, [0]),
        ("spacing", 20, [.length(5), .fill(1), .length(5)], 1, [5, 8, 5]),
        ("spacing bigger than the room", 5, [.fill(1), .fill(1), .fill(1)], 10, [0, 0, 0]),
        ("clamped values", 10, [.length(-3), .percent(150), .fill(-1)], 0, [0, 10, 0]),
        ("fill zero weight", 10, [.fill(0), .fill(1)], 0, [0, 10]),
        ("no constraints", 10, [], 0, []),
    ]

    @Test("sizes", arguments: cases.indices)
    func sizes(_ i: Int) {
        let (what, total, constraints, spacing, expected) = Self.cases[i]
        #expect(Layout.sizes(total: total, constraints, spacing: spacing) == expected, "\(what)")
    }

    @Test func rectsWithSpacing() {
        let rects = Rect(x: 2, y: 3, width: 20, height: 4).split(.horizontal, [.length(5), .fill(1), .length(5)], spacing: 1)
        #expect(rects == [Rect(x: 2, y: 3, width: 5, height: 4), Rect(x: 8, y: 3, width: 8, height: 4), Rect(x: 17, y: 3, width: 5, height: 4)])
        let rows = Layout.split(Rect(x: 0, y: 0, width: 80, height: 24), .vertical, [.length(1), .fill(1), .length(1)])
        #expect(rows.map(\.y) == [0, 1, 23])
        #expect(rows.map(\.height) == [1, 22, 1])
        #expect(rows.allSatisfy { $0.width == 80 })
    }

    @Test func rectsStayInsideAndDoNotOverlap() {
        var rng = SeededGenerator(seed: 3)
        for _ in 0..<2000 {
            let parent = Rect(x: Int.random(in: -5...5, using: &rng), y: 0, width: Int.random(in: 0...60, using: &rng), height: 3)
            let constraints: [Constraint] = (0..<Int.random(in: 0...6, using: &rng)).map { _ in
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: .length(Int.random(in: -2...30, using: &rng))
                case 1: .min(Int.random(in: 0...30, using: &rng))
                case 2: .percent(Int.random(in: 0...120, using: &rng))
                default: .fill(Int.random(in: 0...3, using: &rng))
                }
            }
            let spacing = Int.random(in: 0...3, using: &rng)
            let rects = Layout.split(parent, .horizontal, constraints, spacing: spacing)
            #expect(rects.count == constraints.count)
            var previousEnd = parent.minX
            for r in rects {
                #expect(r.minX >= previousEnd && r.maxX <= parent.maxX)
                previousEnd = r.maxX
            }
            let used = rects.reduce(0) { $0 + $1.width }
            #expect(used <= parent.width)
            if constraints.contains(where: { if case .fill(let w) = $0 { w > 0 } else { false } }),
               spacing * max(0, constraints.count - 1) <= parent.width {
                #expect(used == parent.width - spacing * max(0, constraints.count - 1), "a fill takes all the room left")
            }
        }
    }
}
