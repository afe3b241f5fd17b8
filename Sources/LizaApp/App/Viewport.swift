import Foundation
import TUIKit

/// Where everything was on screen when the state was last laid out: each pane shown with the rows
/// of its table, the narrow layout's tabs, and each modal's frame and inner areas.
///
/// Views are pure functions of the state, so they cannot write anything back; instead the program,
/// after every update, lays the state out with the same pure function the views draw with
/// (`Viewport(laying:)`) and hands the result to update as `Action.laidOut`. Update reads it for
/// page sizes, hit-testing clicks and keeping selections visible, and never calls view code.
public struct Viewport: Hashable, Sendable {
    /// A pane on screen.
    struct PaneArea: Hashable, Sendable {
        /// The pane's box, border included.
        var frame: Rect
        /// The table's data rows (below its column header); where row `offset` is drawn at `rows.y`.
        var rows: Rect
    }

    /// The screen size laid out.
    var size = Size(width: 0, height: 0)
    /// The panes shown (one when narrow, three when wide; none on the welcome page or when the
    /// terminal is too small).
    var panes: [Pane: PaneArea] = [:]
    /// Narrow layouts: each pane's tab in the tab row.
    var tabs: [Pane: Rect] = [:]
    /// Each modal's frame and areas, bottom to top, as `AppState.modals`.
    var modals: [ModalLayout] = []

    init() {}
}
