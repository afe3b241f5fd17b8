/// A 24-bit colour value, used to compare colours when downgrading them.
public struct RGB: Hashable, Sendable {
    public var r: UInt8
    public var g: UInt8
    public var b: UInt8
    public init(_ r: UInt8, _ g: UInt8, _ b: UInt8) { self.r = r; self.g = g; self.b = b }

    /// Perceptual-ish squared distance ("redmean": weights the channels by how red the pair is, a
    /// cheap approximation of how far apart two colours look).
    public func distance(to o: RGB) -> Int {
        let rmean = (Int(r) + Int(o.r)) / 2
        let dr = Int(r) - Int(o.r), dg = Int(g) - Int(o.g), db = Int(b) - Int(o.b)
        return (((512 + rmean) * dr * dr) >> 8) + 4 * dg * dg + (((767 - rmean) * db * db) >> 8)
    }

    /// `#rrggbb`.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        var s = "#"
        for v in [r, g, b] { s.append(digits[Int(v >> 4)]); s.append(digits[Int(v & 0xF)]) }
        return s
    }
}
