import Foundation
import Testing
import TUIKitTesting

/// Issue 7, items 3 and 10: the real `liza` in tmux, killed by signals. The terminal must come
/// back (out of the alternate screen, cursor visible, echo on), the exit status must be 128 + the
/// signal, and a crash must leave a private report in the state folder instead of on the screen.
@Suite(.serialized) struct TerminalRestoreEndToEndTests {
    static let patience = TUIEndToEndTests.patience

    /// `#{alternate_on} #{cursor_flag}` of the pane: "1 0" while curses owns it, "0 1" after.
    static func modes(_ tmux: TmuxSession) throws -> String {
        try tmux.run(["display-message", "-p", "-t", tmux.name, "#{alternate_on} #{cursor_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls until the pane reports `expected` modes; returns the last reading.
    static func waitForModes(_ tmux: TmuxSession, _ expected: String) async throws -> String {
        let deadline = ContinuousClock.now + patience
        var last = ""
        while ContinuousClock.now < deadline {
            last = try modes(tmux)
            if last == expected { return last }
            try await Task.sleep(for: .milliseconds(20))
        }
        return last
    }

    static func crashReports(_ home: URL) -> [String] {
        let folder = home.appendingPathComponent("state/liza").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasPrefix("crash-") && $0.hasSuffix(".log") }.sorted().map { folder + "/" + $0 }
    }

    static func mode(of path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { return -1 }
        return Int(info.st_mode & 0o7777)
    }

    @Test func segvRestoresTheTerminalWritesAPrivateReportAndTheNextStartSaysSo() async throws {
        let patience = Self.patience
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try await TUIEndToEndTests.launchDemo(home)
        defer { tmux.kill() }
        #expect(try await Self.waitForModes(tmux, "1 0") == "1 0", "curses owns the pane")
        let pid = try await tmux.programPID(timeout: patience)
        #expect(kill(pid, SIGSEGV) == 0)

        let status = try await tmux.waitForExit(timeout: patience)
        #expect(status == 128 + SIGSEGV, "died of the signal it got")
        #expect(try Self.modes(tmux) == "0 1", "out of the alternate screen, cursor visible")
        let screen = try tmux.capture()
        #expect(!screen.contains("Program crashed") && !screen.contains("Press space"), "no report on the screen:\n\(screen)")

        let reports = Self.crashReports(home)
        let report = try #require(reports.last, "a crash-*.log in the state folder")
        #expect(reports.count == 1)
        #expect(Self.mode(of: report) == 0o600)
        #expect(Self.mode(of: home.appendingPathComponent("state/liza").path) == 0o700)
        let text = try String(contentsOfFile: report, encoding: .utf8)
        #expect(text.hasPrefix("liza crashed: SIGSEGV"), "\(text.prefix(300))")
        #expect(text.contains("pid \(pid)"))

        // The next start mentions it once, then not again.
        tmux.kill()
        let again = try await TUIEndToEndTests.launchDemo(home)
        defer { again.kill() }
        _ = try await again.waitFor("liza crashed last time", timeout: patience)
        try again.sendKeys("q")
        #expect(try await again.waitForExit(timeout: patience) == 0)
        again.kill()
        let third = try await TUIEndToEndTests.launchDemo(home)
        defer { third.kill() }
        let quiet = try third.capture()
        #expect(!quiet.contains("crashed"), "mentioned only once:\n\(quiet)")
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func aStopSignalRestoresTheTerminalAndExits128PlusTheSignal(_ signal: Int32) async throws {
        let patience = Self.patience
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try await TUIEndToEndTests.launchDemo(home)
        defer { tmux.kill() }
        let pid = try await tmux.programPID(timeout: patience)
        #expect(kill(pid, signal) == 0)
        #expect(try await tmux.waitForExit(timeout: patience) == 128 + signal)
        #expect(try Self.modes(tmux) == "0 1")
        #expect(Self.crashReports(home).isEmpty, "a stop is not a crash")
    }

    @Test func sigtermDuringTheHiddenLoginPromptPutsEchoBack() async throws {
        let patience = Self.patience
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        // After liza exits, the pane's shell reports whether the terminal echoes (`echo` or `-echo`).
        let tmux = try TmuxSession(command: [try TUIEndToEndTests.lizaBinary(), "login", "--no-verify"],
                                   environment: TUIEndToEndTests.environment(home), width: 100, height: 20,
                                   after: "stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e -echo | sed 's/^/MODE:/'")
        defer { tmux.kill() }
        _ = try await tmux.waitFor("(input hidden)", timeout: patience)
        // Typed characters do not show: echo really is off while the prompt waits.
        try tmux.sendLiteral("liza_mcp_typed")
        let pid = try await tmux.programPID(timeout: patience)
        #expect(!(try tmux.capture()).contains("liza_mcp_typed"))
        #expect(kill(pid, SIGTERM) == 0)
        #expect(try await tmux.waitForExit(timeout: patience) == 128 + SIGTERM)
        let screen = try await tmux.waitFor("MODE:", timeout: patience)
        #expect(screen.contains("MODE:echo") && !screen.contains("MODE:-echo"), "\(screen)")
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("config/liza/credentials.toml").path))
    }
}
