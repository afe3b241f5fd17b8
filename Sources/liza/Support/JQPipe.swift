import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `--jq EXPR`: the command's standard output goes through the system's `jq EXPR`.
///
/// jq starts first, writing to liza's stdout (and its errors to liza's stderr, shown as jq
/// wrote them); then liza's stdout becomes the pipe into it, so every command's JSON — a whole
/// document or NDJSON pages as they arrive — is filtered without the command knowing. `finish`
/// gives stdout back (jq sees the end of its input) and waits for jq.
final class JQPipe {
    private let process: Process
    private let savedStdout: Int32

    /// The `jq` on PATH, or nil.
    static func locate(environment: [String: String]) -> String? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/jq" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts `jq EXPR` and points stdout at it; a missing jq is a usage error with the install hint.
    static func start(expression: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> JQPipe {
        guard let jq = locate(environment: environment) else {
            throw CLIFailure.usage("--jq needs the jq program, which is not installed (Debian/Ubuntu: sudo apt-get install jq; macOS: brew install jq)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: jq)
        // jq 1.6 has no `--`: a leading space keeps an expression that starts with `-` from
        // being read as an option (jq ignores the space).
        process.arguments = [expression.hasPrefix("-") ? " " + expression : expression]
        let pipe = Pipe()
        process.standardInput = pipe
        process.standardOutput = FileHandle.standardOutput
        process.standardError = FileHandle.standardError
        do {
            try process.run()
        } catch {
            throw CLIFailure.usage("cannot start jq (\(jq)): \(error.localizedDescription)")
        }
        // A filter that stops reading early (`first`, `limit`) must not kill liza with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let saved = dup(STDOUT_FILENO)
        dup2(pipe.fileHandleForWriting.fileDescriptor, STDOUT_FILENO)
        try? pipe.fileHandleForWriting.close()
        try? pipe.fileHandleForReading.close()
        return JQPipe(process: process, savedStdout: saved)
    }

    private init(process: Process, savedStdout: Int32) {
        self.process = process
        self.savedStdout = savedStdout
    }

    /// Ends jq's input and waits for it; returns jq's exit status.
    func finish() -> Int32 {
        if savedStdout >= 0 {
            dup2(savedStdout, STDOUT_FILENO)
            close(savedStdout)
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
