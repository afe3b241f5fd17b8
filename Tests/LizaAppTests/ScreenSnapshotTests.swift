import Foundation
import LizaAPI
@testable import LizaApp
import OrderedJSON
import Testing
import TUIKit
import TUIKitTesting

/// Every screen at 80×24 and 120×40, with data read from a real sandbox (see `SandboxFixtures`).
@Suite struct ScreenSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    func render(_ s: AppState) -> Buffer { RootView.render(s, size: s.size, theme: .testing) }
    func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    @Test(arguments: sizes) func main(_ size: Size) async throws {
        var s = SandboxFixtures.recordsState(size: size, try await SandboxFixtures.shared.data())
        s.focus = .connections
        s.status.notice = nil
        assertSnapshot(render(s), named: name("main", size))
    }

    @Test(arguments: sizes) func records(_ size: Size) async throws {
        var s = SandboxFixtures.recordsState(size: size, try await SandboxFixtures.shared.data())
        s.status.notice = nil
        s.press(.down, .down)
        assertSnapshot(render(s), named: name("records", size))
    }

    @Test(arguments: sizes) func loading(_ size: Size) {
        var s = AppState(size: size, session: Fixtures.session)
        _ = ProgramStep.start(&s)
        assertSnapshot(render(s), named: name("loading", size))
    }

    @Test(arguments: sizes) func recordsFiltered(_ size: Size) async throws {
        var s = SandboxFixtures.recordsState(size: size, try await SandboxFixtures.shared.data())
        s.press(.char("/"))
        s.type("ada")
        assertSnapshot(render(s), named: name("records-filter", size))
    }

    @Test(arguments: sizes) func recordJSON(_ size: Size) async throws {
        var s = SandboxFixtures.recordsState(size: size, try await SandboxFixtures.shared.data())
        s.press(.enter, .down, .down)
        assertSnapshot(render(s), named: name("record-json", size))
    }

    @Test(arguments: sizes) func help(_ size: Size) async throws {
        var s = SandboxFixtures.recordsState(size: size, try await SandboxFixtures.shared.data())
        s.press(.char("?"))
        assertSnapshot(render(s), named: name("help", size))
    }

    @Test(arguments: sizes) func palette(_ size: Size) async throws {
        var s = SandboxFixtures.loadedState(size: size, try await SandboxFixtures.shared.data())
        s.press(.char(":"))
        s.type("records hub")
        assertSnapshot(render(s), named: name("palette", size))
    }

    @Test(arguments: sizes) func connectForm(_ size: Size) async throws {
        var s = SandboxFixtures.loadedState(size: size, try await SandboxFixtures.shared.data())
        s.press(.char("2"), .char("c"))
        s.type("hub")
        s.press(.enter)
        assertSnapshot(render(s), named: name("connect", size))
    }

    @Test(arguments: sizes) func authorize(_ size: Size) async throws {
        var s = SandboxFixtures.loadedState(size: size, try await SandboxFixtures.shared.data())
        let url = "http://127.0.0.1:8080/authorize/\(Fixtures.pendingID)?state=8c1f6e2a9b7d4c3e8f0a1b2c3d4e5f60718293a4b5c6d7e8f9"
        s.present(AuthorizeState(url: url, connectionID: Fixtures.pendingID, integrationType: "hubspot"))
        assertSnapshot(render(s), named: name("authorize", size))
    }

    /// The authorize step while the loopback listener waits, and with its QR code.
    @Test(arguments: sizes) func authorizeWaiting(_ size: Size) async throws {
        var s = SandboxFixtures.loadedState(size: size, try await SandboxFixtures.shared.data())
        let url = "http://127.0.0.1:8080/authorize/\(Fixtures.pendingID)?state=8c1f6e2a9b7d4c3e8f0a1b2c3d4e5f60718293a4b5c6d7e8f9"
        var step = AuthorizeState(url: url, connectionID: Fixtures.pendingID, integrationType: "hubspot")
        step.wait = .waiting
        step.listenGeneration = 1
        s.present(step)
        assertSnapshot(render(s), named: name("authorize-waiting", size))
        s.press(.char("q"))
        assertSnapshot(render(s), named: name("authorize-qr", size))
    }

    /// The doctor grid with one 401.
    @Test(arguments: sizes) func doctor(_ size: Size) async throws {
        var s = SandboxFixtures.loadedState(size: size, try await SandboxFixtures.shared.data())
        let connection = Connection(id: Fixtures.hubspotID, integrationType: "hubspot", categories: [.crm], status: "active")
        var doctor = DoctorState(connection: connection)
        doctor.probes = ConnectionDoctor.plan(for: connection).map {
            ObjectProbe(category: $0.category, objectType: $0.name, outcome: $0.name == "deal" ? .status(401) : .ok, milliseconds: 12)
        }
        doctor.load = .loaded
        s.present(doctor)
        assertSnapshot(render(s), named: name("doctor", size))
    }

    @Test(arguments: sizes) func confirmDelete(_ size: Size) async throws {
        var s = SandboxFixtures.loadedState(size: size, try await SandboxFixtures.shared.data())
        s.press(.char("2"), .char("d"))
        assertSnapshot(render(s), named: name("confirm-delete", size))
    }

    @Test(arguments: sizes) func callback(_ size: Size) async throws {
        var s = SandboxFixtures.loadedState(size: size, try await SandboxFixtures.shared.data())
        s.press(.char("2"), .char("G"), .char("f"))
        assertSnapshot(render(s), named: name("callback", size))
    }

    @Test(arguments: sizes) func passthrough(_ size: Size) async throws {
        var s = SandboxFixtures.loadedState(size: size, try await SandboxFixtures.shared.data())
        s.press(.char("2"), .char("p"))
        s.press(.tab)
        s.type("{\"limit\": 2")
        s.press(.ctrl("s"))
        assertSnapshot(render(s), named: name("passthrough-invalid", size))
        s.press(.char("}"))
        s.press(.ctrl("s"))
        let g = s.generation
        let answer = try await SandboxFixtures.shared.data().passthrough
        _ = ProgramStep.run(&s, .passthroughAnswered(generation: g, .success(answer)))
        Fixtures.settle(&s)
        assertSnapshot(render(s), named: name("passthrough-response", size))
    }

    /// A text (CSV) answer after searching it: matching lines highlighted, the search bar below.
    @Test(arguments: sizes) func passthroughText(_ size: Size) async throws {
        var s = SandboxFixtures.loadedState(size: size, try await SandboxFixtures.shared.data())
        s.press(.char("2"), .char("p"))
        s.press(.ctrl("s"))
        let g = s.generation
        let csv = "id,name,stage\n" + (1...40).map { "d-\($0),Deal \($0),\($0 % 7 == 0 ? "Negotiation" : "Qualified")" }.joined(separator: "\n")
        _ = ProgramStep.run(&s, .passthroughAnswered(generation: g, .success(PassthroughResponse(
            status: 200, contentType: "text/csv", body: .text(csv), bytes: Array(csv.utf8), duration: 0.042))))
        Fixtures.settle(&s)
        s.press(.char("/"))
        s.type("negotiation")
        s.press(.enter)
        assertSnapshot(render(s), named: name("passthrough-text-search", size))
    }

    @Test(arguments: sizes) func welcome(_ size: Size) {
        let s = AppState(size: size, session: SessionInfo(host: "api.eu.liza.app"),
                         screen: .welcome(WelcomeState(reason: "No API token found.", credentialsPath: "~/.config/liza/credentials.toml")))
        assertSnapshot(render(s), named: name("welcome", size))
    }

    @Test(arguments: sizes) func errorInStatusBar(_ size: Size) async throws {
        var s = SandboxFixtures.recordsState(size: size, try await SandboxFixtures.shared.data())
        s.status.error = "Loading crm/contact failed: upstream timed out (HTTP 504)"
        assertSnapshot(render(s), named: name("error", size))
    }

    @Test(arguments: sizes) func rateLimited(_ size: Size) async throws {
        var s = SandboxFixtures.recordsState(size: size, try await SandboxFixtures.shared.data())
        _ = ProgramStep.run(&s, .client(.rateLimited(seconds: 12, attempt: 1)))
        assertSnapshot(render(s), named: name("rate-limited", size))
    }

    @Test(arguments: sizes) func objectPicker(_ size: Size) async throws {
        var s = SandboxFixtures.recordsState(size: size, try await SandboxFixtures.shared.data())
        s.press(.char("t"))
        assertSnapshot(render(s), named: name("object-picker", size))
    }

    @Test(arguments: sizes) func queryForm(_ size: Size) async throws {
        var s = SandboxFixtures.recordsState(size: size, try await SandboxFixtures.shared.data())
        s.press(.char("u"))
        s.type("yesterday")
        s.press(.enter)
        assertSnapshot(render(s), named: name("query-form", size))
    }

    @Test func tooSmall() {
        let s = Fixtures.loadedState(size: Size(width: 59, height: 14))
        assertSnapshot(render(s), named: "too-small-59x14")
    }

    @Test func hostileTextIsSanitized() {
        var s = Fixtures.loadedState()
        s.connections.list.editSource { $0.edit { $0[0].integrationType = "evil\u{1B}[31m\u{202E}txt" } }
        let screen = render(s)
        #expect(!screen.lines.joined().contains("\u{1B}"))
        #expect(!screen.lines.joined().contains("\u{202E}"))
    }

    @Test(arguments: sizes) func exportDialog(_ size: Size) async throws {
        var s = SandboxFixtures.recordsState(size: size, try await SandboxFixtures.shared.data())
        s.status.notice = nil
        s.press(.char("e"))
        assertSnapshot(render(s), named: name("export", size))
        guard case .export(let modal)? = s.topModal else { Issue.record("no export dialog"); return }
        s.press(.enter)
        _ = ProgramStep.run(&s, .exportProgress(generation: modal.generation + 1, .exists))
        assertSnapshot(render(s), named: name("export-overwrite", size))
    }

    /// Every row shares the header's column widths, however long one row's id is.
    @Test func rowsShareTheHeaderColumnWidths() {
        var s = RecordsExportTests.state([
            RecordsExportTests.record("ct-9", "alpha", "one"), RecordsExportTests.record("ct-10000000000", "beta", "two"),
            RecordsExportTests.record("ct-99", "gamma", "three"),
        ])
        s.status.notice = nil
        let screen = render(s)
        assertSnapshot(screen, named: "records-widths-120x40")
        let lines = screen.lines
        let header = lines.first { $0.contains("id") && $0.contains("team") } ?? ""
        let column = header.range(of: "team").map { header.distance(from: header.startIndex, to: $0.lowerBound) }
        for value in ["alpha", "beta", "gamma"] {
            let line = lines.first { $0.contains(value) } ?? ""
            #expect(line.range(of: value).map { line.distance(from: line.startIndex, to: $0.lowerBound) } == column)
        }
    }

    @Test(arguments: sizes) func columnChooser(_ size: Size) async throws {
        var s = SandboxFixtures.recordsState(size: size, try await SandboxFixtures.shared.data())
        s.status.notice = nil
        s.press(.char("C"), .char("j"), .char(" "), .char("j"), .char("K"), .char("p"))
        assertSnapshot(render(s), named: name("columns", size))
    }
}
