import Foundation
import LizaAPI
import OrderedJSON
import TUIKit

/// Runs effects as cancellable tasks keyed by `EffectID`: starting one cancels the running
/// one with the same id. Results come back as actions through `send`; update drops those whose
/// generation is stale, so a late answer can never overwrite newer state.
@MainActor
final class EffectRunner {
    private(set) var service: (any LizaService)?
    private let terminal: any TerminalHost
    private let environment: ProgramEnvironment
    private let send: @Sendable (Action) -> Void
    private var tasks: [EffectID: (serial: Int, task: Task<Void, Never>)] = [:]
    private var serial = 0
    /// Tick interval while something animates.
    static let tickInterval: Duration = .milliseconds(100)

    init(service: (any LizaService)?, terminal: any TerminalHost, environment: ProgramEnvironment,
                send: @escaping @Sendable (Action) -> Void) {
        self.service = service
        self.terminal = terminal
        self.environment = environment
        self.send = send
    }

    /// Number of effects still running (for tests).
    var runningCount: Int { tasks.count }

    /// Cancels everything (on quit).
    func cancelAll() {
        for entry in tasks.values { entry.task.cancel() }
        tasks.removeAll()
    }

    func run(_ effect: Effect) {
        let send = self.send
        switch effect {
        case .cancel(let id):
            tasks.removeValue(forKey: id)?.task.cancel()
            return
        case .copyToClipboard(let text):
            terminal.copyToClipboard(text)
            return
        default:
            break
        }
        guard let id = effect.id else { return }
        tasks.removeValue(forKey: id)?.task.cancel()
        let service = self.service
        let environment = self.environment
        let terminal = self.terminal
        serial += 1
        let mine = serial
        let task = Task { [weak self] in
            await Self.execute(effect, service: service, environment: environment, terminal: terminal, send: send) { newService in
                self?.service = newService
            }
            self?.finished(id, serial: mine)
        }
        tasks[id] = (mine, task)
    }

    /// Forgets a finished task unless a newer one with the same id replaced it already.
    private func finished(_ id: EffectID, serial: Int) {
        if tasks[id]?.serial == serial { tasks[id] = nil }
    }

    nonisolated private static func noService() -> LizaError {
        LizaError(kind: .configuration, message: "no API configured (set LIZA_TOKEN, run liza login, or start the demo)")
    }

    /// Performs one effect and sends its result, unless the task was cancelled meanwhile.
    nonisolated private static func execute(_ effect: Effect, service: (any LizaService)?, environment: ProgramEnvironment,
                                            terminal: any TerminalHost,
                                send: @escaping @Sendable (Action) -> Void,
                                replaceService: @MainActor (any LizaService) -> Void) async {
        @Sendable func deliver(_ action: Action) {
            if !Task.isCancelled { send(action) }
        }
        func call<T>(_ body: (any LizaService) async throws(LizaError) -> T) async -> Result<T, LizaError> {
            guard let service else { return .failure(noService()) }
            do { return .success(try await body(service)) } catch { return .failure(error) }
        }
        switch effect {
        case .loadIntegrations(let g):
            deliver(.integrationsLoaded(generation: g, await call { s async throws(LizaError) in try await s.integrations() }))
        case .loadConnections(let g):
            deliver(.connectionsLoaded(generation: g, await call { s async throws(LizaError) in try await s.connections() }))
        case .deleteConnection(let id, let g):
            let r = await call { s async throws(LizaError) in try await s.deleteConnection(id: id); return id }
            deliver(.connectionDeleted(id: id, generation: g, r))
        case .connect(let request, let g):
            deliver(.connected(generation: g, await call { s async throws(LizaError) in try await s.connect(request) }))
        case .finalize(let id, let g):
            deliver(.finalized(generation: g, await call { s async throws(LizaError) in try await s.callback(connectionID: id) }))
        case .loadRecords(let q, let g):
            deliver(.recordsLoaded(generation: g, await call { s async throws(LizaError) in try await s.records(q) }))
        case .loadAllRecords(let q, let concurrency, let maxRecords, let g):
            guard let service else { deliver(.loadAllFinished(generation: g, .failure(noService()))); return }
            // The same engine as LizaClient.fetchAll, over the service seam.
            let result = await RecordPaging.fetchPages(
                q, concurrency: concurrency, maxRecords: maxRecords,
                fetch: { query throws(LizaError) in try await service.records(query) },
                yield: { page in deliver(.loadAllPage(generation: g, page)) })
            deliver(.loadAllFinished(generation: g, result))
        case .lookup(let id, let category, let object, let fields, let g):
            deliver(.lookedUp(generation: g, await call { s async throws(LizaError) in
                try await s.lookup(connectionID: id, category: category, objectType: object, fields: fields)
            }))
        case .passthrough(let id, let request, let g):
            deliver(.passthroughAnswered(generation: g, await call { s async throws(LizaError) in
                try await s.passthrough(connectionID: id, request)
            }))
        case .scheduleTick:
            let clock = ContinuousClock()
            let start = clock.now
            try? await Task.sleep(for: tickInterval)
            let elapsed = start.duration(to: clock.now)
            let seconds = elapsed.inSeconds
            deliver(.tick(elapsed: seconds))
        case .loadTheme(let name):
            deliver(.themeLoaded(name: name, await environment.loadTheme(name)))
        case .openURL(let url):
            deliver(.browserOpened(await environment.openURL(url)))
        case .startDemo:
            guard let start = environment.startDemo else {
                deliver(.demoStarted(.failure(AppFailure("the demo is not available in this build"))))
                return
            }
            switch await start() {
            case .success(let (newService, session)):
                await replaceService(newService)
                deliver(.demoStarted(.success(session)))
            case .failure(let f):
                deliver(.demoStarted(.failure(f)))
            }
        case .switchProfile(let name):
            guard let switching = environment.switchProfile else {
                deliver(.profileSwitched(name: name, .failure(AppFailure("profiles cannot be switched here"))))
                return
            }
            switch await switching(name) {
            case .success(let (newService, change)):
                await replaceService(newService)
                deliver(.profileSwitched(name: name, .success(change)))
            case .failure(let failure):
                deliver(.profileSwitched(name: name, .failure(failure)))
            }
        case .openPager(let text):
            deliver(.pagerClosed(await ForegroundTools.page(text, terminal: terminal)))
        case .editBody(let text, let generation):
            deliver(.bodyEdited(generation: generation, await ForegroundTools.edit(text, terminal: terminal)))
        case .jqFilter(let input, let expression, let generation):
            deliver(.jqFiltered(generation: generation, await JQRunner.run(input: input, expression: expression)))
        case .saveHistory(let profile, let entries):
            await environment.saveHistory?(profile, entries)
        case .loadHistory(let profile):
            if let load = environment.loadHistory { deliver(.historyLoaded(profile: profile, await load(profile))) }
        case .cancel, .copyToClipboard:
            break
        }
    }
}
