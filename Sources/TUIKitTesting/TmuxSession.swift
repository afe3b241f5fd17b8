import Foundation

/// Drives a program in a real terminal: a detached tmux session on a private server socket.
///
/// ```swift
/// let tmux = try TmuxSession(command: [binary], width: 120, height: 40)
/// defer { tmux.kill() }
/// try await tmux.waitFor("Tokyo")
/// try tmux.sendKeys("Down")
/// let screen = try await tmux.waitFor("key: down")   // settled: the whole frame, not half of it
/// ```
///
/// Each session gets its own server (`tmux -L <unique>` with no config file), so tests run in
/// parallel and never touch the user's tmux. The program runs under `sh -c`; when it exits, the
/// shell prints `__EXIT__<status>` and keeps the pane open so the final screen can be inspected.
/// Waits poll with a deadline; nothing sleeps a fixed time. Waits are `async` and sleep with
/// `Task.sleep`: a wait that blocked its thread would hold one of the concurrency pool's few
/// threads (two on a 2-core machine) for seconds and stall every other test running beside it.
///
/// ## Settled screens
/// curses paints a frame in several writes and tmux parses them as they arrive, so a single
/// capture can hold half a frame: the text a test waited for is there, the row below it is not
/// yet. `waitFor` and `waitUntil` therefore return only a *settled* screen: one on which the
/// predicate holds and that is identical to a capture taken `settleInterval` earlier. Assert on
/// the screen a wait returns (or on `settledCapture()`), and make the wait's predicate cover
/// everything the test then asserts; a bare `capture()` right after a key press can see the
/// frame before the key, or half of the next one. A running spinner keeps a screen from
/// settling, so a wait also rides out a load in progress; to catch a transient screen (a
/// spinner, a "loading…" line) pass `settle: .zero`.
public final class TmuxSession: Sendable {
    /// The private server's socket name (`tmux -L`).
    public let socket: String
    /// The session (and target) name.
    public let name: String
    /// How long a screen must stay unchanged before a wait accepts it (see "Settled screens").
    public let settleInterval: Duration
    private let tmuxPath: String

    /// Default of `settleInterval`: far longer than the pause between two writes of one frame
    /// (microseconds, unless the program is descheduled on a loaded machine), short enough that a
    /// test with a dozen waits loses about a second. The predicate covering what the test asserts
    /// is the first guard; settling is the second.
    public static let defaultSettleInterval: Duration = .milliseconds(100)
    /// Default deadline of a wait. Generous because the machine may be busy (a parallel build);
    /// a wait returns as soon as the screen matches and settles, so passing runs stay fast.
    public static let defaultTimeout: Duration = .seconds(30)
    /// Pause between two captures while the predicate does not hold yet.
    static let pollInterval: Duration = .milliseconds(20)

    /// Marker printed by the wrapper shell after the program exits, followed by its status.
    public static let exitMarker = "__EXIT__"

    /// Starts `command` (argv, shell-quoted here) in a new detached session of `width`×`height`.
    /// - Parameters:
    ///   - environment: variables set for the program (on top of the test process's environment).
    ///   - before: shell commands run in the pane before the program (e.g. `stty -g > file`).
    ///   - after: shell commands run after it exits, after the exit marker is printed.
    ///   - settleInterval: how long a screen must stay unchanged before a wait returns it.
    public convenience init(
        command: [String], environment: [String: String] = [:], width: Int = 120, height: Int = 40,
        before: String? = nil, after: String? = nil, settleInterval: Duration = TmuxSession.defaultSettleInterval
    ) throws {
        let program = command.map(Self.shellQuote).joined(separator: " ")
        var script = ""
        if let before { script += "\(before); " }
        script += "\(program); echo \"\(Self.exitMarker)$?\"; "
        if let after { script += "\(after); " }
        // Keep the pane alive (and its last screen visible) until the test kills the server.
        script += "exec sleep 2147483647"
        try self.init(script: script, environment: environment, width: width, height: height, settleInterval: settleInterval)
    }

    /// Starts a shell script in a new detached session.
    public init(
        script: String, environment: [String: String] = [:], width: Int = 120, height: Int = 40,
        settleInterval: Duration = TmuxSession.defaultSettleInterval
    ) throws {
        guard let path = Self.findTmux() else { throw TmuxError.tmuxNotInstalled }
        tmuxPath = path
        self.settleInterval = max(.zero, settleInterval)
        let unique = "\(getpid())-\(UUID().uuidString.prefix(8))"
        socket = "liza-test-\(unique)"
        name = "s\(unique)"
        var args = ["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", name]
        // A UTF-8 locale and a 256-colour terminal type, unless the caller says otherwise.
        var env = ["LANG": "C.UTF-8", "TERM": "tmux-256color"]
        env.merge(environment) { _, new in new }
        for (key, value) in env.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(key)=\(value)"] }
        args.append(script)
        try run(args)
        // Copy-mode motions (used by `lineLength`) must not depend on $EDITOR picking vi keys.
        try run(["set-option", "-g", "mode-keys", "emacs"])
    }

    deinit { kill() }

    /// Sends keys by tmux name (`Up`, `Enter`, `Escape`, `C-c`, `F5`, `M-x`) or plain words.
    public func sendKeys(_ keys: String...) throws { try run(["send-keys", "-t", name] + keys) }

    /// Types `text` literally (no key-name lookup).
    public func sendLiteral(_ text: String) throws { try run(["send-keys", "-t", name, "-l", text]) }

    /// The visible screen, one line per row, as it is at this instant (possibly mid-frame; see
    /// "Settled screens"). With `escapes`, colours and attributes are included as SGR sequences
    /// (`capture-pane -e`).
    public func capture(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : []))
    }

    /// The screen once it has stopped changing: two captures `settleInterval` apart are identical.
    @discardableResult
    public func settledCapture(escapes: Bool = false, timeout: Duration = TmuxSession.defaultTimeout) async throws -> String {
        try await waitUntil("a settled screen", timeout: timeout, escapes: escapes) { _ in true }
    }

    /// Polls the screen until it contains `text` and has settled; returns that screen.
    @discardableResult
    public func waitFor(
        _ text: String, timeout: Duration = TmuxSession.defaultTimeout, escapes: Bool = false, settle: Duration? = nil
    ) async throws -> String {
        try await waitUntil("\"\(text)\"", timeout: timeout, escapes: escapes, settle: settle) { $0.contains(text) }
    }

    /// Polls the screen until `predicate` holds on it and it has settled (the same capture
    /// `settle` apart, `settleInterval` unless given); returns that screen. `settle: .zero`
    /// returns the first capture on which the predicate holds, finished frame or not.
    @discardableResult
    public func waitUntil(
        _ description: String = "condition", timeout: Duration = TmuxSession.defaultTimeout, escapes: Bool = false,
        settle: Duration? = nil, _ predicate: (String) -> Bool
    ) async throws -> String {
        let settle = max(.zero, settle ?? settleInterval)
        let deadline = ContinuousClock.now + timeout
        // The last capture on which the predicate held; the next one must equal it.
        var candidate: String?
        while true {
            let screen = try capture(escapes: escapes)
            if predicate(screen) {
                if settle == .zero || screen == candidate { return screen }
                candidate = screen
            } else {
                candidate = nil
            }
            guard ContinuousClock.now < deadline else {
                let what = candidate == nil ? description : "\(description) on a settled screen (it kept changing)"
                throw TmuxError.timedOut(waitingFor: what, screen: screen)
            }
            try await Task.sleep(for: candidate == nil ? Self.pollInterval : settle)
        }
    }

    /// Waits until the program has exited and returns its exit status (from the wrapper's marker).
    public func waitForExit(timeout: Duration = TmuxSession.defaultTimeout) async throws -> Int32 {
        let screen = try await waitUntil("program exit", timeout: timeout) { Self.exitStatus(in: $0) != nil }
        return Self.exitStatus(in: screen) ?? -1
    }

    /// The exit status printed by the wrapper, if the program has exited.
    public static func exitStatus(in screen: String) -> Int32? {
        for line in screen.split(separator: "\n") {
            guard let range = line.range(of: exitMarker) else { continue }
            let digits = line[range.upperBound...].prefix { $0.isNumber }
            if let status = Int32(digits) { return status }
        }
        return nil
    }

    /// The process id of the pane's shell.
    public func panePID() throws -> Int32 {
        let out = try run(["display-message", "-p", "-t", name, "#{pane_pid}"])
        guard let pid = Int32(out.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw TmuxError.commandFailed(arguments: ["display-message", "#{pane_pid}"], status: 0, output: out)
        }
        return pid
    }

    /// The process id of the program (the pane shell's child), once it is running.
    public func programPID(timeout: Duration = TmuxSession.defaultTimeout) async throws -> Int32 {
        let shell = try panePID()
        let deadline = ContinuousClock.now + timeout
        while true {
            if let child = Self.children(of: shell).first(where: { Self.commandName(of: $0) != "sleep" }) { return child }
            guard ContinuousClock.now < deadline else { throw TmuxError.timedOut(waitingFor: "program process", screen: (try? capture()) ?? "") }
            try await Task.sleep(for: Self.pollInterval)
        }
    }

    /// The number of columns of a row up to and including its last non-blank cell, as tmux itself
    /// lays the row out (a wide character counts 2). Read from copy mode's cursor after
    /// `end-of-line`, so it is independent of any width table of ours.
    public func lineLength(row: Int) throws -> Int {
        try run(["copy-mode", "-t", name])
        defer { _ = try? run(["send-keys", "-t", name, "-X", "cancel"]) }
        try run(["send-keys", "-t", name, "-X", "top-line"])
        if row > 0 { try run(["send-keys", "-t", name, "-N", "\(row)", "-X", "cursor-down"]) }
        try run(["send-keys", "-t", name, "-X", "end-of-line"])
        let out = try run(["display-message", "-p", "-t", name, "#{copy_cursor_x}"])
        guard let x = Int(out.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw TmuxError.commandFailed(arguments: ["display-message", "#{copy_cursor_x}"], status: 0, output: out)
        }
        return x
    }

    /// Runs any tmux command against this session's server; returns its standard output.
    @discardableResult
    public func run(_ arguments: [String]) throws -> String {
        let (status, text) = try Self.spawnAndWait(tmuxPath, ["tmux", "-L", socket] + arguments, environment: Self.baseEnvironment())
        guard status == 0 else { throw TmuxError.commandFailed(arguments: arguments, status: status, output: text) }
        return text
    }

    /// Runs a program to completion with `posix_spawn` + `waitpid`, its output (stdout and stderr)
    /// collected in a temporary file, with an empty signal mask and default signal actions.
    ///
    /// Not Foundation's `Process`: on Linux its `waitUntilExit` missed the exit of `tmux new-session`
    /// clients started from concurrent tests (they stayed zombies, the test hung). And not a pipe:
    /// the server forked by `new-session` inherits the descriptor, so a pipe never reaches EOF.
    static func spawnAndWait(_ path: String, _ argv: [String], environment: [String: String]) throws -> (Int32, String) {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-out-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        let env = environment.map { "\($0.key)=\($0.value)" }
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = env.map { strdup($0) } + [nil]
        defer {
            for p in cArgs { free(p) }
            for p in cEnv { free(p) }
        }
        var pid: pid_t = 0
        let rc = ChildSpawn.withCleanSignals { attributes in posix_spawn(&pid, path, &actions, &attributes, &cArgs, &cEnv) }
        guard rc == 0 else {
            throw TmuxError.commandFailed(arguments: argv, status: -1, output: "posix_spawn failed: errno \(rc)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { break }
        }
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // WIFEXITED / WEXITSTATUS are macros; decode the wait status by hand.
        let exited = status & 0x7F == 0
        return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), text)
    }

    /// Ends the session and its private server. Idempotent.
    public func kill() {
        _ = try? run(["kill-server"])
        // The server leaves its socket file behind; without this every test leaves one in /tmp.
        unlink(socketPath)
    }

    /// Where the server's socket is: tmux's default directory, since `baseEnvironment()` passes
    /// no `TMUX_TMPDIR`.
    var socketPath: String { "/tmp/tmux-\(getuid())/\(socket)" }

    // MARK: - Helpers

    /// Quotes an argument for `sh`.
    public static func shellQuote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The environment the tmux server (and so every pane) starts with: only what a shell needs,
    /// so the test runner's own settings (`NO_COLOR`, `TMUX`, `COLORTERM`…) cannot leak into the
    /// program under test. Callers add variables per session with `environment:`.
    static func baseEnvironment() -> [String: String] {
        let current = ProcessInfo.processInfo.environment
        var env: [String: String] = [:]
        for key in ["PATH", "HOME", "USER", "LOGNAME", "SHELL", "TMPDIR"] { env[key] = current[key] }
        env["PATH"] = env["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        env["LANG"] = "C.UTF-8"
        return env
    }

    static func findTmux() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Child processes of `pid`, from /proc.
    static func children(of pid: Int32) -> [Int32] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return entries.compactMap(Int32.init).filter { ProcessStat(pid: $0)?.parent == pid }.sorted()
    }

    static func commandName(of pid: Int32) -> String? { ProcessStat(pid: pid)?.command }
}
