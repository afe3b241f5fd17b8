import Foundation
import LizaAPI
@testable import LizaApp
import Testing
import TUIKit

@Suite struct KeymapTests {
    let keymap = AppKeymap.default

    @Test(arguments: KeyContext.allCases)
    func noKeyIsBoundTwiceInAContext(_ context: KeyContext) {
        var seen: Set<KeyEvent> = []
        for b in keymap.bindings(for: context.rawValue) {
            for k in b.keys { #expect(seen.insert(k.normalized).inserted, "\(context) binds \(k.displayName) twice") }
        }
    }

    @Test func theKeymapReportsNoConflicts() {
        #expect(keymap.conflicts.isEmpty, "\(keymap.conflicts)")
        #expect(Set(keymap.contexts) == Set(KeyContext.allCases.map(\.rawValue).filter { !keymap.bindings(for: $0).isEmpty }))
    }

    @Test(arguments: [KeyContext.integrations, .connections, .records])
    func paneKeysDoNotShadowGlobalNavigation(_ context: KeyContext) {
        for key in ["1", "2", "3", "q", "?", ":", "/"] as [Character] {
            #expect(keymap.bindings(for: context.rawValue).allSatisfy { !$0.keys.contains(.char(key)) }, "\(context) rebinds \(key)")
        }
    }

    @Test func globalKeysApplyInPanesOnly() {
        #expect(keymap.action(for: .char("q"), in: KeyContext.connections.keymapContexts) == .quit)
        #expect(keymap.action(for: .char("2"), in: KeyContext.records.keymapContexts) == .focus(.connections))
        #expect(keymap.action(for: .char("q"), in: KeyContext.filter.keymapContexts) == nil)
        #expect(keymap.action(for: .char("q"), in: KeyContext.palette.keymapContexts) == nil)
        #expect(keymap.action(for: .char("1"), in: KeyContext.connectForm.keymapContexts) == nil)
    }

    @Test func textContextsBindNoPrintableKeys() {
        for context in KeyContext.allCases where context.isTextEntry {
            for b in keymap.bindings(for: context.rawValue) {
                for k in b.keys {
                    if case .char(let c) = k.key, k.modifiers.isEmpty {
                        Issue.record("\(context) binds printable \(c)")
                    }
                }
            }
        }
    }

    @Test func theIssueKeysAreBound() {
        #expect(keymap.action(for: KeyEvent(.tab), in: KeyContext.integrations.keymapContexts) == .focusNext)
        #expect(keymap.action(for: KeyEvent(.backTab), in: KeyContext.integrations.keymapContexts) == .focusPrevious)
        #expect(keymap.action(for: .char("j"), in: KeyContext.records.keymapContexts) == .down)
        #expect(keymap.action(for: .char("k"), in: KeyContext.records.keymapContexts) == .up)
        #expect(keymap.action(for: .char("g"), in: KeyContext.connections.keymapContexts) == .top)
        #expect(keymap.action(for: .char("G"), in: KeyContext.connections.keymapContexts) == .bottom)
        #expect(keymap.action(for: KeyEvent(.pageDown), in: KeyContext.records.keymapContexts) == .pageDown)
        #expect(keymap.action(for: .char("c"), in: KeyContext.integrations.keymapContexts) == .connect)
        #expect(keymap.action(for: KeyEvent(.enter), in: KeyContext.integrations.keymapContexts) == .connect)
        #expect(keymap.action(for: .char("d"), in: KeyContext.connections.keymapContexts) == .delete)
        #expect(keymap.action(for: .char("i"), in: KeyContext.connections.keymapContexts) == .inspect)
        #expect(keymap.action(for: .char("p"), in: KeyContext.connections.keymapContexts) == .passthrough)
        #expect(keymap.action(for: .char("f"), in: KeyContext.connections.keymapContexts) == .finalize)
        #expect(keymap.action(for: .char("r"), in: KeyContext.connections.keymapContexts) == .refresh)
        #expect(keymap.action(for: .char("s"), in: KeyContext.records.keymapContexts) == .serverQuery)
        #expect(keymap.action(for: .char("u"), in: KeyContext.records.keymapContexts) == .updatedSince)
        #expect(keymap.action(for: .char("L"), in: KeyContext.records.keymapContexts) == .loadAll)
        #expect(keymap.action(for: .char("y"), in: KeyContext.document.keymapContexts) == .copy)
        #expect(keymap.action(for: .ctrl("s"), in: KeyContext.passthrough.keymapContexts) == .send)
        #expect(keymap.action(for: .char("c"), in: KeyContext.authorize.keymapContexts) == .copy)
        #expect(keymap.action(for: .char("o"), in: KeyContext.authorize.keymapContexts) == .openInBrowser)
        #expect(keymap.action(for: .char("!"), in: KeyContext.records.keymapContexts) == .errorDetails)
    }

    @Test func ctrlCQuitsEvenWhileTyping() {
        var s = Fixtures.loadedState()
        s.press(.char(":"))
        #expect(s.keyContext == .palette)
        s.press(.ctrl("c"))
        #expect(s.quitRequested)
    }

    @Test func f1OpensHelpWhileTyping() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("p"))
        s.press(KeyEvent(.function(1)))
        #expect(s.helpContext == .passthroughPath)
        s.press(.esc)
        guard case .passthrough = s.topModal else { Issue.record("the form under help was lost"); return }
    }

    @Test func helpListsEveryBindingOfTheContextAndTheGlobalOnes() {
        let lines = HelpContent.lines(for: .records)
        for b in keymap.bindings(for: KeyContext.records.rawValue) + keymap.bindings(for: KeyContext.global.rawValue) {
            #expect(lines.contains(.binding(key: b.keyDisplay, help: b.helpText, command: b.action.configName)))
        }
    }

    @Test func hintsComeFromTheKeymap() {
        let hints = AppKeys.default.hints(.connections)
        #expect(hints.contains(KeyHint(key: "d", label: "delete")))
        #expect(hints.first == KeyHint(key: "?", label: "help"))
        #expect(hints.contains(KeyHint(key: "?", label: "help")))
        #expect(!AppKeys.default.hints(.palette).contains { $0.key == "?" })
    }
}

@Suite struct KeymapDocumentationTests {
    /// `Snapshots/keybindings.md` is the README's key list; it must match the keymap.
    @Test func readmeKeyListMatchesTheKeymap() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/keybindings.md")
        let generated = AppKeymap.markdown()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" || !FileManager.default.fileExists(atPath: url.path) {
            try generated.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded keybindings.md")
            return
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == generated)
    }

    @Test func everyContextIsDocumented() {
        for context in KeyContext.allCases where !AppKeymap.default.bindings(for: context.rawValue).isEmpty {
            #expect(AppKeymap.documentedContexts.contains(context), "\(context) missing from the README list")
        }
    }
}

@Suite struct CommandConfigNameTests {
    /// Config names come from the case names, so a new command needs no table entry.
    @Test func namesAreTheCaseNamesInSnakeCase() {
        #expect(Command.loadAll.configName == "load_all")
        #expect(Command.toggleQR.configName == "toggle_qr")
        #expect(Command.quit.configName == "quit")
        #expect(Command.focus(.records).configName == "focus_records")
        #expect(Command.snakeCase("pageUp2Down") == "page_up2_down")
    }
}
