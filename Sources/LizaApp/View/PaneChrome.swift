import Foundation
import LizaAPI
import TUIKit

/// What every pane shares: the numbered title and the filter shown in the top border.
enum PaneChrome {
    static func title(_ pane: Pane) -> String { "\(pane.rawValue) \(pane.title)" }

    /// `/goo▏` while typing, `/goo` when kept, else the count.
    static func rightTitle(filter: TextFieldState, isFiltering: Bool, count: Int, total: Int) -> String {
        if isFiltering { return "/" + filter.text + "▏" }
        if !filter.isEmpty { return "/\(filter.text) · \(count)/\(total)" }
        return total > 0 ? "\(total)" : ""
    }

    /// Empty or loading or failed list text.
    static func emptyText(load: LoadState, spinner: Int, loading: String, empty: String) -> String {
        switch load {
        case .loading, .idle: return "\(Draw.spinner(spinner)) \(loading)"
        case .failed(let e): return "could not load: \(e.message) — r retries"
        case .loaded: return empty
        }
    }
}
