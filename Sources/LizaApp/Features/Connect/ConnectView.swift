import Foundation
import LizaAPI
import TUIKit

/// The connect form.
enum ConnectView {
    static func render(_ f: ConnectFormState, state: AppState, into buffer: inout Buffer, size: Size, theme: Theme) {
        let rect = LayoutPlan.modalRect(in: size, preferred: Size(width: 78, height: 17))
        let busy = f.submit.isLoading ? "\(Draw.spinner(state.status.spinnerFrame)) connecting…" : ""
        let inner = Draw.box(&buffer, rect, title: "Connect an integration", rightTitle: busy,
                             footer: "tab next field · space toggle · enter connect · esc close", focused: true, theme: theme, clear: true)
        let labelWidth = 14
        var y = inner.y + 1
        let completions = ConnectUpdate.completions(f.integrationType.text, in: state.integrations.items)
        let ghost = completions.first.map { c -> String in
            let t = f.integrationType.text
            return c.lowercased().hasPrefix(t.lowercased()) && c.count > t.count ? String(c.dropFirst(t.count)) : ""
        } ?? ""
        y += ModalView.fieldRow(&buffer, label: "Integration", input: f.integrationType, at: y, in: inner, labelWidth: labelWidth,
                                focused: f.field == .integrationType, error: f.errors[.integrationType], theme: theme,
                                placeholder: "e.g. hubspot", completion: f.field == .integrationType ? ghost : "")
        if f.field == .integrationType, completions.count > 1, f.errors[.integrationType] == nil {
            buffer.write("→ " + completions.prefix(6).joined(separator: "  "),
                         in: Rect(x: inner.x + labelWidth + 3, y: y, width: inner.width - labelWidth - 4, height: 1), style: theme[.muted])
            y += 1
        }
        // Categories: chips, the cursor one highlighted when the field is focused.
        let catFocused = f.field == .categories
        buffer.write(catFocused ? "›" : " ", at: Point(x: inner.x, y: y), style: theme[.primary])
        buffer.write("Categories", in: Rect(x: inner.x + 2, y: y, width: labelWidth, height: 1), style: catFocused ? theme[.primary] : theme[.muted])
        var x = inner.x + labelWidth + 3
        var row = y
        for (i, c) in f.categoryChoices.enumerated() {
            let on = f.selectedCategories.contains(c)
            let chip = (on ? "[x] " : "[ ] ") + c.rawValue
            let w = DisplayWidth.of(chip)
            if x + w > inner.maxX - 1 { row += 1; x = inner.x + labelWidth + 3 }
            var style = on ? theme[.success] : theme[.text]
            if catFocused && i == f.categoryCursor { style = theme[.selection] }
            buffer.write(chip, at: Point(x: x, y: row), style: style, maxWidth: inner.maxX - x)
            x += w + 2
        }
        y = row + 1
        if let e = f.errors[.categories] {
            buffer.write("✗ " + e, in: Rect(x: inner.x + labelWidth + 3, y: y, width: inner.width - labelWidth - 4, height: 1), style: theme[.error])
            y += 1
        }
        y += ModalView.fieldRow(&buffer, label: "Redirect URL", input: f.redirectURL, at: y, in: inner, labelWidth: labelWidth,
                                focused: f.field == .redirectURL, error: f.errors[.redirectURL], theme: theme, placeholder: "optional, https://…")
        y += ModalView.fieldRow(&buffer, label: "External xref", input: f.externalXref, at: y, in: inner, labelWidth: labelWidth,
                                focused: f.field == .externalXref, error: nil, theme: theme, placeholder: "optional, your user id")
        y += ModalView.fieldRow(&buffer, label: "Scopes", input: f.scopes, at: y, in: inner, labelWidth: labelWidth,
                                focused: f.field == .scopes, error: nil, theme: theme, placeholder: "optional, comma separated")
        if let e = f.serverError, y < inner.maxY {
            for line in Draw.wrap("✗ " + e, width: inner.width - 2) where y < inner.maxY {
                buffer.write(line, at: Point(x: inner.x + 1, y: y + 1), style: theme[.error], maxWidth: inner.width - 2)
                y += 1
            }
        }
    }
}
