import Foundation
import LizaAPI
@testable import LizaApp
import Testing
import TUIKit
import TUIKitTesting

/// Clicks and the wheel at 120×40 (wide layout: Integrations top left, Connections below it,
/// Records on the right).
@Suite struct MouseUpdateTests {
    static func click(_ x: Int, _ y: Int, count: Int = 1) -> Action { .mouse(MouseEvent(.press(.left), at: Point(x: x, y: y), clickCount: count)) }

    /// The screen row of `text` in the rendered frame, and its column.
    static func find(_ text: String, in state: AppState) -> Point? {
        let rows = RootView.render(state, size: state.size, theme: .testing).textDump.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (y, row) in rows.enumerated() {
            if let range = row.range(of: text) { return Point(x: row.distance(from: row.startIndex, to: range.lowerBound), y: y) }
        }
        return nil
    }

    @Test func aClickFocusesThePaneAndSelectsTheRowAndEnterOpensIt() throws {
        var s = Fixtures.loadedState(size: Size(width: 120, height: 40))
        #expect(s.focus == .integrations)
        let zendesk = try #require(Self.find("│ zendesk", in: s))
        _ = ProgramStep.run(&s, Self.click(zendesk.x + 3, zendesk.y))
        #expect(s.focus == .connections)
        #expect(s.connections.selected?.integrationType == "zendesk")
        s.press(.enter)
        #expect(s.records.connection?.integrationType == "zendesk")
    }

    @Test func aDoubleClickOpensTheRow() throws {
        var s = Fixtures.loadedState(size: Size(width: 120, height: 40))
        let zendesk = try #require(Self.find("│ zendesk", in: s))
        _ = ProgramStep.run(&s, Self.click(zendesk.x + 3, zendesk.y))
        _ = ProgramStep.run(&s, Self.click(zendesk.x + 3, zendesk.y, count: 2))
        #expect(s.records.connection?.integrationType == "zendesk")
    }

    @Test func theWheelScrollsThePaneUnderThePointer() {
        var s = Fixtures.loadedState(size: Size(width: 120, height: 40))
        _ = ProgramStep.run(&s, .mouse(MouseEvent(.wheelDown, at: Point(x: 5, y: 5))))
        #expect(s.focus == .integrations)
        #expect(s.integrations.list.table.selected == MouseUpdate.wheelRows)
        _ = ProgramStep.run(&s, .mouse(MouseEvent(.wheelUp, at: Point(x: 5, y: 5))))
        #expect(s.integrations.list.table.selected == 0)
    }

    @Test func clicksOnAModalsFooterRunItsCommand() throws {
        var s = Fixtures.loadedState(size: Size(width: 120, height: 40))
        s.press(.char("2"), .char("d"))
        guard case .confirm? = s.topModal else { Issue.record("no confirm"); return }
        let cancel = try #require(Self.find("n/esc cancel", in: s))
        _ = ProgramStep.run(&s, Self.click(cancel.x + 2, cancel.y))
        #expect(s.modals.isEmpty)
        #expect(s.status.notice == "cancelled")

        s.press(.char("i"))
        guard case .document? = s.topModal else { Issue.record("no document"); return }
        let close = try #require(Self.find("esc close", in: s))
        _ = ProgramStep.run(&s, Self.click(close.x + 4, close.y))
        #expect(s.modals.isEmpty)
    }

    @Test func aClickOnAFormFieldFocusesIt() throws {
        var s = Fixtures.recordsState()
        s.press(.char("s"))
        guard case .queryForm(let before)? = s.topModal else { Issue.record("no query form"); return }
        #expect(before.field == .query)
        let pageSize = try #require(Self.find("Page size", in: s))
        _ = ProgramStep.run(&s, Self.click(pageSize.x, pageSize.y))
        guard case .queryForm(let after)? = s.topModal else { Issue.record("form closed"); return }
        #expect(after.field == .pageSize)
        // Outside the form: nothing happens.
        _ = ProgramStep.run(&s, Self.click(0, 2))
        #expect(s.topModal == .queryForm(after))
    }

    @Test func theWheelScrollsAModal() {
        var s = Fixtures.recordsState()
        s.press(.enter)
        guard case .document(let before)? = s.topModal else { Issue.record("no document"); return }
        _ = ProgramStep.run(&s, .mouse(MouseEvent(.wheelDown, at: Point(x: 40, y: 10))))
        guard case .document(let after)? = s.topModal else { Issue.record("closed"); return }
        #expect(after.json.cursor == before.json.cursor + MouseUpdate.wheelRows)
    }
}
