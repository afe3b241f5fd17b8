/// QR error-correction levels: how much of the code may be damaged and still read.
public enum QRErrorCorrection: Sendable {
    /// About 7 %.
    case low
    /// About 15 %: the default, a good trade between size and robustness on screens.
    case medium
    /// About 25 %.
    case quartile
    /// About 30 %.
    case high
}
