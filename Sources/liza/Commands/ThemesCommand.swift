import ArgumentParser
import Foundation
import LizaAPI
import TUIKit

/// `liza themes`: lists the colour themes liza can find, or checks theme files.
///
/// Listing shows each theme's name and file (or "built-in"); on a terminal it adds a swatch, one
/// sample per role in that role's style, downgraded to what the terminal can show. `--check`
/// validates files (every discovered one when none is given), prints `FILE:LINE: reason` for each
/// problem, and exits with status 2 if any file is bad, so it can run in CI or an editor hook.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List colour themes, or check theme files.",
        discussion: """
            Themes are TOML files named after the theme (nord.toml is "nord"), searched in \
            $XDG_CONFIG_HOME/liza/themes (default ~/.config/liza/themes), then the themes/ folder \
            next to the liza executable or PREFIX/share/liza/themes of an installed one, then ./themes. The first file of a name wins. \
            "default" is built in.
            """)

    @Flag(name: .long, help: "Check theme files instead of listing; exit status 2 if any is bad.")
    var check = false

    @Flag(name: .long, help: "Never print colour swatches (also when NO_COLOR is set or output is not a terminal).")
    var noSwatch = false

    @Argument(help: ArgumentHelp("Theme files to check (with --check). Default: every theme file found.",
                                 valueName: "file"))
    var files: [String] = []

    func validate() throws {
        if !files.isEmpty && !check {
            throw ValidationError("Files are only taken with --check.")
        }
    }

    func run() throws {
        let catalog = ThemeCatalog.standard(userDirectory: LizaPaths(environment: ProcessInfo.processInfo.environment).themesDirectory)
        if check {
            try runCheck(catalog)
        } else {
            list(catalog)
        }
    }

    private func list(_ catalog: ThemeCatalog) {
        let environment = ProcessInfo.processInfo.environment
        let capability = ColorCapability.detect(environment: environment, colors: 0)
        let swatches = !noSwatch && isatty(STDOUT_FILENO) == 1 && capability != .none
        let entries = catalog.entries()
        let nameWidth = entries.map { DisplayWidth.of($0.name) }.max() ?? 0
        var out = ""
        for entry in entries {
            let name = TextTruncation.pad(entry.name, width: nameWidth)
            let source = entry.path.map(Sanitizer.sanitize) ?? "built-in"
            out += "\(name)  \(source)\n"
            guard swatches else { continue }
            switch loadTheme(entry, catalog) {
            case .success(let theme):
                out += "  " + swatch(theme, capability) + "\n"
            case .failure(let error):
                out += "  (cannot load: \(Sanitizer.sanitize(error.description)))\n"
            }
        }
        if catalog.directories.isEmpty {
            out += "\nNo theme folders found; only the built-in default is available.\n"
        }
        Console.emit(out, to: STDOUT_FILENO)
    }

    private func loadTheme(_ entry: ThemeCatalog.Entry, _ catalog: ThemeCatalog) -> Result<Theme, ThemeError> {
        do {
            return .success(try catalog.load(named: entry.name))
        } catch {
            return .failure(error)
        }
    }

    /// One short sample per role: "Aa" in the role's style, then a reset.
    private func swatch(_ theme: Theme, _ capability: ColorCapability) -> String {
        var s = ""
        for role in ThemeRole.allCases {
            let style = theme[role]
            s += style.sgr(for: capability) + " Aa " + Style.sgrReset
        }
        return s
    }

    private func runCheck(_ catalog: ThemeCatalog) throws {
        let targets = files.isEmpty ? catalog.entries().compactMap(\.path) : files
        var bad = 0
        var report = ""
        for file in targets {
            let errors = ThemeCatalog.check(file: file)
            if errors.isEmpty {
                Console.emit("\(Sanitizer.sanitize(file)): ok\n", to: STDOUT_FILENO)
            } else {
                bad += 1
                for error in errors { report += Sanitizer.sanitize(error.description) + "\n" }
            }
        }
        if files.isEmpty {
            // The compiled-in default is checked too: it is what liza falls back on.
            let errors = ThemeDocument.check(Theme.defaultThemeTOML, file: "<built-in default theme>").errors
            bad += errors.isEmpty ? 0 : 1
            if errors.isEmpty { Console.emit("<built-in default theme>: ok\n", to: STDOUT_FILENO) }
            for error in errors { report += error.description + "\n" }
        }
        Console.emit(report, to: STDERR_FILENO)
        if bad > 0 { throw ExitCode(2) }
    }
}
