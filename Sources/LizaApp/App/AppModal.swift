import Foundation
import TUIKit
import LizaAPI
/// A window over the panes. `AppState.modals` is a stack: keys go to the top one.
enum AppModal: Hashable, Sendable {
    case help(HelpState)
    case palette(PaletteState)
    case confirm(ConfirmState)
    case message(MessageState)
    /// A JSON value in TUIKit's viewer, with the modal's title.
    case document(title: String, json: JSONViewState)
    case connect(ConnectFormState)
    case authorize(AuthorizeState)
    case callback(CallbackState)
    case passthrough(PassthroughState)
    case objectPicker(ObjectPickerState)
    case queryForm(QueryFormState)
    case lookupForm(LookupFormState)

    /// The key context while this modal is on top.
    var keyContext: KeyContext {
        switch self {
        case .help: return .help
        case .palette: return .palette
        case .confirm: return .confirm
        case .message: return .message
        case .document(_, let json): return json.isSearching ? .search : .document
        case .connect: return .connectForm
        case .authorize: return .authorize
        case .callback: return .callbackForm
        case .passthrough(let p): return p.focus == .response ? (p.response?.isSearching == true ? .search : .passthroughResponse) : .passthrough
        case .objectPicker: return .objectPicker
        case .queryForm: return .queryForm
        case .lookupForm: return .lookupForm
        }
    }
}
