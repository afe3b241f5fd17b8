import Foundation
import TUIKit

/// Runs the system's `jq` on a JSON text for the `|` filter of the JSON views: the expression as
/// typed, the input on stdin, stdout back as text, jq's stderr as the failure (shown, not
/// swallowed). Nothing of it reaches the terminal directly.
public enum JQRunner {
    /// How long jq may run before it is stopped (an expression like `repeat(.)` never ends).
    static let limit: Duration = .seconds(10)

    public static func run(input: String, expression: String,
                           environment: [String: String] = ProcessInfo.processInfo.environment) async -> Result<String, AppFailure> {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        guard let jq = path.split(separator: ":").map({ "\($0)/jq" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return .failure(AppFailure("jq is not installed (Debian/Ubuntu: sudo apt-get install jq; macOS: brew install jq)"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: jq)
        // jq 1.6 has no `--`; a leading space keeps `-…` from being read as an option.
        process.arguments = [expression.hasPrefix("-") ? " " + expression : expression]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        // Close-on-exec on every end: a program another thread starts meanwhile (the pager, a
        // browser, or in tests a tmux server) must not inherit jq's pipes, or the end of jq's
        // output would never arrive. jq still gets its ends: spawning dup2s them onto 0, 1, 2.
        for pipe in [stdin, stdout, stderr] {
            for fd in [pipe.fileHandleForReading.fileDescriptor, pipe.fileHandleForWriting.fileDescriptor] {
                _ = fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | FD_CLOEXEC)
            }
        }
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let (exits, exit) = AsyncStream.makeStream(of: Int32.self)
        process.terminationHandler = { p in
            exit.yield(p.terminationStatus)
            exit.finish()
        }
        do {
            try process.run()
        } catch {
            return .failure(AppFailure("jq could not be started"))
        }
        // jq may exit without reading its input (a syntax error): writing to the closed pipe must
        // then fail with EPIPE, not kill the whole TUI with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        // Feed and drain on threads of their own (blocking reads and writes), never on the
        // concurrency pool: with two cores it has two threads, and three blocked calls there
        // would stop every task of the program, the wait for jq's exit included.
        let input = Data(input.utf8)
        let writer = Task {
            await onOwnThread {
                try? stdin.fileHandleForWriting.write(contentsOf: input)
                try? stdin.fileHandleForWriting.close()
            }
        }
        let outReader = Task { await onOwnThread { stdout.fileHandleForReading.readDataToEndOfFile() } }
        let errReader = Task { await onOwnThread { stderr.fileHandleForReading.readDataToEndOfFile() } }
        let status: Int32? = await withTaskGroup(of: Int32?.self) { group in
            group.addTask {
                for await code in exits { return code }
                return nil
            }
            group.addTask {
                try? await Task.sleep(for: limit)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        guard let status else {
            process.terminate()
            _ = await writer.value
            return .failure(AppFailure("jq took longer than \(limit.components.seconds) s and was stopped"))
        }
        _ = await writer.value
        let out = await outReader.value, err = await errReader.value
        guard status == 0 else {
            let message = String(decoding: err, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(AppFailure(message.isEmpty ? "jq failed (exit \(status))" : message))
        }
        return .success(String(decoding: out, as: UTF8.self))
    }

    /// Runs a blocking call on a thread of its own and resumes with its result.
    private static func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: body()) }
        }
    }
}
