/// The semantic roles a theme styles. Widgets ask for roles, never raw colours.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    case background, surface, text, muted, primary, accent, selection
    case border
    case borderFocused = "border_focused"
    case success, warning, error
    case jsonKey = "json_key"
    case jsonString = "json_string"
    case jsonNumber = "json_number"
    case jsonBool = "json_bool"
    case jsonNull = "json_null"
    case jsonPunctuation = "json_punctuation"
}
