import Foundation
import LizaTesting
import Testing

/// `liza sandbox` as a real process: the built binary next to the test bundle.
@Suite struct SandboxCommandTests {
    struct Timeout: Error {}

    static func lizaBinary() throws -> URL {
        var candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent()) }
        // Fallback: <package>/.build/debug, from this file's location.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug"))
        for dir in candidates {
            let url = dir.appendingPathComponent("liza")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw TestFailure("the liza binary was not found next to the tests (\(candidates.map(\.path)))")
    }

    /// Runs `liza` with `arguments`; returns the process and its stdout/stderr pipes.
    static func launch(_ arguments: [String]) throws -> (Process, Pipe, Pipe) {
        let p = Process()
        p.executableURL = try lizaBinary()
        p.arguments = arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        return (p, out, err)
    }

    /// The first line the process writes, or Timeout (the process is then killed).
    static func firstLine(_ process: Process, _ pipe: Pipe, within seconds: Double = 60) async throws -> String {
        try await withThrowingTaskGroup(of: String.self) { group in
            group.addTask {
                await withCheckedContinuation { continuation in
                    DispatchQueue.global().async {
                        var data = Data()
                        while !data.contains(0x0A) {
                            let chunk = pipe.fileHandleForReading.availableData
                            if chunk.isEmpty { break }
                            data.append(chunk)
                        }
                        let text = String(decoding: data, as: UTF8.self)
                        continuation.resume(returning: String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""))
                    }
                }
            }
            group.addTask {
                try await Task.sleep(for: .seconds(seconds))
                process.terminate()
                throw Timeout()
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw Timeout() }
            return first
        }
    }

    /// Waits for the process to exit (deadline `seconds`) and returns its status.
    static func exitStatus(_ process: Process, within seconds: Double = 30) async throws -> Int32 {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while process.isRunning {
            guard ContinuousClock.now < deadline else { process.interrupt(); throw Timeout() }
            try await Task.sleep(for: .milliseconds(20))
        }
        return process.terminationStatus
    }

    @Test func runsPrintsTheURLServesAndStopsOnSIGTERM() async throws {
        let (process, out, _) = try Self.launch(["sandbox", "--port", "0", "--token", "t", "--records", "5"])
        let line = try await Self.firstLine(process, out)
        let prefix = "listening on http://127.0.0.1:"
        #expect(line.hasPrefix(prefix), "\(line)")
        let port = try #require(Int(line.dropFirst(prefix.count)))
        #expect(port > 0)

        // One real request against it, with the raw client from a test sandbox's helper.
        let helper = try await TestSandbox.start()
        let r = try await helper.request("GET", "http://127.0.0.1:\(port)/api/v1/integrations/connections", auth: .bearer("t"))
        let denied = try await helper.request("GET", "http://127.0.0.1:\(port)/api/v1/integrations", auth: .bearer("demo"))
        await helper.stop()
        #expect(r.status == 200)
        #expect(r.text.contains("hubspot"))
        #expect(denied.status == 401)

        process.terminate()  // SIGTERM
        #expect(try await Self.exitStatus(process) == 0)
    }

    @Test func stopsCleanlyOnSIGINT() async throws {
        let (process, out, _) = try Self.launch(["sandbox", "--port", "0", "--envelope", "items", "--latency", "5+-5"])
        let line = try await Self.firstLine(process, out)
        #expect(line.hasPrefix("listening on http://127.0.0.1:"))
        process.interrupt()  // SIGINT
        #expect(try await Self.exitStatus(process) == 0)
    }

    @Test(arguments: [
        (["sandbox", "--port", "abc"], "port"),
        (["sandbox", "--port", "70000"], "--port must be between 0 and 65535"),
        (["sandbox", "--error-rate", "2"], "--error-rate must be between 0 and 1"),
        (["sandbox", "--drop-rate", "-0.1"], "--drop-rate"),
        (["sandbox", "--envelope", "xml"], "envelope"),
        (["sandbox", "--latency", "fast"], "latency"),
        (["sandbox", "--records", "-1"], "--records"),
        (["sandbox", "--bogus"], "bogus"),
    ])
    func badFlagsExit2WithAMessage(_ arguments: [String], _ expected: String) async throws {
        let (process, _, err) = try Self.launch(arguments)
        let status = try await Self.exitStatus(process)
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(status == 2, "\(arguments): \(message)")
        #expect(message.contains(expected), "\(message)")
    }
}
