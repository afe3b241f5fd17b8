import Foundation
import LizaAPI
import TUIKit

/// What every pane shares: the numbered title and the filter shown in the top border.
enum PaneChrome {
    static func title(_ pane: Pane) -> String { "\(pane.rawValue) \(pane.title)" }

    /// `/goo▏` while typing, `/goo` when kept, else the count.
    static func rightTitle(filter: TextFieldState, isFiltering: Bool, count: Int, total: Int, countIsLowerBound: Bool = false) -> String {
        if isFiltering { return "/" + filter.text + "▏" }
        if !filter.isEmpty { return "/\(filter.text) · \(count)\(countIsLowerBound ? "+" : "")/\(total)" }
        return total > 0 ? "\(total)" : ""
    }

    /// Empty or loading or failed list text.
    static func emptyText(load: LoadState, spinner: Int, loading: String, empty: String, keys: AppKeys) -> String {
        switch load {
        case .loading, .idle: return "\(Draw.spinner(spinner)) \(loading)"
        case .failed(let e): return "could not load: \(e.message) — \(keys.key(.refresh, in: .global)) retries"
        case .loaded: return empty
        }
    }

    /// Draws a list pane's frame (numbered title, filter or count, footer when focused). Returns
    /// the inner rectangle to fill with rows, or nil when there are none to show — then the
    /// loading, failure, empty or no-match text is drawn instead.
    static func listFrame(
        _ buffer: inout Buffer, _ area: Rect, pane: Pane, list: some PaneList, footer: String, spinner: Int,
        loading: String, empty: String, focused: Bool, keys: AppKeys, theme: Theme
    ) -> Rect? {
        let inner = Draw.box(&buffer, area, title: title(pane),
                             rightTitle: rightTitle(filter: list.filter, isFiltering: list.isFiltering, count: list.visibleCount, total: list.totalCount),
                             footer: focused ? footer : "", focused: focused, theme: theme)
        guard !inner.isEmpty else { return nil }
        guard list.visibleCount > 0 else {
            let text = list.totalCount == 0
                ? emptyText(load: list.load, spinner: spinner, loading: loading, empty: empty, keys: keys)
                : "nothing matches /\(list.filter.text) — \(keys.key(.back, in: .global)) clears"
            Draw.centered(&buffer, [(text, theme[.muted])], in: inner)
            return nil
        }
        return inner
    }
}
