import Foundation
import TUIKit
import LizaAPI
/// What a key means. The keymap maps keys to commands per context; update interprets a command
/// in the context it came from (so `enter` opens a record in Records and submits in a form).
public enum Command: Hashable, Sendable {
    case quit
    case focus(Pane)
    case focusNext, focusPrevious
    case up, down, top, bottom, pageUp, pageDown, left, right
    case filter, palette, help, refresh, back, errorDetails
    /// `enter`: open, drill in, submit.
    case select
    case connect, delete, inspect, passthrough, finalize
    case serverQuery, updatedSince, pageSize, loadAll, sortNext, sortReverse
    case pickObject, nextObject, previousObject
    case copy, openInBrowser, toggleFold, fold, unfold, search, searchNext, searchPrevious
    case confirm, cancel
    case startDemo
    case send, nextField, previousField, toggle, historyPrevious, historyNext
    /// Takes the completion shown after what was typed (the connect form's integration).
    case acceptCompletion
    /// Copies the request as `curl` (token as `$LIZA_TOKEN`) / as a `liza` command (OSC 52).
    case copyCurl, copyCommand
    /// `|`: filter a JSON view through jq.
    case jqFilter
    /// `v`: the JSON in `$PAGER`; `ctrl-e`: the passthrough body in `$VISUAL`/`$EDITOR`.
    case pager, editBody
}
