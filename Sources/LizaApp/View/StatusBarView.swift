import Foundation
import LizaAPI
import TUIKit

/// The bottom row: the error (esc dismisses, ! shows all), or what is loading and the rate-limit
/// wait, then the key hints of the current context.
enum StatusBarView {
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        buffer.fill(area, with: Cell(style: theme[.surface]))
        var x = area.x
        if let error = state.status.error {
            let tail = "  " + state.keys.footer(.global, [(.back, "dismiss"), (.errorDetails, "details")]) + " "
            let tw = DisplayWidth.of(tail)
            buffer.write(" ✗ ", at: Point(x: x, y: area.y), style: theme[.error])
            buffer.write(error, in: Rect(x: x + 3, y: area.y, width: max(0, area.width - 3 - tw), height: 1), style: theme[.error])
            buffer.write(tail, at: Point(x: area.maxX - tw, y: area.y), style: theme[.muted], maxWidth: tw)
            return
        }
        var lead: [(String, Style)] = []
        if let wait = state.status.rateLimitRemaining {
            lead.append((" ⏳ rate limited — retrying in \(Int(wait.rounded(.up)))s ", theme[.warning].adding(.bold)))
        }
        if let label = state.loadingLabel {
            lead.append((" \(Draw.spinner(state.status.spinnerFrame)) \(label)… ", theme[.accent]))
        }
        if lead.isEmpty, let notice = state.status.notice {
            lead.append((" \(notice) ", theme[.success]))
        }
        x += Draw.segments(&buffer, lead, at: Point(x: x, y: area.y), maxWidth: area.width)
        KeyHintLine(hints(state)).render(into: &buffer, area: Rect(x: x + 1, y: area.y, width: max(0, area.maxX - x - 1), height: 1), theme: theme)
    }

    /// The key hints of the current context. On the record store `L` syncs — the pane's footer
    /// says `L syncs all` — so its hint says `sync all` where the keymap's says `load all`
    /// (which stays true without a store, `cache = "off"`, where `L` loads into memory).
    /// Offline nothing syncs: the hint is dimmed, as a refused command's is.
    static func hints(_ state: AppState) -> [KeyHint] {
        let hints = state.keys.hints(state.keyContext)
        guard state.records.usesStore, let loadAll = state.keys.binding(.loadAll, in: .records) else { return hints }
        let key = state.keys.key(.loadAll, in: .records)
        return hints.map { hint in
            hint.key == key && hint.label == loadAll.label ? KeyHint(key: hint.key, label: "sync all", disabled: hint.disabled || state.records.offline) : hint
        }
    }
}
