import Foundation
import LizaAPI
import OrderedJSON
import TUIKit

/// The passthrough form: edit, send (`ctrl-s`), read the response; history with `ctrl-p`/`ctrl-n`.
enum PassthroughUpdate {
    /// Opens the form for `connection`, restoring what was typed last time for it.
    static func open(_ s: inout AppState, connection c: Connection) {
        if let draft = s.passthroughDrafts[c.id] {
            s.push(.passthrough(draft))
            return
        }
        let label = "\(c.integrationName ?? c.integrationType) · \(ShortID.of(c.id))"
        s.push(.passthrough(PassthroughState(connectionID: c.id, connectionLabel: label, path: examplePath(c.integrationType))))
    }

    /// A GET that works for well-known providers, so `p` then `ctrl-s` shows something at once.
    static func examplePath(_ integrationType: String) -> String {
        switch integrationType.lowercased() {
        case "hubspot": return "/crm/v3/objects/contacts"
        case "zendesk": return "/api/v2/tickets.json"
        case "googledrive": return "/drive/v3/files"
        default: return "/"
        }
    }

    private static func topIndex(_ s: AppState) -> Int? {
        s.modalIndex { if case .passthrough = $0 { return true } else { return false } }
    }

    static func perform(_ s: inout AppState, _ command: Command) -> [Effect] {
        guard case .passthrough(var p) = s.modals.last else { return [] }
        let split = LayoutPlan.passthroughSplit(s.size)
        var fx: [Effect] = []
        if p.focus == .response, var body = p.response, command != .send, command != .nextField, command != .previousField {
            if command == .back && !body.isSearching {
                close(&s, p)
                return []
            }
            fx = respond(&body, command, page: split.response, status: &s.status)
            p.response = body
            s.modals[s.modals.count - 1] = .passthrough(p)
            return fx
        }
        switch command {
        case .nextField, .previousField:
            var order: [PassthroughState.Focus] = [.method, .path, .body]
            if p.response != nil { order.append(.response) }
            let i = order.firstIndex(of: p.focus) ?? 0
            p.focus = order[(i + (command == .nextField ? 1 : order.count - 1)) % order.count]
        case .historyPrevious, .historyNext:
            let history = s.passthroughHistory.filter { $0.connectionID == p.connectionID }
            guard !history.isEmpty else {
                s.status.notice = "no earlier requests for this connection"
                break
            }
            let current = p.historyIndex ?? history.count
            // The walk is history[0..<count] followed by the unsent draft at index `count`.
            let i = min(max(0, current + (command == .historyPrevious ? -1 : 1)), history.count)
            if i == current { break }
            if p.historyIndex == nil {
                p.historyDraft = PassthroughHistoryEntry(connectionID: p.connectionID, method: p.method, path: p.path.text,
                                                         body: p.body.text, status: nil)
            }
            let e: PassthroughHistoryEntry
            if i == history.count {
                e = p.historyDraft ?? PassthroughHistoryEntry(connectionID: p.connectionID, method: .GET, path: "", body: "", status: nil)
                p.historyIndex = nil
                p.historyDraft = nil
                s.status.notice = "back to your draft"
            } else {
                e = history[i]
                p.historyIndex = i
                s.status.notice = "history \(i + 1)/\(history.count)"
            }
            p.method = e.method
            p.path.text = e.path
            p.body = TextAreaState(text: e.body)
            validate(&p)
        case .send:
            s.modals[s.modals.count - 1] = .passthrough(p)
            return requestSend(&s)
        case .back:
            // While a request is in flight, esc cancels it (the form stays); else it closes.
            if p.send.isLoading {
                p.send = .idle
                s.status.notice = "cancelled"
                fx = [.cancel(.passthrough)]
                break
            }
            close(&s, p)
            return fx
        default:
            break
        }
        s.modals[s.modals.count - 1] = .passthrough(p)
        return fx
    }

    /// A viewer command on the response: JSON goes to the JSON viewer; text scrolls and searches; every kind copies.
    private static func respond(_ body: inout ResponseBody, _ command: Command, page: Int, status: inout StatusState) -> [Effect] {
        switch body {
        case .json(var json):
            let fx = DocumentUpdate.apply(&json, command, page: page, status: &status)
            body = .json(json)
            return fx
        case .text(var t):
            defer { body = .text(t) }
            if t.isSearching {
                switch command {
                case .select:
                    t.submitSearch(page: page)
                    let n = t.matchingLines().count
                    status.notice = t.query.isEmpty ? nil : (n == 0 ? "no match for \"\(t.query)\"" : "\(n) matching line\(n == 1 ? "" : "s")")
                case .back: t.cancelSearch()
                default: break
                }
                return []
            }
            switch command {
            case .up: t.scroll(to: t.scroll - 1, page: page)
            case .down: t.scroll(to: t.scroll + 1, page: page)
            case .top: t.scroll(to: 0, page: page)
            case .bottom: t.scroll(to: t.lines.count, page: page)
            case .pageUp: t.scroll(to: t.scroll - max(1, page - 1), page: page)
            case .pageDown: t.scroll(to: t.scroll + max(1, page - 1), page: page)
            case .search: t.beginSearch()
            case .searchNext: t.search(forward: true, page: page)
            case .searchPrevious: t.search(forward: false, page: page)
            case .copy: return DocumentUpdate.copy(t.text, status: &status)
            default: break
            }
            return []
        case .binary, .empty:
            return command == .copy ? DocumentUpdate.copy("", status: &status) : []
        }
    }

    /// Closing keeps the draft (per connection) so `p` brings it back.
    private static func close(_ s: inout AppState, _ p: PassthroughState) {
        var draft = p
        draft.send = .idle
        s.passthroughDrafts[p.connectionID] = draft
        s.pop()
    }

    static func text(_ s: inout AppState, _ event: KeyEvent) -> [Effect] {
        guard case .passthrough(var p) = s.modals.last else { return [] }
        switch p.focus {
        case .method:
            let all = HTTPMethod.allCases
            let i = all.firstIndex(of: p.method) ?? 0
            switch event.key {
            case .left: p.method = all[(i + all.count - 1) % all.count]
            case .right, .char(" "): p.method = all[(i + 1) % all.count]
            case .enter: p.focus = .path
            case .char(let c):
                let first = Character(c.lowercased())
                if let m = all.first(where: { $0.rawValue.lowercased().first == first && $0 != p.method })
                    ?? all.first(where: { $0.rawValue.lowercased().first == first }) {
                    p.method = m
                }
            default: break
            }
        case .path:
            if event.key == .enter {
                p.focus = .body
            } else {
                p.path.handle(event)
                p.error = nil
            }
        case .body:
            let area = LayoutPlan.passthroughBodyRect(in: s.size)
            p.body.viewportHeight = area.height
            p.body.viewportWidth = PassthroughView.bodyEditor(focused: true).textArea(in: area, state: p.body).width
            if p.body.handle(event) {
                validate(&p)
                p.error = nil
            }
        case .response:
            if case .json(var json) = p.response, json.isSearching {
                json.editSearch(event)
                p.response = .json(json)
            } else if case .text(var t) = p.response, t.isSearching {
                t.searchField?.handle(event)
                p.response = .text(t)
            }
        }
        s.modals[s.modals.count - 1] = .passthrough(p)
        return []
    }

    static func validate(_ p: inout PassthroughState) {
        if case .failure(let e) = PassthroughBody.parse(p.body.text) { p.bodyError = e } else { p.bodyError = nil }
    }

    /// `ctrl-s`: checks the form; GET goes at once, other methods ask first.
    static func requestSend(_ s: inout AppState) -> [Effect] {
        guard let i = topIndex(s), case .passthrough(var p) = s.modals[i] else { return [] }
        validate(&p)
        let path = p.path.text.trimmingCharacters(in: .whitespaces)
        if path.isEmpty {
            p.error = "the path is required, e.g. /crm/v3/objects/contacts"
            p.focus = .path
        } else if let e = p.bodyError {
            p.error = "not sent: the body has an error at line \(e.line), column \(e.column)"
            p.focus = .body
        } else if p.send.isLoading {
            s.modals[i] = .passthrough(p)
            return []
        } else if p.method != .GET {
            s.modals[i] = .passthrough(p)
            s.push(.confirm(ConfirmState(
                title: "Send \(p.method.rawValue)",
                message: "Send \(p.method.rawValue) \(path) to \(p.connectionLabel)? It goes to the provider and may change data there.",
                confirmLabel: "send", intent: .sendPassthrough)))
            return []
        } else {
            s.modals[i] = .passthrough(p)
            return startSend(&s)
        }
        s.modals[i] = .passthrough(p)
        return []
    }

    /// Sends the request in the topmost passthrough form.
    static func startSend(_ s: inout AppState) -> [Effect] {
        guard let i = topIndex(s), case .passthrough(var p) = s.modals[i] else { return [] }
        guard case .success(let data) = PassthroughBody.parse(p.body.text) else { return [] }
        let g = s.nextGeneration()
        p.send = .loading(generation: g)
        p.error = nil
        s.modals[i] = .passthrough(p)
        let request = PassthroughRequest(method: p.method, path: p.path.text.trimmingCharacters(in: .whitespaces), data: data)
        return [.passthrough(connectionID: p.connectionID, request, generation: g)]
    }

    static func answered(_ s: inout AppState, generation: Int, _ result: Result<PassthroughResponse, LizaError>) -> [Effect] {
        guard let i = s.modalIndex(where: { if case .passthrough(let p) = $0 { return p.send.accepts(generation) } else { return false } }),
              case .passthrough(var p) = s.modals[i] else { return [] }
        var entry = PassthroughHistoryEntry(connectionID: p.connectionID, method: p.method, path: p.path.text, body: p.body.text, status: nil)
        switch result {
        case .success(let r):
            p.send = .loaded
            p.status = r.status
            p.duration = r.duration
            p.contentType = r.contentType
            switch r.body {
            case .empty: p.response = .empty
            case .json(let v): p.response = .json(JSONViewState(value: v, viewportHeight: LayoutPlan.passthroughSplit(s.size).response))
            case .text(let t): p.response = .text(TextBodyState(text: t))
            case .binary(let n): p.response = .binary(byteCount: n)
            }
            p.focus = .response
            p.error = r.isSuccess ? nil : "the provider answered HTTP \(r.status)"
            entry.status = r.status
        case .failure(let e):
            p.send = .failed(e)
            p.error = e.description
        }
        if s.passthroughHistory.last != entry { s.passthroughHistory.append(entry) }
        if s.passthroughHistory.count > AppState.historyLimit { s.passthroughHistory.removeFirst() }
        p.historyIndex = nil
        p.historyDraft = nil
        s.modals[i] = .passthrough(p)
        return [.saveHistory(profile: s.session.profile, s.passthroughHistory)]
    }
}
