import QRCode
import TUIKit

/// Draws a QR code into a TUIKit `Buffer` with half blocks: each cell shows two modules
/// stacked (`▀` top dark, `▄` bottom dark, `█` both, space neither), so the code is square on
/// a terminal whose cells are about twice as tall as wide. Dark on light with explicit colours,
/// whatever the theme (a code drawn light on dark is refused by many scanners), and with the
/// 4-module quiet zone. When the area is too small or the terminal cannot show the block
/// characters, nothing broken is drawn: the result says why.
public enum QRCodeRenderer {
    /// The modules' colours: black on white, downgraded by the painter to what the terminal has.
    public static let style = Style(foreground: .rgb(0, 0, 0), background: .rgb(255, 255, 255))

    /// What `draw` did.
    public enum Result: Hashable, Sendable {
        case drawn(Rect)
        /// The area is smaller than `needed`.
        case tooSmall(needed: Size)
        /// The terminal's encoding is not UTF-8, so the half blocks would be garbage.
        case notUTF8

        /// A line for the user when nothing was drawn.
        public var explanation: String? {
            switch self {
            case .drawn: return nil
            case .tooSmall(let needed): return "the QR code needs \(needed.width)×\(needed.height) cells — enlarge the terminal"
            case .notUTF8: return "the QR code needs a UTF-8 terminal (set LANG to a UTF-8 locale)"
            }
        }
    }

    /// Cells needed for `matrix` with its quiet zone: one column per module, one row per two.
    public static func size(of matrix: QRMatrix) -> Size {
        let n = matrix.sizeWithQuietZone
        return Size(width: n, height: (n + 1) / 2)
    }

    /// Draws `matrix` centred in `area` of `buffer`.
    @discardableResult
    public static func draw(_ matrix: QRMatrix, in area: Rect, of buffer: inout Buffer, utf8: Bool) -> Result {
        guard utf8 else { return .notUTF8 }
        let needed = size(of: matrix)
        guard area.width >= needed.width, area.height >= needed.height else { return .tooSmall(needed: needed) }
        let origin = Point(x: area.x + (area.width - needed.width) / 2, y: area.y + (area.height - needed.height) / 2)
        for (row, text) in rows(matrix).enumerated() {
            buffer.write(text, at: Point(x: origin.x, y: origin.y + row), style: style, maxWidth: needed.width)
        }
        return .drawn(Rect(x: origin.x, y: origin.y, width: needed.width, height: needed.height))
    }

    /// The code as lines of half-block characters (quiet zone included), for printing.
    public static func rows(_ matrix: QRMatrix) -> [String] {
        let q = QRMatrix.quietZone, n = matrix.sizeWithQuietZone
        return stride(from: 0, to: n, by: 2).map { top in
            String((0..<n).map { x -> Character in
                let upper = matrix[x: x - q, y: top - q]
                // An odd side leaves a last row of quiet zone only: its lower half is light.
                let lower = top + 1 < n && matrix[x: x - q, y: top + 1 - q]
                switch (upper, lower) {
                case (true, true): return "█"
                case (true, false): return "▀"
                case (false, true): return "▄"
                case (false, false): return " "
                }
            })
        }
    }
}
