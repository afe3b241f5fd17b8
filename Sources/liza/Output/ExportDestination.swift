import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where `liza export` writes: stdout, or a new file that is removed again if the export fails.
///
/// A file is created with `O_EXCL` (never replacing one unless `--force`), mode 0600 like
/// liza's other files of API data, and written directly (an export may be larger than memory).
struct ExportDestination: Sendable {
    let fd: Int32
    let path: String?
    let isTerminal: Bool

    static func open(_ path: String?, force: Bool) throws -> ExportDestination {
        guard let path else { return ExportDestination(fd: STDOUT_FILENO, path: nil, isTerminal: isatty(STDOUT_FILENO) == 1) }
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | (force ? O_TRUNC : O_EXCL)
        let fd = Glibc.open(path, flags, 0o600)
        guard fd >= 0 else {
            let reason = errno == EEXIST ? "it exists (add --force to replace it)" : String(cString: strerror(errno))
            throw CLIFailure("cannot write \(TerminalText.cell(path)): \(reason)", exitCode: ExitStatus.usage)
        }
        return ExportDestination(fd: fd, path: path, isTerminal: false)
    }

    /// Flushes and closes a file.
    func commit() throws {
        guard let path else { return }
        let synced = fsync(fd) == 0
        let closed = close(fd) == 0
        guard synced && closed else {
            unlink(path)
            throw CLIFailure("could not write \(TerminalText.cell(path)): \(String(cString: strerror(errno)))", exitCode: ExitStatus.apiError)
        }
    }

    /// Closes and removes a partial file.
    func abandon() {
        guard let path else { return }
        close(fd)
        unlink(path)
    }
}
