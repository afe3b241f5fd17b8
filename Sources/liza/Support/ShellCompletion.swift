import ArgumentParser
import Foundation
import LizaAPI
import TUIKit

/// Dynamic completions for the generated bash, zsh and fish scripts: the shell runs
/// `liza ---completion …` at completion time, which calls these with the words typed so far.
/// They only read local files (config, credentials, themes) and the built-in catalog: no
/// network, no output but the candidates.
enum ShellCompletion {
    /// Profile names from `config.toml` and `credentials.toml` (names only, never tokens).
    static let profiles = CompletionKind.custom { _, _, prefix in
        let environment = ProcessInfo.processInfo.environment
        let paths = LizaPaths(environment: environment)
        var names = Set(ConfigFile.load(from: paths.configFile).profiles.keys)
        if let stored = try? CredentialsStore(paths: paths).load() { names.formUnion(stored.tokens.keys) }
        names.insert(SettingsResolver.defaultProfile)
        return names.filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// Liza's category names.
    static let categories = CompletionKind.custom { _, _, prefix in
        Category.allCases.map(\.rawValue).filter { $0.hasPrefix(prefix) }
    }

    /// The object types of the category typed just before (all of them when it is not one).
    static let objectTypes = CompletionKind.custom { words, index, prefix in
        let previous = index > 0 && index - 1 < words.count ? words[index - 1] : ""
        let categories = Category(parsing: previous).map { [$0] } ?? Category.allCases
        let names = categories.flatMap { ObjectCatalog.objects(in: $0).map(\.name) }
        var seen = Set<String>()
        return names.filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }
    }

    /// Theme names (bundled, the user's, and `default`).
    static let themes = CompletionKind.custom { _, _, prefix in
        ThemeCatalog.standard(userDirectory: LizaPaths(environment: ProcessInfo.processInfo.environment).themesDirectory).entries().map(\.name).filter { $0.hasPrefix(prefix) }
    }
}
