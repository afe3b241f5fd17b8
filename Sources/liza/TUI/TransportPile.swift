import LizaHTTP

/// The HTTP clients `:profile` created during a run: each lives until the TUI ends (a request of
/// the old profile may still be finishing when the switch happens), then all are shut down.
actor TransportPile {
    private var transports: [AsyncHTTPClientTransport] = []

    func add(_ transport: AsyncHTTPClientTransport) { transports.append(transport) }

    func shutdownAll() async {
        for transport in transports { await transport.shutdown() }
        transports = []
    }
}
