import Foundation
import LizaAPI
import OrderedJSON
import TUIKit

extension KeyContext {
    /// The form (its Body field uses it as it is; Method and Path add keys of their own).
    static let passthrough = KeyContext("passthrough", title: "Passthrough", isTextEntry: true)
    static let passthroughMethod = KeyContext("passthroughMethod", title: "Passthrough: Method", within: .passthrough)
    static let passthroughPath = KeyContext("passthroughPath", title: "Passthrough: Path", isTextEntry: true, within: .passthrough)
    static let passthroughResponse = KeyContext("passthroughResponse", title: "Passthrough response")
}

/// The passthrough form: edit, send, read the response; history per connection.
extension PassthroughState: ModalComponent {
    /// The modal's key contexts and their bindings (the defaults; `[keys.…]` remaps them).
    static let keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] = [
        (.passthrough, [
            KeyBinding([.ctrl("s")], "ctrl-s", "send", .send, hint: true),
            KeyBinding([KeyEvent(.tab)], "tab", "next field", .nextField, hint: true),
            KeyBinding([KeyEvent(.backTab)], "shift-tab", "previous field", .previousField),
            KeyBinding([.ctrl("p")], "ctrl-p", "previous request from history", .historyPrevious),
            KeyBinding([.ctrl("n")], "ctrl-n", "next request from history (past the newest: your draft)", .historyNext),
            KeyBinding([.ctrl("e")], "ctrl-e", "edit the body in $VISUAL / $EDITOR", .editBody),
            KeyBinding([.ctrl("y")], "ctrl-y", "copy the request as curl (OSC 52; token as $LIZA_TOKEN)", .copyCurl),
            KeyBinding([.ctrl("t")], "ctrl-t", "copy the request as a liza command (OSC 52)", .copyCommand),
            KeyBinding([KeyEvent(.escape)], "esc", "close; cancels a request in flight", .back, hint: true, short: "close"),
        ]),
        (.passthroughMethod, [
            KeyBinding([KeyEvent(.left), .char("h")], "←/h", "previous method", .left),
            KeyBinding([KeyEvent(.right), .char("l"), .char(" ")], "→/l/space", "next method", .right),
            KeyBinding([.char("g")], "g", "GET", .setMethod(.GET)),
            KeyBinding([.char("p")], "p", "POST", .setMethod(.POST)),
            KeyBinding([.char("u")], "u", "PUT", .setMethod(.PUT)),
            KeyBinding([.char("a")], "a", "PATCH", .setMethod(.PATCH)),
            KeyBinding([.char("d")], "d", "DELETE", .setMethod(.DELETE)),
            KeyBinding([KeyEvent(.enter)], "enter", "go to the path", .select),
        ]),
        (.passthroughPath, [
            KeyBinding([KeyEvent(.enter)], "enter", "go to the body; after a pasted curl command: import its method, path and body", .select),
        ]),
        (.passthroughResponse, AppKeymap.movement + [
            KeyBinding([KeyEvent(.tab)], "tab", "next field", .nextField, hint: true),
            KeyBinding([KeyEvent(.backTab)], "shift-tab", "previous field", .previousField),
            KeyBinding([.ctrl("s")], "ctrl-s", "send again", .send),
            KeyBinding([KeyEvent(.enter), .char(" ")], "enter/space", "fold / unfold", .toggleFold),
            KeyBinding([KeyEvent(.left), .char("h")], "←/h", "fold", .fold),
            KeyBinding([KeyEvent(.right), .char("l")], "→/l", "unfold", .unfold),
            KeyBinding([.char("/")], "/", "search the response", .search, hint: true, short: "search"),
            KeyBinding([.char("n")], "n", "next match", .searchNext),
            KeyBinding([.char("N")], "N", "previous match", .searchPrevious),
            KeyBinding([.char("y")], "y", "copy the body", .copy, hint: true, short: "copy"),
            KeyBinding([.char("|")], "|", "filter a JSON body through jq (enter on an empty line: all of it)", .jqFilter, hint: true, short: "jq"),
            KeyBinding([.char("v")], "v", "open the body in $PAGER (default less -R)", .pager),
            KeyBinding([.char("C")], "C", "copy the request as curl (OSC 52; token as $LIZA_TOKEN)", .copyCurl),
            KeyBinding([.char("Y")], "Y", "copy the request as a liza command (OSC 52)", .copyCommand),
            KeyBinding([KeyEvent(.escape), .char("q")], "esc", "close", .back, hint: true),
        ]),
    ]

    static let modalCase = ModalCase<PassthroughState>(embed: AppModal.passthrough) {
        guard case .passthrough(let modal) = $0 else { return nil }
        return modal
    }

    var keyContext: KeyContext {
        switch focus {
        case .method: return .passthroughMethod
        case .path: return .passthroughPath
        case .body: return .passthrough
        case .response:
            if jq.prompt != nil { return .jqPrompt }
            return response?.isSearching == true ? .search : .passthroughResponse
        }
    }

    var loadingLabel: String? { send.isLoading ? "sending \(method.rawValue) \(path.text)" : (jq.run.isLoading ? "running jq" : nil) }

    /// Opens the form for `connection`, restoring what was typed last time for it.
    static func open(_ app: inout AppState, connection: Connection) {
        if let draft = app.passthroughDrafts[connection.id] {
            app.present(draft)
            return
        }
        let label = "\(connection.integrationName ?? connection.integrationType) · \(ShortID.of(connection.id))"
        app.present(PassthroughState(connectionID: connection.id, connectionLabel: label, path: examplePath(connection.integrationType)))
    }

    /// A GET that works for well-known providers, so `p` then send shows something at once.
    static func examplePath(_ integrationType: String) -> String {
        switch integrationType.lowercased() {
        case "hubspot": return "/crm/v3/objects/contacts"
        case "zendesk": return "/api/v2/tickets.json"
        case "googledrive": return "/drive/v3/files"
        default: return "/"
        }
    }

    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        if command == .copyCurl || command == .copyCommand { return copyRequest(as: command, app: &app) }
        if command == .editBody {
            let generation = app.nextGeneration()
            editing = .loading(generation: generation)
            return [.editBody(body.text, generation: generation)]
        }
        if command == .pager, focus == .response {
            guard let text = response?.copyText, !text.isEmpty else {
                app.status.notice = "nothing to page"
                return []
            }
            return [.openPager(text)]
        }
        if focus == .response, case .json(var json) = response {
            if jq.prompt != nil {
                defer { response = .json(json) }
                if command == .select { return jq.submit(&json, app: &app) }
                if command == .back { jq.prompt = nil }
                return []
            }
            if command == .jqFilter {
                jq.begin()
                return []
            }
        } else if command == .jqFilter {
            app.status.notice = "| filters a JSON response"
            return []
        }
        if focus == .response, var body = response, command != .send, command != .nextField, command != .previousField {
            if command == .back && !body.isSearching {
                close(app: &app, disposition: &disposition)
                return []
            }
            let effects = Self.respond(&body, command, page: max(1, responseRows), status: &app.status)
            response = body
            return effects
        }
        switch command {
        case .left where focus == .method, .right where focus == .method:
            let all = HTTPMethod.allCases
            let i = all.firstIndex(of: method) ?? 0
            method = all[(i + (command == .right ? 1 : all.count - 1)) % all.count]
        case .setMethod(let chosen) where focus == .method:
            method = chosen
        case .select where focus == .method:
            focus = .path
        case .select where focus == .path:
            // A pasted `curl …` command is read as the request it makes; anything else goes on.
            if path.text.hasPrefix("curl ") { importCurl(app: &app) } else { focus = .body }
        case .nextField, .previousField:
            var order: [Focus] = [.method, .path, .body]
            if response != nil { order.append(.response) }
            let i = order.firstIndex(of: focus) ?? 0
            focus = order[(i + (command == .nextField ? 1 : order.count - 1)) % order.count]
        case .historyPrevious, .historyNext:
            let history = app.passthroughHistory.filter { $0.connectionID == connectionID }
            guard !history.isEmpty else {
                app.status.notice = "no earlier requests for this connection"
                break
            }
            let current = historyIndex ?? history.count
            // The walk is history[0..<count] followed by the unsent draft at index `count`.
            let i = min(max(0, current + (command == .historyPrevious ? -1 : 1)), history.count)
            if i == current { break }
            if historyIndex == nil {
                historyDraft = PassthroughHistoryEntry(connectionID: connectionID, method: method, path: path.text,
                                                       body: body.text, status: nil)
            }
            let entry: PassthroughHistoryEntry
            if i == history.count {
                entry = historyDraft ?? PassthroughHistoryEntry(connectionID: connectionID, method: .GET, path: "", body: "", status: nil)
                historyIndex = nil
                historyDraft = nil
                app.status.notice = "back to your draft"
            } else {
                entry = history[i]
                historyIndex = i
                app.status.notice = "history \(i + 1)/\(history.count)"
            }
            method = entry.method
            path.text = entry.path
            body = TextAreaState(text: entry.body)
            validate()
        case .send:
            return requestSend(app: &app)
        case .back:
            // While a request is in flight, esc cancels it (the form stays); else it closes.
            if send.isLoading {
                send = .idle
                app.status.notice = "cancelled"
                return [.cancel(.passthrough)]
            }
            close(app: &app, disposition: &disposition)
            return []
        default:
            break
        }
        return []
    }

    /// A viewer command on the response: JSON goes to the JSON viewer; text scrolls and searches; every kind copies.
    private static func respond(_ body: inout ResponseBody, _ command: Command, page: Int, status: inout StatusState) -> [Effect] {
        switch body {
        case .json(var json):
            let effects = DocumentState.apply(&json, command, page: page, status: &status)
            body = .json(json)
            return effects
        case .text(var text):
            defer { body = .text(text) }
            if text.isSearching {
                switch command {
                case .select:
                    text.submitSearch(page: page)
                    let count = text.matchingLines().count
                    status.notice = text.query.isEmpty ? nil : (count == 0 ? "no match for \"\(text.query)\"" : "\(count) matching line\(count == 1 ? "" : "s")")
                case .back: text.cancelSearch()
                default: break
                }
                return []
            }
            switch command {
            case .up: text.scroll(to: text.scroll - 1, page: page)
            case .down: text.scroll(to: text.scroll + 1, page: page)
            case .top: text.scroll(to: 0, page: page)
            case .bottom: text.scroll(to: text.lines.count, page: page)
            case .pageUp: text.scroll(to: text.scroll - max(1, page - 1), page: page)
            case .pageDown: text.scroll(to: text.scroll + max(1, page - 1), page: page)
            case .search: text.beginSearch()
            case .searchNext: text.search(forward: true, page: page)
            case .searchPrevious: text.search(forward: false, page: page)
            case .copy: return DocumentState.copy(text.text, status: &status)
            default: break
            }
            return []
        case .binary, .empty:
            return command == .copy ? DocumentState.copy("", status: &status) : []
        }
    }

    /// Closing keeps the draft (per connection) so `p` brings it back.
    private func close(app: inout AppState, disposition: inout ModalDisposition) {
        var draft = self
        draft.send = .idle
        app.passthroughDrafts[connectionID] = draft
        disposition = .close
    }

    mutating func text(_ event: KeyEvent, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        switch focus {
        case .method:
            // A choice, not text: its keys are the passthroughMethod bindings (`perform`).
            break
        case .path:
            path.handle(event)
            error = nil
        case .body:
            body.viewportHeight = bodyArea.height
            body.viewportWidth = Self.bodyEditor(focused: true).textArea(in: bodyArea, state: body).width
            if body.handle(event) {
                validate()
                error = nil
            }
        case .response:
            if jq.prompt != nil {
                jq.prompt?.handle(event)
            } else if case .json(var json) = response, json.isSearching {
                json.editSearch(event)
                response = .json(json)
            } else if case .text(var text) = response, text.isSearching {
                text.searchField?.handle(event)
                response = .text(text)
            }
        }
        return []
    }

    mutating func validate() {
        if case .failure(let problem) = PassthroughBody.parse(body.text) { bodyError = problem } else { bodyError = nil }
    }

    /// Send: checks the form; GET goes at once, other methods ask first.
    mutating func requestSend(app: inout AppState) -> [Effect] {
        validate()
        let trimmedPath = path.text.trimmingCharacters(in: .whitespaces)
        if trimmedPath.isEmpty {
            error = "the path is required, e.g. /crm/v3/objects/contacts"
            focus = .path
        } else if let problem = bodyError {
            error = "not sent: the body has an error at line \(problem.line), column \(problem.column)"
            focus = .body
        } else if send.isLoading {
            return []
        } else if method != .GET {
            var confirm = ConfirmState(
                title: "Send \(method.rawValue)",
                message: "Send this to the provider through \(connectionLabel)? It may change data there.",
                confirmLabel: "send", intent: .sendPassthrough)
            confirm.preview = preview(path: trimmedPath, history: app.passthroughHistory)
            app.present(confirm)
        } else {
            return startSend(app: &app)
        }
        return []
    }

    /// Sends the request.
    /// The exact request, for the confirmation before a write: method and path, the body as it
    /// will be sent, and for PUT/PATCH the changes against the last GET of the same path.
    func preview(path: String, history: [PassthroughHistoryEntry]) -> [ConfirmState.PreviewLine] {
        var lines: [ConfirmState.PreviewLine] = [.plain("\(method.rawValue) \(path)")]
        let data = (try? PassthroughBody.parse(body.text).get()) ?? nil
        let bodyText = data?.prettyPrinted() ?? ""
        lines += bodyText.isEmpty ? [.muted("(no body)")] : bodyText.split(separator: "\n", omittingEmptySubsequences: false).map { .plain(String($0)) }
        guard method == .PUT || method == .PATCH else { return lines }
        let earlier = history.last { $0.connectionID == connectionID && $0.method == .GET && $0.path == path && $0.response != nil }
        guard let old = earlier?.response else {
            return lines + [.blank, .muted("no earlier GET of \(path) in the history to compare with")]
        }
        let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let newLines = bodyText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let diff = LineDiff.lines(from: oldLines, to: newLines) else {
            return lines + [.blank, .muted("too large to compare with the last GET of \(path)")]
        }
        let hunks = LineDiff.hunks(diff)
        lines += [.blank, .muted("changes against the last GET of \(path):")]
        if hunks.isEmpty { return lines + [.muted("(the same)")] }
        return lines + hunks.map { line in
            switch line {
            case .same: return .plain(line.text)
            case .removed: return .removed(line.text)
            case .added: return .added(line.text)
            }
        }
    }

    /// `enter` after a pasted `curl …` in the path: fills method, path and body. A line that ends
    /// in `\` or inside an open quote is the paste going on: it is joined with a space (JSON
    /// does not mind) and the field waits for the rest.
    mutating func importCurl(app: inout AppState) {
        let text = path.text
        if text.hasSuffix("\\") {
            path.text = String(text.dropLast()) + " "
            return
        }
        switch PassthroughImport.fields(fromCurl: text) {
        case .success(let fields):
            method = fields.method
            path = TextFieldState(text: fields.path)
            body = TextAreaState(text: fields.body)
            validate()
            error = nil
            focus = .body
            app.status.notice = "imported the curl command: \(fields.method.rawValue) \(fields.path)"
        case .failure(let failure) where failure.message.hasSuffix("quote is not closed"):
            path.text = text + " "
        case .failure(let failure):
            error = "not imported: \(failure.message)"
        }
    }

    /// The editor's result for the form that sent its body out: the new body, validated as
    /// typing would be; a failure leaves the draft as it was.
    static func bodyEdited(_ app: inout AppState, generation: Int, _ result: Result<String, AppFailure>) -> [Effect] {
        app.withModal(modalCase, where: { $0.editing.accepts(generation) }) { form, app, _ in
            form.editing = .idle
            switch result {
            case .success(let text):
                form.body = TextAreaState(text: text)
                form.validate()
                form.focus = .body
                form.error = nil
                app.status.notice = form.bodyError == nil ? "the body from the editor" : "the body from the editor has an error (see Body)"
            case .failure(let failure):
                app.status.error = failure.message
            }
        }
        return []
    }

    /// The form's request as `curl` or as a `liza` command, to the clipboard (the body must be valid).
    func copyRequest(as command: Command, app: inout AppState) -> [Effect] {
        guard case .success(let data) = PassthroughBody.parse(body.text) else {
            app.status.error = "not copied: the body is not a JSON object"
            return []
        }
        let request = PassthroughRequest(method: method, path: path.text.trimmingCharacters(in: .whitespaces), data: data)
        return ShellCopy.copy(app: &app, as: command, curl: { baseURL throws(LizaError) in
            try CurlCommand.passthrough(baseURL: baseURL, connectionID: connectionID, request)
        }, command: { LizaCommandLine.passthrough(connectionID: connectionID, request) })
    }

    mutating func startSend(app: inout AppState) -> [Effect] {
        guard case .success(let data) = PassthroughBody.parse(body.text) else { return [] }
        let generation = app.nextGeneration()
        send = .loading(generation: generation)
        error = nil
        let request = PassthroughRequest(method: method, path: path.text.trimmingCharacters(in: .whitespaces), data: data)
        return [.passthrough(connectionID: connectionID, request, generation: generation)]
    }

    /// The provider's answer (or the failure) for the form that sent it; recorded in the history.
    static func answered(_ app: inout AppState, generation: Int, _ result: Result<PassthroughResponse, LizaError>) -> [Effect] {
        app.withModal(modalCase, where: { $0.send.accepts(generation) }) { form, app, _ in
            var entry = PassthroughHistoryEntry(connectionID: form.connectionID, method: form.method, path: form.path.text,
                                                body: form.body.text, status: nil)
            switch result {
            case .success(let response):
                form.send = .loaded
                form.status = response.status
                form.duration = response.duration
                form.contentType = response.contentType
                form.jq = JQFilterState()  // a new answer: the old filter's expression is gone
                switch response.body {
                case .empty: form.response = .empty
                case .json(let value):
                    form.response = .json(JSONViewState(value: value, viewportHeight: form.responseRows))
                    if form.method == .GET, response.isSuccess { entry.response = value.prettyPrinted() }
                case .text(let text): form.response = .text(TextBodyState(text: text))
                case .binary(let count): form.response = .binary(byteCount: count)
                }
                form.focus = .response
                form.error = response.isSuccess ? nil : "the provider answered HTTP \(response.status)"
                entry.status = response.status
            case .failure(let error):
                form.send = .failed(error)
                form.error = error.description
            }
            if app.passthroughHistory.last != entry { app.passthroughHistory.append(entry) }
            if app.passthroughHistory.count > AppState.historyLimit { app.passthroughHistory.removeFirst() }
            form.historyIndex = nil
            form.historyDraft = nil
            return [.saveHistory(profile: app.session.profile, app.passthroughHistory)]
        } ?? []
    }

    func frame(in size: Size, app: AppState) -> Rect { LayoutPlan.passthroughRect(in: size) }

    /// The body editor, and the response viewer below the body and the response's header row.
    func regions(in frame: Rect, app: AppState) -> [ModalLayout.Region: Rect] {
        let inner = frame.inset(by: 1)
        let split = LayoutPlan.passthroughSplit(app.size)
        return [.body: LayoutPlan.passthroughBodyRect(in: app.size),
                .response: Rect(x: inner.x, y: inner.y + 3 + split.body, width: inner.width, height: split.response)]
    }

    mutating func laidOut(_ layout: ModalLayout) {
        bodyArea = layout.regions[.body] ?? bodyArea
        responseRows = layout.rows(.response)
    }

    var footerItems: [(Command, String?)] { [(.send, "send"), (.nextField, "next"), (.back, "close")] }

    /// The footer always names the form's keys (also while the response has the focus).
    var footerContext: KeyContext { .passthrough }

    /// A click focuses what is under it: the method, the path, the body or the response.
    mutating func click(at point: Point, clickCount: Int, frame: Rect, app: inout AppState,
                        disposition: inout ModalDisposition) -> [Effect] {
        let inner = frame.inset(by: 1)
        if point.y == inner.y {
            focus = point.x < inner.x + 2 + 9 - 2 ? .method : .path
        } else if point.y >= bodyArea.y - 1, point.y < bodyArea.maxY {
            focus = .body
        } else if point.y > bodyArea.maxY, response != nil, point.y < inner.maxY {
            focus = .response
        }
        return []
    }

    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme) {
        let rect = frame(in: size, app: app)
        let split = LayoutPlan.passthroughSplit(size)
        let history = app.passthroughHistory.filter { $0.connectionID == connectionID }.count
        let inner = Draw.box(&buffer, rect, title: "Passthrough · \(connectionLabel)",
                             rightTitle: history > 0 ? "history \(history) · " + app.keys.keys(.historyPrevious, in: .passthrough).prefix(1).joined()
                                 + "/" + app.keys.keys(.historyNext, in: .passthrough).prefix(1).joined() : "",
                             footer: footer(app.keys), focused: true, theme: theme, clear: true)
        guard inner.height > 4 else { return }
        var y = inner.y
        // Method and path on one row.
        let methodFocused = focus == .method
        buffer.write(methodFocused ? "›" : " ", at: Point(x: inner.x, y: y), style: theme[.primary])
        let methodLabel = " \(method.rawValue) "
        buffer.write(methodLabel, at: Point(x: inner.x + 2, y: y), style: methodFocused ? theme[.selection].adding(.bold) : theme[.accent].adding(.bold))
        let px = inner.x + 2 + 9
        buffer.write(focus == .path ? "›" : " ", at: Point(x: px - 2, y: y), style: theme[.primary])
        Draw.field(&buffer, path, in: Rect(x: px, y: y, width: inner.maxX - px - 1, height: 1), focused: focus == .path, theme: theme,
                   placeholder: "/path on the provider, e.g. /crm/v3/objects/contacts")
        y += 1
        // Body editor.
        let bodyFocused = focus == .body
        let label = method == .GET ? "Query (JSON object, optional)" : "Body (JSON object, optional)"
        let bodyStatus: (String, Style) = bodyError.map { ("✗ " + $0.description, theme[.error]) }
            ?? (bodyIsBlank ? ("empty", theme[.muted]) : ("✓ valid JSON object", theme[.success]))
        Draw.segments(&buffer, [(bodyFocused ? "› " : "  ", theme[.primary]), (label, bodyFocused ? theme[.primary] : theme[.muted]),
                                ("  ", theme[.muted]), bodyStatus], at: Point(x: inner.x, y: y), maxWidth: inner.width)
        y += 1
        let bodyArea = LayoutPlan.passthroughBodyRect(in: size)
        let editor = Self.bodyEditor(focused: bodyFocused)
        editor.render(state: body, into: &buffer, area: bodyArea, theme: theme)
        // The line the parser complains about gets its number in the error colour.
        if let line = bodyError?.line, line <= body.lineCount {
            let k = line - 1 - body.visibleRowOffset(height: bodyArea.height)
            if k >= 0, k < bodyArea.height {
                let gutter = editor.gutterWidth(for: body)
                buffer.write(String(line), in: Rect(x: bodyArea.x, y: bodyArea.y + k, width: max(0, gutter - 1), height: 1),
                             style: theme[.error], alignment: .right)
            }
        }
        y += split.body
        guard y < inner.maxY else { return }
        // Response header.
        var head: [(String, Style)] = [(focus == .response ? "› " : "  ", theme[.primary]), ("Response", focus == .response ? theme[.primary] : theme[.muted])]
        if send.isLoading {
            head.append(("  \(Draw.spinner(app.status.spinnerFrame)) sending…", theme[.accent]))
        } else if let status {
            head.append(("  \(status)", (200..<300).contains(status) ? theme[.success].adding(.bold) : theme[.error].adding(.bold)))
            if let d = duration { head.append(("  \(Int((d * 1000).rounded())) ms", theme[.muted])) }
            if let ct = contentType { head.append(("  \(ct)", theme[.muted])) }
            if case .binary(let n)? = response { head.append(("  \(ByteCount.format(n))", theme[.muted])) }
        }
        if let e = error { head.append(("  ✗ " + e, theme[.error])) }
        Draw.segments(&buffer, head, at: Point(x: inner.x, y: y), maxWidth: inner.width)
        y += 1
        let area = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y)
        if let body = response {
            Self.renderResponse(body, keys: app.keys, into: &buffer, area: area, focused: focus == .response, theme: theme)
            jq.renderPrompt(into: &buffer, area: area, theme: theme)
        } else if !area.isEmpty {
            buffer.write(send.isLoading ? "" : app.keys.key(.send, in: .passthrough) + " sends the request; the answer appears here.",
                         in: Rect(x: area.x + 2, y: area.y, width: area.width - 3, height: 1), style: theme[.muted])
        }
    }

    /// The response body: JSON in TUIKit's viewer, text as searchable lines, binary and empty bodies as a note.
    private static func renderResponse(_ body: ResponseBody, keys: AppKeys, into buffer: inout Buffer, area: Rect, focused: Bool, theme: Theme) {
        guard !area.isEmpty else { return }
        switch body {
        case .json(let json):
            // Indented one column, like the form's fields above it.
            let inset = Rect(x: area.x + 1, y: area.y, width: max(0, area.width - 1), height: area.height)
            JSONView(focused: focused, searchBar: true).render(state: json, into: &buffer, area: inset, theme: theme)
        case .text(let t):
            // The last row is the search bar while searching or after a search, as in JSONView.
            let bar: String? = t.searchField.map { "/" + $0.text + "▏" }
                ?? (t.query.isEmpty ? nil : "\(t.query) · \(t.matchingLines().count) matching lines · "
                    + keys.footer(.passthroughResponse, [(.searchNext, "next"), (.searchPrevious, "previous")]))
            let rows = bar == nil ? area.height : max(0, area.height - 1)
            let matches = Set(t.matchingLines())
            for (k, line) in t.lines.dropFirst(t.scroll).prefix(rows).enumerated() {
                let style = matches.contains(t.scroll + k) ? theme[.warning] : theme[.text]
                buffer.write(line, at: Point(x: area.x + 1, y: area.y + k), style: style, maxWidth: area.width - 1)
            }
            if let bar {
                buffer.write(bar, in: Rect(x: area.x + 1, y: area.maxY - 1, width: area.width - 1, height: 1), style: theme[.muted])
            }
        case .binary(let n):
            buffer.write("binary body, \(ByteCount.format(n))", at: Point(x: area.x + 1, y: area.y), style: theme[.muted], maxWidth: area.width - 1)
        case .empty:
            buffer.write("(empty body)", at: Point(x: area.x + 1, y: area.y), style: theme[.muted], maxWidth: area.width - 1)
        }
    }

    /// The body editor widget (line numbers in a gutter); the update measures its text columns.
    static func bodyEditor(focused: Bool) -> TextArea { TextArea(lineNumbers: true, focused: focused) }
}
