import TUIKit
import TUIKitTesting

/// Renders into a fresh buffer of `width`×`height` with `draw`.
func rendered(_ width: Int, _ height: Int, _ draw: (inout Buffer) -> Void) -> Buffer {
    var buffer = Buffer(size: Size(width: width, height: height))
    draw(&buffer)
    return buffer
}

/// Text from hostile data: an SGR sequence, an OSC 52 clipboard write, a bidi override and
/// markup-like brackets that must show literally.
let hostileText = "\u{1B}[31mred\u{1B}[0m \u{1B}]52;c;ZXZpbA==\u{07} \u{202E}evil [yellow]x[/]"

/// True when no cell holds a C0/C1 control or DEL (nothing a terminal could act on: ESC, BEL…).
/// Format characters (bidi overrides) are the Sanitizer's own tests' business.
func isClean(_ buffer: Buffer) -> Bool {
    buffer.cells.allSatisfy { cell in
        cell.grapheme.unicodeScalars.allSatisfy { s in s.value >= 0x20 && !(0x7F...0x9F).contains(s.value) }
    }
}

let theme = Theme.testing
