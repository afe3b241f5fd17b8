import Foundation
import TUIKit

/// Where a modal's footer items are on screen: `Block` draws the footer right-aligned in the
/// bottom border as ` item · item `, so a click there can run the item's command.
enum ModalFooter {
    /// The command of the footer item under `point`, if any (nil too when the footer was cut).
    static func command(at point: Point, frame: Rect, keys: AppKeys, context: KeyContext, items: [(Command, String?)]) -> Command? {
        guard point.y == frame.maxY - 1 else { return nil }
        let parts = keys.footerParts(context, items)
        let text = parts.map(\.text).joined(separator: " · ")
        let width = DisplayWidth.of(text)
        let room = frame.width - 4
        guard !parts.isEmpty, room >= 3, width <= room - 2 else { return nil }
        var x = frame.maxX - 2 - (width + 2) + 1
        for part in parts {
            let partWidth = DisplayWidth.of(part.text)
            if point.x >= x && point.x < x + partWidth { return part.command }
            x += partWidth + 3
        }
        return nil
    }
}
