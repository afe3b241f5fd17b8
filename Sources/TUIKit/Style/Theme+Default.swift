/// The built-in default theme.
extension Theme {
    /// The built-in default, good on 16 colours; used when no theme file is chosen or a chosen one
    /// cannot be read. Parsed from `defaultThemeTOML`, the same text as `themes/default.toml`.
    public static let `default`: Theme = {
        do {
            let document = try ThemeDocument.parse(defaultThemeTOML, file: "<built-in default theme>")
            return Theme(document: document, fallbackName: "default", base: Theme(name: "default", styles: [:]))
        } catch {
            // Unreachable while the tests pass (they parse this text); never crash over a theme.
            return Theme(name: "default", styles: [.selection: Style(attributes: .reverse)])
        }
    }()

    /// The text of `themes/default.toml`, compiled in so liza works with no themes folder.
    /// A test checks that the two stay identical.
    public static let defaultThemeTOML = """
# liza's default theme. ANSI colour names only, so it follows your terminal's own palette and
# looks right on 16-colour terminals. "default" is the terminal's own foreground/background.
# This file is also compiled into liza (Theme+Default.swift); keep the two identical.
name = "default"
description = "Follows your terminal's palette (16 ANSI colours)"

[roles]
background       = { fg = "default", bg = "default" }
surface          = { fg = "default", bg = "default" }
text             = "default"
muted            = "bright-black"
primary          = { fg = "cyan", bold = true }
accent           = "magenta"
selection        = { reverse = true }
border           = "bright-black"
border_focused   = { fg = "cyan", bold = true }
success          = "green"
warning          = "yellow"
error            = { fg = "red", bold = true }
json_key         = "blue"
json_string      = "green"
json_number      = "yellow"
json_bool        = "magenta"
json_null        = "bright-black"
json_punctuation = "bright-black"
"""
}
