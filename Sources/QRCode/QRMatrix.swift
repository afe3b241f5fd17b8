import CQRencode

/// A QR code as a square matrix of modules (true = dark), without the quiet zone; drawing code
/// adds the 4-module margin the standard requires (`QRMatrix.quietZone`).
public struct QRMatrix: Hashable, Sendable {
    /// Modules per side (21 for version 1, +4 per version).
    public let size: Int
    /// Row-major, `size * size` entries.
    public let modules: [Bool]

    /// The light margin scanners need around the code, in modules (ISO/IEC 18004 §6.3.8).
    public static let quietZone = 4

    public init(size: Int, modules: [Bool]) {
        precondition(size >= 0 && modules.count == size * size, "a QR matrix is size × size modules")
        self.size = size
        self.modules = modules
    }

    /// True when the module at (`x`, `y`) is dark; coordinates outside the matrix (the quiet
    /// zone) are light.
    public subscript(x x: Int, y y: Int) -> Bool {
        guard x >= 0, y >= 0, x < size, y < size else { return false }
        return modules[y * size + x]
    }

    /// Side length including the quiet zone on both sides.
    public var sizeWithQuietZone: Int { size + 2 * Self.quietZone }

    /// Encodes `text` as bytes (8-bit mode, so any URL survives as it is) with error correction
    /// level M, choosing the smallest version that fits.
    public static func encode(_ text: String, level: QRErrorCorrection = .medium) throws(QRCodeError) -> QRMatrix {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw .empty }
        // Version 40-L holds 2953 bytes; beyond that no QR code exists.
        guard bytes.count <= 2953 else { throw .tooLong(bytes.count) }
        let cLevel: QRecLevel
        switch level {
        case .low: cLevel = QR_ECLEVEL_L
        case .medium: cLevel = QR_ECLEVEL_M
        case .quartile: cLevel = QR_ECLEVEL_Q
        case .high: cLevel = QR_ECLEVEL_H
        }
        let code = bytes.withUnsafeBufferPointer { buffer -> UnsafeMutablePointer<QRcode>? in
            guard let base = buffer.baseAddress else { return nil }
            return QRcode_encodeData(Int32(buffer.count), base, 0, cLevel)
        }
        guard let code else { throw .tooLong(bytes.count) }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        guard width > 0, width <= 177, let data = code.pointee.data else { throw .encodingFailed }
        // Bit 0 of each byte is the module's colour (1 = dark); the other bits are libqrencode's
        // bookkeeping.
        let modules = (0..<(width * width)).map { data[$0] & 1 == 1 }
        return QRMatrix(size: width, modules: modules)
    }
}
