import Synchronization
import TUIKit

/// A minimal in-memory TerminalHost for program tests: scripted input, recorded frames.
final class ScriptedTerminal: TerminalHost {
    private let state: Mutex<(size: Size, frames: [Buffer], clipboard: [String], shutdown: Bool)>
    private let continuation: AsyncStream<InputEvent>.Continuation
    let events: AsyncStream<InputEvent>
    let colorCapability: ColorCapability = .ansi16

    init(size: Size) {
        state = Mutex((size, [], [], false))
        (events, continuation) = AsyncStream.makeStream(of: InputEvent.self)
    }

    var size: Size { state.withLock { $0.size } }
    func present(_ buffer: Buffer) { state.withLock { $0.frames.append(buffer) } }
    func copyToClipboard(_ text: String) { state.withLock { $0.clipboard.append(text) } }
    func shutdown() { state.withLock { $0.shutdown = true }; continuation.finish() }

    func send(_ key: KeyEvent) { continuation.yield(.key(key)) }
    func type(_ text: String) { for c in text { send(.char(c)) } }
    func resize(_ size: Size) { state.withLock { $0.size = size }; continuation.yield(.resize(size)) }
    func finish() { continuation.finish() }

    var frames: [Buffer] { state.withLock { $0.frames } }
    var clipboard: [String] { state.withLock { $0.clipboard } }
    var lastText: String { frames.last?.lines.joined(separator: "\n") ?? "" }

    /// Polls (with a deadline, never a fixed wait) until the latest frame satisfies `predicate`.
    @MainActor func waitFor(_ what: String, timeout: Duration = .seconds(30), _ predicate: (String) -> Bool) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if predicate(lastText) { return }
            try await Task.sleep(for: .milliseconds(5))
        }
        throw WaitTimeout(what: what, screen: lastText)
    }

    @MainActor func waitFor(text: String) async throws { try await waitFor("\"\(text)\" on screen") { $0.contains(text) } }
}

struct WaitTimeout: Error, CustomStringConvertible {
    var what: String
    var screen: String
    var description: String { "timed out waiting for \(what); screen:\n\(screen)" }
}
