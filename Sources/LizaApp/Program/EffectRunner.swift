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

    /// Performs one effect and sends its result, unless the task was cancelled meanwhile.
    nonisolated private static func execute(_ effect: Effect, service: (any LizaService)?, environment: ProgramEnvironment,
                                            terminal: any TerminalHost,
                                send: @escaping @Sendable (Action) -> Void,
                                replaceService: @MainActor (any LizaService) -> Void) async {
        @Sendable func deliver(_ action: Action) {
            if !Task.isCancelled { send(action) }
        }
        switch effect {
        case .request(let request):
            // The request calls the service and names its answers (see ServiceRequest).
            await request.run(service, deliver)
        case .store(let request):
            // Without a store (cache policy `off`) the Records pane never asks for one.
            if let store = environment.recordStore { await request.run(store, service, deliver) }
        case .connectListening(let request, let waitSeconds, let generation):
            await connectListening(request, waitSeconds: waitSeconds, generation: generation, service: service,
                                   start: environment.startRedirectListener, deliver: deliver)
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

    /// Starts the loopback listener (when there is one), connects with its address as
    /// `redirect_url`, then waits for the browser in the same task: cancelling the effect (esc,
    /// a new connect) closes the listener and leaves the connection pending.
    nonisolated private static func connectListening(_ request: ConnectRequest, waitSeconds: Int, generation g: Int,
                                                     service: (any LizaService)?, start: RedirectListenerStarter?,
                                                     deliver: @escaping @Sendable (Action) -> Void) async {
        guard let service else { deliver(.connected(generation: g, .failure(ServiceRequest.noService))); return }
        var request = request
        var listener: (any RedirectListening)?
        var problem = "no listener in this build"
        if let start {
            do {
                let started = try await start()
                listener = started
                request.redirectURL = started.redirectURL
            } catch {
                problem = "\(error)"
            }
        }
        let response: ConnectResponse
        do {
            response = try await service.connect(request)
        } catch {
            await listener?.close()
            deliver(.connected(generation: g, .failure(error)))
            return
        }
        deliver(.connected(generation: g, .success(response)))
        guard let listener else {
            deliver(.browserReturn(generation: g, .couldNotListen(problem)))
            return
        }
        deliver(.browserReturn(generation: g, .waiting))
        let expected = RedirectExpectation(connectionID: response.connectionID, authorizationURL: response.url)
        let id = response.connectionID
        do {
            let outcome = try await listener.awaitCompletion(
                expected, timeout: .seconds(min(max(waitSeconds, 1), 86_400)),
                refused: { deliver(.browserReturn(generation: g, .refused($0.reason))) },
                finalize: { arrival in
                    if arrival == .approved { deliver(.browserReturn(generation: g, .approved)) }
                    return await RedirectOutcome.finalizing(arrival) { () async throws(LizaError) in try await service.callback(connectionID: id) }
                })
            deliver(.browserReturn(generation: g, BrowserReturn(outcome)))
        } catch {
            // Cancelled: the authorize step was closed or finished another way.
            await listener.close()
        }
    }
}
