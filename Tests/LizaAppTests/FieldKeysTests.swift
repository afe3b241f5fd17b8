import Foundation
import LizaAPI
@testable import LizaApp
import Testing
import TUIKit

/// Fields with keys of their own (the connect form's Categories, the passthrough form's Method and
/// Path) have key contexts of their own: what help shows for them is the keymap, and the keymap
/// is what they do.
@Suite struct FieldKeysTests {
    func connectForm(_ s: AppState) -> ConnectFormState? {
        guard case .connect(let form)? = s.topModal else { return nil }
        return form
    }

    func passthrough(_ s: AppState) -> PassthroughState? {
        guard case .passthrough(let form)? = s.topModal else { return nil }
        return form
    }

    @Test func categoriesHaveTheirOwnKeysAndTheFormsToo() throws {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("c"))
        s.press(.tab)  // Categories
        #expect(s.keyContext == .connectCategories)
        let all = try #require(connectForm(s)).categoryChoices
        s.press(.char("a"))
        #expect(try #require(connectForm(s)).selectedCategories == all)
        s.press(.char("a"))
        #expect(try #require(connectForm(s)).selectedCategories.isEmpty)
        s.press(KeyEvent(.right), .char("l"), .char(" "))
        #expect(try #require(connectForm(s)).selectedCategories == [all[2]])
        s.press(KeyEvent(.end))
        #expect(try #require(connectForm(s)).categoryCursor == all.count - 1)
        s.press(.tab)  // the form's key works in the field: on to Redirect URL
        #expect(try #require(connectForm(s)).field == .redirectURL)
        #expect(s.keyContext == .connectForm)
    }

    @Test func arrowRightAcceptsACompletionOnlyAtTheEndAndOtherwiseMovesTheCursor() throws {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("c"))
        s.type("hubsp")
        s.press(KeyEvent(.left), KeyEvent(.right))  // back one, then → moves (not at the end before)
        #expect(try #require(connectForm(s)).integrationType.text == "hubsp")
        #expect(try #require(connectForm(s)).integrationType.cursor == 5)
        s.press(KeyEvent(.right))  // at the end: accepts
        #expect(try #require(connectForm(s)).integrationType.text == "hubspot")
        s.press(KeyEvent(.left), KeyEvent(.right))  // nothing left to complete: → moves the cursor
        #expect(try #require(connectForm(s)).integrationType.cursor == 7)
    }

    @Test func aMissingCategoryNamesTheToggleKeyFromTheKeymap() throws {
        var s = Fixtures.loadedState()
        let (keys, problems) = AppKeys.remapped(
            by: ConfigFile.parse("[keys.connect_categories]\ntoggle = \"x\"\n", path: "c.toml").keyAssignments, file: "c.toml")
        #expect(problems.isEmpty, "\(problems)")
        s.keys = keys
        s.press(.char("2"), .char("c"))
        s.type("hubspot")
        s.press(.tab, .char("a"), .char("a"), .tab)  // all, none, leave Categories
        #expect(try #require(connectForm(s)).errors[.categories] == "choose at least one (x toggles)")
    }

    @Test func methodAndPathKeys() throws {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("p"))
        #expect(s.keyContext == .passthroughPath)
        s.press(KeyEvent(.backTab))
        #expect(s.keyContext == .passthroughMethod)
        for (key, method) in [("u", HTTPMethod.PUT), ("a", .PATCH), ("d", .DELETE), ("p", .POST), ("g", .GET)] as [(Character, HTTPMethod)] {
            s.press(.char(key))
            #expect(try #require(passthrough(s)).method == method, "\(key)")
        }
        s.press(KeyEvent(.left))
        #expect(try #require(passthrough(s)).method == .DELETE)
        s.press(.char(" "))
        #expect(try #require(passthrough(s)).method == .GET)
        s.press(KeyEvent(.enter))
        #expect(try #require(passthrough(s)).focus == .path)
        s.press(KeyEvent(.enter))
        #expect(try #require(passthrough(s)).focus == .body)
        #expect(s.keyContext == .passthrough)
        s.type("{")
        s.press(KeyEvent(.enter))  // a new line in the body, not a command
        #expect(try #require(passthrough(s)).body.text.hasPrefix("{\n"))
    }

    @Test func remappingTheFormsKeyChangesItInItsFieldsToo() {
        let (keys, problems) = AppKeys.remapped(
            by: ConfigFile.parse("[keys.passthrough]\nsend = \"ctrl-x\"\n", path: "c.toml").keyAssignments, file: "c.toml")
        #expect(problems.isEmpty, "\(problems)")
        #expect(keys.command(for: .ctrl("x"), in: .passthroughMethod) == .send)
        #expect(keys.command(for: .ctrl("x"), in: .passthroughPath) == .send)
        #expect(keys.command(for: .ctrl("s"), in: .passthroughMethod) == nil)
    }

    @Test func helpShowsOnlyKeysFromTheKeymapOrTheTextFieldsList() {
        let keymap = AppKeys.default.keymap
        let editing = Set(TextEditingKeys.all.map(\.display))
        for context in KeyContext.allCases {
            let bound = Set(context.keymapContexts.flatMap { keymap.bindings(for: $0) }.map(\.keyDisplay))
                .union(keymap.bindings(for: KeyContext.always.rawValue).map(\.keyDisplay))
                .union(keymap.bindings(for: KeyContext.global.rawValue).map(\.keyDisplay))
            for case .binding(let key, let help, let command) in HelpContent.lines(for: context) {
                if command.isEmpty {
                    #expect(editing.contains(key), "\(context.rawValue): '\(key)' \(help) is not a text-editing key")
                } else {
                    #expect(bound.contains(key), "\(context.rawValue): '\(key)' \(help) is not bound")
                }
            }
        }
    }

    @Test func aFieldsHelpListsItsFormsKeysAfterItsOwn() {
        let lines = HelpContent.lines(for: .passthroughMethod)
        let own = lines.firstIndex(of: .binding(key: "g", help: "GET", command: "method_get"))
        let form = lines.firstIndex(of: .heading("Passthrough", config: "[keys.passthrough]"))
        let send = lines.firstIndex(of: .binding(key: "ctrl-s", help: "send", command: "send"))
        #expect(own != nil && form != nil && send != nil)
        if let own, let form, let send { #expect(own < form && form < send) }
    }
}
