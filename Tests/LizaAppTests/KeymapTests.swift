import Foundation
import LizaAPI
@testable import LizaApp
import Testing
import TUIKit

@Suite struct KeymapTests {
    let keymap = AppKeymap.default

    @Test(arguments: KeyContext.allCases)
    func noKeyIsBoundTwiceInAContext(_ context: KeyContext) {
        #expect(keymap.conflicts(in: context).isEmpty)
    }

    @Test(arguments: [KeyContext.integrations, .connections, .records])
    func paneKeysDoNotShadowGlobalNavigation(_ context: KeyContext) {
        for key in ["1", "2", "3", "q", "?", ":", "/"] as [Character] {
            #expect(keymap.bindings(context).allSatisfy { !$0.keys.contains(.char(key)) }, "\(context) rebinds \(key)")
        }
    }

    @Test func globalKeysApplyInPanesOnly() {
        #expect(keymap.command(for: .char("q"), in: .connections) == .quit)
        #expect(keymap.command(for: .char("2"), in: .records) == .focus(.connections))
        #expect(keymap.command(for: .char("q"), in: .filter) == nil)
        #expect(keymap.command(for: .char("q"), in: .palette) == nil)
        #expect(keymap.command(for: .char("1"), in: .connectForm) == nil)
    }

    @Test func textContextsBindNoPrintableKeysExceptSpaceToggle() {
        for context in KeyContext.allCases where context.isTextEntry {
            for b in keymap.bindings(context) {
                for k in b.keys {
                    if case .char(let c) = k.key, k.modifiers.isEmpty {
                        #expect(context == .connectForm && c == " ", "\(context) binds printable \(c)")
                    }
                }
            }
        }
    }

    @Test func theIssueKeysAreBound() {
        #expect(keymap.command(for: KeyEvent(.tab), in: .integrations) == .focusNext)
        #expect(keymap.command(for: KeyEvent(.backTab), in: .integrations) == .focusPrevious)
        #expect(keymap.command(for: .char("j"), in: .records) == .down)
        #expect(keymap.command(for: .char("k"), in: .records) == .up)
        #expect(keymap.command(for: .char("g"), in: .connections) == .top)
        #expect(keymap.command(for: .char("G"), in: .connections) == .bottom)
        #expect(keymap.command(for: KeyEvent(.pageDown), in: .records) == .pageDown)
        #expect(keymap.command(for: .char("c"), in: .integrations) == .connect)
        #expect(keymap.command(for: KeyEvent(.enter), in: .integrations) == .connect)
        #expect(keymap.command(for: .char("d"), in: .connections) == .delete)
        #expect(keymap.command(for: .char("i"), in: .connections) == .inspect)
        #expect(keymap.command(for: .char("p"), in: .connections) == .passthrough)
        #expect(keymap.command(for: .char("f"), in: .connections) == .finalize)
        #expect(keymap.command(for: .char("r"), in: .connections) == .refresh)
        #expect(keymap.command(for: .char("s"), in: .records) == .serverQuery)
        #expect(keymap.command(for: .char("u"), in: .records) == .updatedSince)
        #expect(keymap.command(for: .char("L"), in: .records) == .loadAll)
        #expect(keymap.command(for: .char("y"), in: .document) == .copy)
        #expect(keymap.command(for: .ctrl("s"), in: .passthrough) == .send)
        #expect(keymap.command(for: .char("c"), in: .authorize) == .copy)
        #expect(keymap.command(for: .char("o"), in: .authorize) == .openInBrowser)
        #expect(keymap.command(for: .char("!"), in: .records) == .errorDetails)
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
        #expect(s.topModal == .help(HelpState(context: .passthrough)))
        s.press(.esc)
        guard case .passthrough = s.topModal else { Issue.record("the form under help was lost"); return }
    }

    @Test func helpListsEveryBindingOfTheContextAndTheGlobalOnes() {
        let lines = HelpContent.lines(for: .records)
        for b in keymap.bindings(.records) + keymap.bindings(.global) {
            #expect(lines.contains(.binding(key: b.display, help: b.help)))
        }
    }

    @Test func hintsComeFromTheKeymap() {
        let hints = keymap.hints(.connections)
        #expect(hints.contains(KeyHint(key: "d", label: "delete")))
        #expect(hints.first == KeyHint(key: "?", label: "help"))
        #expect(hints.contains(KeyHint(key: "?", label: "help")))
        #expect(!keymap.hints(.palette).contains { $0.key == "?" })
    }
}

@Suite struct KeymapDocumentationTests {
    /// `Snapshots/keybindings.md` is the README's key list; it must match the keymap.
    @Test func readmeKeyListMatchesTheKeymap() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/keybindings.md")
        let generated = AppKeymap.default.markdown()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" || !FileManager.default.fileExists(atPath: url.path) {
            try generated.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded keybindings.md")
            return
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == generated)
    }

    @Test func everyContextIsDocumented() {
        for context in KeyContext.allCases where !AppKeymap.default.bindings(context).isEmpty {
            #expect(AppKeymap.documentedContexts.contains(context), "\(context) missing from the README list")
        }
    }
}
