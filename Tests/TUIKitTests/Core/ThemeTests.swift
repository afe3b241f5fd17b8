import Foundation
import Testing
@testable import TUIKit

@Suite("Theme")
struct ThemeTests {
    @Test func parsesAGoodFile() throws {
        let text = """
            name = "nordish"
            description = "test"
            [roles]
            primary = { fg = "#88c0d0", bold = true }
            selection = { fg = "black", bg = "#88c0d0" }
            text = "white"           # shorthand: a foreground
            muted = 244
            border-focused = { fg = "bright_cyan", underline = true, italic = false }

            [roles.error]
            fg = "red"
            reverse = true
            """
        let theme = try Theme.parse(text, file: "nordish.toml")
        #expect(theme.name == "nordish")
        #expect(theme[.primary] == Style(foreground: .rgb(0x88, 0xC0, 0xD0), attributes: .bold))
        #expect(theme[.selection] == Style(foreground: .ansi(.black), background: .rgb(0x88, 0xC0, 0xD0)))
        #expect(theme[.text] == Style(foreground: .ansi(.white)))
        #expect(theme[.muted] == Style(foreground: .indexed(244)))
        #expect(theme[.borderFocused] == Style(foreground: .ansi(.brightCyan), attributes: .underline))
        #expect(theme[.error] == Style(foreground: .ansi(.red), attributes: .reverse))
        #expect(theme[.jsonKey] == Theme.default[.jsonKey], "missing roles come from the default theme")
        for role in ThemeRole.allCases { #expect(theme.styles[role] != nil, "\(role)") }
    }

    @Test func nameFallsBackToTheFileName() throws {
        #expect(try Theme.parse("[roles]\ntext = \"red\"\n", file: "/x/y/mine.toml").name == "mine")
        #expect(try Theme.parse("", file: "empty.toml") == Theme(name: "empty", styles: Theme.default.styles))
    }

    /// Each kind of error, reported at the right line.
    static let errors: [(String, String, ThemeError.Kind, Int)] = [
        ("syntax: unclosed inline table", "name = \"x\"\n[roles]\nprimary = { fg = \"red\"\n", .syntax, 3),
        ("syntax: unterminated string", "name = \"x\n", .syntax, 1),
        ("syntax: duplicate key", "[roles]\ntext = \"red\"\ntext = \"blue\"\n", .syntax, 3),
        ("unknown role", "name = \"x\"\n[roles]\ntext = \"red\"\nprimry = \"blue\"\n", .unknownRole, 4),
        ("unknown role table", "[roles]\ntext = \"red\"\n\n[roles.bogus]\nfg = \"red\"\n", .unknownRole, 4),
        ("unknown colour", "# comment\n[roles]\n\ntext = \"rde\"\n", .unknownColor, 4),
        ("unknown colour in inline table", "[roles]\nprimary = { fg = \"cyan\", bg = \"blurple\" }\n", .unknownColor, 2),
        ("bad hex", "[roles]\ntext = \"red\"\nprimary = { fg = \"#88c0dz\" }\n", .badHex, 3),
        ("bad hex in a role table", "[roles.primary]\nbold = true\nfg = \"#1234\"\n", .badHex, 3),
        ("out of range", "[roles]\nmuted = 300\n", .outOfRange, 2),
        ("bad type for an attribute", "[roles]\n\nprimary = { fg = \"red\", bold = \"yes\" }\n", .badType, 3),
        ("bad type for a role", "[roles]\ntext = true\n", .badType, 2),
        ("bad type for roles", "name = \"x\"\nroles = 5\n", .badType, 2),
        ("bad type for name", "name = 5\n", .badType, 1),
        ("bad type for a colour", "[roles]\ntext = { fg = 1.5 }\n", .badType, 2),
        ("unknown key in a role", "[roles]\ntext = \"red\"\nprimary = { fg = \"red\", blink = true }\n", .unknownKey, 3),
        ("unknown top-level key", "name = \"x\"\ncolours = \"red\"\n", .unknownKey, 2),
    ]

    @Test("errors carry kind and line", arguments: errors.indices)
    func error(_ i: Int) {
        let (what, text, kind, line) = Self.errors[i]
        do {
            _ = try Theme.parse(text, file: "bad.toml")
            Issue.record("\(what): expected an error")
        } catch {
            #expect(error.kind == kind, "\(what): \(error)")
            #expect(error.line == line, "\(what): \(error)")
            #expect(error.file == "bad.toml")
            #expect(error.description.hasPrefix("bad.toml:\(line): "), "\(what): \(error)")
        }
    }

    @Test func unknownRoleSuggestsTheNearestOne() {
        let result = ThemeDocument.check("[roles]\nprimry = \"red\"\nzzzzzzzzzz = \"red\"\n", file: "t.toml")
        #expect(result.errors.count == 2)
        #expect(result.errors[0].reason.contains("did you mean 'primary'"))
        #expect(result.errors[1].reason.contains("roles: background"))
    }

    @Test func checkReportsEveryProblemInLineOrder() {
        let text = "[roles]\ntext = \"rde\"\nmuted = 999\nprimary = { fg = \"#xyz\" }\nnope = \"red\"\n"
        let result = ThemeDocument.check(text, file: "t.toml")
        #expect(result.errors.map(\.line) == [2, 3, 4, 5])
        #expect(result.errors.map(\.kind) == [.unknownColor, .outOfRange, .badHex, .unknownRole])
    }

    @Test func resolvingForNoColourKeepsSelectionVisible() throws {
        let nord = try Theme.parse("[roles]\nselection = { fg = \"#2e3440\", bg = \"#88c0d0\" }\nborder_focused = \"#88c0d0\"\n", file: "n.toml")
        let plain = nord.resolved(for: .none)
        #expect(plain[.selection] == Style(attributes: .reverse))
        #expect(plain[.borderFocused] == Style(attributes: .bold))
        #expect(nord.resolved(for: .palette256)[.selection].background == .indexed(110))
    }

    // MARK: - Built-in default and the bundled files

    static let themesDirectory = RepositoryPaths.root() + "/themes"

    @Test func builtInDefaultMatchesTheFile() throws {
        let file = try String(contentsOfFile: Self.themesDirectory + "/default.toml", encoding: .utf8)
        #expect(file == Theme.defaultThemeTOML + "\n", "Theme+Default.swift must embed themes/default.toml verbatim")
        let document = try ThemeDocument.parse(Theme.defaultThemeTOML, file: "default")
        #expect(Set(document.styles.keys) == Set(ThemeRole.allCases))
        #expect(Theme.default.name == "default")
        #expect(Theme.default.styles == document.styles)
    }

    @Test func defaultUsesOnlyANSINames() {
        for (role, style) in Theme.default.styles {
            for color in [style.foreground, style.background] {
                switch color {
                case .default, .ansi: break
                case .indexed, .rgb: Issue.record("\(role) uses \(color): the default must work on 16 colours")
                }
            }
        }
    }

    @Test func everyBundledThemeIsCompleteAndValid() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesDirectory).filter { $0.hasSuffix(".toml") }.sorted()
        let required = ["default", "default-light", "nord", "gruvbox-dark", "solarized-dark", "solarized-light", "dracula",
                        "high-contrast", "monochrome"]
        for name in required { #expect(files.contains(name + ".toml"), "themes/\(name).toml") }
        for file in files {
            let path = Self.themesDirectory + "/" + file
            #expect(ThemeCatalog.check(file: path).isEmpty, "\(file): \(ThemeCatalog.check(file: path))")
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let document = try ThemeDocument.parse(text, file: path)
            #expect(document.name == ThemeCatalog.themeName(forFile: file), "\(file): name matches the file")
            #expect(document.description?.isEmpty == false, "\(file) has a description")
            let missing = Set(ThemeRole.allCases).subtracting(document.styles.keys)
            #expect(missing.isEmpty, "\(file) does not set \(missing.map(\.rawValue).sorted())")
        }
    }

    @Test func monochromeHasNoColoursAndHighContrastOnlyANSI() throws {
        let mono = try ThemeCatalog.load(file: Self.themesDirectory + "/monochrome.toml")
        #expect(mono.styles.values.allSatisfy { $0.foreground == .default && $0.background == .default })
        #expect(mono[.selection].attributes.contains(.reverse))
        let hc = try ThemeCatalog.load(file: Self.themesDirectory + "/high-contrast.toml")
        for style in hc.styles.values {
            for color in [style.foreground, style.background] {
                if case .rgb = color { Issue.record("high-contrast must work on 16 colours") }
                if case .indexed = color { Issue.record("high-contrast must work on 16 colours") }
            }
        }
    }
}
