import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's standard streams and what they are connected to.
///
/// Output decisions (tables or tab-separated rows, bold headers, pretty JSON, prompts) follow
/// whether stdout/stderr/stdin are terminals, read once at start-up. Writes go straight to the
/// file descriptors so streamed output (NDJSON pages, the connect URL) appears immediately,
/// and a whole table is written at once.
struct Console: Sendable {
    let stdoutIsTTY: Bool
    let stderrIsTTY: Bool
    let stdinIsTTY: Bool
    /// Bold headers and other styling: stdout is a terminal and NO_COLOR is unset or empty.
    let styled: Bool
    /// Columns available on stdout's terminal (80 when unknown).
    let width: Int

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        stdoutIsTTY = isatty(STDOUT_FILENO) == 1
        stderrIsTTY = isatty(STDERR_FILENO) == 1
        stdinIsTTY = isatty(STDIN_FILENO) == 1
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        styled = stdoutIsTTY && !noColor && environment["TERM"] != "dumb"
        width = Self.terminalWidth(environment: environment)
    }

    /// Writes `text` to stdout as is.
    func out(_ text: String) { Self.emit(text, to: STDOUT_FILENO) }
    /// Writes `text` and a newline to stdout.
    func line(_ text: String = "") { out(text + "\n") }
    /// Writes raw bytes to stdout (passthrough bodies when piped).
    func outBytes(_ bytes: [UInt8]) { Self.emit(bytes, to: STDOUT_FILENO) }
    /// Writes `text` and a newline to stderr.
    func err(_ text: String) { Self.emit(text + "\n", to: STDERR_FILENO) }
    /// A warning on stderr: `liza: warning: …`.
    func warn(_ text: String) { err("liza: warning: \(text)") }

    /// Bold, when styling is on.
    func bold(_ text: String) -> String { styled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    /// Dim, when styling is on.
    func dim(_ text: String) -> String { styled ? "\u{1B}[2m\(text)\u{1B}[0m" : text }

    static func emit(_ text: String, to fd: Int32) { emit(Array(text.utf8), to: fd) }

    static func emit(_ bytes: [UInt8], to fd: Int32) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { raw in write(fd, raw.baseAddress, raw.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += n
        }
    }

    private static func terminalWidth(environment: [String: String]) -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        // COLUMNS is the user's: bounded, so width arithmetic downstream cannot overflow.
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return min(columns, 10_000) }
        return 80
    }
}
