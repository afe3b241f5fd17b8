import Foundation
import LizaAPI
import QRCode
import QRCodeView
import TUIKit

/// Drawing the authorize step: the URL (or its QR code), where the browser's return stands, the
/// paste field and the key row.
extension AuthorizeState {
    /// The modal's width on a screen of `size`.
    private static func width(in size: Size) -> Int { min(size.width - 2, 96) }

    /// The QR code of the URL, nil when it cannot be encoded (too long). Level L: the smallest
    /// code, and a screen is a clean surface to scan.
    var qrMatrix: QRMatrix? { try? QRMatrix.encode(OSC8Link.sanitizedURL(url), level: .low) }

    func frame(in size: Size, app: AppState) -> Rect {
        var width = Self.width(in: size)
        var body = contentLines(app: app, width: width - 4).count
        if showQR, connected == nil {
            // The code's rows replace the one placeholder row.
            let needed = qrMatrix.map(QRCodeRenderer.size(of:)) ?? Size(width: 0, height: 1)
            width = max(width, min(size.width - 2, needed.width + 4))
            body += needed.height - 1
        }
        return LayoutPlan.modalRect(in: size, preferred: Size(width: width, height: body + 5))
    }

    /// Where the browser's return stands, as one line and its style; nil when there is nothing to say.
    func waitLine(app: AppState, theme: Theme) -> (String, Style)? {
        let select = app.keys.key(.select, in: .authorize)
        switch wait {
        case .off, .closed: return nil
        case .starting: return ("starting a listener on 127.0.0.1 for the browser's return…", theme[.muted])
        case .waiting: return ("⋯ waiting for the browser… (liza finishes by itself when you approve)", theme[.accent])
        case .finalizing: return ("\(Draw.spinner(app.status.spinnerFrame)) approved, finalizing…", theme[.accent])
        case .denied(let error): return ("✗ denied in the browser (\(error)) — the connection was not connected", theme[.error].adding(.bold))
        case .timedOut:
            return ("stopped waiting for the browser after \(AppUpdate.formatSeconds(Double(waitSeconds))) — the connection stays pending; after approving, press \(select)",
                    theme[.error])
        case .unavailable(let reason):
            return ("not listening for the browser (\(reason)): paste the address or press \(select) after approving", theme[.muted])
        }
    }

    /// What a content row holds: text, a row of the URL (the rows are one hyperlink), or the
    /// place of the QR code.
    enum RowKind { case text, url, qr }

    /// The text rows above the paste field.
    func contentLines(app: AppState, width: Int, theme: Theme = .default) -> [(text: String, style: Style, kind: RowKind)] {
        let done = connected != nil
        let select = app.keys.key(.select, in: .authorize)
        let pasteKey = app.keys.key(.nextField, in: .authorize)
        var lines: [(text: String, style: Style, kind: RowKind)] = []
        func add(_ text: String, _ style: Style) {
            for line in Draw.wrap(text, width: width) { lines.append((line, style, .text)) }
        }
        if showQR, !done {
            // Compact, so the code fits: what to do, the code, where the wait stands.
            add("Scan with a phone and approve access:", theme[.text])
            lines.append(("", theme[.text], .qr))
            if let (text, style) = waitLine(app: app, theme: theme) { add(text, style) }
            if let message { add(message, messageIsError ? theme[.error] : theme[.success]) }
            return lines
        }
        if done {
            lines.append(("✓ \(integrationType) is connected and active.", theme[.success].adding(.bold), .text))
        } else {
            lines.append(("1. Open this URL in a browser and approve access:", theme[.text], .text))
        }
        lines.append(("", theme[.text], .text))
        for line in Draw.hardBreak(url, width: width) { lines.append((line, theme[.accent].adding(.underline), .url)) }
        lines.append(("", theme[.text], .text))
        if !done {
            if wait.isListening {
                add("2. liza finishes by itself when the browser comes back — or paste the address it ended on (\(pasteKey)), or press \(select) to finalize by hand.", theme[.text])
            } else {
                add("2. Then paste the address your browser ended on (\(pasteKey)), or press \(select) here to finalize (POST /callback).", theme[.text])
            }
            if let (text, style) = waitLine(app: app, theme: theme) { add(text, style) }
        }
        lines.append(("connection id  \(connectionID)", theme[.muted], .text))
        if let message { add(message, messageIsError ? theme[.error] : theme[.success]) }
        if finalize.isLoading { lines.append(("\(Draw.spinner(app.status.spinnerFrame)) finalizing…", theme[.accent], .text)) }
        return lines
    }

    /// The key row at the bottom: each key and its label, with the command it runs.
    func keyRow(_ app: AppState) -> [(command: Command?, key: String, label: String)] {
        let key = { (command: Command) in app.keys.key(command, in: .authorize) }
        let done = connected != nil
        var row: [(command: Command?, key: String, label: String)] = [(.copy, key(.copy), " copy  ")]
        if app.session.isSSH {
            row.append((nil, key(.openInBrowser), " (no browser over SSH)  "))
        } else {
            row.append((.openInBrowser, key(.openInBrowser), " browser  "))
        }
        if !done {
            row.append((.nextField, key(.nextField), " paste  "))
            row.append((.toggleQR, key(.toggleQR), showQR ? " URL  " : " QR  "))
        }
        row.append((.select, key(.select), done ? " close  " : " finalize  "))
        row.append((.back, key(.back), done ? " close" : " close (stays pending)"))
        return row
    }

    /// A click on a key of the bottom row runs it.
    mutating func click(at point: Point, clickCount: Int, frame: Rect, app: inout AppState,
                        disposition: inout ModalDisposition) -> [Effect] {
        let inner = frame.inset(by: 1)
        guard point.y == inner.maxY - 1 else { return [] }
        var x = inner.x + 1
        for item in keyRow(app) {
            let width = DisplayWidth.of(item.key + item.label)
            if point.x >= x, point.x < x + width, let command = item.command {
                pasteFocused = false
                return perform(command, app: &app, disposition: &disposition)
            }
            x += width
        }
        return []
    }

    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme) {
        let rect = frame(in: size, app: app)
        let done = connected != nil
        let inner = Draw.box(&buffer, rect, title: done ? "Connected" : "Authorize \(integrationType)", focused: true, theme: theme, clear: true)
        let textWidth = inner.width - 2
        let lines = contentLines(app: app, width: rect.width - 4, theme: theme)
        let pasteRow = done ? 0 : 1
        let visible = max(0, inner.height - 2 - pasteRow)
        if showQR, !done {
            // No scrolling: the code gets the rows the text leaves, or says it does not fit.
            var y = inner.y
            for line in lines where y < inner.y + visible {
                if line.kind == .qr {
                    let needed = qrMatrix.map(QRCodeRenderer.size(of:)) ?? Size(width: 0, height: 1)
                    let rows = max(2, min(needed.height, visible - (lines.count - 1)))
                    drawQR(into: &buffer, area: Rect(x: inner.x + 1, y: y, width: textWidth, height: rows), app: app, theme: theme)
                    y += rows
                } else {
                    buffer.write(line.text, at: Point(x: inner.x + 1, y: y), style: line.style, maxWidth: textWidth)
                    y += 1
                }
            }
        } else {
            let start = min(scroll, max(0, lines.count - visible))
            for i in 0..<visible {
                let n = start + i
                guard n < lines.count else { break }
                let y = inner.y + i
                buffer.write(lines[n].text, at: Point(x: inner.x + 1, y: y), style: lines[n].style, maxWidth: textWidth)
                if lines[n].kind == .url {
                    // Every row of the wrapped URL links to the whole URL: one link, however wrapped.
                    buffer.link(url, row: y, x: inner.x + 1, width: min(textWidth, DisplayWidth.of(lines[n].text)))
                }
            }
        }
        if !done {
            ModalView.fieldRow(&buffer, label: "Pasted address", input: paste, at: inner.maxY - 2, in: inner, labelWidth: 15,
                               focused: pasteFocused, error: nil, theme: theme, placeholder: "the address your browser ended on (\(app.keys.key(.nextField, in: .authorize)))")
        }
        let keys = keyRow(app).flatMap { item in
            [(item.key, item.command == nil ? theme[.muted] : theme[.primary].adding(.bold)), (item.label, theme[.muted])]
        }
        Draw.segments(&buffer, keys, at: Point(x: inner.x + 1, y: inner.maxY - 1), maxWidth: textWidth)
    }

    /// The QR code in `area`, or why it cannot be shown.
    private func drawQR(into buffer: inout Buffer, area: Rect, app: AppState, theme: Theme) {
        guard let matrix = qrMatrix else {
            buffer.write("the URL is too long for a QR code — copy it instead", at: Point(x: area.x, y: area.y), style: theme[.error], maxWidth: area.width)
            return
        }
        let text: String
        switch QRCodeRenderer.draw(matrix, in: area, of: &buffer, utf8: app.terminalIsUTF8) {
        case .drawn: return
        case .tooSmall(let needed): text = "no QR code: it needs \(needed.width)×\(needed.height) cells — enlarge the terminal"
        case .notUTF8: text = "no QR code: the terminal is not UTF-8 (set LANG to a UTF-8 locale)"
        }
        for (i, line) in Draw.wrap(text, width: area.width).enumerated() where i < max(1, area.height) {
            buffer.write(line, at: Point(x: area.x, y: area.y + i), style: theme[.error], maxWidth: area.width)
        }
    }
}
