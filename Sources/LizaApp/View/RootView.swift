import Foundation
import LizaAPI
import TUIKit

/// The whole screen for a state: header, panes (or the welcome page), status bar, modals on top.
/// Pure: the same state, size and theme always give the same buffer.
enum RootView {
    static func render(_ state: AppState, size: Size, theme: Theme) -> Buffer {
        var buffer = Buffer(size: size, fill: Cell(style: theme[.background]))
        let plan = LayoutPlan(size: size, focus: state.focus)
        if plan.isTooSmall {
            Draw.centered(&buffer, [
                ("terminal too small (need \(LayoutPlan.minimum.width)×\(LayoutPlan.minimum.height))", theme[.warning].adding(.bold)),
                ("now \(size.width)×\(size.height) — enlarge the window, or press \(state.keys.key(.quit, in: .global)) to quit", theme[.muted]),
            ], in: Rect(size: size))
            return buffer
        }
        HeaderView.render(state, into: &buffer, area: plan.header, theme: theme)
        switch state.screen {
        case .welcome(let w):
            WelcomeView.render(w, state: state, into: &buffer, area: Rect(x: 0, y: 1, width: size.width, height: size.height - 2), theme: theme)
        case .main:
            if let tabs = plan.tabs { renderTabs(state, into: &buffer, plan: plan, area: tabs, theme: theme) }
            for (pane, rect) in plan.panes {
                let focused = pane == state.focus && state.modals.isEmpty
                switch pane {
                case .integrations: IntegrationsView.render(state, into: &buffer, area: rect, focused: focused, theme: theme)
                case .connections: ConnectionsView.render(state, into: &buffer, area: rect, focused: focused, theme: theme)
                case .records: RecordsView.render(state, into: &buffer, area: rect, focused: focused, theme: theme)
                }
            }
        }
        for modal in state.modals {
            buffer.addAttributes(.dim, in: Rect(x: 0, y: 1, width: size.width, height: size.height - 2))
            modal.component.render(into: &buffer, app: state, size: size, theme: theme)
        }
        StatusBarView.render(state, into: &buffer, area: plan.status, theme: theme)
        return buffer
    }

    /// Narrow layouts: which panes exist and their keys, so none is more than a keypress away.
    static func renderTabs(_ state: AppState, into buffer: inout Buffer, plan: LayoutPlan, area: Rect, theme: Theme) {
        var end = area.x
        for (pane, rect) in plan.tabRects.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let style = pane == state.focus ? theme[.selection].adding(.bold) : theme[.muted]
            buffer.write(LayoutPlan.tabLabel(pane), at: rect.origin, style: style, maxWidth: rect.width)
            end = rect.maxX + 1
        }
        buffer.write("\(state.keys.key(.focusNext, in: .global)) cycles", in: Rect(x: end + 1, y: area.y, width: max(0, area.maxX - end - 2), height: 1), style: theme[.muted], alignment: .right)
    }
}
