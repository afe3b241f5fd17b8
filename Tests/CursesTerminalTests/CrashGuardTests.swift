import Foundation
import Testing
import TUIKitTesting
@testable import CursesTerminal

/// The fatal-signal guard: its pure parts, and the real TerminalDemo killed with SIGSEGV in tmux.
@Suite struct CrashGuardTests {
    @Test func terminfoPaddingIsDropped() {
        #expect(CrashGuard.withoutPadding(Array("\u{1B}[m\u{0F}$<2>".utf8)) == Array("\u{1B}[m\u{0F}".utf8))
        #expect(CrashGuard.withoutPadding(Array("a$<5*/>b$<1>".utf8)) == Array("ab".utf8))
        #expect(CrashGuard.withoutPadding(Array("cost $5 <b>".utf8)) == Array("cost $5 <b>".utf8))
        #expect(CrashGuard.withoutPadding(Array("$<unterminated".utf8)) == Array("$<unterminated".utf8))
    }

    @Test func crashFileNamesSortByTime() {
        #expect(CrashGuard.crashFileName(seconds: 0, pid: 1) == "crash-19700101T000000Z-1.log")
        #expect(CrashGuard.crashFileName(seconds: 1_796_042_096, pid: 4242) == "crash-20261130T123456Z-4242.log")
        #expect(CrashGuard.crashFileName(seconds: 951_868_799, pid: 7) == "crash-20000229T235959Z-7.log")
        let a = CrashGuard.crashFileName(seconds: 1_796_042_096, pid: 99_999) ?? ""
        let b = CrashGuard.crashFileName(seconds: 1_796_042_097, pid: 1) ?? ""
        #expect(a < b)
    }

    @Test func swiftBacktraceIsMadeQuietKeepingTheUsersSettings() {
        let ours = "interactive=no,color=no,output-to=stderr"
        #expect(BacktraceEnvironment.adjusted(nil) == "enable=yes," + ours)
        #expect(BacktraceEnvironment.adjusted("") == "enable=yes," + ours)
        #expect(BacktraceEnvironment.adjusted("limit=10,interactive=yes") == "limit=10,interactive=yes," + ours)
        #expect(BacktraceEnvironment.adjusted("enable=no") == "enable=no," + ours)
        #expect(BacktraceEnvironment.adjusted("enable=yes," + ours) == nil, "no second re-exec")
        #expect(BacktraceEnvironment.adjusted("Output-To=stderr, color=NO ,interactive=no,limit=5") == nil)
        #expect(BacktraceEnvironment.isQuiet(["SWIFT_BACKTRACE": "enable=yes," + ours]))
        #expect(!BacktraceEnvironment.isQuiet([:]))
    }

    @Test func armingAndDisarmingPutsTheOldHandlersBack() {
        var before = sigaction()
        sigaction(SIGFPE, nil, &before)
        CrashGuard.saveTerminal()
        CrashGuard.arm(crashDirectory: nil, chainBacktracer: false)
        #expect(CrashGuard.isArmed)
        var during = sigaction()
        sigaction(SIGFPE, nil, &during)
        #expect(during.sa_flags & SA_SIGINFO != 0)
        CrashGuard.disarm()
        #expect(!CrashGuard.isArmed)
        var after = sigaction()
        sigaction(SIGFPE, nil, &after)
        #expect(after.sa_flags == before.sa_flags)
        #expect(unsafeBitCast(after.__sigaction_handler, to: Int.self) == unsafeBitCast(before.__sigaction_handler, to: Int.self))
    }

    /// SIGSEGV while curses owns the pane: the process dies of it, and the terminal is exactly as
    /// before (`stty -g` equal: echo, canonical mode, …), out of the alternate screen, cursor shown.
    @Test func segvLeavesTheTerminalAsItWas() async throws {
        let dir = try TerminalDemoEndToEndTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = dir.appendingPathComponent("stty-before").path
        let after = dir.appendingPathComponent("stty-after").path
        let tmux = try TmuxSession(
            command: [try TerminalDemoEndToEndTests.demoBinary()], width: 120, height: 40,
            before: "stty -g > \(TmuxSession.shellQuote(before))",
            after: "stty -g > \(TmuxSession.shellQuote(after)); echo __RESTORED__")
        defer { tmux.kill() }
        _ = try await tmux.waitFor("Kraków", timeout: .seconds(60))
        let modes = { try tmux.run(["display-message", "-p", "-t", tmux.name, "#{alternate_on} #{cursor_flag}"]).trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(try modes() == "1 0")
        let pid = try await tmux.programPID(timeout: .seconds(60))
        #expect(kill(pid, SIGSEGV) == 0)
        #expect(try await tmux.waitForExit(timeout: .seconds(60)) == 128 + SIGSEGV)
        _ = try await tmux.waitFor("__RESTORED__", timeout: .seconds(60))
        #expect(try modes() == "0 1")
        let saved = try String(contentsOfFile: before, encoding: .utf8)
        let restored = try String(contentsOfFile: after, encoding: .utf8)
        #expect(!saved.isEmpty && saved == restored, "termios differs: \(saved) vs \(restored)")
        #expect(!(try tmux.capture()).contains("Program crashed"))
    }
}
