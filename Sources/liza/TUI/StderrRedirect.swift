import Foundation

/// Points file descriptor 2 at a file (created in the state directory, or /dev/null) and puts
/// the original back on `restore()`.
final class StderrRedirect: Sendable {
    private let saved: Int32

    init(to path: String) {
        saved = dup(STDERR_FILENO)
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
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
