import Foundation
import Synchronization

/// Runs the built `liza` binary as a subprocess with a controlled environment.
///
/// The binary sits next to the test bundle (`.build/<config>/liza`). Each runner has its own
/// temporary HOME / XDG directories, so nothing touches the real user's configuration, and
/// stdout/stderr are pipes, so liza behaves as it does in scripts (no TTY).
final class CLIRunner: Sendable {
    struct Result: Sendable {
        let exitCode: Int32
        let stdout: String
        let stderr: String
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
    }

    let root: String
    let environment: [String: String]

    /// `baseURL`/`token` go into LIZA_BASE_URL / LIZA_TOKEN when given.
    init(baseURL: String?, token: String?) throws {
        root = FileManager.default.temporaryDirectory.path + "/liza-cli-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/home", withIntermediateDirectories: true)
        var env = [
            "HOME": root + "/home",
            "XDG_CONFIG_HOME": root + "/config",
            "XDG_STATE_HOME": root + "/state",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "LANG": "C.UTF-8",
        ]
        if let baseURL { env["LIZA_BASE_URL"] = baseURL }
        if let token { env["LIZA_TOKEN"] = token }
        environment = env
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    var credentialsFile: String { root + "/config/liza/credentials.toml" }

    /// The `liza` executable built alongside the tests.
    static func binary() throws -> String {
        let candidates = [
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments.first ?? ".").deletingLastPathComponent(),
        ]
        for directory in candidates {
            // The bundle may be a directory (…/lizaPackageTests.xctest) or a file inside one.
            for dir in [directory, directory.deletingLastPathComponent()] {
                let path = dir.appendingPathComponent("liza").path
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        throw CLIRunnerError.binaryNotFound
    }

    /// Runs `liza arguments…`, feeding `stdin` (or an empty stdin), waiting up to `timeout` seconds.
    func run(_ arguments: [String], stdin: String? = nil, extraEnvironment: [String: String] = [:],
             removing: [String] = [], timeout: Double = 60) async throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.binary())
        process.arguments = arguments
        var env = environment.merging(extraEnvironment) { $1 }
        for key in removing { env[key] = nil }
        process.environment = env
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = inPipe
        try process.run()
        // `write(contentsOf:)` throws where `write(_:)` traps: a program that exits without reading
        // its stdin closes the pipe (EPIPE), which is its business, not a crash of the test run.
        if let stdin { try? inPipe.fileHandleForWriting.write(contentsOf: Data(stdin.utf8)) }
        try inPipe.fileHandleForWriting.close()

        // Drain both pipes while the process runs, so a large output cannot block it.
        async let out = Self.readAll(outPipe.fileHandleForReading)
        async let err = Self.readAll(errPipe.fileHandleForReading)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                throw CLIRunnerError.timedOut(arguments)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        let stdout = await out, stderr = await err
        return Result(exitCode: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// Runs `liza arguments…` with stdin left open: when the first line of stdout arrives,
    /// `afterFirstLine` runs with it, then a newline is written to stdin and stdin is closed
    /// (what a user pressing Enter does for `liza connect --wait`).
    func runAnsweringFirstLine(_ arguments: [String], timeout: Double = 60,
                               afterFirstLine: (String) async throws -> Void) async throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.binary())
        process.arguments = arguments
        process.environment = environment
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = inPipe
        try process.run()

        let collected = Mutex(Data())
        let reader = outPipe.fileHandleForReading
        let done = Mutex(false)
        Thread.detachNewThread {
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                collected.withLock { $0.append(chunk) }
            }
            done.withLock { $0 = true }
        }
        async let err = Self.readAll(errPipe.fileHandleForReading)

        let deadline = Date().addingTimeInterval(timeout)
        var firstLine: String?
        while firstLine == nil {
            let text = collected.withLock { String(decoding: $0, as: UTF8.self) }
            if let newline = text.firstIndex(of: "\n") {
                firstLine = String(text[..<newline])
            } else if !process.isRunning || Date() > deadline {
                process.terminate()
                throw CLIRunnerError.timedOut(arguments)
            } else {
                try await Task.sleep(for: .milliseconds(20))
            }
        }
        try await afterFirstLine(firstLine ?? "")
        // The program may have finished without reading (it did not need the Enter): EPIPE is fine.
        try? inPipe.fileHandleForWriting.write(contentsOf: Data("\n".utf8))
        try inPipe.fileHandleForWriting.close()

        while process.isRunning || !done.withLock({ $0 }) {
            if Date() > deadline {
                process.terminate()
                throw CLIRunnerError.timedOut(arguments)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        let stdout = collected.withLock { String(decoding: $0, as: UTF8.self) }
        return Result(exitCode: process.terminationStatus, stdout: stdout, stderr: await err)
    }

    /// Reads a pipe to its end on a thread of its own. Not on Dispatch's global queue: its
    /// pool grows slowly when threads block, and on Linux Swift's concurrency runs on that same
    /// pool, so a dozen parallel tests each blocking two reads there starved the in-process
    /// sandbox for many seconds (long enough to trip liza's 15 s idle limit).
    private static func readAll(_ handle: FileHandle) async -> String {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let data = handle.readDataToEndOfFile()
                continuation.resume(returning: String(decoding: data, as: UTF8.self))
            }
        }
    }
}

enum CLIRunnerError: Error {
    case binaryNotFound
    case timedOut([String])
}
