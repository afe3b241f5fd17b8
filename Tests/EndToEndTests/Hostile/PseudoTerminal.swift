#if canImport(Glibc)
import Glibc

/// Pseudo-terminal and pipe creation, close-on-exec from the start.
///
/// glibc has these functions, but Glibc's module map hides their declarations (they need
/// `_XOPEN_SOURCE` / `_GNU_SOURCE`), so they are declared here by their C names.
enum PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A new pseudo-terminal: (master, slave), both close-on-exec.
    static func open() throws -> (Int32, Int32) {
        let master = c_posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw Failure(description: "posix_openpt: errno \(errno)") }
        var name = [CChar](repeating: 0, count: 128)
        guard c_grantpt(master) == 0, c_unlockpt(master) == 0, c_ptsname_r(master, &name, name.count) == 0 else {
            close(master)
            throw Failure(description: "grantpt/unlockpt/ptsname_r: errno \(errno)")
        }
        let path = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let slave = Glibc.open(path, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else {
            close(master)
            throw Failure(description: "open \(path): errno \(errno)")
        }
        return (master, slave)
    }

    static func pipe2(_ fds: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32 { c_pipe2(fds, flags) }
}

@_silgen_name("posix_openpt") private func c_posix_openpt(_ flags: Int32) -> Int32
@_silgen_name("grantpt") private func c_grantpt(_ fd: Int32) -> Int32
@_silgen_name("unlockpt") private func c_unlockpt(_ fd: Int32) -> Int32
@_silgen_name("ptsname_r") private func c_ptsname_r(_ fd: Int32, _ buffer: UnsafeMutablePointer<CChar>, _ length: Int) -> Int32
@_silgen_name("pipe2") private func c_pipe2(_ fds: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32
#endif
