import Foundation
import LizaAPI
import TUIKit

/// The connect form and the authorization step that follows it.
enum ConnectUpdate {
    /// Opens the connect form, prefilled with `integrationType` and its categories selected.
    static func openForm(_ s: inout AppState, integrationType: String) {
        var form = ConnectFormState(integrationType: integrationType)
        refreshChoices(&form, integrations: s.integrations.items)
        if let it = known(integrationType, in: s.integrations.items) {
            form.selectedCategories = it.categories
            form.field = .categories
        }
        s.push(.connect(form))
    }

    static func known(_ type: String, in items: [Integration]) -> Integration? {
        let t = type.trimmingCharacters(in: .whitespaces).lowercased()
        return items.first { $0.type.lowercased() == t }
    }

    /// Integration types starting with what was typed (for completion), best first.
    static func completions(_ typed: String, in items: [Integration]) -> [String] {
        let t = typed.lowercased()
        guard !t.isEmpty else { return [] }
        let starts = items.filter { $0.type.lowercased().hasPrefix(t) }.map(\.type)
        let contains = items.filter { !$0.type.lowercased().hasPrefix(t) && ($0.type.lowercased().contains(t) || $0.name.lowercased().contains(t)) }.map(\.type)
        return starts + contains
    }

    /// The categories offered follow the integration typed (all twelve when unknown).
    static func refreshChoices(_ form: inout ConnectFormState, integrations: [Integration]) {
        let choices = known(form.integrationType.text, in: integrations)?.categories ?? Category.allCases
        if choices != form.categoryChoices {
            form.categoryChoices = choices.isEmpty ? Category.allCases : choices
            form.selectedCategories = form.selectedCategories.filter { form.categoryChoices.contains($0) }
            form.categoryCursor = min(form.categoryCursor, form.categoryChoices.count - 1)
        }
    }

    static func perform(_ s: inout AppState, _ command: Command) -> [Effect] {
        switch s.modals.last {
        case .connect(var form):
            let fx = performForm(&s, &form, command)
            if let i = s.modalIndex(where: { if case .connect = $0 { return true } else { return false } }), i == s.modals.count - 1 {
                s.modals[i] = .connect(form)
            }
            return fx
        case .authorize(var auth):
            let fx = performAuthorize(&s, &auth, command)
            if case .authorize = s.modals.last { s.modals[s.modals.count - 1] = .authorize(auth) }
            return fx
        default:
            return []
        }
    }

    private static func performForm(_ s: inout AppState, _ form: inout ConnectFormState, _ command: Command) -> [Effect] {
        let fields = ConnectFormState.Field.allCases
        switch command {
        case .nextField:
            validate(&form, field: form.field, integrations: s.integrations.items)
            form.field = fields[(form.field.rawValue + 1) % fields.count]
        case .previousField:
            validate(&form, field: form.field, integrations: s.integrations.items)
            form.field = fields[(form.field.rawValue + fields.count - 1) % fields.count]
        case .right:
            if form.field == .integrationType, let c = completions(form.integrationType.text, in: s.integrations.items).first {
                form.integrationType.text = c
                refreshChoices(&form, integrations: s.integrations.items)
                form.errors[.integrationType] = nil
            }
        case .toggle:
            if form.field == .categories {
                toggleCategory(&form)
            } else {
                _ = typeInto(&form, KeyEvent.char(" "), integrations: s.integrations.items)
            }
        case .back:
            // While the request is in flight, esc cancels it (the form stays); else it closes.
            if form.submit.isLoading {
                form.submit = .idle
                s.status.notice = "cancelled"
                return [.cancel(.connect)]
            }
            s.pop()
        case .select:
            if form.submit.isLoading { return [] }
            for f in fields { validate(&form, field: f, integrations: s.integrations.items) }
            if let first = fields.first(where: { form.errors[$0] != nil }) {
                form.field = first
                return []
            }
            let request = ConnectRequest(
                integrationType: form.integrationType.text.trimmingCharacters(in: .whitespaces),
                categories: form.selectedCategories,
                redirectURL: nonEmpty(form.redirectURL.text),
                externalXref: nonEmpty(form.externalXref.text),
                scopes: form.scopeList)
            let g = s.nextGeneration()
            form.submit = .loading(generation: g)
            form.serverError = nil
            return [.connect(request, generation: g)]
        default:
            break
        }
        return []
    }

    static func nonEmpty(_ t: String) -> String? {
        let v = t.trimmingCharacters(in: .whitespaces)
        return v.isEmpty ? nil : v
    }

    private static func toggleCategory(_ form: inout ConnectFormState) {
        guard form.categoryChoices.indices.contains(form.categoryCursor) else { return }
        let c = form.categoryChoices[form.categoryCursor]
        if let i = form.selectedCategories.firstIndex(of: c) {
            form.selectedCategories.remove(at: i)
        } else {
            form.selectedCategories.append(c)
            form.selectedCategories.sort()
        }
        form.errors[.categories] = nil
    }

    /// Inline validation of one field (the API's rules, in the user's terms).
    static func validate(_ form: inout ConnectFormState, field: ConnectFormState.Field, integrations: [Integration]) {
        form.errors[field] = nil
        switch field {
        case .integrationType:
            let t = form.integrationType.text.trimmingCharacters(in: .whitespaces)
            if t.isEmpty {
                form.errors[field] = "required: the integration to connect, e.g. hubspot"
            } else if !integrations.isEmpty, known(t, in: integrations) == nil {
                let hint = completions(t, in: integrations).first
                    ?? integrations.min(by: { EditDistance.between(t.lowercased(), $0.type) < EditDistance.between(t.lowercased(), $1.type) })?.type
                form.errors[field] = "unknown integration '\(t)'" + (hint.map { " — did you mean \($0)?" } ?? "")
            }
        case .categories:
            if form.selectedCategories.isEmpty { form.errors[field] = "choose at least one (space toggles)" }
        case .redirectURL:
            let u = form.redirectURL.text.trimmingCharacters(in: .whitespaces)
            if !u.isEmpty {
                let lower = u.lowercased()
                let hasScheme = lower.hasPrefix("http://") || lower.hasPrefix("https://")
                let host = SessionInfo.host(ofBaseURL: u)
                if !hasScheme || host.isEmpty || u.contains(" ") {
                    form.errors[field] = "an absolute http(s) URL, e.g. https://example.com/done"
                }
            }
        case .externalXref, .scopes:
            break
        }
    }

    static func text(_ s: inout AppState, _ event: KeyEvent) -> [Effect] {
        guard case .connect(var form) = s.modals.last else { return [] }
        if event.key == .right, form.field == .integrationType, form.integrationType.cursor == form.integrationType.text.count,
           let c = completions(form.integrationType.text, in: s.integrations.items).first, c != form.integrationType.text {
            form.integrationType.text = c
            refreshChoices(&form, integrations: s.integrations.items)
            form.errors[.integrationType] = nil
        } else {
            _ = typeInto(&form, event, integrations: s.integrations.items)
        }
        s.modals[s.modals.count - 1] = .connect(form)
        return []
    }

    private static func typeInto(_ form: inout ConnectFormState, _ event: KeyEvent, integrations: [Integration]) -> Bool {
        switch form.field {
        case .integrationType:
            let changed = form.integrationType.handle(event)
            if changed {
                form.errors[.integrationType] = nil
                refreshChoices(&form, integrations: integrations)
            }
            return changed
        case .categories:
            switch event.key {
            case .left: form.categoryCursor = max(0, form.categoryCursor - 1)
            case .right: form.categoryCursor = min(form.categoryChoices.count - 1, form.categoryCursor + 1)
            case .home: form.categoryCursor = 0
            case .end: form.categoryCursor = form.categoryChoices.count - 1
            case .char("a"):
                form.selectedCategories = form.selectedCategories.count == form.categoryChoices.count ? [] : form.categoryChoices
            default: return false
            }
            return true
        case .redirectURL:
            form.errors[.redirectURL] = nil
            return form.redirectURL.handle(event)
        case .externalXref:
            return form.externalXref.handle(event)
        case .scopes:
            return form.scopes.handle(event)
        }
    }

    static func connected(_ s: inout AppState, generation: Int, _ result: Result<ConnectResponse, LizaError>) -> [Effect] {
        guard let i = s.modalIndex(where: { if case .connect(let f) = $0 { return f.submit.accepts(generation) } else { return false } }),
              case .connect(var form) = s.modals[i] else { return [] }
        switch result {
        case .success(let response):
            s.modals[i] = .authorize(AuthorizeState(url: response.url, connectionID: response.connectionID,
                                                    integrationType: form.integrationType.text))
            return AppUpdate.reloadConnections(&s)
        case .failure(let e):
            form.submit = .failed(e)
            form.serverError = e.description
            if let f = e.field {
                switch f {
                case "integration_type", "integrationType": form.errors[.integrationType] = e.message
                case "categories": form.errors[.categories] = e.message
                case "redirect_url", "redirectURL": form.errors[.redirectURL] = e.message
                default: break
                }
            }
            s.modals[i] = .connect(form)
            return []
        }
    }

    private static func performAuthorize(_ s: inout AppState, _ auth: inout AuthorizeState, _ command: Command) -> [Effect] {
        switch command {
        case .copy:
            auth.message = "copied the URL to the clipboard (OSC 52)"
            auth.messageIsError = false
            return [.copyToClipboard(auth.url)]
        case .openInBrowser:
            if s.session.isSSH {
                auth.message = "not opening a browser: this is an SSH session (SSH_CONNECTION/SSH_TTY is set) — copy the URL with c"
                auth.messageIsError = true
                return []
            }
            auth.message = "opening the browser…"
            auth.messageIsError = false
            return [.openURL(auth.url)]
        case .up: auth.scroll = max(0, auth.scroll - 1)
        case .down: auth.scroll += 1
        case .select:
            if auth.connected != nil {
                s.pop()
                s.focus = .connections
                return []
            }
            if auth.finalize.isLoading { return [] }
            let g = s.nextGeneration()
            auth.finalize = .loading(generation: g)
            auth.message = nil
            return [.finalize(connectionID: auth.connectionID, generation: g)]
        case .back where auth.finalize.isLoading:
            // Finalizing in flight: esc cancels it and the step stays (a second esc leaves).
            auth.finalize = .idle
            s.status.notice = "cancelled"
            return [.cancel(.finalize)]
        case .back:
            let id = auth.connectionID
            let wasConnected = auth.connected != nil
            s.pop()
            if !wasConnected {
                s.status.notice = "connection \(ShortID.of(id)) stays pending — select it in Connections and press f to finalize"
            }
            return auth.finalize.isLoading ? [.cancel(.finalize)] : []
        default:
            break
        }
        return []
    }

    static func browserOpened(_ s: inout AppState, _ result: Result<String, AppFailure>) -> [Effect] {
        let (text, isError): (String, Bool)
        switch result {
        case .success(let how): (text, isError) = ("opened in the browser (\(how))", false)
        case .failure(let f): (text, isError) = ("could not open a browser: \(f.message) — copy the URL with c", true)
        }
        if let i = s.modalIndex(where: { if case .authorize = $0 { return true } else { return false } }),
           case .authorize(var auth) = s.modals[i] {
            auth.message = text
            auth.messageIsError = isError
            s.modals[i] = .authorize(auth)
        } else if isError {
            s.status.error = text
        } else {
            s.status.notice = text
        }
        return []
    }
}
