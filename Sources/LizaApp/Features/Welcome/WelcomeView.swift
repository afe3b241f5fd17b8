import Foundation
import LizaAPI
import TUIKit

/// The first screen without a token: how to get one, and the demo one key away.
enum WelcomeView {
    static func render(_ w: WelcomeState, state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let box = LayoutPlan.modalRect(in: Size(width: area.width, height: area.height), preferred: Size(width: 74, height: 18))
        let rect = Rect(x: area.x + box.x, y: area.y + box.y, width: box.width, height: box.height)
        let inner = Draw.box(&buffer, rect, title: "Welcome to liza", focused: true, theme: theme, clear: true)
        var lines: [(String, Style)] = [
            (w.reason, theme[.warning].adding(.bold)),
            ("", theme[.text]),
            ("liza browses the Liza Integrations API: integrations, connections,", theme[.text]),
            ("their records, and raw passthrough requests.", theme[.text]),
            ("", theme[.text]),
            ("To use your account, give liza an API token:", theme[.text]),
            ("  liza login                 saves it in the credentials file (0600)", theme[.primary]),
            ("  export LIZA_TOKEN=liza_…   or set it for this shell", theme[.primary]),
        ]
        if let path = w.credentialsPath { lines.append(("  credentials: \(path)", theme[.muted])) }
        lines += [
            ("", theme[.text]),
            ("Or try everything offline against the built-in sandbox:", theme[.text]),
            (w.startingDemo ? "\(Draw.spinner(state.status.spinnerFrame)) starting the demo…" : demoLine(state.keys), theme[.accent].adding(.bold)),
        ]
        if let e = w.error { lines.append((e, theme[.error])) }
        for (i, line) in lines.enumerated() where i < inner.height {
            buffer.write(line.0, in: Rect(x: inner.x + 1, y: inner.y + i, width: inner.width - 2, height: 1), style: line.1)
        }
    }

    /// `  press d (or enter) to start the demo · q quits`, with the keys in effect.
    static func demoLine(_ keys: AppKeys) -> String {
        let demo = keys.keys(.startDemo, in: .welcome)
        let press = (demo.first ?? "") + (demo.count > 1 ? " (or \(demo[1]))" : "")
        return "  press \(press) to start the demo · \(keys.key(.quit, in: .welcome)) quits"
    }
}
