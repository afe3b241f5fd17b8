import Foundation
import LizaTesting
#if canImport(Glibc)
import Glibc
#endif

/// A loopback HTTP server that answers every connection with a fixed script of bytes, and can
/// then keep the connection open without a word (a stalled body) — what the timeout and
/// redaction tests of the real binary need. Blocking socket calls run on their own threads.
final class ScriptedHTTPServer: Sendable {
    let port: Int
    private let listener: Int32

    /// `reply` is written after each request head; with `stall`, the connection then stays
    /// open (until the server stops) instead of being closed.
    init(reply: String, stall: Bool) throws {
        let (fd, port) = try LoopbackSocket.listening()
        listener = fd
        self.port = port
        let bytes = Array(reply.utf8)
        Thread.detachNewThread {
            while true {
                let client = Glibc.accept(fd, nil, nil)
                guard client >= 0 else { return }
                Thread.detachNewThread { Self.serve(client, bytes, stall: stall) }
            }
        }
    }

    var baseURL: String { "http://127.0.0.1:\(port)/api" }

    /// Stops accepting (the accept loop ends); stalled connections close with the process or
    /// when their peer gives up.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        Glibc.close(listener)
    }

    private static func serve(_ fd: Int32, _ reply: [UInt8], stall: Bool) {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !data.contains(subsequence: [13, 10, 13, 10]) {
            let n = read(fd, &buffer, buffer.count)
            guard n > 0 else {
                Glibc.close(fd)
                return
            }
            data.append(contentsOf: buffer[0..<n])
        }
        var offset = 0
        while offset < reply.count {
            let n = reply[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            offset += n
        }
        if stall {
            // Wait for the client to hang up (read returns 0 or fails), never answering more.
            while read(fd, &buffer, buffer.count) > 0 {}
        }
        Glibc.close(fd)
    }
}

extension Array where Element == UInt8 {
    fileprivate func contains(subsequence: [UInt8]) -> Bool {
        guard count >= subsequence.count else { return false }
        for i in 0...(count - subsequence.count) where self[i..<(i + subsequence.count)].elementsEqual(subsequence) { return true }
        return false
    }
}
