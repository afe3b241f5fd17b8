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
    /// `D`: probe a connection's object types; `r`: connect again like it (relink).
    case doctor, relink
    /// `q` in the authorize step: the URL's QR code instead of its text.
    case toggleQR
    case serverQuery, updatedSince, pageSize, loadAll, sortNext, sortReverse
    /// With the record store: `R` re-syncs everything (finds deletions); `c` diffs a changed row.
    case fullSync, showDiff
    /// The second sort key (ties of the first): next column, reverse.
    case sortThenNext, sortThenReverse
    /// `e`: write the records to a file (CSV, JSON, NDJSON).
    case export
    /// `C`: the column chooser; in it, move the column up/down and pin the first one.
    case chooseColumns, moveUp, moveDown, pinColumn
    /// `<`/`>`: the current column narrower/wider.
    case narrow, widen
    case pickObject, nextObject, previousObject
    case copy, openInBrowser, toggleFold, fold, unfold, search, searchNext, searchPrevious
    case confirm, cancel
    case startDemo
    case send, nextField, previousField, toggle, historyPrevious, historyNext
    /// Takes the completion shown after what was typed (the connect form's integration).
    case acceptCompletion
    /// Selects every choice, or none when all are selected (the connect form's categories).
    case selectAll
    /// Chooses this HTTP method (the passthrough form's Method field).
    case setMethod(HTTPMethod)
    /// Copies the request as `curl` (token as `$LIZA_TOKEN`) / as a `liza` command (OSC 52).
    case copyCurl, copyCommand
    /// `|`: filter a JSON view through jq.
    case jqFilter
    /// `v`: the JSON in `$PAGER`; `ctrl-e`: the passthrough body in `$VISUAL`/`$EDITOR`.
    case pager, editBody
}
