import Foundation
import LizaApp
import LizaAPI
import LizaHTTP
import LizaSandbox
import Synchronization

/// The in-process sandbox of `--demo` (or of "start the demo" on the welcome screen): one per
/// run, stopped when the TUI ends.
final class DemoSandbox: Sendable {
    private let server = Mutex<SandboxServer?>(nil)

    /// Starts the sandbox on 127.0.0.1, a free port, a fresh random token, no logging at all.
    ///
    /// The token is random (not `liza sandbox`'s default `demo`) because any local process can
    /// reach a loopback port: with a known token another user could drive, or try to crash,
    /// someone else's demo. The client talks to it directly, whatever `HTTPS_PROXY` & co. say:
    /// the shared transport has no proxy. With `verbose`, requests are logged to stderr
    /// (`tui.log` while the TUI runs). `readOnly` (the reason) refuses every write.
    func start(observer: @escaping @Sendable (ClientEvent) -> Void, isSSH: Bool, verbose: Bool = false,
               readOnly: String? = nil) async throws -> (any LizaService, SessionInfo) {
        let token = Self.randomToken()
        var options = SandboxOptions()
        options.host = "127.0.0.1"
        options.port = 0
        options.token = token
        options.logFile = nil
        let started = try await SandboxServer.start(options)
        let previous = server.withLock { s -> SandboxServer? in let p = s; s = started; return p }
        if let previous { await previous.stop() }
        var transport: any HTTPTransport = AsyncHTTPClientTransport.shared
        if verbose {
            transport = DebugLoggingTransport(base: transport, secrets: [token]) { Console.emit($0, to: STDERR_FILENO) }
        }
        let client = LizaClient(baseURL: try BaseURL(started.baseURL), token: token, transport: transport, observer: observer)
            .refusingWrites(readOnly)
        var session = SessionInfo(host: "127.0.0.1:\(started.port)", profile: "demo", isDemo: true, tokenSource: "demo",
                                  tokenLast4: String(token.suffix(4)), isSSH: isSSH)
        session.readOnly = readOnly
        session.baseURL = started.baseURL
        return (client, session)
    }

    /// 32 bytes from the system's cryptographic generator (getrandom on Linux), as 64 hex digits.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in
            let byte = UInt8.random(in: .min ... .max, using: &generator)
            return String(byte >> 4, radix: 16) + String(byte & 0x0F, radix: 16)
        }.joined()
    }

    func stop() async {
        let s = server.withLock { s -> SandboxServer? in let p = s; s = nil; return p }
        await s?.stop()
    }
}
