/// A named set of styles, one per `ThemeRole`. PLACEHOLDER defaults until theme loading lands.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [ThemeRole: Style]

    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for a role (plain when the theme does not set it).
    public subscript(role: ThemeRole) -> Style { styles[role] ?? .plain }

    /// The built-in default, good on 16 colours; used when no theme file can be read.
    public static let `default` = Theme(name: "default", styles: [
        .muted: Style(foreground: .ansi(.brightBlack)),
        .primary: Style(foreground: .ansi(.cyan), attributes: .bold),
        .accent: Style(foreground: .ansi(.magenta)),
        .selection: Style(attributes: .reverse),
        .border: Style(foreground: .ansi(.brightBlack)),
        .borderFocused: Style(foreground: .ansi(.cyan), attributes: .bold),
        .success: Style(foreground: .ansi(.green)),
        .warning: Style(foreground: .ansi(.yellow)),
        .error: Style(foreground: .ansi(.red), attributes: .bold),
        .jsonKey: Style(foreground: .ansi(.blue)),
        .jsonString: Style(foreground: .ansi(.green)),
        .jsonNumber: Style(foreground: .ansi(.yellow)),
        .jsonBool: Style(foreground: .ansi(.magenta)),
        .jsonNull: Style(foreground: .ansi(.brightBlack)),
        .jsonPunctuation: Style(foreground: .ansi(.brightBlack)),
    ])
}
