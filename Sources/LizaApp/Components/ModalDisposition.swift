import Foundation

/// What happens to a modal after one of its handlers ran.
enum ModalDisposition: Hashable, Sendable {
    /// It stays where it was, with the edited state.
    case keep
    /// It is removed from the stack.
    case close
    /// Another modal takes its place (the connect form becomes the authorize step).
    case replace(AppModal)
}
