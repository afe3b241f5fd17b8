import Foundation
import LizaAPI
@testable import LizaApp
import Synchronization
import Testing
import TUIKit

/// What the Records pane on the store says and does agree: `L`'s hint, `r`, and the
/// Integrations pane of `liza --offline`.
extension RecordStorePaneTests {
    /// The status bar's last row as text.
    func statusBar(_ s: AppState) -> String {
        RootView.render(s, size: s.size, theme: s.theme).lines.last ?? ""
    }

    @Test func lHintSaysSyncAllOnTheStoreAsTheFooterDoes() async {
        var s = storeState()
        s.focus = .connections
        await drain(&s, s.press(.enter))
        #expect(s.records.footer(keys: s.keys).hasSuffix("L syncs all"))
        s.status.notice = nil
        #expect(statusBar(s).contains("L sync all"))
        #expect(!statusBar(s).contains("load all"))
        #expect(StatusBarView.hints(s).contains(KeyHint(key: "L", label: "sync all")))
        // Offline nothing syncs: the hint is dimmed.
        var offline = storeState(offline: true)
        offline.focus = .records
        #expect(StatusBarView.hints(offline).contains(KeyHint(key: "L", label: "sync all", disabled: true)))
        // Without a store `L` loads into memory, and its hint says so.
        var memory = Fixtures.recordsState()
        memory.status.notice = nil
        #expect(statusBar(memory).contains("L load all"))
    }

    @Test func refreshWithOnlyTheFirstPageStoredFetchesTheFirstPageAgain() async {
        var s = storeState()
        s.focus = .connections
        await drain(&s, s.press(.enter))
        let r = s.press(.char("r"))
        #expect(r.contains { if case .store(let q) = $0 { return q.id == .storeSync } else { return false } })
        await drain(&s, r)
        let calls = store.contents.withLock { $0.calls }
        #expect(calls.filter { $0 == "first page" }.count == 2, "r fetched the first page again")
        #expect(!calls.contains { $0.hasPrefix("sync") }, "r started no sync of the whole object type")
        #expect(s.records.footer(keys: s.keys) == "1 page · 20 · L syncs all")
        #expect(s.status.notice == "first page: 20 stored · L syncs all")
        // Everything stored (after L): r brings it up to date incrementally.
        await drain(&s, s.press(.char("L")))
        await drain(&s, s.press(.char("r")))
        #expect(store.contents.withLock { $0.calls.filter { $0.hasPrefix("sync") } } == ["sync incremental", "sync incremental"])
        #expect(s.records.footer(keys: s.keys) == "synced 3 min ago · 100 · 3 changed")
    }

    @Test func offlineIntegrationsPaneSaysTheListIsNotStored() {
        var s = AppState(size: Size(width: 120, height: 40), session: Fixtures.session)
        s.session.isOffline = true
        s.useRecordStore(offline: true)
        _ = ProgramStep.start(&s)
        _ = ProgramStep.run(&s, .integrationsLoaded(generation: Fixtures.generation(of: s.integrations.load), .success([])))
        let screen = RootView.render(s, size: s.size, theme: s.theme).lines.joined(separator: "\n")
        #expect(screen.contains("offline: the integration list is not stored"))
        #expect(!screen.contains("no integrations"))
        // Online, an empty list is just empty.
        s.session.isOffline = false
        #expect(RootView.render(s, size: s.size, theme: s.theme).lines.joined(separator: "\n").contains("no integrations"))
    }
}
