import Foundation
import TUIKit

extension Viewport {
    /// `state` laid out on its screen, with the same `LayoutPlan` and modal frames `RootView` draws
    /// with. Pure; the program records it after every update (`Action.laidOut`).
    init(laying state: AppState) {
        self.init()
        size = state.size
        let plan = LayoutPlan(size: state.size, focus: state.focus)
        guard !plan.isTooSmall else { return }
        modals = state.modals.map { modal in
            let component = modal.component
            let frame = component.frame(in: state.size, app: state)
            return ModalLayout(frame: frame, regions: component.regions(in: frame, app: state))
        }
        guard case .main = state.screen else { return }
        tabs = plan.tabRects
        for (pane, frame) in plan.panes {
            let table = LayoutPlan.tableArea(of: pane, in: frame)
            panes[pane] = PaneArea(frame: frame, rows: Rect(x: table.x, y: table.y + 1, width: table.width, height: max(0, table.height - 1)))
        }
    }
}
