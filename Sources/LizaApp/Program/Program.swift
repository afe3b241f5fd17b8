import Foundation
import LizaAPI
import TUIKit

/// The program loop (imperative shell): terminal events and effect results come in as actions;
/// `ProgramStep.run` changes the state (`AppUpdate.update`), records its layout into it and returns
/// effects; the view is drawn and presented only when the state changed. No timer runs unless
/// something animates.
@MainActor
public final class Program {
    /// The current state (read it in tests; only `AppUpdate` changes it).
    public private(set) var state: AppState
    /// Where effects, input and the client observer send actions.
    public let inbox: ActionInbox
    private let terminal: any TerminalHost
    private let runner: EffectRunner
    /// Frames presented so far (tests use it to wait for a redraw).
    public private(set) var framesPresented = 0

    /// - Parameters:
    ///   - inbox: create it first and give the client's observer `{ inbox.send(.client($0)) }`.
    public init(terminal: any TerminalHost, service: (any LizaService)?, state: AppState, inbox: ActionInbox = ActionInbox(),
                environment: ProgramEnvironment = ProgramEnvironment()) {
        self.terminal = terminal
        self.inbox = inbox
        var initial = state
        initial.size = terminal.size
        self.state = initial
        let box = inbox
        self.runner = EffectRunner(service: service, terminal: terminal, environment: environment) { box.send($0) }
    }

    /// Runs until the user quits or the terminal closes. Returns the exit code (0).
    public func run() async -> Int32 {
        let events = terminal.events
        let box = inbox
        let input = Task.detached {
            for await event in events {
                switch event {
                case .key(let k): box.send(.key(k))
                case .mouse(let m): box.send(.mouse(m))
                case .resize(let size): box.send(.resize(size))
                }
            }
            box.send(.terminalClosed)
        }
        defer {
            input.cancel()
            runner.cancelAll()
        }
        for effect in ProgramStep.start(&state) { runner.run(effect) }
        render()
        for await action in inbox.stream {
            let before = state
            let effects = ProgramStep.run(&state, action)
            for effect in effects { runner.run(effect) }
            if state.quitRequested { break }
            // A resize always redraws: the terminal may have cleared or reflowed the screen.
            if state != before || { if case .resize = action { return true } else { return false } }() { render() }
        }
        return 0
    }

    /// Draws the current state and hands the frame to the terminal.
    private func render() {
        terminal.present(RootView.render(state, size: state.size, theme: state.theme))
        framesPresented += 1
    }
}
