import Foundation
import TUIKit
import LizaAPI
extension AppState {
    /// Pushes a modal on top of the stack.
    mutating func push(_ modal: AppModal) { modals.append(modal) }

    /// Removes the top modal.
    mutating func pop() { if !modals.isEmpty { modals.removeLast() } }

    /// The index of the topmost modal satisfying `predicate`.
    func modalIndex(where predicate: (AppModal) -> Bool) -> Int? { modals.lastIndex(where: predicate) }
}
