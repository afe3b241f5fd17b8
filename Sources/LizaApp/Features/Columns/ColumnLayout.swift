import Foundation

/// How the user arranged one table's columns (`C`, `<`/`>`): their order, which are hidden,
/// whether the first shown column stays in place when scrolling sideways, and widths set by hand.
/// Kept per connection + object type (`ColumnLayoutStore`).
public struct ColumnLayout: Hashable, Sendable {
    /// Columns in the order chosen; columns of the data not listed follow in the data's order.
    public var order: [String] = []
    public var hidden: Set<String> = []
    /// The first shown column stays while ←/→ scroll the others.
    public var pinned = false
    /// Display widths set with `<`/`>` (3…`maxWidth`).
    public var widths: [String: Int] = [:]

    public static let minWidth = 3
    public static let maxWidth = 200

    public init(order: [String] = [], hidden: Set<String> = [], pinned: Bool = false, widths: [String: Int] = [:]) {
        self.order = order
        self.hidden = hidden
        self.pinned = pinned
        self.widths = widths.filter { (Self.minWidth...Self.maxWidth).contains($0.value) }
    }

    /// True when nothing was changed from the defaults.
    public var isDefault: Bool { order.isEmpty && hidden.isEmpty && !pinned && widths.isEmpty }

    /// Every column of `columns` (the data's), in the chosen order.
    public func arranged(_ columns: [String]) -> [String] {
        let present = Set(columns)
        let known = order.filter { present.contains($0) }
        let listed = Set(known)
        return known + columns.filter { !listed.contains($0) }
    }

    /// The columns the table shows: arranged, without the hidden ones.
    public func shown(_ columns: [String]) -> [String] { arranged(columns).filter { !hidden.contains($0) } }

    /// The key a layout is remembered under.
    public static func key(connectionID: String, category: String, objectType: String) -> String {
        "\(connectionID)/\(category)/\(objectType)"
    }
}
