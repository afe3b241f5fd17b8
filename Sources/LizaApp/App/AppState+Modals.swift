import Foundation
import LizaAPI
import TUIKit

extension AppState {
    /// Pushes a modal on top of the stack.
    mutating func present<Modal: ModalComponent>(_ modal: Modal) { modals.append(modal.asModal) }

    /// Runs `body` on the topmost modal of `modalCase` that satisfies `predicate`, as its typed
    /// state. While `body` runs the modal is out of the stack (so `body` may change the app freely,
    /// push a modal over it, or reach another modal); afterwards the edited state goes back to its
    /// place unless `body` closed or replaced it. Nil when there is no such modal.
    @discardableResult
    mutating func withModal<Modal, Result>(
        _ modalCase: ModalCase<Modal>, where predicate: (Modal) -> Bool = { _ in true },
        _ body: (inout Modal, inout AppState, inout ModalDisposition) -> Result
    ) -> Result? {
        guard let index = modals.lastIndex(where: { modalCase.extract($0).map(predicate) ?? false }),
              var modal = modalCase.extract(modals[index]) else { return nil }
        return run(&modal, at: index, modalCase, body)
    }

    /// Runs `body` on the top modal when it is `modalCase` (see `withModal`).
    @discardableResult
    mutating func withTop<Modal, Result>(
        _ modalCase: ModalCase<Modal>, _ body: (inout Modal, inout AppState, inout ModalDisposition) -> Result
    ) -> Result? {
        guard let top = modals.indices.last, var modal = modalCase.extract(modals[top]) else { return nil }
        return run(&modal, at: top, modalCase, body)
    }

    private mutating func run<Modal, Result>(
        _ modal: inout Modal, at index: Int, _ modalCase: ModalCase<Modal>,
        _ body: (inout Modal, inout AppState, inout ModalDisposition) -> Result
    ) -> Result {
        modals.remove(at: index)
        var disposition = ModalDisposition.keep
        let result = body(&modal, &self, &disposition)
        // Modals pushed by `body` stay above this one.
        let place = min(index, modals.count)
        switch disposition {
        case .keep: modals.insert(modalCase.embed(modal), at: place)
        case .close: break
        case .replace(let other): modals.insert(other, at: place)
        }
        return result
    }

    /// Hands each modal its part of the recorded layout (`Viewport.modals`, in stack order).
    mutating func layOutModals(_ layouts: [ModalLayout]) {
        for index in modals.indices where index < layouts.count {
            modals[index] = Self.laidOut(modals[index].component, layouts[index])
        }
    }

    private static func laidOut<Modal: ModalComponent>(_ modal: Modal, _ layout: ModalLayout) -> AppModal {
        var modal = modal
        modal.laidOut(layout)
        return modal.asModal
    }

    /// A command for the top modal, handled by its component.
    mutating func performOnTopModal(_ command: Command) -> [Effect] {
        guard let top = modals.last else { return [] }
        return performOnTop(top.component, command)
    }

    /// A text key for the top modal, handled by its component.
    mutating func typeIntoTopModal(_ event: KeyEvent) -> [Effect] {
        guard let top = modals.last else { return [] }
        return typeIntoTop(top.component, event)
    }

    /// A left click for the top modal: a footer item runs its command, anything else inside the
    /// frame (as last laid out, `viewport.modals`) goes to the component; outside it does nothing.
    mutating func clickTopModal(_ event: MouseEvent) -> [Effect] {
        guard let top = modals.last, viewport.modals.count == modals.count,
              let frame = viewport.modals.last?.frame, frame.contains(event.position) else { return [] }
        return clickTop(top.component, event, frame: frame)
    }

    private mutating func clickTop<Modal: ModalComponent>(_ modal: Modal, _ event: MouseEvent, frame: Rect) -> [Effect] {
        withTop(Modal.modalCase) { modal, app, disposition in
            if let command = ModalFooter.command(at: event.position, frame: frame, keys: app.keys, context: modal.footerContext,
                                                 items: modal.footerItems) {
                return modal.perform(command, app: &app, disposition: &disposition)
            }
            return modal.click(at: event.position, clickCount: event.clickCount, frame: frame, app: &app, disposition: &disposition)
        } ?? []
    }

    /// `modal` only names the type: the state edited is the one in the stack.
    private mutating func performOnTop<Modal: ModalComponent>(_ modal: Modal, _ command: Command) -> [Effect] {
        withTop(Modal.modalCase) { $0.perform(command, app: &$1, disposition: &$2) } ?? []
    }

    private mutating func typeIntoTop<Modal: ModalComponent>(_ modal: Modal, _ event: KeyEvent) -> [Effect] {
        withTop(Modal.modalCase) { $0.text(event, app: &$1, disposition: &$2) } ?? []
    }
}
