import Foundation
import TUIKit

/// One turn of the program loop on the state, shared by `Program` and the tests: update applies
/// the action, then the state is laid out (`Viewport(laying:)`, the views' own layout) and the
/// result goes back to update as `Action.laidOut`, so update always knows the geometry of the
/// state it is about to receive keys and clicks for — without calling view code itself.
enum ProgramStep {
    /// The effects to run at start-up, with the first layout recorded.
    static func start(_ state: inout AppState) -> [Effect] {
        AppUpdate.start(&state) + recordLayout(&state)
    }

    /// Applies `action`, then records the layout of the result.
    static func run(_ state: inout AppState, _ action: Action) -> [Effect] {
        AppUpdate.update(&state, action) + recordLayout(&state)
    }

    /// Lays `state` out and hands the result to update (a no-op when nothing moved).
    static func recordLayout(_ state: inout AppState) -> [Effect] {
        AppUpdate.update(&state, .laidOut(Viewport(laying: state)))
    }
}
