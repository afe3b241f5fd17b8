import Foundation
import LizaApp
import Synchronization
import TUIKit

/// A `TerminalHost` for driving a real `Program` in a benchmark: keys go in through its event
/// stream, as curses' input thread sends them, and `present` — called by the program on the main
/// actor right after `ProgramStep.run` and `RootView.render` — notes the time of every frame.
/// `press` measures one key: from the moment the key is sent to the first presented frame whose
/// state shows it (the state a frame was drawn from is read in `present`, on the main actor).
final class BenchTerminal: TerminalHost {
    struct Waiter {
        var sent: ContinuousClock.Instant
        var shows: @Sendable (RecordsInspection) -> Bool
        var continuation: CheckedContinuation<Duration?, Never>
    }

    private struct Slots {
        var inspect: (@MainActor @Sendable () -> RecordsInspection)?
        var waiter: Waiter?
        var frames = 0
        var first: ContinuousClock.Instant?
        var last: Buffer?
    }

    let size: Size
    let colorCapability: ColorCapability = .truecolor
    let events: AsyncStream<InputEvent>
    private let continuation: AsyncStream<InputEvent>.Continuation
    private let slots = Mutex(Slots())

    init(size: Size) {
        self.size = size
        (events, continuation) = AsyncStream.makeStream(of: InputEvent.self, bufferingPolicy: .unbounded)
    }

    /// How a frame's state is read (set once the program exists; it runs on the main actor).
    func inspect(with reader: @escaping @MainActor @Sendable () -> RecordsInspection) {
        slots.withLock { $0.inspect = reader }
    }

    /// Frames presented so far.
    var frames: Int { slots.withLock { $0.frames } }

    /// When the first frame was presented.
    var firstFrameAt: ContinuousClock.Instant? { slots.withLock { $0.first } }

    /// Polls the latest frame until its text contains `text`; returns when it was seen.
    func waitForFrame(containing text: String, timeout: Duration) async -> ContinuousClock.Instant? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let frame = slots.withLock({ $0.last }), frame.lines.contains(where: { $0.contains(text) }) { return ContinuousClock.now }
            try? await Task.sleep(for: .milliseconds(1))
        }
        return nil
    }

    func present(_ buffer: Buffer) {
        let now = ContinuousClock.now
        let (reader, waiter) = slots.withLock { s -> ((@MainActor @Sendable () -> RecordsInspection)?, Waiter?) in
            s.frames += 1
            if s.first == nil { s.first = now }
            s.last = buffer
            return (s.inspect, s.waiter)
        }
        guard let reader, let waiter else { return }
        // `Program.render` presents on the main actor.
        let shown = MainActor.assumeIsolated { reader() }
        guard waiter.shows(shown) else { return }
        let taken = slots.withLock { s -> Waiter? in
            defer { s.waiter = nil }
            return s.waiter?.sent == waiter.sent ? s.waiter : nil
        }
        taken?.continuation.resume(returning: now - waiter.sent)
    }

    /// Sends `key` and returns the time to the first frame whose Records pane `shows` it, or nil
    /// when none did within `timeout`.
    func press(_ key: KeyEvent, timeout: Duration = .seconds(10), until shows: @escaping @Sendable (RecordsInspection) -> Bool) async -> Duration? {
        await withCheckedContinuation { (c: CheckedContinuation<Duration?, Never>) in
            let sent = ContinuousClock.now
            slots.withLock { $0.waiter = Waiter(sent: sent, shows: shows, continuation: c) }
            continuation.yield(.key(key))
            Task {
                try? await Task.sleep(for: timeout)
                let late = slots.withLock { s -> Waiter? in
                    guard s.waiter?.sent == sent else { return nil }
                    defer { s.waiter = nil }
                    return s.waiter
                }
                late?.continuation.resume(returning: nil)
            }
        }
    }

    /// Sends a key without measuring it.
    func send(_ key: KeyEvent) { continuation.yield(.key(key)) }

    /// Polls the program's state (on the main actor) until `condition` holds or `timeout` passes.
    func waitUntil(timeout: Duration, _ condition: @escaping @Sendable (RecordsInspection) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let reader = slots.withLock { $0.inspect }
            if let reader, condition(await MainActor.run { reader() }) { return true }
            try? await Task.sleep(for: .milliseconds(5))
        }
        return false
    }

    /// The Records pane now (nil before `inspect`).
    func current() async -> RecordsInspection? {
        guard let reader = slots.withLock({ $0.inspect }) else { return nil }
        return await MainActor.run { reader() }
    }

    func copyToClipboard(_ text: String) {}

    func shutdown() { continuation.finish() }
}
