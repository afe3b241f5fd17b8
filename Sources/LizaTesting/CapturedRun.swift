import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a short program (curl, a shell line) to its end and returns its exit status and
/// standard output.
///
/// The output pipe is close-on-exec at both ends: tests start programs from many threads at
/// once, and a tmux server or a sandbox started meanwhile must not inherit the pipe's write end
/// — the end of the output would then never arrive. And the wait is on a thread of its own,
/// never the concurrency pool: the program may be curl talking to an in-process sandbox, whose
/// handlers need that pool (two such waits on a two-core machine stopped the whole suite).
public enum CapturedRun {
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) async throws -> (status: Int32, stdout: Data) {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try blockingRun(executable, arguments, environment: environment) })
            }
        }
    }

    private static func blockingRun(_ executable: String, _ arguments: [String], environment: [String: String]?) throws -> (status: Int32, stdout: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let out = Pipe()
        for fd in [out.fileHandleForReading.fileDescriptor, out.fileHandleForWriting.fileDescriptor] {
            _ = fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | FD_CLOEXEC)
        }
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }

    /// `/bin/sh -c line`.
    public static func shell(_ line: String, environment: [String: String]) async throws -> (status: Int32, stdout: String) {
        let result = try await run("/bin/sh", ["-c", line], environment: environment)
        return (result.status, String(decoding: result.stdout, as: UTF8.self))
    }
}
