import Foundation
import LizaAPI
import TUIKit

/// Where everything goes for a terminal size. Pure; the views draw with it, and the program records
/// what it gives into the state as a `Viewport` (update reads that, never this).
struct LayoutPlan: Hashable, Sendable {
    /// Below this the app shows "terminal too small".
    static let minimum = Size(width: 60, height: 15)
    /// At and above this the three panes are shown side by side.
    static let wide = Size(width: 100, height: 30)

    var size: Size
    var isTooSmall: Bool
    var isWide: Bool
    var header: Rect
    /// Narrow layouts: the row of pane tabs (`1 Integrations  2 Connections  3 Records`).
    var tabs: Rect?
    var status: Rect
    /// The rectangles of the panes shown (one when narrow, three when wide).
    var panes: [Pane: Rect]

    init(size: Size, focus: Pane) {
        self.size = size
        isTooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
        isWide = size.width >= Self.wide.width && size.height >= Self.wide.height
        header = Rect(x: 0, y: 0, width: size.width, height: 1)
        status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        if isWide {
            tabs = nil
            let leftWidth = max(40, size.width * 2 / 5)
            let topHeight = body.height * 9 / 20
            panes = [
                .integrations: Rect(x: 0, y: body.y, width: leftWidth, height: topHeight),
                .connections: Rect(x: 0, y: body.y + topHeight, width: leftWidth, height: body.height - topHeight),
                .records: Rect(x: leftWidth, y: body.y, width: size.width - leftWidth, height: body.height),
            ]
        } else {
            tabs = Rect(x: 0, y: body.y, width: size.width, height: 1)
            panes = [focus: Rect(x: 0, y: body.y + 1, width: size.width, height: body.height - 1)]
        }
    }

    /// Narrow layouts: each pane's tab (` 1 Integrations `) in the tab row, one column apart.
    var tabRects: [Pane: Rect] {
        guard let tabs else { return [:] }
        var rects: [Pane: Rect] = [:]
        var x = tabs.x + 1
        for pane in Pane.allCases {
            let width = max(0, min(DisplayWidth.of(Self.tabLabel(pane)), tabs.maxX - x))
            rects[pane] = Rect(x: x, y: tabs.y, width: width, height: 1)
            x += width + 1
        }
        return rects
    }

    /// The text of a pane's tab.
    static func tabLabel(_ pane: Pane) -> String { " \(pane.rawValue) \(pane.title) " }

    /// Where a pane in `frame` draws its table (column header and rows): inside the border, after
    /// one column of padding; Records has its toolbar row above it.
    static func tableArea(of pane: Pane, in frame: Rect) -> Rect {
        let inner = frame.inset(by: 1)
        let toolbar = pane == .records ? 1 : 0
        return Rect(x: inner.x + 1, y: inner.y + toolbar, width: max(0, inner.width - 1), height: max(0, inner.height - toolbar))
    }

    /// A modal of at most `preferred` size, centred, leaving a margin.
    static func modalRect(in size: Size, preferred: Size) -> Rect {
        let w = min(preferred.width, size.width - 2)
        let h = min(preferred.height, size.height - 2)
        return Rect(size: size).centered(Size(width: w, height: h))
    }

    /// The JSON/text document modal (records, connection info).
    static func documentRect(in size: Size) -> Rect {
        let width = size.width <= 112 ? size.width : 110
        return Rect(x: (size.width - width) / 2, y: 1, width: width, height: max(0, size.height - 2))
    }


    /// The passthrough modal (nearly full screen).
    static func passthroughRect(in size: Size) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
    }

    /// Rows of the passthrough body editor and response viewer.
    static func passthroughSplit(_ size: Size) -> (body: Int, response: Int) {
        let inner = max(4, passthroughRect(in: size).height - 2 - 4)
        let body = max(3, inner * 2 / 5)
        return (body, max(1, inner - body - 1))
    }

    /// The passthrough body editor inside the form (below the method/path row and the body label);
    /// the update sets the editor's viewport from it so scrolling and PgUp/PgDn match the screen.
    static func passthroughBodyRect(in size: Size) -> Rect {
        let inner = passthroughRect(in: size).inset(by: 1)
        let y = inner.y + 2
        return Rect(x: inner.x + 1, y: y, width: max(0, inner.width - 2), height: max(0, min(passthroughSplit(size).body, inner.maxY - y)))
    }

    /// The help overlay.
    static func helpRect(in size: Size) -> Rect {
        let width = min(size.width, 76)
        return Rect(x: (size.width - width) / 2, y: 1, width: width, height: max(0, size.height - 2))
    }
}
