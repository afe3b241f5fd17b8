import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP proxy on 127.0.0.1 for proxy tests: it answers `CONNECT host:port` by opening a
/// tunnel (to loopback targets only) and counts the tunnels it opened. With `credentials`, a
/// CONNECT without the matching `Proxy-Authorization: Basic …` gets a 407. Any other method
/// (a forwarded absolute-form request) is answered 501 and counted in `otherRequests`.
///
/// Plain sockets on threads of its own (never the concurrency pool): one thread accepts, two
/// per tunnel copy bytes until either side closes.
public final class TestConnectProxy: Sendable {
    public let port: Int
    private let listener: Int32
    private let expectedAuthorization: String?
    private let counters = Mutex(Counters())

    struct Counters {
        var tunnels: [String] = []
        var refused = 0
        var other = 0
        var authorizations: [String?] = []
        var stopped = false
    }

    /// Starts listening on a free port; `credentials` ("user:pass") makes it demand Basic auth.
    public init(credentials: String? = nil) throws {
        let (fd, port) = try LoopbackSocket.listening()
        listener = fd
        self.port = port
        expectedAuthorization = credentials.map { "Basic " + Data($0.utf8).base64EncodedString() }
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// `http://127.0.0.1:PORT`, or with `user:pass@` when given.
    public func url(credentials: String? = nil) -> String {
        "http://\(credentials.map { $0 + "@" } ?? "")127.0.0.1:\(port)"
    }

    /// The `host:port` of every tunnel opened, in order.
    public var tunnels: [String] { counters.withLock { $0.tunnels } }
    /// CONNECTs answered 407 (missing or wrong credentials).
    public var refusedCount: Int { counters.withLock { $0.refused } }
    /// Requests that were not CONNECT.
    public var otherRequests: Int { counters.withLock { $0.other } }
    /// The `Proxy-Authorization` header of each CONNECT (nil when absent).
    public var authorizations: [String?] { counters.withLock { $0.authorizations } }

    /// Stops accepting connections (open tunnels end when their peers close).
    ///
    /// Only wakes the accept thread; that thread closes the socket when it leaves, so the
    /// descriptor number cannot be reused by another test while it may still call `accept`.
    public func stop() {
        counters.withLock { $0.stopped = true }
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private func acceptLoop() {
        defer { Glibc.close(listener) }
        while !counters.withLock({ $0.stopped }) {
            var pfd = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, 200) >= 0 else { return }
            guard pfd.revents & Int16(POLLIN) != 0, !counters.withLock({ $0.stopped }) else { continue }
            let client = Glibc.accept(listener, nil, nil)
            guard client >= 0 else { return }
            Thread.detachNewThread { [self] in handle(client) }
        }
    }

    private func handle(_ client: Int32) {
        guard let (head, extra) = Self.readHead(client) else { Glibc.close(client); return }
        let lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.first?.split(separator: " ").map(String.init) ?? []
        let authorization = lines.dropFirst().first { $0.lowercased().hasPrefix("proxy-authorization:") }
            .map { String($0.dropFirst("proxy-authorization:".count)).trimmingCharacters(in: .whitespaces) }
        guard requestLine.count == 3, requestLine[0] == "CONNECT" else {
            counters.withLock { $0.other += 1 }
            Self.send(client, "HTTP/1.1 501 Not Implemented\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            Glibc.close(client)
            return
        }
        counters.withLock { $0.authorizations.append(authorization) }
        if let expectedAuthorization, authorization != expectedAuthorization {
            counters.withLock { $0.refused += 1 }
            Self.send(client, "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            Glibc.close(client)
            return
        }
        let target = requestLine[1]
        guard let upstream = Self.connectLoopback(target) else {
            Self.send(client, "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            Glibc.close(client)
            return
        }
        counters.withLock { $0.tunnels.append(target) }
        Self.send(client, "HTTP/1.1 200 Connection established\r\n\r\n")
        if !extra.isEmpty { Self.send(upstream, extra) }
        let done = DispatchGroup()
        done.enter()
        Thread.detachNewThread {
            Self.pump(from: upstream, to: client)
            done.leave()
        }
        Self.pump(from: client, to: upstream)
        done.wait()
        Glibc.close(client)
        Glibc.close(upstream)
    }

    /// Copies until `from` reaches EOF or fails, then half-closes `to`.
    private static func pump(from: Int32, to: Int32) {
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let n = read(from, &buffer, buffer.count)
            guard n > 0 else { break }
            send(to, Array(buffer[0..<n]))
        }
        shutdown(to, Int32(SHUT_WR))
    }

    /// Connects to `host:port` when host is a loopback name or address; nil otherwise.
    private static func connectLoopback(_ target: String) -> Int32? {
        guard let colon = target.lastIndex(of: ":"), let port = UInt16(target[target.index(after: colon)...]) else { return nil }
        let host = target[..<colon]
        guard host == "localhost" || host == "127.0.0.1" else { return nil }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else { Glibc.close(fd); return nil }
        return fd
    }

    /// The request head (up to the blank line) and any bytes read after it.
    private static func readHead(_ fd: Int32) -> (String, [UInt8])? {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while data.count < 65_536 {
            let n = read(fd, &buffer, buffer.count)
            guard n > 0 else { return nil }
            data.append(contentsOf: buffer[0..<n])
            if data.count >= 4 {
                for i in 0...(data.count - 4) where data[i] == 13 && data[i + 1] == 10 && data[i + 2] == 13 && data[i + 3] == 10 {
                    return (String(decoding: data[..<i], as: UTF8.self), Array(data[(i + 4)...]))
                }
            }
        }
        return nil
    }

    private static func send(_ fd: Int32, _ text: String) { send(fd, Array(text.utf8)) }

    private static func send(_ fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { return }
            offset += n
        }
    }
}
