import Synchronization
import TUIKit

/// Everything the program threads and the terminal thread share: a mailbox under a `Mutex` (the
/// latest frame wins, clipboard texts, the stop request) plus the wake pipe.
final class TerminalChannel: Sendable {
    struct Mailbox {
        var frame: Buffer?
        var clipboard: [String] = []
        var stopRequested = false
        var stopSignal: Int32?
        var size: Size = .zero
    }

    let wake: WakePipe
    let continuation: AsyncStream<InputEvent>.Continuation
    private let mailbox = Mutex(Mailbox())

    init(wake: WakePipe, continuation: AsyncStream<InputEvent>.Continuation) {
        self.wake = wake
        self.continuation = continuation
    }

    var size: Size {
        get { mailbox.withLock { $0.size } }
        set { mailbox.withLock { $0.size = newValue } }
    }

    var stopSignal: Int32? { mailbox.withLock { $0.stopSignal } }

    func post(frame: Buffer) {
        mailbox.withLock { $0.frame = frame }
        wake.poke()
    }

    func post(clipboard text: String) {
        mailbox.withLock { $0.clipboard.append(text) }
        wake.poke()
    }

    func requestStop(signal: Int32? = nil) {
        mailbox.withLock {
            $0.stopRequested = true
            if $0.stopSignal == nil { $0.stopSignal = signal }
        }
        wake.poke()
    }

    /// Takes what is waiting to be painted or copied, and whether the loop should stop.
    func take() -> (frame: Buffer?, clipboard: [String], stop: Bool) {
        mailbox.withLock { box in
            defer { box.frame = nil; box.clipboard = [] }
            return (box.frame, box.clipboard, box.stopRequested)
        }
    }
}
