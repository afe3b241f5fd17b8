import Foundation
import LizaAPI
@testable import LizaApp
import Testing
import TUIKit

/// `[keys.CONTEXT]` in config.toml: what it changes, and how each mistake is reported.
@Suite struct KeyRemappingTests {
    static let file = "/home/u/.config/liza/config.toml"

    /// The keys after applying `toml`, and the problems reported.
    static func remap(_ toml: String) -> (keys: AppKeys, problems: [String], warnings: [String]) {
        let config = ConfigFile.parse(toml, path: file)
        let (keys, problems) = AppKeys.remapped(by: config.keyAssignments, file: file)
        return (keys, problems, config.warnings)
    }

    @Test func aCommandGetsTheKeysGivenAndLosesItsDefaults() {
        let (keys, problems, warnings) = Self.remap("""
            [keys.records]
            load_all = "A"
            """)
        #expect(problems.isEmpty && warnings.isEmpty, "\(problems) \(warnings)")
        #expect(keys.command(for: .char("A"), in: .records) == .loadAll)
        #expect(keys.command(for: .char("L"), in: .records) == nil)
        #expect(keys.key(.loadAll, in: .records) == "A")
        #expect(HelpContent.lines(for: .records, keys: keys).contains(.binding(key: "A", help: "load all, or sync the store", command: "load_all")))
        #expect(keys.hints(.records).contains(KeyHint(key: "A", label: "load all")))
    }

    @Test func remappedQuitQuitsAndTheOldKeyIsFree() {
        var state = Fixtures.loadedState()
        let (keys, problems, _) = Self.remap("""
            [keys.global]
            quit = "Q"
            """)
        #expect(problems.isEmpty)
        state.keys = keys
        state.press(.char("q"))
        #expect(!state.quitRequested)
        state.press(.char("Q"))
        #expect(state.quitRequested)
    }

    @Test func aListOfKeysAndAnEmptyListUnbinds() {
        let (keys, problems, _) = Self.remap("""
            [keys.connections]
            delete = ["x", "ctrl-d"]
            passthrough = []
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(keys.command(for: .char("x"), in: .connections) == .delete)
        #expect(keys.command(for: .ctrl("d"), in: .connections) == .delete)
        #expect(keys.command(for: .char("d"), in: .connections) == nil)
        #expect(keys.command(for: .char("p"), in: .connections) == nil)
        #expect(keys.footer(.connections, [.select, .passthrough, .delete]) == "enter records · x delete")
    }

    @Test func twoCommandsMaySwapKeys() {
        let (keys, problems, _) = Self.remap("""
            [keys.records]
            sort_next = "L"
            load_all = "o"
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(keys.command(for: .char("o"), in: .records) == .loadAll)
        #expect(keys.command(for: .char("L"), in: .records) == .sortNext)
    }

    @Test func mistakesAreReportedWithTheirLineAndTheDefaultsKept() {
        let (keys, problems, _) = Self.remap("""
            [keys.recrods]
            load_all = "A"

            [keys.records]
            lod_all = "A"
            sort_next = "ctrl-shift-"
            load_all = "o"

            [keys.palette]
            run = "x"
            """)
        #expect(problems == [
            "\(Self.file):2: unknown key context [keys.recrods] (did you mean records?) — contexts: "
                + KeyContext.allCases.filter { !AppKeys.default.keymap.bindings(for: $0.rawValue).isEmpty }.map(\.configName).joined(separator: ", "),
            "\(Self.file):5: unknown command 'lod_all' in [keys.records] (did you mean load_all?)",
            "\(Self.file):6: 'ctrl-shift-' is not a key name (e.g. A, ctrl-s, shift-tab, F5, pgdn, enter, esc, space)",
            "\(Self.file):7: o is already bound to sort_next in [keys.records]; load_all keeps its default keys",
            "\(Self.file):10: unknown command 'run' in [keys.palette]",
        ])
        #expect(keys.command(for: .char("L"), in: .records) == .loadAll)
        #expect(keys.command(for: .char("o"), in: .records) == .sortNext)
    }

    @Test func aPrintableKeyInATextContextIsRefused() {
        let (keys, problems, _) = Self.remap("""
            [keys.palette]
            select = "x"
            """)
        #expect(problems == ["\(Self.file):2: x is text in [keys.palette]; bind a key with ctrl, alt or a named key"])
        #expect(keys.command(for: KeyEvent(.enter), in: .palette) == .select)
    }

    @Test func wrongTypesAreConfigWarnings() {
        let (_, problems, warnings) = Self.remap("""
            mouse = "no"
            [keys.records]
            load_all = 3
            """)
        #expect(problems.isEmpty)
        #expect(warnings.contains("\(Self.file):1: mouse must be true or false, not a string; ignored"))
        #expect(warnings.contains("\(Self.file):3: load_all in [keys.records] must be a key name or a list of key names, not an integer; ignored"))
    }

    @Test func mouseCanBeTurnedOff() {
        #expect(ConfigFile.parse("mouse = false", path: Self.file).mouse == false)
        #expect(ConfigFile.parse("", path: Self.file).mouse == nil)
    }

    @Test func theEffectiveMapIsConfigTextThatReadsBack() {
        let (keys, _, _) = Self.remap("""
            [keys.records]
            load_all = "A"
            """)
        let text = keys.configText
        #expect(text.contains("[keys.records]"))
        #expect(text.contains("load_all"))
        // Reading the printed map back changes nothing and reports nothing.
        let config = ConfigFile.parse(text, path: Self.file)
        #expect(config.warnings.isEmpty, "\(config.warnings)")
        let (again, problems) = AppKeys.remapped(by: config.keyAssignments, file: Self.file)
        #expect(problems.isEmpty, "\(problems)")
        #expect(again.command(for: .char("A"), in: .records) == .loadAll)
        #expect(again.command(for: .char("L"), in: .records) == nil)
        #expect(again.command(for: .char("q"), in: .connections) == .quit)
    }
}
