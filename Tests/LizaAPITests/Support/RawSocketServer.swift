import Foundation
import LizaTesting
#if canImport(Glibc)
import Glibc
#endif

/// A minimal TCP listener on 127.0.0.1 for transport tests, written against the socket API
/// directly so it can misbehave on purpose: never answer, close mid-response, send too much.
/// Blocking calls run on their own threads, never on the concurrency pool (nor on Dispatch's
/// width-limited global queue).
final class RawSocketServer: Sendable {
    let port: Int
    private let listener: Int32

    init() throws {
        let (fd, port) = try LoopbackSocket.listening()
        listener = fd
        self.port = port
    }

    /// Stops listening: later connects are refused.
    func stop() { Glibc.close(listener) }

    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Accepts one connection (waiting up to `timeout` seconds).
    func accept(timeout: Double = 10) async -> Int32? {
        let listener = self.listener
        return await Self.blocking {
            var pfd = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, Int32(timeout * 1000)) == 1 else { return nil }
            let fd = Glibc.accept(listener, nil, nil)
            return fd >= 0 ? fd : nil
        }
    }

    /// Reads one HTTP request (head plus a `Content-Length` body) from `fd`.
    static func readRequest(_ fd: Int32, timeout: Double = 10) async -> String {
        await blocking {
            var data: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                if let end = headEnd(data) {
                    let head = String(decoding: data[..<end], as: UTF8.self).lowercased()
                    let length = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                        .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters()) } ?? 0
                    if data.count >= end + 4 + length { break }
                }
                var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&pfd, 1, Int32(timeout * 1000)) == 1 else { break }
                let n = read(fd, &buffer, buffer.count)
                guard n > 0 else { break }
                data.append(contentsOf: buffer[0..<n])
            }
            return String(decoding: data, as: UTF8.self)
        }
    }

    static func write(_ fd: Int32, _ text: String) async {
        await write(fd, Array(text.utf8))
    }

    static func write(_ fd: Int32, _ bytes: [UInt8]) async {
        await blocking {
            var offset = 0
            while offset < bytes.count {
                let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
                guard n > 0 else { return }
                offset += n
            }
        }
    }

    static func close(_ fd: Int32) {
        _ = Glibc.close(fd)
    }

    private static func headEnd(_ data: [UInt8]) -> Int? {
        guard data.count >= 4 else { return nil }
        for i in 0...(data.count - 4) where data[i] == 13 && data[i + 1] == 10 && data[i + 2] == 13 && data[i + 3] == 10 {
            return i
        }
        return nil
    }

    private static func blocking<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> Substring {
        var s = self
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }
}
