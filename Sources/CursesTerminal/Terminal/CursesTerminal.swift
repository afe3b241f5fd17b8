import Dispatch
import Foundation
import Glibc
import Synchronization
import TUIKit

/// The real terminal: a `TerminalHost` backed by ncurses on one dedicated thread.
///
/// ```swift
/// let terminal = try CursesTerminal()
/// defer { terminal.shutdown() }
/// terminal.present(view(state, terminal.size))
/// for await event in terminal.events { … }
/// ```
///
/// - `present(_:)` and `copyToClipboard(_:)` may be called from any thread; they post to a mailbox
///   and wake the terminal thread through a pipe (the latest frame wins).
/// - Idle costs nothing: the thread sleeps in `poll()` without a timeout.
/// - The terminal is restored by `shutdown()` (idempotent, returns after `endwin`), on SIGINT,
///   SIGTERM and SIGHUP (then `events` finishes and `stopSignal` says which), and on deinit.
/// - On a crash (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE) too, by an async-signal-safe
///   handler that also sends the crash report to `options.crashReportDirectory`, never to the
///   screen; see `CrashGuard` and `BacktraceEnvironment`.
/// - Resizes arrive as `.resize(size)`, one per burst (SIGWINCH wakes the loop, which resizes
///   curses to the kernel's window size; see `SignalWatcher` for why not ncurses' own handler).
public final class CursesTerminal: TerminalHost {
    public let events: AsyncStream<InputEvent>
    public let colorCapability: ColorCapability
    private let channel: TerminalChannel
    private let signals: SignalWatcher
    private let stopped = DispatchGroup()

    /// Takes over the terminal (alternate screen, raw mode, no cursor).
    /// - Throws: `CursesTerminalError` when stdin/stdout is not a terminal or `TERM` is unusable;
    ///   the terminal is then left as it was.
    public init(options: CursesTerminalOptions = CursesTerminalOptions()) throws(CursesTerminalError) {
        let (stream, continuation) = AsyncStream.makeStream(of: InputEvent.self, bufferingPolicy: .unbounded)
        let channel = TerminalChannel(wake: try WakePipe(), continuation: continuation)
        self.events = stream
        self.channel = channel
        self.signals = SignalWatcher(
            onStop: { sig in channel.requestStop(signal: sig) },
            onResize: { channel.wake.poke() })

        let started = DispatchSemaphore(value: 0)
        let outcome = Mutex<Result<TerminalLoop.Startup, CursesTerminalError>?>(nil)
        let stopped = self.stopped
        stopped.enter()
        let thread = Thread {
            let loop = TerminalLoop(channel: channel, options: options)
            do throws(CursesTerminalError) {
                let startup = try loop.start()
                outcome.withLock { $0 = .success(startup) }
                started.signal()
                loop.run()
            } catch {
                outcome.withLock { $0 = .failure(error) }
                channel.continuation.finish()
                started.signal()
            }
            stopped.leave()
        }
        thread.name = "liza.terminal"
        thread.start()
        started.wait()

        switch outcome.withLock({ $0 }) {
        case .success(let startup)?:
            colorCapability = startup.capability
        case .failure(let error)?:
            signals.cancel()
            throw error
        case nil:
            signals.cancel()
            throw .system(call: "terminal thread start", errno: 0)
        }
    }

    deinit { shutdown() }

    public var size: Size { channel.size }

    /// The signal (SIGINT, SIGTERM, SIGHUP) that stopped the terminal, if one did. Programs
    /// usually exit with status 128 + signal after the event stream finishes.
    public var stopSignal: Int32? { channel.stopSignal }

    public func present(_ buffer: Buffer) { channel.post(frame: buffer) }

    public func copyToClipboard(_ text: String) { channel.post(clipboard: text) }

    /// Runs `argv` with the terminal (curses suspended with `endwin`, mouse reporting off), waits
    /// for it on the terminal thread — which reads no input meanwhile — and then takes the
    /// terminal back, repaints everything and reports a resize so the program draws a fresh frame.
    public func runForeground(_ argv: [String]) async -> Result<Int32, ForegroundFailure> {
        await withCheckedContinuation { continuation in
            channel.post(foreground: { available in
                guard available else {
                    continuation.resume(returning: .failure(ForegroundFailure("the terminal is closing")))
                    return
                }
                continuation.resume(returning: ForegroundChild.run(argv))
            })
        }
    }

    /// Restores the terminal and finishes `events`; returns once `endwin` has run. Idempotent and
    /// callable from any thread except from inside an event handler that blocks the terminal thread
    /// (there is none: events are delivered through an `AsyncStream`).
    public func shutdown() {
        channel.requestStop()
        stopped.wait()
        signals.cancel()
    }
}
