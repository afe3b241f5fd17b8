import Foundation
import LizaAPI
import TUIKit

extension KeyContext {
    static let doctor = KeyContext("doctor", title: "Doctor")
}

/// The doctor grid: runs `ConnectionDoctor` through the service seam, shows one row per object
/// type; `r` relinks from here, `enter` probes again.
extension DoctorState: ModalComponent {
    /// The modal's key contexts and their bindings (the defaults; `[keys.…]` remaps them).
    static let keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] = [
        (.doctor, [
            KeyBinding([KeyEvent(.up), .char("k")], "↑/k", "scroll up", .up),
            KeyBinding([KeyEvent(.down), .char("j")], "↓/j", "scroll down", .down),
            KeyBinding([KeyEvent(.enter), .ctrl("r")], "enter", "probe again", .refresh, hint: true, short: "again"),
            KeyBinding([.char("r")], "r", "relink this connection", .relink, hint: true, short: "relink"),
            KeyBinding([KeyEvent(.escape), .char("q")], "esc", "close (cancels probing)", .back, hint: true, short: "close"),
        ]),
    ]

    static let modalCase = ModalCase<DoctorState>(embed: AppModal.doctor) {
        guard case .doctor(let modal) = $0 else { return nil }
        return modal
    }

    var keyContext: KeyContext { .doctor }

    var loadingLabel: String? { load.isLoading ? "probing \(ConnectionDoctor.plan(for: connection).count) object types" : nil }

    var footerItems: [(Command, String?)] { [(.refresh, nil), (.relink, nil), (.back, nil)] }

    /// Opens the grid for `connection` and starts probing.
    static func open(_ app: inout AppState, connection: Connection) -> [Effect] {
        guard !ConnectionDoctor.plan(for: connection).isEmpty else {
            app.status.error = "connection \(ShortID.of(connection.id)) has no category liza knows object types of — nothing to probe"
            return []
        }
        var doctor = DoctorState(connection: connection)
        let effects = doctor.start(app: &app)
        app.present(doctor)
        return effects
    }

    private mutating func start(app: inout AppState) -> [Effect] {
        let generation = app.nextGeneration()
        load = .loading(generation: generation)
        probes = []
        scroll = 0
        return [.diagnose(connection, generation: generation)]
    }

    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        switch command {
        case .up: scroll = max(0, scroll - 1)
        case .down: scroll = min(scroll + 1, max(0, probes.count * 2))
        case .refresh:
            if !load.isLoading { return start(app: &app) }
        case .relink:
            disposition = .close
            return (load.isLoading ? [.cancel(.doctor)] : []) + ConnectFormState.relink(&app, connection: connection)
        case .back:
            disposition = .close
            return load.isLoading ? [.cancel(.doctor)] : []
        default:
            break
        }
        return []
    }

    /// The probes for the run of `generation`.
    static func diagnosed(_ app: inout AppState, generation: Int, _ probes: [ObjectProbe]) -> [Effect] {
        app.withModal(modalCase, where: { $0.load.accepts(generation) }) { doctor, _, _ in
            doctor.probes = probes
            doctor.load = .loaded
            return []
        } ?? []
    }

    /// The modal's width on a screen of `size`.
    private static func width(in size: Size) -> Int { min(size.width - 2, 110) }

    /// Width of the object column.
    private var objectWidth: Int {
        min(28, max(10, probes.map { $0.category.rawValue.count + 1 + $0.objectType.count }.max() ?? 10))
    }

    /// The grid's rows in `width` columns: one per object type, its hint wrapped under the
    /// "what to do" column when it does not fit (so "— relink" is never cut off).
    private func rows(width: Int, theme: Theme) -> [[(String, Style)]] {
        let lead = objectWidth + 2 + 10 + 10
        let hintWidth = max(12, width - lead)
        var rows: [[(String, Style)]] = []
        for probe in probes {
            let style = probe.outcome.passed ? theme[.success] : theme[.error].adding(.bold)
            let hint = Draw.wrap(probe.outcome.hint ?? "", width: hintWidth)
            rows.append([
                (pad("\(probe.category.rawValue)/\(probe.objectType)", objectWidth) + "  ", theme[.text]),
                (pad(probe.outcome.label, 8) + "  ", style),
                (pad("\(probe.milliseconds) ms", 8) + "  ", theme[.muted]),
                (hint.first ?? "", theme[.text]),
            ])
            for more in hint.dropFirst() { rows.append([(String(repeating: " ", count: lead), theme[.text]), (more, theme[.text])]) }
        }
        return rows
    }

    func frame(in size: Size, app: AppState) -> Rect {
        let width = Self.width(in: size)
        let count = max(rows(width: width - 4, theme: app.theme).count, ConnectionDoctor.plan(for: connection).count)
        return LayoutPlan.modalRect(in: size, preferred: Size(width: width, height: count + 4))
    }

    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme) {
        let rect = frame(in: size, app: app)
        let summary: String
        if load.isLoading {
            summary = "\(Draw.spinner(app.status.spinnerFrame)) probing…"
        } else if probes.isEmpty {
            summary = ""
        } else {
            summary = failures == 0 ? "all \(probes.count) ok" : "\(failures) of \(probes.count) failed"
        }
        let inner = Draw.box(&buffer, rect, title: "Doctor · \(connection.integrationType) \(connection.id)", rightTitle: summary,
                             footer: footer(app.keys), focused: true, theme: theme, clear: true)
        let width = inner.width - 2
        var y = inner.y
        Draw.segments(&buffer, [(pad("object", objectWidth) + "  ", theme[.muted]), (pad("result", 8) + "  ", theme[.muted]),
                                (pad("time", 8) + "  ", theme[.muted]), ("what to do", theme[.muted])],
                      at: Point(x: inner.x + 1, y: y), maxWidth: width)
        y += 1
        if probes.isEmpty {
            let text = load.isLoading
                ? "probing \(ConnectionDoctor.plan(for: connection).count) object types (one small read each)…"
                : "no results"
            buffer.write(text, at: Point(x: inner.x + 1, y: y), style: theme[.muted], maxWidth: width)
            return
        }
        let all = rows(width: width, theme: theme)
        let visible = max(0, inner.maxY - y)
        let start = min(scroll, max(0, all.count - visible))
        for row in all.dropFirst(start).prefix(visible) {
            Draw.segments(&buffer, row, at: Point(x: inner.x + 1, y: y), maxWidth: width)
            y += 1
        }
    }

    /// `text` cut or padded to `width` columns.
    private func pad(_ text: String, _ width: Int) -> String {
        let w = DisplayWidth.of(text)
        if w >= width { return String(text.prefix(width)) }
        return text + String(repeating: " ", count: width - w)
    }
}
