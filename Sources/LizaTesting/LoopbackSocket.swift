import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The listening socket every raw test server starts from (the hostile server, the CONNECT
/// proxy, the scripted and raw servers of the transport tests): 127.0.0.1 only, a free port,
/// close-on-exec so a binary a test spawns at the same moment never inherits it.
public enum LoopbackSocket {
    /// A listening socket on 127.0.0.1 with a free port; returns (fd, port).
    public static func listening() throws -> (fd: Int32, port: Int) {
        try bound(listen: true)
    }

    /// A port that refuses connections for as long as `fd` stays open: bound, never listening.
    /// (A server stopped to free its port is no such thing: a test running beside it may bind
    /// the same port a moment later.)
    public static func refusing() throws -> (fd: Int32, port: Int) {
        try bound(listen: false)
    }

    private static func bound(listen shouldListen: Bool) throws -> (fd: Int32, port: Int) {
        let fd = socket(AF_INET, HostileSocket.streamType, 0)
        guard fd >= 0 else { throw LoopbackSocketError(call: "socket", errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, !shouldListen || listen(fd, 128) == 0 else {
            let code = errno
            close(fd)
            throw LoopbackSocketError(call: "bind/listen", code)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else {
            let code = errno
            close(fd)
            throw LoopbackSocketError(call: "getsockname", code)
        }
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }
}

/// A socket call that failed while setting up a test listener.
public struct LoopbackSocketError: Error, CustomStringConvertible {
    public let call: String
    public let code: Int32
    public init(call: String, _ code: Int32) {
        self.call = call
        self.code = code
    }
    public var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
}
