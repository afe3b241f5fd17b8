import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Blocking POSIX socket calls for the hostile server, each bounded so that a connection
/// thread notices within 100 ms that the server stopped or the client went away.
enum HostileSocket {
    /// What waiting on a connection ended with.
    enum Wait { case readable, closed, stopped, idle }

    #if canImport(Glibc)
    static let streamType = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
    static let noSignal = Int32(MSG_NOSIGNAL)
    #else
    static let streamType = SOCK_STREAM
    static let noSignal: Int32 = 0
    #endif

    /// Accepts one connection, or nil after 100 ms without one.
    static func accept(_ listener: Int32) -> Int32? {
        guard waitReadable(listener, milliseconds: 100) else { return nil }
        #if canImport(Glibc)
        let fd = lizaAccept4(listener, nil, nil, Int32(SOCK_CLOEXEC.rawValue))
        #else
        let fd = Darwin.accept(listener, nil, nil)
        #endif
        guard fd >= 0 else { return nil }
        // A send to a client that stopped reading gives up after a second, so a stopped
        // server is noticed even then.
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    static func waitReadable(_ fd: Int32, milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, milliseconds) > 0
    }

    /// Waits up to 100 ms for data or a close from the peer.
    static func wait(_ fd: Int32, isStopped: () -> Bool) -> Wait {
        if isStopped() { return .stopped }
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&entry, 1, 100)
        if ready <= 0 { return .idle }
        if entry.revents & Int16(POLLIN) == 0 { return .closed }
        return .readable
    }

    /// Reads what is there (at most 64 KiB); nil when the peer closed or failed.
    static func readSome(_ fd: Int32) -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        return Array(chunk.prefix(n))
    }

    /// Writes all of `bytes`; false when the peer is gone or the server stopped.
    static func send(_ fd: Int32, _ bytes: [UInt8], isStopped: () -> Bool) -> Bool {
        var offset = 0
        while offset < bytes.count {
            if isStopped() { return false }
            let n = bytes[offset...].withUnsafeBytes { raw in
                #if canImport(Glibc)
                Glibc.send(fd, raw.baseAddress, raw.count, noSignal)
                #else
                Darwin.send(fd, raw.baseAddress, raw.count, noSignal)
                #endif
            }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK { continue }
                return false
            }
            offset += n
        }
        return true
    }

    /// Closes with a reset: SO_LINGER with a zero timeout makes close() send RST.
    static func reset(_ fd: Int32) {
        var option = linger(l_onoff: 1, l_linger: 0)
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
    }

    /// An orderly end: no more writes, then wait (up to 2 s) for the client to close its side,
    /// so the last bytes are not lost to a reset caused by unread input.
    static func finish(_ fd: Int32, isStopped: () -> Bool) {
        shutdown(fd, Int32(SHUT_WR))
        for _ in 0..<20 {
            switch wait(fd, isStopped: isStopped) {
            case .closed, .stopped: return
            case .readable: if readSome(fd) == nil { return }
            case .idle: continue
            }
        }
    }
}

#if canImport(Glibc)
/// glibc's `accept4`, which Glibc's module map hides (it needs `_GNU_SOURCE`). The accepted
/// socket must be close-on-exec from the start: tests spawn processes concurrently, and a
/// child that inherited a connection would keep it open after the server closed it.
@_silgen_name("accept4")
private func lizaAccept4(_ fd: Int32, _ address: UnsafeMutablePointer<sockaddr>?, _ length: UnsafeMutablePointer<socklen_t>?,
                         _ flags: Int32) -> Int32
#endif

/// Why the hostile server could not start.
public enum HostileServerError: Error, CustomStringConvertible {
    case socket(String, Int32)

    public var description: String {
        switch self {
        case .socket(let call, let code): return "\(call) failed: \(String(cString: strerror(code)))"
        }
    }
}
