import Glibc
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
        /// Programs waiting for the terminal (`runForeground`), each told whether it got it.
        var foreground: [@Sendable (_ available: Bool) -> Void] = []
        /// True while a foreground program has the terminal: its ctrl-c is its own.
        var handedOver = false
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

    func post(foreground job: @escaping @Sendable (_ available: Bool) -> Void) {
        mailbox.withLock { $0.foreground.append(job) }
        wake.poke()
    }

    /// Takes the programs waiting for the terminal.
    func takeForeground() -> [@Sendable (_ available: Bool) -> Void] {
        mailbox.withLock { box in defer { box.foreground = [] }; return box.foreground }
    }

    var handedOver: Bool {
        get { mailbox.withLock { $0.handedOver } }
        set { mailbox.withLock { $0.handedOver = newValue } }
    }

    func requestStop(signal: Int32? = nil) {
        // ctrl-c in a pager or editor that has the terminal reaches us too: it is the program's.
        if signal == SIGINT, handedOver { return }
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
