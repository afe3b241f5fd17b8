/// A named set of styles, one per `ThemeRole`. Widgets ask for roles, never raw colours.
///
/// Themes come from TOML files (see `ThemeDocument` for the format and `ThemeCatalog` for where
/// they are found); `Theme.default` is compiled in, so liza looks right with no files at all.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [ThemeRole: Style]

    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for a role (plain when the theme does not set it).
    public subscript(role: ThemeRole) -> Style { styles[role] ?? .plain }

    /// A theme from a parsed file: the roles the file sets, the rest from `base`. The name is the
    /// file's `name`, else `fallbackName`.
    public init(document: ThemeDocument, fallbackName: String, base: Theme = .default) {
        self.name = document.name ?? fallbackName
        self.styles = base.styles.merging(document.styles) { _, new in new }
    }

    /// Parses theme TOML into a theme whose missing roles come from `base`.
    /// - Parameter file: the path, used in errors and (its name without `.toml`) as the fallback name.
    public static func parse(_ text: String, file: String, base: Theme = .default) throws(ThemeError) -> Theme {
        let document = try ThemeDocument.parse(text, file: file)
        return Theme(document: document, fallbackName: ThemeCatalog.themeName(forFile: file), base: base)
    }

    /// This theme as the terminal can show it (see `Style.resolved(for:)`). Without colours, a
    /// selection or focused border that relied on colour alone gets `reverse` or `bold`, so it
    /// stays visible.
    public func resolved(for capability: ColorCapability) -> Theme {
        var out = Theme(name: name, styles: styles.mapValues { $0.resolved(for: capability) })
        guard capability == .none else { return out }
        if let original = styles[.selection], original.background != .default || original.foreground != .default,
           !original.attributes.contains(.reverse) {
            out.styles[.selection]?.attributes.insert(.reverse)
        }
        if let original = styles[.borderFocused], original.foreground != .default,
           original.attributes.isDisjoint(with: [.bold, .reverse, .underline]) {
            out.styles[.borderFocused]?.attributes.insert(.bold)
        }
        return out
    }
}
