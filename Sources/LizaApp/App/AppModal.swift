import Foundation
import LizaAPI
import TUIKit

/// A window over the panes. `AppState.modals` is a stack: keys go to the top one. Each case holds
/// a `ModalComponent`; `component` is the one place a modal is registered.
enum AppModal: Hashable, Sendable {
    case help(HelpState)
    case palette(PaletteState)
    case confirm(ConfirmState)
    case message(MessageState)
    case document(DocumentState)
    case connect(ConnectFormState)
    case authorize(AuthorizeState)
    case callback(CallbackState)
    case passthrough(PassthroughState)
    case objectPicker(ObjectPickerState)
    case queryForm(QueryFormState)
    case lookupForm(LookupFormState)
    case doctor(DoctorState)
    case export(ExportState)
    case columnChooser(ColumnChooserState)
    case recordDiff(RecordDiffState)

    /// The modal's component (state, commands, text, rendering, key context).
    var component: any ModalComponent {
        switch self {
        case .help(let modal): return modal
        case .palette(let modal): return modal
        case .confirm(let modal): return modal
        case .message(let modal): return modal
        case .document(let modal): return modal
        case .connect(let modal): return modal
        case .authorize(let modal): return modal
        case .callback(let modal): return modal
        case .passthrough(let modal): return modal
        case .objectPicker(let modal): return modal
        case .queryForm(let modal): return modal
        case .lookupForm(let modal): return modal
        case .doctor(let modal): return modal
        case .export(let modal): return modal
        case .columnChooser(let modal): return modal
        case .recordDiff(let modal): return modal
        }
    }

    /// Every modal, in the order help and the README list their keys.
    static var registered: [any ModalComponent.Type] {
        [DocumentState.self, PaletteState.self, HelpState.self, ConfirmState.self, MessageState.self, ConnectFormState.self,
         AuthorizeState.self, CallbackState.self, DoctorState.self, PassthroughState.self, ObjectPickerState.self, QueryFormState.self,
         LookupFormState.self, ExportState.self, ColumnChooserState.self, RecordDiffState.self]
    }

    /// The key context while this modal is on top.
    var keyContext: KeyContext { component.keyContext }
}
