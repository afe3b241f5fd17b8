import Testing
import TUIKit
import TUIKitTesting

@Suite struct FormTests {
    static let fields = [
        FormField(id: "name", label: "Name", kind: .text(placeholder: "my connection"), required: true),
        FormField(id: "token", label: "Token", kind: .masked(), required: true, help: "stored in the keyring"),
        FormField(id: "cats", label: "Categories", kind: .multiSelect(options: ["crm", "ticketing", "storage", "calendar", "hris"])),
        FormField(id: "method", label: "Method", kind: .choice(options: ["GET", "POST", "PUT", "DELETE"])),
        FormField(id: "body", label: "Body", kind: .textArea(height: 3, placeholder: "{}")),
    ]

    @Test func focusMovesWithTabAndArrows() {
        var s = FormState(fields: Self.fields)
        #expect(s.focus == 0)
        do { let consumed = s.handle(KeyEvent(.tab)); #expect(consumed) }
        #expect(s.focusedField?.id == "token")
        do { let consumed = s.handle(KeyEvent(.down)); #expect(consumed) }
        #expect(s.focusedField?.id == "cats")
        do { let consumed = s.handle(KeyEvent(.backTab)); #expect(consumed) }
        #expect(s.focus == 1)
        do { let consumed = s.handle(KeyEvent(.up)); #expect(consumed) }
        #expect(s.focus == 0)
        do { let consumed = s.handle(KeyEvent(.up)); #expect(!consumed) }  // no field above: not consumed
        do { let consumed = s.handle(KeyEvent(.backTab)); #expect(consumed) }  // tab wraps
        #expect(s.focusedField?.id == "body")
        do { let consumed = s.handle(KeyEvent(.enter, modifiers: .ctrl)); #expect(!consumed) }
    }

    @Test func editingValues() {
        var s = FormState(fields: Self.fields)
        for c in "Acme" { _ = s.handle(.char(c)) }
        _ = s.handle(KeyEvent(.tab))
        for c in "tok" { _ = s.handle(.char(c)) }
        _ = s.handle(KeyEvent(.tab))
        _ = s.handle(.char(" "))  // crm
        _ = s.handle(KeyEvent(.right))
        _ = s.handle(KeyEvent(.right))
        _ = s.handle(.char(" "))  // storage
        _ = s.handle(.char(" "))  // storage off
        _ = s.handle(KeyEvent(.right))
        _ = s.handle(.char(" "))  // calendar
        _ = s.handle(KeyEvent(.tab))
        _ = s.handle(KeyEvent(.right))  // POST
        _ = s.handle(KeyEvent(.tab))
        for c in "{" { _ = s.handle(.char(c)) }
        do { let consumed = s.handle(KeyEvent(.enter)); #expect(consumed) }  // newline inside the text area
        do { let consumed = s.handle(KeyEvent(.tab)); #expect(consumed) }  // tab leaves the field in a form
        #expect(s.text("name") == "Acme")
        #expect(s.text("token") == "tok")
        #expect(s.selectedOptions("cats") == ["crm", "calendar"])
        #expect(s.choice("method") == "POST")
        #expect(s.text("body") == "{\n")
        s.setSelected(["hris", "crm", "nope"], for: "cats")
        #expect(s.selectedOptions("cats") == ["crm", "hris"])
        s.setText("x", for: "name")
        #expect(s.text("name") == "x")
    }

    @Test func validationMessagesFocusAndClearOnEdit() {
        var s = FormState(fields: Self.fields)
        s.setErrors(["token": "token is required", "cats": "pick at least one"])
        #expect(s.focusedField?.id == "token")
        _ = s.handle(.char("a"))
        #expect(s.errors["token"] == nil)
        #expect(s.errors["cats"] == "pick at least one")
    }

    @Test func formSnapshotWithErrors() {
        var s = FormState(fields: Self.fields)
        s.setText("Acme 株式会社", for: "name")
        s.setText("secret", for: "token")
        s.setSelected(["crm", "calendar"], for: "cats")
        s.setSelected(["POST"], for: "method")
        s.setText("{\"a\": 1}", for: "body")
        s.setErrors(["token": "token is invalid: " + hostileText])
        let buffer = rendered(48, 14) { b in
            Form(submitHints: [KeyHint(key: "ctrl-s", label: "submit"), KeyHint(key: "esc", label: "cancel")])
                .render(state: s, into: &b, area: b.area, theme: theme)
        }
        #expect(isClean(buffer))
        #expect(!buffer.textDump.contains("secret"))
        #expect(buffer.lines[1].hasPrefix("✗ Token"))
        assertSnapshot(buffer, named: "form-errors")
    }

    @Test func formScrollsToFocusedField() {
        var s = FormState(fields: Self.fields)
        s.focus(id: "body")
        let buffer = rendered(40, 6) { b in
            Form().render(state: s, into: &b, area: b.area, theme: theme)
        }
        #expect(buffer.lines.contains { $0.hasPrefix("› Body") })
        assertSnapshot(buffer, named: "form-scrolled")
    }
}
