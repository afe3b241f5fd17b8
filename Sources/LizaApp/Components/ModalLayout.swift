import Foundation
import TUIKit

/// A modal as last laid out: its frame and the named areas inside it whose size its commands
/// depend on (a viewer's rows). Recorded in `Viewport.modals` by the program and handed to the
/// component (`ModalComponent.laidOut`), so update pages and hit-tests without view code.
struct ModalLayout: Hashable, Sendable {
    /// An area inside a modal.
    enum Region: Hashable, Sendable {
        /// The scrolling content (help lines, the document's JSON lines).
        case content
        /// The passthrough body editor.
        case body
        /// The passthrough response viewer.
        case response
    }

    var frame: Rect
    var regions: [Region: Rect] = [:]

    /// The height of `region`, or 0 (unknown) when the modal has no such area.
    func rows(_ region: Region) -> Int { regions[region]?.height ?? 0 }
}
