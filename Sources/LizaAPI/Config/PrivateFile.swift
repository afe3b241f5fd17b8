import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way liza writes a file that only its owner may read (credentials, passthrough
/// history, anything in the state folder), and creates the folders such files live in.
///
/// A write never exposes the content, never leaves a half-written file and never collides with
/// another liza writing the same file:
/// 1. `mkstemp` creates a temporary file with a unique name *in the target's folder* (so the
///    final `rename` stays on one file system), already mode 0600; `fchmod` makes that explicit
///    before the first byte is written, whatever the umask;
/// 2. the bytes are written and `fsync`ed, so a crash cannot leave an empty file behind the rename;
/// 3. `rename` replaces the target atomically (readers see the old or the new file, never a mix);
/// 4. on any failure the temporary file is removed.
public enum PrivateFile {
    /// Writes `bytes` to `path` as described above, creating its folder (0700) when missing.
    public static func write(_ bytes: [UInt8], to path: String) throws(PrivateFileError) {
        try write(bytes, to: path, afterCreate: nil)
    }

    /// Writes `text` as UTF-8 (see `write(_:to:)`).
    public static func write(_ text: String, to path: String) throws(PrivateFileError) {
        try write(Array(text.utf8), to: path, afterCreate: nil)
    }

    /// `afterCreate` sees the temporary file's path once its mode is set and before anything is
    /// written (tests check its mode there).
    static func write(_ bytes: [UInt8], to path: String, afterCreate: ((String) -> Void)?) throws(PrivateFileError) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        guard !name.isEmpty, !directory.isEmpty else { throw PrivateFileError(path: path, operation: "write", code: EINVAL) }
        try makeDirectory(directory)

        // A dot name, so listings and globs (`*.json`, `crash-*.log`) skip a temporary file.
        var template = Array((directory + "/." + name + ".XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else { throw PrivateFileError(path: directory, operation: "create a file in", code: errno) }
        let temporary = template.withUnsafeBufferPointer { buffer in
            String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        var isOpen = true
        var committed = false
        defer {
            if isOpen { close(fd) }
            if !committed { unlink(temporary) }
        }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        guard fchmod(fd, 0o600) == 0 else { throw PrivateFileError(path: temporary, operation: "set mode 0600 on", code: errno) }
        afterCreate?(temporary)

        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { raw in systemWrite(fd, raw.baseAddress, raw.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw PrivateFileError(path: path, operation: "write", code: errno)
            }
            written += n
        }
        guard fsync(fd) == 0 else { throw PrivateFileError(path: path, operation: "flush", code: errno) }
        isOpen = false
        guard close(fd) == 0 else { throw PrivateFileError(path: path, operation: "close", code: errno) }
        guard rename(temporary, path) == 0 else { throw PrivateFileError(path: path, operation: "replace", code: errno) }
        committed = true
        // The rename itself is durable once the folder is flushed; a failure here loses nothing
        // that was promised, so it is not reported.
        let dirFD = systemOpen(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirFD >= 0 {
            _ = fsync(dirFD)
            close(dirFD)
        }
    }

    /// Creates `directory` and any missing parents with mode 0700 (XDG asks for that when the
    /// base folders do not exist), and makes `directory` itself 0700 when it exists with a wider
    /// mode (an older liza created the state folder 0755). Existing parents are left alone: they
    /// are the user's (`~/.local/state`), not liza's.
    public static func makeDirectory(_ directory: String) throws(PrivateFileError) {
        var info = stat()
        if stat(directory, &info) != 0 {
            guard errno == ENOENT else { throw PrivateFileError(path: directory, operation: "inspect", code: errno) }
            let parent = (directory as NSString).deletingLastPathComponent
            if !parent.isEmpty, parent != directory, stat(parent, &info) != 0 {
                guard errno == ENOENT else { throw PrivateFileError(path: parent, operation: "inspect", code: errno) }
                try makeMissingParents(parent)
            }
            if mkdir(directory, 0o700) != 0, errno != EEXIST {
                throw PrivateFileError(path: directory, operation: "create", code: errno)
            }
            guard stat(directory, &info) == 0 else { throw PrivateFileError(path: directory, operation: "inspect", code: errno) }
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw PrivateFileError(path: directory, operation: "use as a folder", code: ENOTDIR) }
        if info.st_mode & 0o077 != 0 {
            guard chmod(directory, 0o700) == 0 else { throw PrivateFileError(path: directory, operation: "make private (mode 0700)", code: errno) }
        }
    }

    /// `mkdir -p` with mode 0700 for folders that do not exist yet.
    private static func makeMissingParents(_ directory: String) throws(PrivateFileError) {
        var info = stat()
        if stat(directory, &info) == 0 { return }
        let parent = (directory as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != directory { try makeMissingParents(parent) }
        if mkdir(directory, 0o700) != 0, errno != EEXIST {
            throw PrivateFileError(path: directory, operation: "create", code: errno)
        }
    }

    /// A file's permission bits, or nil when it cannot be examined.
    public static func mode(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }
}

/// A private file or folder could not be written or created.
public struct PrivateFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file or folder concerned.
    public var path: String
    /// What was being done, as a verb phrase ("write", "create", "make private (mode 0700)").
    public var operation: String
    /// The `errno` of the failed call.
    public var code: Int32

    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    /// `could not write /path: No space left on device`.
    public var description: String { "could not \(operation) \(path): \(String(cString: strerror(code)))" }
}

// The C calls under names that `PrivateFile.write` does not shadow.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }
