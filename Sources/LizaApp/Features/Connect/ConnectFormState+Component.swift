import Foundation
import LizaAPI
import Suggestions
import TUIKit

extension KeyContext {
    static let connectForm = KeyContext("connectForm", title: "Connect form", isTextEntry: true)
    /// The Categories field: a row of choices rather than text (the form's keys work too).
    static let connectCategories = KeyContext("connectCategories", title: "Connect form: Categories", within: .connectForm)
}

/// The connect form: type with completion, categories, OAuth settings, inline validation; a
/// successful /connect replaces it with the authorize step.
extension ConnectFormState: ModalComponent {
    /// The modal's key contexts and their bindings (the defaults; `[keys.…]` remaps them).
    static let keyBindings: [(context: KeyContext, rows: [KeyBinding<Command>])] = [
        (.connectForm, [
            KeyBinding([KeyEvent(.tab), KeyEvent(.down)], "tab/↓", "next field", .nextField, hint: true),
            KeyBinding([KeyEvent(.backTab), KeyEvent(.up)], "shift-tab/↑", "previous field", .previousField),
            // → is a text key too: at the end of the Integration text with a completion offered it
            // accepts it, anywhere else it moves the cursor (see `perform`).
            KeyBinding([.ctrl("n"), KeyEvent(.right)], "ctrl-n/→", "accept the completion (at the end of the text)", .acceptCompletion),
            KeyBinding([KeyEvent(.enter), .ctrl("s")], "enter", "connect", .select, hint: true),
            KeyBinding([KeyEvent(.escape)], "esc", "close (nothing is sent); cancels a request in flight", .back, hint: true, short: "close"),
        ]),
        (.connectCategories, [
            KeyBinding([KeyEvent(.left), .char("h")], "←/h", "previous category", .left),
            KeyBinding([KeyEvent(.right), .char("l")], "→/l", "next category", .right),
            KeyBinding([KeyEvent(.home)], "home", "first category", .top),
            KeyBinding([KeyEvent(.end)], "end", "last category", .bottom),
            KeyBinding([.char(" ")], "space", "toggle the category", .toggle, hint: true),
            KeyBinding([.char("a")], "a", "select all / none", .selectAll),
        ]),
    ]

    static let modalCase = ModalCase<ConnectFormState>(embed: AppModal.connect) {
        guard case .connect(let modal) = $0 else { return nil }
        return modal
    }

    var keyContext: KeyContext { field == .categories ? .connectCategories : .connectForm }

    var loadingLabel: String? { submit.isLoading ? "connecting" : nil }

    /// Opens the connect form, prefilled with `integrationType` and its categories selected.
    static func open(_ app: inout AppState, integrationType: String) {
        var form = ConnectFormState(integrationType: integrationType)
        form.refreshChoices(integrations: app.integrations.items)
        if let integration = known(integrationType, in: app.integrations.items) {
            form.selectedCategories = integration.categories
            form.field = .categories
        }
        app.present(form)
    }

    /// `r` on a connection: connects again with its integration, categories, scopes and external
    /// xref (the form shows them while the request runs); the authorize step offers to delete the
    /// old connection once the new one is active.
    static func relink(_ app: inout AppState, connection old: Connection) -> [Effect] {
        guard let request = ConnectRequest(relinking: old) else {
            app.status.error = "connection \(ShortID.of(old.id)) has no category liza knows — connect it again with c"
            return []
        }
        var form = ConnectFormState(integrationType: request.integrationType)
        form.refreshChoices(integrations: app.integrations.items)
        form.categoryChoices += request.categories.filter { !form.categoryChoices.contains($0) }
        form.selectedCategories = request.categories
        form.externalXref = TextFieldState(text: request.externalXref ?? "")
        form.scopes = TextFieldState(text: request.scopes.joined(separator: ","))
        form.relinkOf = old
        app.present(form)
        return app.withTop(modalCase) { form, app, disposition in form.perform(.select, app: &app, disposition: &disposition) } ?? []
    }

    static func known(_ type: String, in items: [Integration]) -> Integration? {
        let typed = type.trimmingCharacters(in: .whitespaces).lowercased()
        return items.first { $0.type.lowercased() == typed }
    }

    /// Integration types starting with what was typed (for completion), best first.
    static func completions(_ typed: String, in items: [Integration]) -> [String] {
        let lowered = typed.lowercased()
        guard !lowered.isEmpty else { return [] }
        let starts = items.filter { $0.type.lowercased().hasPrefix(lowered) }.map(\.type)
        let contains = items.filter {
            !$0.type.lowercased().hasPrefix(lowered) && ($0.type.lowercased().contains(lowered) || $0.name.lowercased().contains(lowered))
        }.map(\.type)
        return starts + contains
    }

    /// The categories offered follow the integration typed (all twelve when unknown).
    mutating func refreshChoices(integrations: [Integration]) {
        let choices = Self.known(integrationType.text, in: integrations)?.categories ?? Category.allCases
        if choices != categoryChoices {
            categoryChoices = choices.isEmpty ? Category.allCases : choices
            selectedCategories = selectedCategories.filter { categoryChoices.contains($0) }
            categoryCursor = min(categoryCursor, categoryChoices.count - 1)
        }
    }

    mutating func perform(_ command: Command, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        let fields = Field.allCases
        let integrations = app.integrations.items
        switch command {
        case .nextField:
            validate(field, integrations: integrations, keys: app.keys)
            field = fields[(field.rawValue + 1) % fields.count]
        case .previousField:
            validate(field, integrations: integrations, keys: app.keys)
            field = fields[(field.rawValue + fields.count - 1) % fields.count]
        case .acceptCompletion:
            if !acceptCompletion(integrations: integrations) {
                // Nothing to complete: → (one of this command's default keys) moves the cursor.
                _ = type(KeyEvent(.right), integrations: integrations)
            }
        case .left where field == .categories:
            categoryCursor = max(0, categoryCursor - 1)
        case .right where field == .categories:
            categoryCursor = min(categoryChoices.count - 1, categoryCursor + 1)
        case .top where field == .categories:
            categoryCursor = 0
        case .bottom where field == .categories:
            categoryCursor = categoryChoices.count - 1
        case .toggle where field == .categories:
            toggleCategory()
        case .selectAll where field == .categories:
            selectedCategories = selectedCategories.count == categoryChoices.count ? [] : categoryChoices
            errors[.categories] = nil
        case .back:
            // While the request is in flight, esc cancels it (the form stays); else it closes.
            if submit.isLoading {
                submit = .idle
                app.status.notice = "cancelled"
                return [.cancel(.connect)]
            }
            disposition = .close
            return []
        case .select:
            if submit.isLoading { return [] }
            for each in fields { validate(each, integrations: integrations, keys: app.keys) }
            if let first = fields.first(where: { errors[$0] != nil }) {
                field = first
                return []
            }
            let request = ConnectRequest(
                integrationType: integrationType.text.trimmingCharacters(in: .whitespaces),
                categories: selectedCategories,
                redirectURL: Self.nonEmpty(redirectURL.text),
                externalXref: Self.nonEmpty(externalXref.text),
                scopes: scopeList)
            let generation = app.nextGeneration()
            submit = .loading(generation: generation)
            serverError = nil
            // No redirect URL and a browser on this machine: liza listens for its return (RFC 8252
            // loopback); over SSH the browser is elsewhere, so the address is pasted instead.
            listening = request.redirectURL == nil && !app.session.isSSH
            if listening {
                return [.connectListening(request, waitSeconds: AuthorizeState.defaultWaitSeconds, generation: generation)]
            }
            return [.connect(request, generation: generation)]
        default:
            break
        }
        return []
    }

    mutating func text(_ event: KeyEvent, app: inout AppState, disposition: inout ModalDisposition) -> [Effect] {
        _ = type(event, integrations: app.integrations.items)
        return []
    }

    /// The first completion replaces what was typed in Integration, when the cursor is at the end
    /// of the text and the completion adds something; false when there was nothing to accept.
    private mutating func acceptCompletion(integrations: [Integration]) -> Bool {
        guard field == .integrationType, integrationType.cursor == integrationType.text.count,
              let completion = Self.completions(integrationType.text, in: integrations).first, completion != integrationType.text
        else { return false }
        integrationType.text = completion
        refreshChoices(integrations: integrations)
        errors[.integrationType] = nil
        return true
    }

    static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    private mutating func toggleCategory() {
        guard categoryChoices.indices.contains(categoryCursor) else { return }
        let category = categoryChoices[categoryCursor]
        if let i = selectedCategories.firstIndex(of: category) {
            selectedCategories.remove(at: i)
        } else {
            selectedCategories.append(category)
            selectedCategories.sort()
        }
        errors[.categories] = nil
    }

    /// Inline validation of one field (the API's rules, in the user's terms).
    mutating func validate(_ field: Field, integrations: [Integration], keys: AppKeys) {
        errors[field] = nil
        switch field {
        case .integrationType:
            let typed = integrationType.text.trimmingCharacters(in: .whitespaces)
            if typed.isEmpty {
                errors[field] = "required: the integration to connect, e.g. hubspot"
            } else if !integrations.isEmpty, Self.known(typed, in: integrations) == nil {
                let hint = Self.completions(typed, in: integrations).first
                    ?? Suggestion.closest(to: typed, among: integrations.map(\.type))
                errors[field] = "unknown integration '\(typed)'" + (hint.map { " — did you mean \($0)?" } ?? "")
            }
        case .categories:
            if selectedCategories.isEmpty { errors[field] = "choose at least one (\(keys.key(.toggle, in: .connectCategories)) toggles)" }
        case .redirectURL:
            let url = redirectURL.text.trimmingCharacters(in: .whitespaces)
            if !url.isEmpty {
                let lower = url.lowercased()
                let hasScheme = lower.hasPrefix("http://") || lower.hasPrefix("https://")
                let host = SessionInfo.host(ofBaseURL: url)
                if !hasScheme || host.isEmpty || url.contains(" ") {
                    errors[field] = "an absolute http(s) URL, e.g. https://example.com/done"
                }
            }
        case .externalXref, .scopes:
            break
        }
    }

    /// A key typed into the focused field; true when it changed something.
    private mutating func type(_ event: KeyEvent, integrations: [Integration]) -> Bool {
        switch field {
        case .integrationType:
            let changed = integrationType.handle(event)
            if changed {
                errors[.integrationType] = nil
                refreshChoices(integrations: integrations)
            }
            return changed
        case .categories:
            // A choice, not text: its keys are the connectCategories bindings (`perform`).
            return false
        case .redirectURL:
            errors[.redirectURL] = nil
            return redirectURL.handle(event)
        case .externalXref:
            return externalXref.handle(event)
        case .scopes:
            return scopes.handle(event)
        }
    }

    /// The answer to /connect: the authorize step takes the form's place, or the error goes to its field.
    static func connected(_ app: inout AppState, generation: Int, _ result: Result<ConnectResponse, LizaError>) -> [Effect] {
        app.withModal(modalCase, where: { $0.submit.accepts(generation) }) { form, app, disposition in
            switch result {
            case .success(let response):
                var step = AuthorizeState(url: response.url, connectionID: response.connectionID, integrationType: form.integrationType.text)
                if form.listening {
                    step.wait = .starting
                    step.listenGeneration = generation
                }
                step.relinkOf = form.relinkOf
                disposition = .replace(step.asModal)
                return AppUpdate.reloadConnections(&app)
            case .failure(let error):
                form.submit = .failed(error)
                form.serverError = error.description
                if let field = error.field.flatMap(Field.init) { form.errors[field] = error.message }
                return []
            }
        } ?? []
    }

    func frame(in size: Size, app: AppState) -> Rect { LayoutPlan.modalRect(in: size, preferred: Size(width: 78, height: 17)) }

    var footerItems: [(Command, String?)] { [(.nextField, "next field"), (.toggle, "toggle"), (.select, "connect"), (.back, "close")] }

    func render(into buffer: inout Buffer, app: AppState, size: Size, theme: Theme) {
        let busy = submit.isLoading ? "\(Draw.spinner(app.status.spinnerFrame)) connecting…" : ""
        let inner = Draw.box(&buffer, frame(in: size, app: app), title: "Connect an integration", rightTitle: busy, footer: footer(app.keys),
                             focused: true, theme: theme, clear: true)
        let labelWidth = 14
        var y = inner.y + 1
        let completions = Self.completions(integrationType.text, in: app.integrations.items)
        let ghost = completions.first.map { completion -> String in
            let typed = integrationType.text
            return completion.lowercased().hasPrefix(typed.lowercased()) && completion.count > typed.count ? String(completion.dropFirst(typed.count)) : ""
        } ?? ""
        y += ModalView.fieldRow(&buffer, label: "Integration", input: integrationType, at: y, in: inner, labelWidth: labelWidth,
                                focused: field == .integrationType, error: errors[.integrationType], theme: theme,
                                placeholder: "e.g. hubspot", completion: field == .integrationType ? ghost : "")
        if field == .integrationType, completions.count > 1, errors[.integrationType] == nil {
            buffer.write("→ " + completions.prefix(6).joined(separator: "  "),
                         in: Rect(x: inner.x + labelWidth + 3, y: y, width: inner.width - labelWidth - 4, height: 1), style: theme[.muted])
            y += 1
        }
        // Categories: chips, the cursor one highlighted when the field is focused.
        let catFocused = field == .categories
        buffer.write(catFocused ? "›" : " ", at: Point(x: inner.x, y: y), style: theme[.primary])
        buffer.write("Categories", in: Rect(x: inner.x + 2, y: y, width: labelWidth, height: 1), style: catFocused ? theme[.primary] : theme[.muted])
        var x = inner.x + labelWidth + 3
        var row = y
        for (i, c) in categoryChoices.enumerated() {
            let on = selectedCategories.contains(c)
            let chip = (on ? "[x] " : "[ ] ") + c.rawValue
            let w = DisplayWidth.of(chip)
            if x + w > inner.maxX - 1 { row += 1; x = inner.x + labelWidth + 3 }
            var style = on ? theme[.success] : theme[.text]
            if catFocused && i == categoryCursor { style = theme[.selection] }
            buffer.write(chip, at: Point(x: x, y: row), style: style, maxWidth: inner.maxX - x)
            x += w + 2
        }
        y = row + 1
        if let e = errors[.categories] {
            buffer.write("✗ " + e, in: Rect(x: inner.x + labelWidth + 3, y: y, width: inner.width - labelWidth - 4, height: 1), style: theme[.error])
            y += 1
        }
        y += ModalView.fieldRow(&buffer, label: "Redirect URL", input: redirectURL, at: y, in: inner, labelWidth: labelWidth,
                                focused: field == .redirectURL, error: errors[.redirectURL], theme: theme, placeholder: "optional, https://…")
        y += ModalView.fieldRow(&buffer, label: "External xref", input: externalXref, at: y, in: inner, labelWidth: labelWidth,
                                focused: field == .externalXref, error: nil, theme: theme, placeholder: "optional, your user id")
        y += ModalView.fieldRow(&buffer, label: "Scopes", input: scopes, at: y, in: inner, labelWidth: labelWidth,
                                focused: field == .scopes, error: nil, theme: theme, placeholder: "optional, comma separated")
        if let e = serverError, y < inner.maxY {
            for line in Draw.wrap("✗ " + e, width: inner.width - 2) where y < inner.maxY {
                buffer.write(line, at: Point(x: inner.x + 1, y: y + 1), style: theme[.error], maxWidth: inner.width - 2)
                y += 1
            }
        }
    }
}
