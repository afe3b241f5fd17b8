import Foundation
import Testing
import TUIKit
import TUIKitTesting

@Suite struct TestingSupportTests {
    @Test func styleDumpNamesRolesAndOverlays() {
        var b = Buffer(size: Size(width: 6, height: 2))
        b.write("ab", at: Point(x: 0, y: 0), style: theme[.error])
        b.write("cd", at: Point(x: 3, y: 0), style: theme[.jsonKey].adding(.dim))
        b.write("x", at: Point(x: 0, y: 1), style: Style(foreground: .rgb(1, 2, 3), attributes: .bold))
        #expect(b.styleDump(theme: theme) == "0: 0-1 error, 3-4 json_key+dim\n1: 0 fg=rgb(1,2,3) bold")
        #expect(b.textDump == "ab cd\nx")
    }

    @Test func snapshotIsRecordedWhenMissingThenComparedThenReportsDifferences() throws {
        // Runs against a scratch "test file" so the real Snapshots folder is untouched.
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("liza-snap-\(UInt64.random(in: 0...UInt64.max))")
        defer { try? FileManager.default.removeItem(at: root) }
        let fakeTest = root.appendingPathComponent("Tests/FakeTests/Sub/FakeTests.swift").path
        var b = Buffer(size: Size(width: 4, height: 1))
        b.write("ok", at: .zero, style: theme[.success])
        withKnownIssue { assertSnapshot(b, named: "probe", filePath: fakeTest) }  // missing: recorded, fails
        let file = root.appendingPathComponent("Tests/FakeTests/Sub/Snapshots/probe.txt")
        #expect(try String(contentsOf: file, encoding: .utf8) == "ok\n--- styles ---\n0: 0-1 success\n")
        guard ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != "1" else { return }
        assertSnapshot(b, named: "probe", filePath: fakeTest)  // same: passes
        b.write("no", at: .zero)
        withKnownIssue { assertSnapshot(b, named: "probe", filePath: fakeTest) }  // differs: fails
        // An existing Snapshots folder higher up (the target's) is preferred over a new nested one.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Tests/Other/Snapshots"), withIntermediateDirectories: true)
        withKnownIssue { assertSnapshot(b, named: "probe2", filePath: root.appendingPathComponent("Tests/Other/Deep/X.swift").path) }
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Tests/Other/Snapshots/probe2.txt").path))
    }

    @Test func diffShowsChangedLinesOnly() {
        let d = snapshotDiff(expected: "a\nb\nc", actual: "a\nB\nc\nd")
        #expect(d == "  2 - |b|\n  2 + |B|\n  4 + |d|")
    }

    @Test func testTerminalRecordsFramesClipboardAndScriptsEvents() async throws {
        let terminal = TestTerminal(size: Size(width: 10, height: 2))
        terminal.type("hi")
        terminal.send(KeyEvent(.enter))
        terminal.resize(to: Size(width: 20, height: 5))
        terminal.finishInput()
        var received: [InputEvent] = []
        for await e in terminal.events { received.append(e) }
        #expect(received == [.key(.char("h")), .key(.char("i")), .key(KeyEvent(.enter)), .resize(Size(width: 20, height: 5))])
        #expect(terminal.size == Size(width: 20, height: 5))

        // A frame presented from another task is found by polling, not by sleeping.
        Task.detached {
            var b = Buffer(size: Size(width: 20, height: 1))
            b.write("ready", at: .zero)
            terminal.present(b)
        }
        let frame = try await terminal.waitForFrame { $0.textDump == "ready" }
        #expect(frame.lines[0].hasPrefix("ready"))
        terminal.copyToClipboard("https://x.test")
        #expect(terminal.clipboard == ["https://x.test"])
        terminal.shutdown()
        #expect(terminal.isShutDown)
        await #expect(throws: TestTerminalTimeout.self) {
            try await terminal.waitForFrame(timeout: .milliseconds(20)) { _ in false }
        }
    }
}
