/// A small, fast, fully specified pseudo-random generator (SplitMix64).
///
/// The standard library's `random(in:using:)` algorithms are not promised to stay the same
/// across Swift versions, so everything the sandbox derives from a seed goes through the helpers
/// here, which are defined bit for bit. Same seed, same sequence, on every machine and run.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one value derived from several parts (seed, connection, object, index …).
    init(_ parts: UInt64...) {
        var s: UInt64 = 0x51_7C_C1_B7_27_22_0A_95
        for p in parts { s = StableHash.mix(s, p) }
        state = s
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (bound > 0), by multiply-shift (bias is negligible at our sizes).
    mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range` (closed).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A double in `0..<1`.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// `count` distinct-ish elements (may repeat when the pool is small).
    mutating func picks<T>(_ items: [T], count: Int) -> [T] { (0..<count).map { _ in pick(items) } }
}

/// Stable (cross-run, cross-platform) hashing of strings and numbers; Swift's `Hasher` is
/// randomly seeded per process, so it cannot be used for deterministic data.
enum StableHash {
    /// FNV-1a over the UTF-8 bytes.
    static func string(_ s: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// Mixes `b` into `a` (SplitMix64 finalizer over the combination).
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a ^ (b &+ 0x9E37_79B9_7F4A_7C15 &+ (a << 6) &+ (a >> 2))
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A UUID-formatted (version 4 layout) id derived from `parts`.
    static func uuid(_ parts: UInt64...) -> String {
        var s: UInt64 = 0x2545_F491_4F6C_DD1D
        for p in parts { s = mix(s, p) }
        var rng = SeededRandom(seed: s)
        let a = rng.next(), b = rng.next()
        var bytes = (0..<8).map { UInt8(truncatingIfNeeded: a >> (UInt64($0) * 8)) }
            + (0..<8).map { UInt8(truncatingIfNeeded: b >> (UInt64($0) * 8)) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte in
            let h = String(byte, radix: 16)
            return h.count == 1 ? "0" + h : h
        }
        return hex[0..<4].joined() + "-" + hex[4..<6].joined() + "-" + hex[6..<8].joined() + "-"
            + hex[8..<10].joined() + "-" + hex[10..<16].joined()
    }
}
