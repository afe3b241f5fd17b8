import CNcursesw
import Glibc
import TUIKit

/// The body of the terminal thread, the only code that calls curses.
///
/// It sleeps in `poll()` on stdin and the wake pipe with no timeout, so an idle program costs no
/// CPU. When woken it drains `wget_wch` (non-blocking) until `ERR`, yields the decoded events,
/// paints the latest frame if one is waiting, and writes pending clipboard sequences after it.
final class TerminalLoop {
    /// What the thread found out while starting, reported back to `CursesTerminal.init`.
    struct Startup: Sendable {
        var size: Size
        var capability: ColorCapability
    }

    private let channel: TerminalChannel
    private let options: CursesTerminalOptions
    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var painter: CursesPainter?
    private var decoder = InputDecoder(table: KeyCodeTable(keys: [:], resize: -1))
    /// Turns a second press at the same place soon after into a double click.
    private var clicks = ClickCounter()

    init(channel: TerminalChannel, options: CursesTerminalOptions) {
        self.channel = channel
        self.options = options
    }

    /// Takes over the terminal. On failure nothing is left changed.
    func start() throws(CursesTerminalError) -> Startup {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }

        _ = cn_setlocale_from_env()
        if cn_locale_is_utf8() == 0 {
            // Box drawing, CJK and emoji need a UTF-8 character type; terminals are UTF-8 today even
            // when LANG is unset (as under `env -i` or some service managers).
            _ = cn_set_ctype("C.UTF-8") != 0 || cn_set_ctype("en_US.UTF-8") != 0
        }
        // The modes to put back if the process dies before `finish` can (see `CrashGuard`).
        CrashGuard.saveTerminal()
        // newterm, unlike initscr, returns NULL for an unknown TERM instead of exiting the process.
        guard let screen = newterm(nil, cn_stdout(), cn_stdin()) else {
            throw .unsupportedTerminal(term: options.environment["TERM"])
        }
        self.screen = screen
        guard let window = cn_stdscr() else {
            endwin()
            delscreen(screen)
            throw .unsupportedTerminal(term: options.environment["TERM"])
        }
        self.window = window
        raw()
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)
        set_escdelay(25)
        _ = curs_set(0)
        var defaultColors = false
        if has_colors() {
            start_color()
            defaultColors = use_default_colors() != ERR
        }
        let capability = ColorSupport.capability(
            environment: options.environment, hasColors: has_colors(), colors: Int(cn_colors()), limit: options.colorLimit)
        painter = CursesPainter(window: window, registry: ColorPairRegistry(
            capability: capability, colorCount: Int(cn_colors()), pairCount: Int(cn_color_pairs()),
            defaultColorsSupported: defaultColors),
            hyperlinks: options.hyperlinks ? { [unowned self] bytes in self.writeToTerminal(bytes) } : nil)
        decoder = InputDecoder(table: .forCurrentTerminal())
        if options.mouse {
            // Button presses and releases (1000) and the wheel, reported as SGR (1006): no
            // 223-column limit, and releases say which button. Motion (1002/1003) is not asked
            // for, so an idle pointer wakes nothing.
            writeToTerminal(Array("\u{1B}[?1000h\u{1B}[?1006h".utf8))
        }
        let size = currentSize()
        channel.size = size
        CrashGuard.arm(crashDirectory: options.crashReportDirectory,
                       chainBacktracer: BacktraceEnvironment.isQuiet(options.environment))
        return Startup(size: size, capability: capability)
    }

    /// Runs until a stop is requested or the terminal goes away, then restores the terminal.
    func run() {
        defer { finish() }
        let insideTmux = !(options.environment["TMUX"] ?? "").isEmpty
        var fds = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: channel.wake.readEnd, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            let ready = poll(&fds, nfds_t(fds.count), -1)
            if ready < 0 && errno != EINTR { return }
            if fds[1].revents != 0 { channel.wake.drain() }
            // Any wake may follow a SIGWINCH; asking the kernel for the size is one cheap ioctl.
            let resized = resizeIfNeeded()
            drainInput(resized: resized)
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                // The terminal is gone (SIGHUP usually follows); nothing more can be read or shown.
                channel.requestStop(signal: nil)
            }
            let (frame, clipboard, stop) = channel.take()
            if stop { return }
            if let frame { painter?.paint(frame) }
            for text in clipboard { writeToTerminal(OSC52.sequence(for: text, insideTmux: insideTmux)) }
            for job in channel.takeForeground() { handOver(job) }
        }
    }

    /// Gives the terminal to a foreground program (`job` runs it and waits), then takes it back.
    private func handOver(_ job: @Sendable (_ available: Bool) -> Void) {
        if options.mouse { writeToTerminal(Array("\u{1B}[?1006l\u{1B}[?1000l".utf8)) }
        _ = curs_set(1)
        endwin()
        channel.handedOver = true
        job(true)
        channel.handedOver = false
        // Back to curses: the screen is whatever the program left, so everything is repainted.
        if let window { wrefresh(window) }
        _ = curs_set(0)
        if options.mouse { writeToTerminal(Array("\u{1B}[?1000h\u{1B}[?1006h".utf8)) }
        _ = resizeIfNeeded()
        let size = currentSize()
        channel.size = size
        painter?.invalidate()
        cn_invalidate_screen()
        channel.continuation.yield(.resize(size))
    }

    /// Resizes curses to the kernel's window size when they differ; true when it did.
    private func resizeIfNeeded() -> Bool {
        var rows: Int32 = 0, cols: Int32 = 0
        guard cn_terminal_size(STDOUT_FILENO, &rows, &cols) == 0, rows != cn_lines() || cols != cn_cols() else { return false }
        _ = resizeterm(rows, cols)
        return true
    }

    /// Reads all pending input and yields it. A resize (ours, or a `KEY_RESIZE` from curses) is
    /// reported once per drain, first: a window being dragged produces bursts of them, and the
    /// program needs only the final size.
    private func drainInput(resized: Bool) {
        guard let window else { return }
        var inputs: [RawInput] = []
        var ch: wint_t = 0
        while true {
            let rc = wget_wch(window, &ch)
            if rc == ERR { break }
            inputs.append(rc == KEY_CODE_YES ? .keyCode(Int32(bitPattern: ch)) : .character(UInt32(ch)))
        }
        guard resized || !inputs.isEmpty else { return }
        let size = currentSize()
        var events = decoder.decode(inputs, size: size)
        let before = events.count
        events.removeAll { if case .resize = $0 { true } else { false } }
        if resized || events.count != before {
            channel.size = size
            painter?.invalidate()
            cn_invalidate_screen()
            channel.continuation.yield(.resize(size))
        }
        for event in events { channel.continuation.yield(clicks.count(event)) }
    }

    private func currentSize() -> Size {
        guard let window else { return .zero }
        return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Writes bytes straight to the terminal, after curses flushed its own output in `doupdate`.
    private func writeToTerminal(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { return }
        }
    }

    /// Restores the terminal (leaves the alternate screen, cooked mode, cursor back) and ends the stream.
    private func finish() {
        if window != nil, options.mouse {
            writeToTerminal(Array("\u{1B}[?1006l\u{1B}[?1000l".utf8))
        }
        if window != nil {
            _ = curs_set(1)
            endwin()
        }
        CrashGuard.disarm()
        for job in channel.takeForeground() { job(false) }
        if let screen { delscreen(screen) }
        screen = nil
        window = nil
        painter = nil
        channel.continuation.finish()
    }
}
