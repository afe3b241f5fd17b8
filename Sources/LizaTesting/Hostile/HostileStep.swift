/// One thing the hostile server does on a connection, in order.
public enum HostileStep: Sendable {
    /// Writes these bytes at once.
    case send([UInt8])
    /// Writes these bytes one at a time, `interval` seconds apart.
    case drip([UInt8], interval: Double)
    /// Holds the connection open, sending nothing, until the client closes it or the server stops.
    case stall
    /// Closes with a reset (RST) instead of an orderly close.
    case reset
}
