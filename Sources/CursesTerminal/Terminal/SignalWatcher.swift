import Dispatch
import Glibc
import Synchronization

/// Turns SIGINT, SIGTERM and SIGHUP into a stop request for the terminal loop, which then restores
/// the terminal on its own thread, and SIGWINCH into a wake-up of that loop. Nothing curses-related
/// ever runs in a signal handler (endwin is not async-signal-safe); Dispatch delivers the signal to
/// an ordinary queue.
///
/// Why SIGWINCH is ours and not ncurses': ncurses' handler only sets a flag that the next
/// `wget_wch` turns into `KEY_RESIZE`; it relies on the signal interrupting the `poll()` of the
/// thread that reads input. In a Swift program the kernel delivers the signal to the main thread
/// (which Dispatch parks in `sigsuspend` with an empty mask), so the terminal thread would sleep on
/// and a resize would show only after the next key press. Observed under tmux with ncurses 6.4.
///
/// Installed before `newterm`, so ncurses sees the signals as handled and adds none of its own
/// (its SIGINT/SIGTERM handlers would call exit() from the handler).
final class SignalWatcher: Sendable {
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let signals: [Int32] = stopSignals + [SIGWINCH]
    private let sources: Mutex<[any DispatchSourceSignal]>

    init(onStop: @escaping @Sendable (Int32) -> Void, onResize: @escaping @Sendable () -> Void) {
        var made: [any DispatchSourceSignal] = []
        for sig in Self.signals {
            // The default action would kill the process before the terminal is restored.
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { sig == SIGWINCH ? onResize() : onStop(sig) }
            source.resume()
            made.append(source)
        }
        sources = Mutex(made)
    }

    /// Stops watching and gives the signals their default actions back. Idempotent.
    func cancel() {
        let old = sources.withLock { s -> [any DispatchSourceSignal] in defer { s = [] }; return s }
        guard !old.isEmpty else { return }
        for source in old { source.cancel() }
        for sig in Self.signals { signal(sig, SIG_DFL) }
    }
}
