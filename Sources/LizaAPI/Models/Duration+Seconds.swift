extension Duration {
    /// The duration in seconds as a `Double` (the one conversion the client, the app, the CLI and
    /// the benchmarks share).
    public var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
