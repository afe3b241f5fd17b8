import Foundation
import TUIKit
import LizaAPI
/// The selected row of a list and the first row shown.
///
/// Update keeps `offset` so the selection stays visible; views read it as is (they are pure and
/// cannot scroll on their own). `page` is the number of visible rows (from `LayoutPlan`).
struct ListCursor: Hashable, Sendable {
    var index: Int
    var offset: Int

    init(index: Int = 0, offset: Int = 0) {
        self.index = index
        self.offset = offset
    }

    /// Moves by `delta` rows, clamped to `0..<count`.
    mutating func move(by delta: Int, count: Int, page: Int) {
        index += delta
        clamp(count: count, page: page)
    }

    mutating func toTop(count: Int, page: Int) {
        index = 0
        clamp(count: count, page: page)
    }

    mutating func toBottom(count: Int, page: Int) {
        index = count - 1
        clamp(count: count, page: page)
    }

    /// Keeps the index in range and visible inside a viewport of `page` rows.
    mutating func clamp(count: Int, page: Int) {
        guard count > 0 else { index = 0; offset = 0; return }
        index = min(max(0, index), count - 1)
        let p = max(1, page)
        if index < offset { offset = index }
        if index >= offset + p { offset = index - p + 1 }
        offset = max(0, min(offset, max(0, count - p)))
    }
}
