/// Why a QR code could not be made.
public enum QRCodeError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    /// More bytes than the largest QR code holds.
    case tooLong(Int)
    case encodingFailed

    public var description: String {
        switch self {
        case .empty: return "nothing to encode"
        case .tooLong(let n): return "\(n) bytes are too many for a QR code"
        case .encodingFailed: return "libqrencode could not encode the text"
        }
    }
}
