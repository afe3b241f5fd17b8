import Foundation
import Testing
import TUIKit
import TUIKitTesting
@testable import TerminalDemo

/// Runs the real TerminalDemo binary in tmux: what a user's terminal would show. Every wait
/// returns a settled screen (no half-painted frame), and its predicate covers what the test then
/// asserts.
@Suite struct TerminalDemoEndToEndTests {
    /// Deadline of every wait: long, because the machine may be busy (tests run in parallel, maybe
    /// beside a build); a wait returns as soon as the screen matches and settles.
    static let patience: Duration = .seconds(60)
    var patience: Duration { Self.patience }

    /// The texts of the demo's table: CJK, Hangul, emoji sequences and accents.
    static let tableTexts = ["liza terminal demo", "Kraków", "Tokyo 東京", "Seoul 서울", "こんにちは", "안녕하세요", "😀", "👩‍💻", "🇩🇪",
                             "São Paulo", "Grüß Gott"]

    /// Waits until the whole table is on screen; returns that (settled) screen.
    @discardableResult
    static func waitForTable(_ tmux: TmuxSession) async throws -> String {
        try await tmux.waitUntil("the demo's table", timeout: patience) { screen in tableTexts.allSatisfy { screen.contains($0) } }
    }

    /// The demo is built next to the test bundle (`.build/<config>/TerminalDemo`).
    static func demoBinary() throws -> String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        // On Linux the test runner is `<pkg>PackageTests.xctest` in the build directory; be tolerant
        // of a bundle layout one level deeper.
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("TerminalDemo").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir.deleteLastPathComponent()
        }
        throw DemoNotFound(searchedFrom: exe)
    }

    struct DemoNotFound: Error, CustomStringConvertible {
        var searchedFrom: String
        var description: String { "TerminalDemo binary not found near \(searchedFrom); run `swift build` first" }
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("liza-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let size = Size(width: 120, height: 40)

    static func trimmingTrailingSpaces(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    @Test func drawsAlignedColouredTableMovesSelectionStaysIdleAndRestoresTheTerminal() async throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = dir.appendingPathComponent("stty-before").path
        let after = dir.appendingPathComponent("stty-after").path
        let tmux = try TmuxSession(
            command: [try Self.demoBinary()], width: Self.size.width, height: Self.size.height,
            before: "stty -g > \(TmuxSession.shellQuote(before))",
            after: "stty -g > \(TmuxSession.shellQuote(after)); echo __RESTORED__")
        defer { tmux.kill() }

        // 1. The table with CJK, Hangul, emoji sequences and accents.
        let screen = try await Self.waitForTable(tmux)

        // 2. Alignment as tmux lays the rows out (copy-mode cursor, independent of our width
        //    table): the right border is in the same column on every row of the box.
        let box = DemoScreen.boxRect(for: Self.size)
        var lengths: [Int: Int] = [:]
        for row in box.y..<box.maxY { lengths[row] = try tmux.lineLength(row: row) }
        #expect(Set(lengths.values) == [box.maxX], "row lengths (right border + 1) by row: \(lengths.sorted { $0.key < $1.key })")

        // The rows read back from tmux equal the frame's rows (continuation cells skipped on our
        // side, padding cells on tmux's): every glyph took exactly the columns the frame gave it.
        let expected = DemoScreen.render(DemoState(), size: Self.size).lines
        let shown = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for row in box.y..<box.maxY {
            let want = Self.trimmingTrailingSpaces(expected[row])
            let got = row < shown.count ? Self.trimmingTrailingSpaces(shown[row]) : ""
            #expect(got == want, "row \(row) differs")
        }

        // 3. Colours: the header is drawn in the primary style (bold cyan), the selected row reversed.
        let coloured = try await tmux.settledCapture(escapes: true, timeout: patience).split(separator: "\n").map(String.init)
        let header = try #require(coloured.first { $0.contains("City") })
        let beforeCity = header[..<(header.range(of: "City")?.lowerBound ?? header.endIndex)]
        #expect(beforeCity.contains("\u{1B}[") && beforeCity.contains("36"), "no cyan SGR before the header: \(header.debugDescription)")
        #expect(coloured.first { $0.contains("Tokyo") }?.contains("\u{1B}[7m") == true, "first row not reversed")

        // 4. Arrow keys move the selection.
        try tmux.sendKeys("Down")
        try await tmux.waitUntil("Seoul row selected", timeout: patience, escapes: true) { screen in
            let lines = screen.split(separator: "\n")
            return lines.first { $0.contains("Seoul") }?.contains("\u{1B}[7m") == true
                && lines.first { $0.contains("Tokyo") }?.contains("\u{1B}[7m") == false
                && screen.contains("key: down")
        }

        // 5. Idle costs no CPU: the loop sleeps in poll() without a timeout, so over ~2 s the
        //    process's utime+stime must not grow by more than one tick.
        let pid = try await tmux.programPID(timeout: patience)
        let start = try #require(TmuxSession.ProcessStat(pid: pid))
        try await Task.sleep(for: .seconds(2))
        let end = try #require(TmuxSession.ProcessStat(pid: pid))
        let idleTicks = end.cpuTicks - start.cpuTicks
        print("TerminalDemo idle CPU over 2 s: \(idleTicks) tick(s)")
        #expect(idleTicks <= 1, "idle demo used \(idleTicks) CPU ticks in 2 s")

        // 6. `q` quits and the terminal is restored: the demo's screen is gone, the shell runs on,
        //    and the tty settings are what they were before.
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
        let final = try await tmux.waitFor("__RESTORED__", timeout: patience)
        #expect(!final.contains("Kraków"), "the demo's screen is still visible:\n\(final)")
        let sttyBefore = try String(contentsOfFile: before, encoding: .utf8)
        let sttyAfter = try String(contentsOfFile: after, encoding: .utf8)
        #expect(!sttyBefore.isEmpty)
        #expect(sttyBefore == sttyAfter)
    }

    @Test func noColorShowsAttributesOnly() async throws {
        let tmux = try TmuxSession(command: [try Self.demoBinary()], environment: ["NO_COLOR": "1"])
        defer { tmux.kill() }
        try await Self.waitForTable(tmux)
        let coloured = try await tmux.settledCapture(escapes: true, timeout: patience)
        let header = try #require(coloured.split(separator: "\n").first { $0.contains("City") })
        #expect(!header.contains("36m") && !header.contains("38;5"), "colour despite NO_COLOR: \(header.debugDescription)")
        #expect(header.contains("\u{1B}[1m"), "header lost its bold attribute")
        #expect(coloured.split(separator: "\n").first { $0.contains("Tokyo") }?.contains("\u{1B}[7m") == true)
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
    }

    @Test func sigtermRestoresTheTerminalAndExitsWithTheSignal() async throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = dir.appendingPathComponent("stty-before").path
        let after = dir.appendingPathComponent("stty-after").path
        let tmux = try TmuxSession(
            command: [try Self.demoBinary()],
            before: "stty -g > \(TmuxSession.shellQuote(before))", after: "stty -g > \(TmuxSession.shellQuote(after))")
        defer { tmux.kill() }
        try await Self.waitForTable(tmux)
        let pid = try await tmux.programPID(timeout: patience)
        #expect(kill(pid, SIGTERM) == 0)
        #expect(try await tmux.waitForExit(timeout: patience) == 128 + SIGTERM)
        let final = try await tmux.waitUntil("stty saved", timeout: patience) { _ in
            ((try? String(contentsOfFile: after, encoding: .utf8)) ?? "").hasSuffix("\n")
        }
        #expect(!final.contains("Kraków"), "the demo's screen is still visible:\n\(final)")
        #expect(try String(contentsOfFile: before, encoding: .utf8) == String(contentsOfFile: after, encoding: .utf8))
    }

    @Test func resizeRedrawsWithoutAKeyPress() async throws {
        let tmux = try TmuxSession(command: [try Self.demoBinary()], width: 120, height: 40)
        defer { tmux.kill() }
        try await Self.waitForTable(tmux)
        try tmux.run(["resize-window", "-t", tmux.name, "-x", "40", "-y", "14"])
        // The box shrinks to the new width, so its right border appears at column 38.
        let box = DemoScreen.boxRect(for: Size(width: 40, height: 14))
        try await tmux.waitUntil("redraw at 40 columns", timeout: patience) { screen in
            screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(box.y).first?.hasSuffix("┐") == true
        }
        #expect(try tmux.lineLength(row: box.y) == box.maxX)
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
    }

    @Test func copyPutsTheSelectedCityOnTheClipboardWithOSC52() async throws {
        let tmux = try TmuxSession(command: [try Self.demoBinary()])
        defer { tmux.kill() }
        // With set-clipboard on, tmux stores an application's OSC 52 in a paste buffer.
        try tmux.run(["set-option", "-g", "set-clipboard", "on"])
        try await Self.waitForTable(tmux)
        try tmux.sendKeys("Down", "c")
        let deadline = ContinuousClock.now + patience
        var buffer = ""
        while ContinuousClock.now < deadline {
            buffer = (try? tmux.run(["show-buffer"])) ?? ""
            if !buffer.isEmpty { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(buffer == "Seoul 서울")
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
    }
}
