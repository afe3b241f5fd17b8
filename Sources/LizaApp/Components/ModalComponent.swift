import Foundation
import LizaAPI
import TUIKit

/// A modal window over the panes: its state type is the component. It handles the commands the
/// keymap gives it and the text keys no binding claimed, renders itself (pure, into a Buffer),
/// and names its key context (which picks its bindings, hints and help). `AppModal.component`
/// is the one place a modal is registered.
///
/// Handlers get the modal's own state `inout` and the rest of the app `inout` (the modal is out of
/// the stack while they run), and say through `disposition` whether the modal stays, closes or is
/// replaced; `AppState.withModal` writes the state back, so no edit can be lost.
protocol ModalComponent: Hashable, Sendable {
    /// The typed way into and out of `AppModal`.
    static var modalCase: ModalCase<Self> { get }
    /// The key contexts the modal uses and their default bindings (in help and README order).
    static var keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] { get }
    /// Where keys go while this modal is on top.
    var keyContext: KeyContext { get }
    /// What the spinner says while this modal waits for something; nil when idle.
    var loadingLabel: String? { get }
    /// A command from the keymap.
    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect]
    /// A key no binding claimed, in a text-entry context.
    mutating func text(_ event: KeyEvent, app: inout AppState, disposition: inout ModalDisposition) -> [Effect]
    /// Draws the modal over what is below it.
    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme)
    /// The modal's box on a screen of `size` (what `render` draws in; clicks outside it are ignored).
    func frame(in size: Size, app: AppState) -> Rect
    /// View side: the areas inside `frame` whose size the modal's commands depend on (recorded
    /// with the frame in `Viewport.modals`). Default: none.
    func regions(in frame: Rect, app: AppState) -> [ModalLayout.Region: Rect]
    /// Update side: the program laid the modal out (after every update); keep what the commands
    /// need, such as a viewer's page height. Default: nothing.
    mutating func laidOut(_ layout: ModalLayout)
    /// The commands of the footer in the bottom border, with their labels (nil: the binding's
    /// hint label); `render` shows them and a click on one runs it.
    var footerItems: [(Command, String?)] { get }
    /// The key context the footer's keys are looked up in (the key context, unless the modal
    /// shows one footer across its parts).
    var footerContext: KeyContext { get }
    /// A left click inside the frame that is not on a footer item (`clickCount` 2: double click).
    mutating func click(at point: Point, clickCount: Int, frame: Rect, app: inout AppState,
                        disposition: inout ModalDisposition) -> [Effect]
}

extension ModalComponent {
    var loadingLabel: String? { nil }

    func regions(in frame: Rect, app: AppState) -> [ModalLayout.Region: Rect] { [:] }

    mutating func laidOut(_ layout: ModalLayout) {}

    mutating func text(_ event: KeyEvent, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] { [] }

    var footerItems: [(Command, String?)] { [] }

    mutating func click(at point: Point, clickCount: Int, frame: Rect, app: inout AppState,
                        disposition: inout ModalDisposition) -> [Effect] { [] }

    /// The footer as `render` shows it: the keys in effect and the labels.
    func footer(_ keys: AppKeys) -> String { keys.footer(footerContext, footerItems) }

    var footerContext: KeyContext { keyContext }

    /// This modal as a stack entry.
    var asModal: AppModal { Self.modalCase.embed(self) }
}
