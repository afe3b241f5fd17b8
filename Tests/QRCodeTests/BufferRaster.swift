import Foundation
import QRCodeView
import TUIKit

/// Turns a buffer drawn by `QRCodeRenderer` back into pixels, as a screen would show them, and
/// writes them as a PBM (netpbm P1) image that `zbarimg` can read.
enum BufferRaster {
    /// One bit per module (true = dark), read from the half-block glyphs of `rect`; a cell
    /// holding anything else is an error (the renderer must draw only the four glyphs).
    static func modules(of buffer: Buffer, in rect: Rect) throws -> [[Bool]] {
        var rows: [[Bool]] = []
        for y in rect.y..<rect.maxY {
            var top: [Bool] = [], bottom: [Bool] = []
            for x in rect.x..<rect.maxX {
                let cell = buffer[x, y]
                guard cell.style == QRCodeRenderer.style else { throw RasterError.wrongStyle(x: x, y: y) }
                switch cell.grapheme {
                case "█": top.append(true); bottom.append(true)
                case "▀": top.append(true); bottom.append(false)
                case "▄": top.append(false); bottom.append(true)
                case " ": top.append(false); bottom.append(false)
                default: throw RasterError.unexpected(cell.grapheme, x: x, y: y)
                }
            }
            rows.append(top)
            rows.append(bottom)
        }
        return rows
    }

    /// P1 text with each module `scale`×`scale` pixels (1 = black).
    static func pbm(_ modules: [[Bool]], scale: Int) -> String {
        let width = (modules.first?.count ?? 0) * scale
        var out = "P1\n\(width) \(modules.count * scale)\n"
        for row in modules {
            let line = row.map { dark in String(repeating: dark ? "1 " : "0 ", count: scale) }.joined()
            for _ in 0..<scale { out += line + "\n" }
        }
        return out
    }

    enum RasterError: Error {
        case unexpected(Character, x: Int, y: Int)
        case wrongStyle(x: Int, y: Int)
    }
}
