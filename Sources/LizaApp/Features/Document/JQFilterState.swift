import Foundation
import OrderedJSON
import TUIKit

extension KeyContext {
    /// Typing a jq expression for a JSON view's `|` filter.
    static let jqPrompt = KeyContext("jqPrompt", title: "jq filter", isTextEntry: true)
}

/// The `|` filter of a JSON view (the document modal, the passthrough response): the prompt
/// while typing, and the expression in effect with the unfiltered JSON to come back to.
struct JQFilterState: Hashable, Sendable {
    /// The expression being typed (nil: the prompt is closed).
    var prompt: TextFieldState?
    /// The expression shown (nil: the JSON as it came).
    var applied: String?
    /// The JSON as it came, while a filter is applied.
    var original: JSONViewState?
    /// The jq run in flight, and its expression.
    var run: LoadState = .idle
    var pending: String?

    /// Opens the prompt with the current expression.
    mutating func begin() { prompt = TextFieldState(text: applied ?? "") }

    /// `enter` in the prompt: the effect that runs jq on the unfiltered JSON, or — for an empty
    /// expression — the JSON as it came back in `json`.
    mutating func submit(_ json: inout JSONViewState, app: inout AppState) -> [Effect] {
        let expression = (prompt?.text ?? "").trimmingCharacters(in: .whitespaces)
        prompt = nil
        guard !expression.isEmpty else {
            if let original { json = original }
            original = nil
            app.status.error = nil
            app.status.notice = "jq filter off: all of it"
            applied = nil
            run = .idle
            return []
        }
        let generation = app.nextGeneration()
        run = .loading(generation: generation)
        pending = expression
        return [.jqFilter(input: (original ?? json).value.serialized(), expression: expression, generation: generation)]
    }

    /// jq's answer: its output (one value, or several shown as an array) replaces what `json` shows.
    mutating func finish(_ result: Result<String, AppFailure>, json: inout JSONViewState, status: inout StatusState) {
        run = .idle
        switch result {
        case .success(let output):
            let values = Self.values(in: output)
            guard let values else {
                status.error = "jq: its output is not JSON"
                return
            }
            if original == nil { original = json }
            applied = pending
            status.error = nil
            json = JSONViewState(value: values.count == 1 ? values[0] : .array(values))
            status.notice = "| \(applied ?? ""): \(values.count) result\(values.count == 1 ? "" : "s")"
        case .failure(let failure):
            status.error = "jq: \(failure.message)"
        }
    }

    /// jq's answer, for the JSON view that asked (the document or the passthrough response).
    static func filtered(_ app: inout AppState, generation: Int, _ result: Result<String, AppFailure>) -> [Effect] {
        let document: Void? = app.withModal(DocumentState.modalCase, where: { $0.jq.run.accepts(generation) }) { document, app, _ in
            document.jq.finish(result, json: &document.json, status: &app.status)
        }
        guard document == nil else { return [] }
        app.withModal(PassthroughState.modalCase, where: { $0.jq.run.accepts(generation) }) { form, app, _ in
            guard case .json(var json) = form.response else { return }
            form.jq.finish(result, json: &json, status: &app.status)
            form.response = .json(json)
        }
        return []
    }

    /// The prompt over the last row of a JSON view's `area` (`| .id▏`).
    func renderPrompt(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard let prompt, !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1)
        buffer.fill(row, with: Cell(style: theme[.surface]))
        buffer.write("| " + prompt.text + "▏", in: row, style: theme[.accent])
    }

    /// The JSON values of jq's output, one per line or pretty-printed one after another.
    static func values(in output: String) -> [JSONValue]? {
        let trimmed = output.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return [] }
        if let one = try? JSONValue.parse(trimmed) { return [one] }
        // Several values: jq's default output puts each on lines of its own; read them with -c
        // style splitting at top-level boundaries.
        var values: [JSONValue] = []
        var depth = 0, inString = false, escaped = false
        var start = trimmed.startIndex
        for index in trimmed.indices {
            let c = trimmed[index]
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                continue
            }
            switch c {
            case "\"": inString = true
            case "{", "[": depth += 1
            case "}", "]": depth -= 1
            case "\n" where depth == 0:
                let piece = trimmed[start..<index].trimmingCharacters(in: .whitespacesAndNewlines)
                if !piece.isEmpty {
                    guard let value = try? JSONValue.parse(piece) else { return nil }
                    values.append(value)
                }
                start = trimmed.index(after: index)
            default: break
            }
        }
        let rest = trimmed[start...].trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty {
            guard let value = try? JSONValue.parse(rest) else { return nil }
            values.append(value)
        }
        return values
    }
}
