// swift-tools-version: 6.0
// 6.0 => Swift 6 language mode with complete concurrency checking for every target.
import PackageDescription

let settings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "liza",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "liza", targets: ["liza"]),
        .executable(name: "liza-bench", targets: ["LizaBenchmarks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // C, where Swift cannot go: a header-only shim over the system's ncursesw, and the
        // async-signal-safe fatal-signal handler that gives the terminal back on a crash.
        .target(name: "CTerminalGuard"),
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"]), .yum(["ncurses-devel"]), .brew(["ncurses"])]
        ),
        // libqrencode, for QR codes of authorization URLs; only QRCode imports it.
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"]), .yum(["qrencode-devel"]), .brew(["qrencode"])]
        ),
        // The system's SQLite, for the record store; only LizaStore imports it.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .yum(["sqlite-devel"]), .brew(["sqlite"])]
        ),
        // A QR code as a module matrix (no terminal code).
        .target(name: "QRCode", dependencies: ["CQRencode"], swiftSettings: settings),
        // Draws a QR matrix into a TUIKit Buffer with half blocks (the CLI prints it, the TUI shows it).
        .target(name: "QRCodeView", dependencies: ["QRCode", "TUIKit"], swiftSettings: settings),
        // Ordered JSON value, parser and printer shared by the client, the sandbox and the JSON view.
        .target(name: "OrderedJSON", swiftSettings: settings),
        // The one "did you mean" policy, without dependencies so TUIKit and LizaAPI can share it.
        .target(name: "Suggestions", swiftSettings: settings),
        .target(
            name: "TUIKit",
            dependencies: ["OrderedJSON", "Suggestions", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: settings
        ),
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "CTerminalGuard", "TUIKit"], swiftSettings: settings),
        // Models, client, validation, config: no networking library, so LizaApp can depend on it.
        .target(
            name: "LizaAPI",
            dependencies: ["OrderedJSON", "Suggestions", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: settings
        ),
        // The real transport: AsyncHTTPClient behind LizaAPI's HTTPTransport protocol.
        .target(
            name: "LizaHTTP",
            dependencies: [
                "LizaAPI", .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: settings
        ),
        // The loopback redirect listener (Hummingbird) behind LizaAPI's RedirectListening.
        .target(
            name: "LizaLoopback",
            dependencies: ["LizaAPI", .product(name: "Hummingbird", package: "hummingbird")],
            swiftSettings: settings
        ),
        .target(
            name: "LizaSandbox",
            dependencies: [
                "LizaAPI", "OrderedJSON", "Suggestions", .product(name: "Hummingbird", package: "hummingbird"),
                // https: TLS with HTTP/2 offered through ALPN (HTTP/1.1 otherwise).
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdHTTP2", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: settings
        ),
        // Records on SQLite (one database per profile) and incremental sync: no networking library.
        .target(name: "LizaStore", dependencies: ["CSQLite", "LizaAPI", "OrderedJSON"], swiftSettings: settings),
        .target(name: "LizaApp", dependencies: ["TUIKit", "LizaAPI", "OrderedJSON", "Suggestions", "QRCode", "QRCodeView"], swiftSettings: settings),
        // LizaApp's RecordStoring seam over LizaStore: the shell's adapter, which liza-bench drives too.
        .target(name: "LizaStoreAdapter", dependencies: ["LizaApp", "LizaAPI", "LizaStore", "OrderedJSON"], swiftSettings: settings),
        .executableTarget(
            name: "liza",
            dependencies: [
                "LizaApp", "LizaAPI", "LizaHTTP", "LizaSandbox", "LizaLoopback", "LizaStore", "LizaStoreAdapter", "CursesTerminal", "TUIKit", "OrderedJSON",
                "QRCode", "QRCodeView", "CTerminalGuard", "Suggestions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: settings
        ),
        // Test helpers without heavy dependencies: snapshots, in-memory terminal, tmux driver.
        .target(name: "TUIKitTesting", dependencies: ["TUIKit"], swiftSettings: settings),
        // Test helpers that need the sandbox: a sandbox on a random loopback port, a ready client.
        .target(
            name: "LizaTesting",
            dependencies: [
                "LizaSandbox", "LizaAPI", "LizaHTTP", "LizaApp", "TUIKit", "TUIKitTesting", "OrderedJSON",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: settings
        ),
        // A tiny program drawn through CursesTerminal, driven by the terminal end-to-end test.
        .executableTarget(name: "TerminalDemo", dependencies: ["CursesTerminal", "TUIKit"], swiftSettings: settings),
        .executableTarget(
            name: "LizaBenchmarks",
            dependencies: ["TUIKit", "LizaApp", "LizaAPI", "LizaHTTP", "LizaSandbox", "LizaStore", "LizaStoreAdapter", "OrderedJSON"],
            swiftSettings: settings
        ),
        .testTarget(name: "OrderedJSONTests", dependencies: ["OrderedJSON"], swiftSettings: settings),
        .testTarget(name: "SuggestionsTests", dependencies: ["Suggestions"], swiftSettings: settings),
        .testTarget(
            name: "TUIKitTests",
            dependencies: ["TUIKit", "TUIKitTesting"],
            exclude: ["Snapshots"],
            swiftSettings: settings
        ),
        .testTarget(
            name: "CursesTerminalTests",
            dependencies: ["CursesTerminal", "TUIKit", "TUIKitTesting", "TerminalDemo"],
            swiftSettings: settings
        ),
        .testTarget(name: "LizaAPITests", dependencies: ["LizaAPI", "LizaHTTP", "LizaTesting"], swiftSettings: settings),
        .testTarget(
            name: "LizaSandboxTests",
            dependencies: [
                "LizaSandbox", "LizaAPI", "LizaTesting",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: settings
        ),
        // -Onone even in a release build: Swift 6.3.1's optimizer crashes (signal 11 splitting an
        // async test's coroutine, CoroFrame's swifterror handling) on this module's tests, and
        // CI builds every test target in release for the paging suites it runs there.
        .testTarget(name: "LizaStoreTests", dependencies: ["LizaStore", "LizaAPI", "LizaTesting"],
                    swiftSettings: settings + [.unsafeFlags(["-Onone"])]),
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode", "QRCodeView", "TUIKit"], swiftSettings: settings),
        .testTarget(
            name: "LizaLoopbackTests",
            dependencies: [
                "LizaLoopback", "LizaAPI", "LizaTesting",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: settings
        ),
        .testTarget(
            name: "LizaAppTests",
            dependencies: ["LizaApp", "LizaTesting", "TUIKit", "TUIKitTesting"],
            exclude: ["Snapshots"],
            swiftSettings: settings
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["liza", "LizaTesting", "TUIKitTesting", "LizaStore"],
            swiftSettings: settings
        ),
    ]
)
