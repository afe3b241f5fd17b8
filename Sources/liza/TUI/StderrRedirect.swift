import Foundation

/// Points file descriptor 2 at a file (`tui.log` in the state folder, which the caller has
/// created private; nil or a failure: /dev/null) and puts the original back on `restore()`.
final class StderrRedirect: Sendable {
    private let saved: Int32

    init(to path: String?) {
        saved = dup(STDERR_FILENO)
        var fd: Int32 = path.map { open($0, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600) } ?? -1
        if fd >= 0 { _ = fchmod(fd, 0o600) }
        if fd < 0 { fd = open("/dev/null", O_WRONLY) }
        if fd >= 0 {
            dup2(fd, STDERR_FILENO)
            close(fd)
        }
    }

    func restore() {
        guard saved >= 0 else { return }
        dup2(saved, STDERR_FILENO)
    }
}
