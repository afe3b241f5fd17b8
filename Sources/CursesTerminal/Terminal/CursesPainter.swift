import CNcursesw
import TUIKit

/// Paints frames into `stdscr`. Lives on the terminal thread only (curses is not thread-safe).
///
/// Only what changed since the last painted frame is written (`FrameDiff`), one attribute change
/// and one string write per run; `doupdate` then sends the terminal the difference against what it
/// shows. Nothing is ever cleared before being redrawn, so nothing flickers.
final class CursesPainter {
    private let window: UnsafeMutablePointer<WINDOW>
    private var registry: ColorPairRegistry
    private var previous: Buffer?
    private let bold = cn_a_bold(), dim = cn_a_dim(), italic = cn_a_italic()
    private let underline = cn_a_underline(), reverse = cn_a_reverse()
    /// Writes bytes to the terminal after curses' output (for OSC 8 links); nil: no links.
    private let emit: (([UInt8]) -> Void)?

    init(window: UnsafeMutablePointer<WINDOW>, registry: ColorPairRegistry, hyperlinks: (([UInt8]) -> Void)? = nil) {
        self.window = window
        self.registry = registry
        self.emit = hyperlinks
    }

    /// Forgets the last frame so the next one is painted in full (after a resize).
    func invalidate() { previous = nil }

    func paint(_ frame: Buffer) {
        var runs = FrameDiff.runs(from: previous, to: frame)
        var full = previous?.size != frame.size
        if !registry.canAssign(runs.map(\.style)) {
            // Out of colour pairs: start over with only this frame's pairs.
            registry.reset()
            runs = FrameDiff.runs(from: nil, to: frame)
            full = true
        }
        if full { werase(window) }
        let rows = Int(getmaxy(window)), cols = Int(getmaxx(window))
        for run in runs where run.y < rows && run.x < cols {
            paint(run, columns: cols)
        }
        wnoutrefresh(window)
        doupdate()
        if let emit, !frame.links.isEmpty {
            // Links on the rows curses just rewrote (or whose links changed) are written again as
            // OSC 8 links; elsewhere the terminal still holds them.
            let linkChanges = Set(frame.links).symmetricDifference(previous?.links ?? []).map(\.row)
            let rows: Set<Int>? = full ? nil : Set(runs.map(\.y)).union(linkChanges)
            let registry = self.registry
            let bytes = HyperlinkSequence.bytes(for: frame, rows: rows) { registry.colors(for: $0) }
            if !bytes.isEmpty { emit(Array(bytes.utf8)) }
        }
        previous = frame
    }

    private func paint(_ run: PaintRun, columns: Int) {
        let assignment = registry.assign(run.style)
        let pair = assignment?.pair ?? 0
        if let a = assignment, a.isNew, init_extended_pair(a.pair, a.colors.foreground, a.colors.background) == ERR {
            _ = init_pair(Int16(truncatingIfNeeded: a.pair), Int16(a.colors.foreground), Int16(a.colors.background))
        }
        var attrs = attributes(run.style.attributes)
        if assignment?.addBold == true { attrs |= bold }
        _ = cn_wattr_set(window, attrs, pair)

        let y = Int32(run.y)
        var text: [wchar_t] = []
        var textX = run.x
        var x = run.x
        func flush() {
            if !text.isEmpty { _ = mvwaddnwstr(window, y, Int32(textX), text, Int32(text.count)) }
            text.removeAll(keepingCapacity: true)
        }
        for glyph in run.glyphs {
            guard x + glyph.width <= columns else { break }
            switch GlyphEncoding.encode(glyph.grapheme, columns: glyph.width, width: { Int(cn_wcwidth(wchar_t(truncatingIfNeeded: $0))) }) {
            case .text(let scalars, let padding):
                text.append(contentsOf: scalars.map { wchar_t(truncatingIfNeeded: $0) })
                text.append(contentsOf: repeatElement(wchar_t(32), count: padding))
            case .cluster(let scalars):
                flush()
                let chars = scalars.map { wchar_t(truncatingIfNeeded: $0) }
                _ = cn_put_cluster(window, y, Int32(x), chars, Int32(chars.count), attrs, pair)
                textX = x + glyph.width
            }
            x += glyph.width
        }
        flush()
    }

    private func attributes(_ a: TextAttributes) -> attr_t {
        var out = cn_a_normal()
        if a.contains(.bold) { out |= bold }
        if a.contains(.dim) { out |= dim }
        if a.contains(.italic) { out |= italic }
        if a.contains(.underline) { out |= underline }
        if a.contains(.reverse) { out |= reverse }
        return out
    }
}
