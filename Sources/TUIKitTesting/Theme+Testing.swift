import TUIKit

extension Theme {
    /// A theme for snapshot tests: every role has its own distinct style (indexed colours), so a
    /// style dump can name the role of each cell unambiguously, and changes to the real default
    /// theme do not rewrite every snapshot.
    public static let testing: Theme = {
        var styles: [ThemeRole: Style] = [:]
        for (i, role) in ThemeRole.allCases.enumerated() {
            // Selection keeps the reverse attribute so overlays (selection over colours) show as such.
            styles[role] = role == .selection
                ? Style(foreground: .indexed(UInt8(16 + i)), attributes: .reverse)
                : Style(foreground: .indexed(UInt8(16 + i)))
        }
        return Theme(name: "testing", styles: styles)
    }()
}
