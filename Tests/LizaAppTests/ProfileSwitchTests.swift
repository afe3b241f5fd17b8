import LizaAPI
@testable import LizaApp
import Testing
import TUIKit

@Suite struct ProfileSwitchTests {
    @Test func paletteCompletesAndAsksForTheSwitch() {
        var s = Fixtures.loadedState()
        s.profileNames = ["lab", "work"]
        #expect(PaletteCompletion.candidates("profile w", state: s) == ["work"])
        #expect(PaletteCommand.parse("profile work") == .success(.profile("work")))
        #expect(PaletteCommand.parse("profile") == .failure(AppFailure("usage: profile <name>")))
        s.press(.char(":"))
        s.type("profile work")
        let fx = s.press(.enter)
        #expect(fx.contains(.switchProfile("work")))
    }

    @Test func theNewSessionReplacesEverythingAndReloads() {
        var s = Fixtures.recordsState()
        s.passthroughHistory = [PassthroughHistoryEntry(connectionID: "c", method: .GET, path: "/", body: "", status: 200)]
        var session = SessionInfo(host: "api.example.test", profile: "work", tokenSource: "credentials", tokenLast4: "abcd")
        session.readOnly = "profile 'work' is read-only"
        let fx = AppUpdate.update(&s, .profileSwitched(name: "work", .success(ProfileSwitch(session: session))))
        #expect(s.session.profile == "work" && s.session.readOnly != nil)
        #expect(s.records.connection == nil && s.passthroughHistory.isEmpty && s.modals.isEmpty)
        #expect(fx.contains { $0.id == .integrations })
        #expect(fx.contains(.loadHistory(profile: "work")))
        #expect(s.status.notice == "profile work (read-only)")
        let failed = AppUpdate.update(&s, .profileSwitched(name: "x", .failure(AppFailure("no profile 'x' in config.toml"))))
        #expect(failed.isEmpty && s.status.error == "Profile 'x': no profile 'x' in config.toml (keeping work)")
    }
}
