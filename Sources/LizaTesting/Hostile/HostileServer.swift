import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A deliberately misbehaving HTTP server on loopback, for testing that liza survives a
/// hostile network: it writes raw bytes on plain POSIX sockets (one thread per connection),
/// so it can do what no HTTP framework lets a server do — stall, drip, lie about lengths,
/// break the status line, reset.
///
/// The misbehaviour is chosen by the first path segment: point the client at
/// `baseURL(for: .slowDrip)` (`http://127.0.0.1:PORT/slow-drip/api`) and every endpoint under
/// it answers that way, in the endpoint's own shape (see `HostileMisbehaviour`). A second
/// listener, the canary, answers only to followed redirects: `canaryHits` must stay 0.
///
/// ```swift
/// let server = try HostileServer()
/// defer { server.stop() }
/// // LIZA_BASE_URL=server.baseURL(for: .escapeSequences) liza integrations
/// ```
public final class HostileServer: Sendable {
    /// The port of the API listener.
    public let port: Int
    /// The port of the canary listener (the target of `redirect-to-canary`).
    public let canaryPort: Int
    private let shared: Shared

    /// State shared with the server's threads (which do not keep the server itself alive).
    final class Shared: Sendable {
        struct State {
            var stopped = false
            var requests: [HostileRequest] = []
            var canaryHits: [String] = []
        }
        let state = Mutex(State())
        var isStopped: Bool { state.withLock { $0.stopped } }
    }

    /// Starts both listeners on 127.0.0.1 with free ports.
    public init() throws {
        let (listener, port) = try LoopbackSocket.listening()
        let canary: Int32
        let canaryPort: Int
        do {
            (canary, canaryPort) = try LoopbackSocket.listening()
        } catch {
            close(listener)
            throw error
        }
        self.port = port
        self.canaryPort = canaryPort
        let shared = Shared()
        self.shared = shared
        Self.acceptLoop(listener, shared: shared) { fd in Self.serve(fd, shared: shared, canaryPort: canaryPort) }
        Self.acceptLoop(canary, shared: shared) { fd in Self.serveCanary(fd, shared: shared) }
    }

    deinit { stop() }

    /// `http://127.0.0.1:PORT/<misbehaviour>/api`: a base URL whose every endpoint misbehaves so.
    public func baseURL(for misbehaviour: HostileMisbehaviour) -> String {
        "http://127.0.0.1:\(port)/\(misbehaviour.rawValue)/api"
    }

    /// Every request read so far, in arrival order.
    public var requests: [HostileRequest] { shared.state.withLock { $0.requests } }

    /// Request lines that reached the canary (a followed redirect). Should stay empty.
    public var canaryHits: [String] { shared.state.withLock { $0.canaryHits } }

    /// Stops accepting and ends every connection within about 100 ms. Idempotent.
    public func stop() {
        shared.state.withLock { $0.stopped = true }
    }

    // MARK: - Threads

    private static func acceptLoop(_ listener: Int32, shared: Shared, handle: @escaping @Sendable (Int32) -> Void) {
        let thread = Thread {
            defer { close(listener) }
            while !shared.isStopped {
                guard let fd = HostileSocket.accept(listener) else { continue }
                let worker = Thread {
                    defer { close(fd) }
                    handle(fd)
                }
                worker.start()
            }
        }
        thread.start()
    }

    private static func serve(_ fd: Int32, shared: Shared, canaryPort: Int) {
        let stopped = { shared.isStopped }
        guard let request = readRequest(fd, isStopped: stopped) else { return }
        shared.state.withLock { $0.requests.append(request) }
        let steps: [HostileStep]
        if let behaviour = HostileMisbehaviour(rawValue: request.behaviourName) {
            steps = behaviour.steps(for: request, canaryPort: canaryPort)
        } else {
            steps = [.send(HTTPWire.json(404, #"{"message":"unknown misbehaviour"}"#))]
        }
        for step in steps {
            switch step {
            case .send(let bytes):
                guard HostileSocket.send(fd, bytes, isStopped: stopped) else { return }
            case .drip(let bytes, let interval):
                for byte in bytes {
                    guard HostileSocket.send(fd, [byte], isStopped: stopped), hold(fd, seconds: interval, isStopped: stopped) else { return }
                }
            case .stall:
                _ = hold(fd, seconds: .infinity, isStopped: stopped)
                return
            case .reset:
                HostileSocket.reset(fd)
                return
            }
        }
        HostileSocket.finish(fd, isStopped: stopped)
    }

    private static func serveCanary(_ fd: Int32, shared: Shared) {
        let stopped = { shared.isStopped }
        guard let request = readRequest(fd, isStopped: stopped) else { return }
        shared.state.withLock { $0.canaryHits.append("\(request.method) \(request.target)") }
        _ = HostileSocket.send(fd, HTTPWire.json(200, #"{"canary":"a redirect was followed"}"#), isStopped: stopped)
        HostileSocket.finish(fd, isStopped: stopped)
    }

    /// Keeps the connection for `seconds` (or until the client closes it or the server stops);
    /// true when the time ran out with the client still there.
    private static func hold(_ fd: Int32, seconds: Double, isStopped: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds.isFinite ? seconds : 86_400 * 365)
        while Date() < deadline {
            switch HostileSocket.wait(fd, isStopped: isStopped) {
            case .stopped, .closed: return false
            case .readable: if HostileSocket.readSome(fd) == nil { return false }
            case .idle: continue
            }
        }
        return true
    }

    /// Reads one request: the head up to the blank line (at most 1 MiB), then `Content-Length`
    /// bytes of body. Nil when the client goes away, sends no head within 10 s, or the server stops.
    private static func readRequest(_ fd: Int32, isStopped: () -> Bool) -> HostileRequest? {
        var buffer: [UInt8] = []
        let deadline = Date().addingTimeInterval(10)
        let separator: [UInt8] = [13, 10, 13, 10]
        var headEnd: Int?
        while headEnd == nil {
            guard Date() < deadline, buffer.count < 1 << 20 else { return nil }
            switch HostileSocket.wait(fd, isStopped: isStopped) {
            case .stopped, .closed: return nil
            case .idle: continue
            case .readable:
                guard let chunk = HostileSocket.readSome(fd) else { return nil }
                buffer += chunk
                headEnd = buffer.firstRange(of: separator)?.lowerBound
            }
        }
        guard let end = headEnd else { return nil }
        let head = String(decoding: buffer[..<end], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = value
        }
        let length = min(Int(headers["content-length"] ?? "0") ?? 0, 16 << 20)
        var body = Array(buffer[(end + 4)...])
        while body.count < length {
            guard Date() < deadline else { return nil }
            switch HostileSocket.wait(fd, isStopped: isStopped) {
            case .stopped, .closed: return nil
            case .idle: continue
            case .readable:
                guard let chunk = HostileSocket.readSome(fd) else { return nil }
                body += chunk
            }
        }
        return HostileRequest(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers,
                              body: Array(body.prefix(length)))
    }
}
