import Foundation
import LizaAPI
import LizaApp
import LizaHTTP
import LizaSandbox
import LizaStore
import LizaStoreAdapter
import OrderedJSON
import Synchronization
import TUIKit

/// `liza-bench loop [--records R] [--stored M] [--keys K] [--db FILE]`: how fast the TUI's update
/// loop answers a key, side by side in one run, (a) with the record store idle, (b) while the
/// store runs long reads for someone else (a sort and its index build, then LIKE filter counts
/// over all M rows, one after another), and (c) while `R` (a full re-sync of R records from the
/// sandbox over loopback) runs in the pane itself.
///
/// The pieces are the real ones: a `Program` (the @MainActor loop `liza` runs) with its
/// `EffectRunner`, a `RecordStore` file of M rows (the sandbox's R contacts, then copies under
/// other ids), `RecordSync` through `LizaClient` and the sandbox. Only the terminal is
/// `BenchTerminal` (no curses painting). A key's latency is from the key entering the terminal's
/// event stream to the first frame `Program` presents whose state shows it (the selection moved,
/// the filter text changed): the input hop, the inbox, `ProgramStep.run`, `RootView.render`.
/// Rows a filter key asks the store for arrive later, in a frame of their own; they are not part
/// of the key's figure.
///
/// `liza-bench start [--records N] [--db FILE]`: a persisted store of N records, opened as a new
/// start opens it (see `startScenario`).
enum LoopBenchmarks {
    struct Options {
        var records = 100_000
        var stored = 200_000
        var keys = 120
        var database: String?
    }

    static func parse(_ arguments: [String], command: String) -> Options? {
        var options = Options()
        var args = arguments.makeIterator()
        while let arg = args.next() {
            switch arg {
            case "--records": options.records = args.next().flatMap { Int($0) } ?? options.records
            case "--stored": options.stored = args.next().flatMap { Int($0) } ?? options.stored
            case "--keys": options.keys = args.next().flatMap { Int($0) } ?? options.keys
            case "--db": options.database = args.next()
            default:
                print("usage: liza-bench \(command) [--records N] [--stored M] [--keys K] [--db FILE]")
                return nil
            }
        }
        guard (100...10_000_000).contains(options.records), (options.records...50_000_000).contains(options.stored),
              (6...100_000).contains(options.keys) else {
            print("liza-bench \(command): --records 100…10000000, --stored ≥ --records, --keys 6…100000")
            return nil
        }
        return options
    }

    static func runLoop(_ arguments: [String]) async -> Int32 {
        guard let options = parse(arguments, command: "loop") else { return 2 }
        do {
            try await loopScenario(options)
            return 0
        } catch {
            print("liza-bench loop: \(error)")
            return 1
        }
    }

    static func runStart(_ arguments: [String]) async -> Int32 {
        guard var options = parse(arguments, command: "start") else { return 2 }
        options.stored = options.records
        do {
            try await startScenario(options)
            return 0
        } catch {
            print("liza-bench start: \(error)")
            return 1
        }
    }

    /// A benchmark step that could not go on.
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    // MARK: - Setup shared by both

    struct Sandbox {
        var server: SandboxServer
        var client: LizaClient
        var key: RecordCollectionKey
        var query: RecordQuery
    }

    static func sandbox(records: Int) async throws -> Sandbox {
        let server = try await SandboxServer.start(SandboxOptions(port: 0, token: "bench", recordsPerObject: records, rateLimitPerMinute: 0))
        let client = LizaClient(baseURL: try BaseURL(server.baseURL), token: "bench", transport: AsyncHTTPClientTransport.shared)
        guard let conn = server.seededConnectionIDs.first else { throw Failure("the sandbox has no seeded connection") }
        let query = RecordQuery(connectionID: conn, category: .crm, objectType: "contact", limit: 100)
        return Sandbox(server: server, client: client, key: RecordCollectionKey(query), query: query)
    }

    /// Fills `store` with the sandbox's contacts, then copies of them under other ids up to
    /// `stored` rows, as one complete full sync (what a finished `L` leaves), and builds the
    /// full-text index.
    static func fill(_ store: RecordStore, from sandbox: Sandbox, stored: Int) async throws {
        let start = ContinuousClock.now
        var pages: [[JSONValue]] = []
        for try await page in sandbox.client.fetchAll(sandbox.query, concurrency: 4) { pages.append(page.records) }
        let ticket = try await store.beginSync(sandbox.key, full: true)
        var written = 0
        var round = 0
        while written < stored {
            for page in pages where written < stored {
                let renamed = round == 0 ? page : page.map { record -> JSONValue in
                    guard case .object(var pairs) = record, let k = pairs.firstIndex(where: { $0.key == "id" }),
                          let id = pairs[k].value.stringValue else { return record }
                    pairs[k].value = .string(id + "-r\(round)")
                    return .object(pairs)
                }
                let batch = Array(renamed.prefix(stored - written))
                _ = try await store.write(batch, ticket: ticket)
                written += batch.count
            }
            round += 1
        }
        _ = try await store.finishSync(ticket, complete: true, now: Date().timeIntervalSince1970)
        try await store.prepareSearch()
        print("| | | prepared \(written) stored rows in \(ms(ContinuousClock.now - start)) |")
    }

    /// Opens (or makes) the store file; reuses it when it already holds `stored` rows.
    static func openStore(_ options: Options, sandbox: Sandbox) async throws -> (RecordStore, String, Bool) {
        let file: String
        var temporary = false
        if let database = options.database {
            file = database
        } else {
            let folder = FileManager.default.temporaryDirectory.path + "/liza-bench-loop-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            file = folder + "/records.sqlite"
            temporary = true
        }
        let store = try RecordStore(file: file)
        if try await store.count(sandbox.key) >= options.stored {
            print("| | | reusing \(file) |")
        } else {
            try await fill(store, from: sandbox, stored: options.stored)
        }
        return (store, file, temporary)
    }

    /// A running `Program` on `store` and the sandbox's API (on the main actor), and what its
    /// start took.
    struct Started {
        var task: Task<Int32, Never>
        /// From `Program.run` to its first frame (no rows yet: the lists are loading).
        var firstFrame: Duration
        /// Until the connection list (from the sandbox over loopback) is on screen.
        var connectionsShown: Duration
        /// From `enter` on the connection to the first frame of the Records pane with rows: the
        /// store's first window read (summary, rows) on this store, and its frame.
        var enterToRows: Duration
    }

    /// Starts a `Program`, waits for the connection list on screen, focuses Connections (`2`),
    /// opens the first one (`enter`: the contacts) and waits until the pane shows `rows` stored
    /// rows and no sync runs.
    static func startProgram(store: RecordStore, sandbox: Sandbox, rows: Int, terminal: BenchTerminal) async throws -> Started {
        let storing = TUIRecordStore(store: store, sync: RecordSync())
        var state = AppState(size: terminal.size, session: SessionInfo(host: "127.0.0.1", profile: "bench"))
        state.useRecordStore(offline: false)
        let initial = state
        let client = sandbox.client
        let program = await MainActor.run {
            Program(terminal: terminal, service: client, state: initial, environment: ProgramEnvironment(recordStore: storing))
        }
        terminal.inspect { program.state.recordsInspection }
        let started = ContinuousClock.now
        let running = Task { @MainActor in await program.run() }
        // The connection's short id (8 characters and `…`) in its row.
        let id = String(sandbox.key.connectionID.prefix(8))
        guard let listed = await terminal.waitForFrame(containing: id, timeout: .seconds(30)), let first = terminal.firstFrameAt else {
            throw Failure("the connection \(id) was not listed")
        }
        terminal.send(.char("2"))
        let expected = StoreCollection(connectionID: sandbox.key.connectionID, category: .crm, objectType: "contact")
        guard let enter = await terminal.press(KeyEvent(.enter), timeout: .seconds(30), until: {
            $0.collection == expected && $0.focused && $0.visibleCount > 0 && $0.totalCount >= rows
        }) else { throw Failure("enter on the connection showed no rows of \(expected)") }
        guard await terminal.waitUntil(timeout: .seconds(120), { $0.totalCount >= rows && $0.syncFetched == nil && $0.selectedIndex != nil }) else {
            throw Failure("the Records pane did not settle on \(rows) rows")
        }
        return Started(task: running, firstFrame: first - started, connectionsShown: listed - started, enterToRows: enter)
    }

    // MARK: - The loop

    /// CPU seconds used so far by the main thread (the program loop's) and by the whole process,
    /// and the machine's 1-minute load average, from /proc.
    /// (With `dispatchMain`, as in `liza`'s async main, a dispatch thread serves the main
    /// actor, not the process's first thread: the loop thread is read from inside the main actor.)
    struct CPUSample {
        var at = ContinuousClock.now
        var loopThread: UInt = 0
        var mainThread = 0.0
        var process = CPUSample.seconds(in: "/proc/self/stat")
        var load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init) ?? "?"

        static func now() async -> CPUSample {
            var sample = CPUSample()
            (sample.loopThread, sample.mainThread) = await MainActor.run {
                (UInt(pthread_self()), seconds(in: "/proc/thread-self/stat"))
            }
            return sample
        }

        /// utime + stime (fields 14 and 15) in seconds.
        static func seconds(in file: String) -> Double {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8), let close = text.lastIndex(of: ")") else { return 0 }
            let fields = text[text.index(after: close)...].split(separator: " ")
            // After the name: state is field 3, so utime (14) and stime (15) are at 11 and 12.
            guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
            return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
        }

        /// `main thread 12 % · process 140 % of one core · load 5.1`, from `start` to this sample.
        func since(_ start: CPUSample, frames: Int) -> String {
            let wall = max((at - start.at).inSeconds, 1e-9)
            let loop = loopThread == start.loopThread ? String(format: "%.0f %%", (mainThread - start.mainThread) / wall * 100) : "? (it moved)"
            return String(format: "%d frames in %.1f s; CPU: loop thread %@, process %.0f %% of one core; load average %@",
                          frames, wall, loop, (process - start.process) / wall * 100, load)
        }
    }

    static func loopScenario(_ options: Options) async throws {
        print("liza-bench loop — \(ProcessInfo.processInfo.activeProcessorCount) cores, \(Date()), \(options.records) records in the sandbox, \(options.stored) stored, \(options.keys) keys per kind and phase")
        print("| phase | keys | mean | p50 | p99 | max | > 16 ms | note |")
        print("|---|---|---|---|---|---|---|---|")
        let sandbox = try await sandbox(records: options.records)
        let (store, file, temporary) = try await openStore(options, sandbox: sandbox)
        defer { if temporary { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) } }
        let terminal = BenchTerminal(size: Size(width: 200, height: 60))
        let running = try await startProgram(store: store, sandbox: sandbox, rows: options.stored, terminal: terminal).task

        // (a) The store idle (apart from the reads the pane's own filter keys ask for).
        var cpu = await CPUSample.now(), frames = terminal.frames
        let movesA = await moves(terminal, options.keys)
        let filterA = await filterKeys(terminal, options.keys)
        report("a. store idle", moves: movesA, filter: filterA, note: await CPUSample.now().since(cpu, frames: terminal.frames - frames))

        // (b) Long reads on the store for someone else, one after another.
        let busy = BusyReader(store: store, key: sandbox.key)
        let reading = Task.detached { await busy.run() }
        guard await busy.waitStarted() else { throw Failure("the busy reader did not start") }
        cpu = await CPUSample.now()
        frames = terminal.frames
        let movesB = await moves(terminal, options.keys)
        let filterB = await filterKeys(terminal, options.keys)
        busy.stop()
        await reading.value
        report("b. store busy (sort + LIKE reads)", moves: movesB, filter: filterB, note: busy.summary,
               more: await CPUSample.now().since(cpu, frames: terminal.frames - frames))

        // (c) `R` in the pane: a full re-sync of the sandbox's records, pages written as they come.
        terminal.send(.char("R"))
        guard await terminal.waitUntil(timeout: .seconds(10), { $0.syncFetched != nil }) else { throw Failure("R started no sync") }
        cpu = await CPUSample.now()
        frames = terminal.frames
        let movesC = await moves(terminal, options.keys, whileSyncing: true)
        let filterC = await filterKeys(terminal, options.keys, whileSyncing: true)
        let left = await terminal.current()?.syncFetched
        report("c. R: full re-sync running", moves: movesC, filter: filterC,
               note: left.map { "sync still running after the keys (\($0) fetched)" } ?? "the sync ended during the keys: keys after it are not counted",
               more: await CPUSample.now().since(cpu, frames: terminal.frames - frames))
        print("| | | | | | | | \(terminal.frames) frames presented in all |")

        running.cancel()
        terminal.shutdown()
        _ = await running.value
        await store.close()
        await sandbox.server.stop()
    }

    /// `j`, `k`, … — each waits for the frame with the selection moved.
    static func moves(_ terminal: BenchTerminal, _ n: Int, whileSyncing: Bool = false) async -> [Duration?] {
        var times: [Duration?] = []
        let start = await terminal.current()?.selectedIndex ?? 0
        for i in 0..<n {
            let down = i % 2 == 0
            let expected = down ? start + 1 : start
            times.append(await terminal.press(.char(down ? "j" : "k")) { $0.selectedIndex == expected })
            if whileSyncing, await terminal.current()?.syncFetched == nil { break }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return times
    }

    /// `/`, then `s`, `o`, `n`, backspace ×3, … (each waits for the frame showing the filter's
    /// text), then esc.
    static func filterKeys(_ terminal: BenchTerminal, _ n: Int, whileSyncing: Bool = false) async -> [Duration?] {
        _ = await terminal.press(.char("/")) { $0.isFiltering }
        let word = Array("son")
        var typed = ""
        var times: [Duration?] = []
        for i in 0..<n {
            let step = i % 6
            let key: KeyEvent
            if step < 3 {
                typed.append(word[step])
                key = .char(word[step])
            } else {
                typed.removeLast()
                key = KeyEvent(.backspace)
            }
            let expected = typed
            times.append(await terminal.press(key) { $0.isFiltering && $0.filter == expected })
            if whileSyncing, await terminal.current()?.syncFetched == nil { break }
            try? await Task.sleep(for: .milliseconds(10))
        }
        _ = await terminal.press(KeyEvent(.escape)) { !$0.isFiltering && $0.filter.isEmpty }
        return times
    }

    static func report(_ phase: String, moves: [Duration?], filter: [Duration?], note: String = "", more: String = "") {
        print(row(phase + ": j/k", moves, note))
        print(row(phase + ": filter key", filter, more))
    }

    static func row(_ label: String, _ times: [Duration?], _ note: String) -> String {
        let got = times.compactMap { $0 }.map(\.inSeconds).sorted()
        let missed = times.count - got.count
        guard !got.isEmpty else { return "| \(label) | 0 | | | | | | no frame (\(missed) keys) |" }
        let mean = got.reduce(0, +) / Double(got.count)
        let p50 = got[min(got.count - 1, got.count / 2)]
        let p99 = got[min(got.count - 1, Int((Double(got.count) * 0.99).rounded(.up)) - 1)]
        let over = got.filter { $0 > 0.016 }.count
        let extra = missed > 0 ? " \(missed) keys showed no frame within 10 s." : ""
        return "| \(label) | \(got.count) | \(ms(mean)) | \(ms(p50)) | \(ms(p99)) | \(ms(got[got.count - 1])) | \(over) | \(note)\(extra) |"
    }

    static func ms(_ seconds: Double) -> String {
        seconds >= 1 ? String(format: "%.2f s", seconds) : String(format: "%.2f ms", seconds * 1_000)
    }

    static func ms(_ d: Duration) -> String { ms(d.inSeconds) }

    // MARK: - A new start on a persisted store

    /// A store file of N records (made once, or the `--db` given), then, each from a new
    /// `RecordStore` on that file as a new start makes it: opening the database and reading the
    /// collection's summary and first window (180 rows: three screens of a 60-row table, what
    /// the pane asks for); then the same through a `Program`: the open, `Program.run` to its
    /// first frame, and `enter` on the connection to the first frame with rows (the store's first
    /// read). The connection list comes from the sandbox over loopback, as a start with a network
    /// does (`liza --offline` reads it from the store); that wait is shown apart.
    static func startScenario(_ options: Options) async throws {
        print("liza-bench start — \(ProcessInfo.processInfo.activeProcessorCount) cores, \(Date()), \(options.records) records persisted")
        print("| step | time | note |")
        print("|---|---|---|")
        let sandbox = try await sandbox(records: options.records)
        let (made, file, temporary) = try await openStore(options, sandbox: sandbox)
        await made.close()
        defer { if temporary { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) } }
        print("| | | database \(RecordStoreFiles.size(of: file) / 1_048_576) MB on disk (the OS's page cache holds it: it was just written or read) |")
        let collection = StoreCollection(connectionID: sandbox.key.connectionID, category: .crm, objectType: "contact")
        for run in 1...3 {
            let t0 = ContinuousClock.now
            let store = try RecordStore(file: file)
            let opened = ContinuousClock.now
            let window = await TUIRecordStore(store: store, sync: RecordSync()).window(collection, offset: 0, limit: 180, sort: [], filter: "")
            let read = ContinuousClock.now
            guard case .success(let w) = window, w.rows.count == 180, w.count >= options.records else {
                throw Failure("the first window did not read 180 of \(options.records) rows")
            }
            print("| run \(run): open the database (new RecordStore) | \(ms(opened - t0)) | |")
            print("| run \(run): summary + first window (180 rows) | \(ms(read - opened)) | |")
            await store.close()
        }
        for run in 1...3 {
            let t0 = ContinuousClock.now
            let store = try RecordStore(file: file)
            let opened = ContinuousClock.now - t0
            let terminal = BenchTerminal(size: Size(width: 200, height: 60))
            let started = try await startProgram(store: store, sandbox: sandbox, rows: options.records, terminal: terminal)
            print("| run \(run): a new RecordStore, then `Program.run` → its first frame | \(ms(opened)) + \(ms(started.firstFrame)) | connection list on screen after \(ms(started.connectionsShown)) (sandbox, loopback; polled) |")
            print("| run \(run): enter on the connection → first frame with rows (the store's first read) | \(ms(started.enterToRows)) | **open + first frame + enter → rows: \(ms(opened + started.firstFrame + started.enterToRows))** |")
            started.task.cancel()
            terminal.shutdown()
            _ = await started.task.value
            await store.close()
        }
        await sandbox.server.stop()
    }
}

/// Long reads on the store, one after another, until stopped: first a sort by a column that has
/// no index yet (the store builds it), then exact counts of two-letter filters (LIKE scans of
/// every row; each a new filter, so no count is remembered, up to 1,296 of them).
final class BusyReader: Sendable {
    let store: RecordStore
    let key: RecordCollectionKey
    private struct Tally {
        var stopped = false
        var started = false
        var reads: [Double] = []
        var sort: Double?
    }
    private let tally = Mutex(Tally())

    init(store: RecordStore, key: RecordCollectionKey) {
        self.store = store
        self.key = key
    }

    func run() async {
        // 36 × 36 two-character filters, each counted once (a count is remembered until a write).
        let letters = Array("qxzjkvwybcdfghlmnprst0123456789aeiou")
        var i = 0
        tally.withLock { $0.started = true }
        if let columns = try? await store.columns(of: key), let column = columns.last(where: { $0 != "id" && $0 != "name" }) {
            let t0 = ContinuousClock.now
            _ = try? await store.rows(key, offset: 0, limit: 60, sort: [RecordOrder(column: column)])
            // The window answers from a scan; its index is built right after (timed together).
            try? await store.buildDeferredSortIndexes()
            let dt = (ContinuousClock.now - t0).inSeconds
            tally.withLock { $0.sort = dt }
        }
        while !tally.withLock({ $0.stopped }) {
            let filter = String([letters[i % letters.count], letters[(i / letters.count) % letters.count]])
            i += 1
            let t0 = ContinuousClock.now
            _ = try? await store.count(key, filter: filter)
            let dt = (ContinuousClock.now - t0).inSeconds
            tally.withLock { $0.reads.append(dt) }
        }
    }

    func waitStarted() async -> Bool {
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline {
            if tally.withLock({ $0.started }) { return true }
            try? await Task.sleep(for: .milliseconds(1))
        }
        return false
    }

    func stop() { tally.withLock { $0.stopped = true } }

    var summary: String {
        tally.withLock { t in
            let reads = t.reads.sorted()
            let sort = t.sort.map { "a sort by a column with no index (its window, then the index) \(LoopBenchmarks.ms($0)), then " } ?? ""
            guard let first = reads.first, let last = reads.last else { return sort + "no count finished" }
            return sort + "\(reads.count) LIKE counts of 2 letters, \(LoopBenchmarks.ms(first))–\(LoopBenchmarks.ms(last)) each"
        }
    }
}
