import TUIKit

/// Decides what colours to use: TUIKit's `ColorCapability.detect(environment:colors:)`, limited to
/// what curses can address (the 256-colour palette: truecolor terminals get palette indices) and
/// to the caller's limit (e.g. `--color never`).
enum ColorSupport {
    static func capability(environment: [String: String], hasColors: Bool, colors: Int, limit: ColorCapability?) -> ColorCapability {
        guard hasColors, colors >= 8 else { return .none }
        let terminal: ColorCapability = colors >= 256 ? .palette256 : .ansi16
        return min(ColorCapability.detect(environment: environment, colors: colors), terminal, limit ?? .palette256)
    }
}
