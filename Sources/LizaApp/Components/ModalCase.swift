import Foundation

/// A typed path to one case of `AppModal`: how to wrap a state into the case and get it back.
/// Hand-written (one line per modal, next to the component) rather than swift-case-paths'
/// `@CasePathable` macro: the macro would pull swift-syntax into the build (minutes on every
/// clean build) for twelve two-line closures.
struct ModalCase<State: Sendable>: Sendable {
    /// Wraps a state into its `AppModal` case.
    let embed: @Sendable (State) -> AppModal
    /// The state when `modal` is this case.
    let extract: @Sendable (AppModal) -> State?

    init(embed: @escaping @Sendable (State) -> AppModal, extract: @escaping @Sendable (AppModal) -> State?) {
        self.embed = embed
        self.extract = extract
    }
}
