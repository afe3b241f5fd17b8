/// A vertical form of labelled fields (see `FormField`, `FormState`):
///
/// ```
/// › Name *      Acme CRM▌
///   Category    [x] crm  [ ] ticketing  [ ] storage
/// ✗ Token *     ••••••
///               token is required
/// ctrl-s submit  esc cancel
/// ```
/// The focused field's label is `primary` with `›`; a field with a validation message has its
/// label marked `✗` and the message under it in the `error` role; help text is `muted`. When the
/// fields are taller than the area they scroll so the focused field is visible. The submit hints
/// take the last row.
public struct Form: Sendable {
    public var focused: Bool
    public var submitHints: [KeyHint]
    /// Blank rows between fields.
    public var spacing: Int

    public init(focused: Bool = true, submitHints: [KeyHint] = [], spacing: Int = 0) {
        self.focused = focused; self.submitHints = submitHints; self.spacing = max(0, spacing)
    }

    /// Width of the label column for `state` (marker, label, required star, gap).
    public func labelWidth(for state: FormState) -> Int {
        2 + (state.fields.map { TextMeasure.width($0.label) + ($0.required ? 2 : 0) }.max() ?? 0) + 2
    }

    public func render(state: FormState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.fill(area, with: Cell(style: theme[.text]))
        let hintsRows = submitHints.isEmpty ? 0 : 1
        let fieldsArea = Rect(x: area.minX, y: area.minY, width: area.width, height: area.height - hintsRows)
        if hintsRows > 0 {
            KeyHintLine(submitHints).render(into: &buffer, area: Rect(x: area.minX, y: area.maxY - 1, width: area.width, height: 1), theme: theme)
        }
        guard !fieldsArea.isEmpty else { return }
        let labelWidth = min(labelWidth(for: state), max(0, fieldsArea.width / 2))
        let valueWidth = fieldsArea.width - labelWidth

        // Heights and positions of every field, to scroll the focused one into view.
        let heights = state.fields.map { fieldHeight($0, state: state, valueWidth: valueWidth) }
        var tops: [Int] = []
        var y = 0
        for h in heights { tops.append(y); y += h + spacing }
        var offset = 0
        if state.fields.indices.contains(state.focus) {
            let top = tops[state.focus], bottom = top + heights[state.focus]
            if bottom > fieldsArea.height { offset = min(top, bottom - fieldsArea.height) }
        }

        // Draw into a scratch buffer the size of the field area so scrolled-out rows clip cleanly.
        var scratch = Buffer(size: fieldsArea.size, fill: Cell(style: theme[.text]))
        for (i, field) in state.fields.enumerated() {
            let fy = tops[i] - offset
            guard fy + heights[i] > 0, fy < fieldsArea.height else { continue }
            drawField(field, index: i, state: state, y: fy, labelWidth: labelWidth, valueWidth: valueWidth,
                      into: &scratch, theme: theme)
        }
        buffer.blit(scratch, at: fieldsArea.origin)
    }

    private func fieldHeight(_ f: FormField, state: FormState, valueWidth: Int) -> Int {
        let extra = state.errors[f.id] != nil || !f.help.isEmpty ? 1 : 0
        switch f.kind {
        case .text, .masked: return 1 + extra
        case .textArea(let h, _): return max(1, h) + 2 + extra
        case .multiSelect(let options), .choice(let options):
            return max(1, Self.optionLayout(options, width: valueWidth).rows) + extra
        }
    }

    /// Positions (row, column) of each option label "[x] name" flowed into `width` columns.
    static func optionLayout(_ options: [String], width: Int) -> (positions: [(row: Int, x: Int)], rows: Int) {
        var positions: [(row: Int, x: Int)] = []
        var row = 0, x = 0
        for o in options {
            let w = 4 + TextMeasure.width(o)
            if x > 0, x + w > width { row += 1; x = 0 }
            positions.append((row, x))
            x += w + 2
        }
        return (positions, options.isEmpty ? 1 : row + 1)
    }

    private func drawField(_ f: FormField, index: Int, state: FormState, y: Int, labelWidth: Int, valueWidth: Int,
                           into buffer: inout Buffer, theme: Theme) {
        let isFocused = focused && index == state.focus
        let error = state.errors[f.id]
        // Label column: marker, label, required star.
        let marker: (String, Style) = error != nil ? ("✗ ", theme[.error]) : (isFocused ? ("› ", theme[.primary]) : ("  ", theme[.text]))
        let labelStyle = error != nil ? theme[.error] : (isFocused ? theme[.primary] : theme[.text])
        buffer.writeSegments([(marker.0, marker.1), (f.label, labelStyle)] + (f.required ? [(" *", theme[.muted])] : []),
                             x: 0, y: y, width: labelWidth - 1)
        let vx = labelWidth
        var bodyHeight = 1
        switch f.kind {
        case .text(let placeholder), .masked(let placeholder):
            let masked: Bool = { if case .masked = f.kind { return true } else { return false } }()
            TextField(placeholder: placeholder, masked: masked, focused: isFocused)
                .render(state: state.textFieldState(f.id) ?? TextFieldState(), into: &buffer,
                        area: Rect(x: vx, y: y, width: valueWidth, height: 1), theme: theme)
        case .textArea(let h, let placeholder):
            bodyHeight = max(1, h) + 2
            let box = Rect(x: vx, y: y, width: valueWidth, height: bodyHeight)
            let inner = Block(focused: isFocused).render(into: &buffer, area: box, theme: theme)
            TextArea(focused: isFocused, placeholder: placeholder)
                .render(state: state.textAreaState(f.id) ?? TextAreaState(), into: &buffer, area: inner, theme: theme)
        case .multiSelect(let options), .choice(let options):
            let isChoice: Bool = { if case .choice = f.kind { return true } else { return false } }()
            let selected = Set(state.selectedOptions(f.id))
            let layout = Self.optionLayout(options, width: valueWidth)
            bodyHeight = layout.rows
            for (i, option) in options.enumerated() {
                let p = layout.positions[i]
                let mark = isChoice ? (selected.contains(option) ? "(•) " : "( ) ") : (selected.contains(option) ? "[x] " : "[ ] ")
                var style = selected.contains(option) ? theme[.accent] : theme[.text]
                if isFocused && i == state.optionCursor(f.id) { style = style.overlaid(with: theme[.selection]) }
                buffer.write(mark + option, in: Rect(x: vx + p.x, y: y + p.row, width: max(0, valueWidth - p.x), height: 1), style: style)
            }
        }
        if let error {
            buffer.write(error, in: Rect(x: vx, y: y + bodyHeight, width: valueWidth, height: 1), style: theme[.error])
        } else if !f.help.isEmpty {
            buffer.write(f.help, in: Rect(x: vx, y: y + bodyHeight, width: valueWidth, height: 1), style: theme[.muted])
        }
    }
}
