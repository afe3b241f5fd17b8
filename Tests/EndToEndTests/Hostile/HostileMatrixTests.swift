import Foundation
import LizaTesting
import Testing

/// Every subcommand that talks to the API against every misbehaviour of `HostileServer`,
/// running the real `liza` binary. Each case must: exit with one of liza's codes (0–5), finish
/// within its timeout + 5 s (it is killed then), print no piece of the token, and print no raw
/// control byte or bidi control on stdout or stderr (tables, tab-separated rows and JSON alike).
///
/// Failure messages start with a tag — [crash] [hang] [exit] [token] [control] [bidi]
/// [redirect] — so a run can be tallied by kind. With `LIZA_HOSTILE_LOG=/path`, one JSON line
/// per case is appended there as well.
@Suite struct HostileMatrixTests {
    /// The timeout liza is given (`LIZA_TIMEOUT`), in seconds.
    static let timeout = 3.0
    /// A case still running after this long is killed and counted as a hang.
    static let hardLimit = timeout + 5
    /// The 8 MiB answer is CPU work after the network part is over (parsing, sanitizing and
    /// printing in a debug build), which a loaded machine can stretch past `hardLimit`; a real
    /// hang still never ends, so a longer limit for it keeps the check and loses the flake.
    static func hardLimit(for misbehaviour: HostileMisbehaviour) -> Double {
        misbehaviour == .hugeString ? timeout + 25 : hardLimit
    }
    /// Cases running at once (each is a process and a server).
    static let limiter = AsyncLimiter(width: 8)
    /// A token shaped like a real one; the server echoes it back in errors.
    static let token = "liza_mcp_S3CR3TH0ST1LEt0k3nd0n0tpr1nt"

    @Test(arguments: HostileMisbehaviour.allCases, HostileCommand.all)
    func survives(_ misbehaviour: HostileMisbehaviour, _ command: HostileCommand) async throws {
        let binary = try CLIRunner.binary()
        // An 8 MiB answer keeps a core busy for seconds (parsing, sanitizing, printing in a
        // debug build): such cases take half the slots, so they do not starve each other
        // past the deadline on a small machine.
        let weight = misbehaviour == .hugeString ? Self.limiter.width / 2 : 1
        let (outcome, canaryHits) = try await Self.limiter.run(weight: weight) {
            let server = try HostileServer()
            defer { server.stop() }
            let home = FileManager.default.temporaryDirectory.appendingPathComponent("liza-hostile-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: home) }
            let environment = [
                "HOME": home.path, "XDG_CONFIG_HOME": home.path + "/config", "XDG_STATE_HOME": home.path + "/state",
                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LANG": "C.UTF-8",
                "TERM": "xterm-256color", "NO_COLOR": "1", "COLUMNS": "120",
                "LIZA_BASE_URL": server.baseURL(for: misbehaviour), "LIZA_TOKEN": Self.token,
                "LIZA_TIMEOUT": String(Int(Self.timeout)),
            ]
            let stream: SpawnedProcess.Stream = command.terminal ? .terminal : .pipe
            let outcome = try await SpawnedProcess.run(binary, command.arguments, environment: environment, stdout: stream,
                                                      stderr: stream, hardLimit: Self.hardLimit(for: misbehaviour))
            return (outcome, server.canaryHits)
        }
        let stderr = String(decoding: outcome.stderr, as: UTF8.self)
        let where_ = "\(misbehaviour) × \(command)"
        let excerpt = "stderr: \(String(stderr.prefix(300)).debugDescription)"

        // A trap shows as a signal, or (when Swift's backtracer waits on it) as its report
        // on stderr of a process the deadline then killed.
        let crashReport = stderr.contains("Fatal error") || stderr.contains("Program crashed") || stderr.contains("Backtracing from")
        let crashed = (outcome.signal != nil && !outcome.killedAtDeadline) || crashReport
        #expect(!crashed, "[crash] \(where_): signal \(outcome.signal ?? 0); \(excerpt)")
        #expect(!outcome.killedAtDeadline || crashReport, "[hang] \(where_): still running after \(Self.hardLimit(for: misbehaviour)) s; \(excerpt)")
        if let code = outcome.exitCode {
            #expect((0...5).contains(code), "[exit] \(where_): exit code \(code); \(excerpt)")
        }
        let leakOut = OutputAudit.leaksToken(outcome.stdout, token: Self.token)
        let leakErr = OutputAudit.leaksToken(outcome.stderr, token: Self.token)
        #expect(!leakOut && !leakErr, "[token] \(where_): the token is on \(leakOut ? "stdout" : "stderr")")

        let controlsOut = command.stdoutIsText ? OutputAudit.rawControls(in: outcome.stdout) : []
        let controlsErr = OutputAudit.rawControls(in: outcome.stderr)
        #expect(controlsOut.isEmpty, "[control] \(where_): stdout has \(controlsOut)")
        #expect(controlsErr.isEmpty, "[control] \(where_): stderr has \(controlsErr)")
        let bidi = (command.stdoutIsText ? OutputAudit.bidiControls(in: outcome.stdout) : []) + OutputAudit.bidiControls(in: outcome.stderr)
        #expect(bidi.isEmpty, "[bidi] \(where_): \(bidi)")

        // A redirect away from the API is reported, never followed.
        #expect(canaryHits.isEmpty, "[redirect] \(where_): followed to the canary: \(canaryHits)")
        if misbehaviour == .redirectElsewhere {
            #expect(!stderr.contains("resolve"), "[redirect] \(where_): tried to follow to example.invalid; \(excerpt)")
        }

        Self.log(misbehaviour, command, outcome, crashed: crashed, token: leakOut || leakErr, controls: controlsOut.count + controlsErr.count,
                 bidi: bidi.count)
    }

    /// Appends one JSON line for this case to `LIZA_HOSTILE_LOG`, when set (for tallies).
    static func log(_ misbehaviour: HostileMisbehaviour, _ command: HostileCommand, _ o: SpawnedProcess.Outcome,
                    crashed: Bool, token: Bool, controls: Int, bidi: Int) {
        guard let path = ProcessInfo.processInfo.environment["LIZA_HOSTILE_LOG"], !path.isEmpty else { return }
        let fields: [String: Any] = [
            "misbehaviour": misbehaviour.rawValue, "command": command.description, "exit": o.exitCode.map { Int($0) } ?? -1,
            "signal": o.signal.map { Int($0) } ?? 0, "crash": crashed, "hang": o.killedAtDeadline && !crashed, "seconds": (o.seconds * 10).rounded() / 10,
            "token": token, "controls": controls, "bidi": bidi,
            "stderr": String(String(decoding: o.stderr, as: UTF8.self).prefix(200)),
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]) else { return }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let line = data + Data("\n".utf8)
        _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }
}
