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

    /// Starts the sandbox on 127.0.0.1, a free port, token "demo", no server logging at all.
    ///
    /// The client talks to it directly, whatever `HTTPS_PROXY` & co. say: the shared transport
    /// has no proxy. With `verbose`, requests are logged to stderr (`tui.log` while the TUI runs).
    func start(observer: @escaping @Sendable (ClientEvent) -> Void, isSSH: Bool, verbose: Bool = false) async throws -> (any LizaService, SessionInfo) {
        var options = SandboxOptions()
        options.host = "127.0.0.1"
        options.port = 0
        options.token = "demo"
        options.logFile = nil
        let started = try await SandboxServer.start(options)
        let previous = server.withLock { s -> SandboxServer? in let p = s; s = started; return p }
        if let previous { await previous.stop() }
        var transport: any HTTPTransport = AsyncHTTPClientTransport.shared
        if verbose {
            transport = DebugLoggingTransport(base: transport, secrets: ["demo"]) { Console.emit($0, to: STDERR_FILENO) }
        }
        let client = LizaClient(baseURL: started.baseURL, token: "demo", transport: transport, observer: observer)
        let session = SessionInfo(host: "127.0.0.1:\(started.port)", profile: "demo", isDemo: true, tokenSource: "demo",
                                  tokenLast4: "demo", isSSH: isSSH)
        return (client, session)
    }

    func stop() async {
        let s = server.withLock { s -> SandboxServer? in let p = s; s = nil; return p }
        await s?.stop()
    }
}
