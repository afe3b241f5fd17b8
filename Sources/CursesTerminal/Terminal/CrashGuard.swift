import CNcursesw
import CTerminalGuard
import Glibc

/// Gives the terminal back when the process dies of a fatal signal (SIGSEGV, SIGBUS, SIGILL,
/// SIGTRAP, SIGABRT, SIGFPE) while curses owns it, and sends the crash report to a file instead
/// of the screen.
///
/// The handler is C (`CTerminalGuard`): only async-signal-safe calls on memory prepared before it
/// is installed. This type feeds it from the terminal thread: the terminal modes before `newterm`,
/// then the escape sequences that undo what curses did (from terminfo, for this terminal) and the
/// crash folder, then arms it; `disarm` puts back the handlers it replaced (Swift's backtracer).
enum CrashGuard {
    /// Remembers the terminal's modes (termios). Call before curses changes them.
    static func saveTerminal() {
        _ = tg_save_terminal(STDOUT_FILENO)
    }

    /// Installs the handler. `crashDirectory` (an existing private folder) receives
    /// `crash-<time>-<pid>.log`; nil means the report is discarded (never shown). Swift's
    /// backtracer runs after it only when `chainBacktracer` (see `BacktraceEnvironment`).
    static func arm(crashDirectory: String?, chainBacktracer: Bool) {
        let bytes = restoreBytes()
        let chain: Int32 = chainBacktracer ? 1 : 0
        let prepared = bytes.withUnsafeBufferPointer { buffer -> Int32 in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let crashDirectory {
                    return crashDirectory.withCString { tg_prepare(chars.baseAddress, chars.count, $0, chain) }
                }
                return tg_prepare(chars.baseAddress, chars.count, nil, chain)
            }
        }
        guard prepared == 0 else { return }
        _ = tg_arm()
    }

    /// Puts back the handlers `arm` replaced.
    static func disarm() { tg_disarm() }

    /// True while the handler is installed.
    static var isArmed: Bool { tg_is_armed() != 0 }

    /// What undoes curses' changes to the screen, in the order that leaves the shell's screen
    /// clean: attributes off (sgr0), cursor visible (cnorm), keypad transmit off (rmkx), leave the
    /// alternate screen (rmcup). Terminfo's strings for this terminal, else the common sequences;
    /// a terminal without rmcup never entered an alternate screen.
    static func restoreBytes() -> [UInt8] {
        let wanted: [(capability: String, fallback: String)] = [
            ("sgr0", "\u{1B}[0m"), ("cnorm", "\u{1B}[?25h"), ("rmkx", ""), ("rmcup", ""),
        ]
        var out: [UInt8] = []
        for (capability, fallback) in wanted {
            if let value = capability.withCString({ cn_string_capability($0) }) {
                let count = strlen(value)
                out += withoutPadding(value.withMemoryRebound(to: UInt8.self, capacity: count) { Array(UnsafeBufferPointer(start: $0, count: count)) })
            } else {
                out += Array(fallback.utf8)
            }
        }
        return out.count <= 256 ? out : Array("\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l".utf8)
    }

    /// Terminfo strings may carry padding delays (`$<5>`, `$<2*/>`), which tputs would turn into
    /// waits; written raw they would be printed. They are dropped.
    static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "$"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "<"),
               let close = bytes[(i + 2)...].firstIndex(of: UInt8(ascii: ">")) {
                i = close + 1
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }

    /// The crash report's file name for a time and process, as the handler makes it
    /// (`crash-20261130T123456Z-4242.log`).
    static func crashFileName(seconds: Int64, pid: Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: 64)
        let length = buffer.withUnsafeMutableBufferPointer { tg_format_crash_name(seconds, Int(pid), $0.baseAddress, $0.count) }
        guard length > 0 else { return nil }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
