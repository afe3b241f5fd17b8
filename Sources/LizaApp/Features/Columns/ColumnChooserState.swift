import Foundation
import TUIKit

/// The column chooser (`C` in Records): every column of the data in the table's order, each
/// shown or hidden; the first shown one can be pinned. Edits a copy: enter keeps it, esc drops it.
struct ColumnChooserState: Hashable, Sendable {
    var objectType: String
    /// Every column, in the chosen order.
    var columns: [String]
    var hidden: Set<String>
    var pinned: Bool
    var cursor = TableState(selected: 0)
    /// The layout's widths (kept as they are).
    var widths: [String: Int]

    init(objectType: String, columns: [String], layout: ColumnLayout) {
        self.objectType = objectType
        self.columns = layout.arranged(columns)
        self.hidden = layout.hidden.intersection(columns)
        self.pinned = layout.pinned
        self.widths = layout.widths
        cursor.select(0, count: self.columns.count)
    }

    /// The layout as edited. The order is kept only when it differs from the data's.
    func layout(dataOrder: [String]) -> ColumnLayout {
        ColumnLayout(order: columns == dataOrder ? [] : columns, hidden: hidden, pinned: pinned, widths: widths)
    }

    /// Moves the column under the cursor one place up (-1) or down (+1), the cursor with it.
    mutating func move(by step: Int) {
        guard let i = cursor.selected, columns.indices.contains(i), columns.indices.contains(i + step) else { return }
        columns.swapAt(i, i + step)
        cursor.select(i + step, count: columns.count)
    }
}
