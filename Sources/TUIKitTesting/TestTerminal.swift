import Synchronization
import TUIKit

/// An in-memory `TerminalHost` for program-level tests: a fixed (resizable) size, scripted input
/// events, and a record of every presented frame and clipboard copy.
///
/// ```swift
/// let terminal = TestTerminal(size: Size(width: 80, height: 24))
/// Task { await program.run(terminal) }
/// terminal.send(.char("j"))
/// let frame = try await terminal.waitForFrame { $0.textDump.contains("Contacts") }
/// ```
public final class TestTerminal: TerminalHost {
    private struct Store {
        var size: Size
        var frames: [Buffer] = []
        var clipboard: [String] = []
        var shutDownCount = 0
    }

    private let store: Mutex<Store>
    private let continuation: AsyncStream<InputEvent>.Continuation
    public let events: AsyncStream<InputEvent>
    public let colorCapability: ColorCapability

    public init(size: Size = Size(width: 80, height: 24), colorCapability: ColorCapability = .truecolor) {
        store = Mutex(Store(size: size))
        self.colorCapability = colorCapability
        (events, continuation) = AsyncStream.makeStream(of: InputEvent.self, bufferingPolicy: .unbounded)
    }

    public var size: Size { store.withLock { $0.size } }

    public func present(_ buffer: Buffer) { store.withLock { $0.frames.append(buffer) } }

    public func copyToClipboard(_ text: String) { store.withLock { $0.clipboard.append(text) } }

    public func shutdown() {
        store.withLock { $0.shutDownCount += 1 }
        continuation.finish()
    }

    // MARK: - Scripting

    /// Delivers an input event to the program.
    public func send(_ event: InputEvent) { continuation.yield(event) }

    /// Delivers a key press.
    public func send(_ key: KeyEvent) { send(.key(key)) }

    /// Delivers each character of `text` as a key press (typing).
    public func type(_ text: String) { for c in text { send(.char(c)) } }

    /// Changes the size and delivers the resize event, as a terminal window resize does.
    public func resize(to size: Size) {
        store.withLock { $0.size = size }
        send(.resize(size))
    }

    /// Ends the event stream (as if the terminal closed).
    public func finishInput() { continuation.finish() }

    // MARK: - Inspection

    /// Every frame presented so far, oldest first.
    public var frames: [Buffer] { store.withLock { $0.frames } }
    /// The latest presented frame.
    public var lastFrame: Buffer? { store.withLock { $0.frames.last } }
    /// Texts copied to the clipboard, oldest first.
    public var clipboard: [String] { store.withLock { $0.clipboard } }
    /// True once `shutdown()` was called.
    public var isShutDown: Bool { store.withLock { $0.shutDownCount > 0 } }

    /// Waits until a presented frame satisfies `predicate` (checking the latest frame, polling
    /// with a deadline, never a fixed sleep) and returns it.
    /// - Throws: `TestTerminalTimeout` with the last frame's text when `timeout` passes first.
    @discardableResult
    public func waitForFrame(timeout: Duration = .seconds(5), where predicate: (Buffer) -> Bool) async throws -> Buffer {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            if let frame = lastFrame, predicate(frame) { return frame }
            if clock.now >= deadline { throw TestTerminalTimeout(lastFrame: lastFrame?.textDump ?? "(no frame)") }
            try await Task.sleep(for: .milliseconds(2))
        }
    }
}

extension TestTerminal {
    /// The latest frame's text (rows joined with newlines; empty before the first frame).
    public var lastText: String { lastFrame?.lines.joined(separator: "\n") ?? "" }

    /// Waits until the latest frame's text satisfies `predicate` (polling with a deadline, never
    /// a fixed sleep); `what` names it in the failure. On the main actor, where program tests run.
    @MainActor
    public func waitFor(_ what: String, timeout: Duration = .seconds(30), _ predicate: (String) -> Bool) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if predicate(lastText) { return }
            try await Task.sleep(for: .milliseconds(5))
        }
        throw TestTerminalTimeout(lastFrame: "(waiting for \(what))\n" + lastText)
    }

    /// Waits until `text` is on screen.
    @MainActor
    public func waitFor(text: String) async throws { try await waitFor("\"\(text)\" on screen") { $0.contains(text) } }
}

/// `TestTerminal.waitForFrame` gave up; carries the last frame's text for the failure message.
public struct TestTerminalTimeout: Error, CustomStringConvertible {
    public var lastFrame: String
    public var description: String { "no frame matched before the deadline; last frame:\n\(lastFrame)" }
}
