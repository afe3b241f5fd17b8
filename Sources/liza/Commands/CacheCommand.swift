import ArgumentParser

/// `liza cache`: what the record store holds; `liza cache clear [CONN]` removes it.
struct CacheCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Show the record store: size, age and row counts per connection and object type.",
        discussion: """
            Records are stored per profile in $XDG_CACHE_HOME/liza/records-PROFILE.sqlite when the profile says cache = "persist"; \
            with "session" (the default) they live only while liza runs; "off" keeps none.
            """,
        subcommands: [CacheShowCommand.self, CacheClearCommand.self],
        defaultSubcommand: CacheShowCommand.self
    )
}
