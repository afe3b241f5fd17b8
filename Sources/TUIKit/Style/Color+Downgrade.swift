/// Fitting colours to what the terminal can show.
extension Color {
    /// This colour as the terminal can show it: with 256 colours, 24-bit colours become the nearest
    /// palette entry by `RGB.distance` (the 6×6×6 cube or the grey ramp; never 0–15, whose look
    /// depends on the user's palette); with 16, 24-bit and palette colours become the ANSI colour
    /// that best stands for them (`nearestANSI`); with `.none` every colour becomes `.default`.
    public func downgraded(to capability: ColorCapability) -> Color {
        switch capability {
        case .truecolor:
            return self
        case .none:
            return .default
        case .palette256:
            if case .rgb(let r, let g, let b) = self { return .indexed(Color.nearestPaletteIndex(to: RGB(r, g, b))) }
            return self
        case .ansi16:
            switch self {
            case .default, .ansi: return self
            case .indexed(let n):
                if n < 16, let a = ANSIColor(rawValue: Int(n)) { return .ansi(a) }
                return .ansi(Color.nearestANSI(to: Color.paletteRGB(n)))
            case .rgb(let r, let g, let b):
                return .ansi(Color.nearestANSI(to: RGB(r, g, b)))
            }
        }
    }

    /// The RGB value xterm uses for a 256-palette index (0–15: the reference ANSI colours).
    public static func paletteRGB(_ index: UInt8) -> RGB {
        let n = Int(index)
        if n < 16, let a = ANSIColor(rawValue: n) { return a.referenceRGB }
        if n >= 232 { let v = UInt8(8 + 10 * (n - 232)); return RGB(v, v, v) }
        let c = n - 16
        return RGB(cubeLevels[c / 36], cubeLevels[(c / 6) % 6], cubeLevels[c % 6])
    }

    /// The 256-palette index (16–255) nearest to `rgb`.
    public static func nearestPaletteIndex(to rgb: RGB) -> UInt8 {
        func level(_ v: UInt8) -> Int {
            var best = 0
            for (i, l) in cubeLevels.enumerated() where abs(Int(l) - Int(v)) < abs(Int(cubeLevels[best]) - Int(v)) { best = i }
            return best
        }
        let ri = level(rgb.r), gi = level(rgb.g), bi = level(rgb.b)
        let cube = UInt8(16 + 36 * ri + 6 * gi + bi)
        let average = (Int(rgb.r) + Int(rgb.g) + Int(rgb.b)) / 3
        let greyStep = min(23, max(0, (average - 3) / 10))
        let grey = UInt8(232 + greyStep)
        // The neighbouring grey can be nearer once distance is weighted; try both.
        let greyNext = UInt8(min(255, Int(grey) + 1))
        var best = cube
        for candidate in [grey, greyNext]
        where paletteRGB(candidate).distance(to: rgb) < paletteRGB(best).distance(to: rgb) {
            best = candidate
        }
        return best
    }

    /// The ANSI colour that best stands for `rgb`. The user's 16-colour palette is unknown (Solarized
    /// and Nord terminals redefine it), so instead of the nearest xterm RGB value this classifies
    /// the colour the way people name it: very dark → black; greyish → black, bright-black, white
    /// or bright-white by lightness; otherwise by hue (red, yellow, green, cyan, blue, magenta),
    /// bright when light. Each reference colour maps to itself.
    public static func nearestANSI(to rgb: RGB) -> ANSIColor {
        let r = Double(rgb.r) / 255, g = Double(rgb.g) / 255, b = Double(rgb.b) / 255
        let maxV = Swift.max(r, g, b), minV = Swift.min(r, g, b)
        let chroma = maxV - minV
        if maxV < 0.3 { return .black }
        let saturation = chroma / maxV
        if saturation < 0.2 || chroma < 0.12 {
            if maxV < 0.65 { return .brightBlack }
            return maxV < 0.95 ? .white : .brightWhite
        }
        var hue: Double
        if maxV == r {
            hue = 60 * ((g - b) / chroma)
        } else if maxV == g {
            hue = 60 * ((b - r) / chroma + 2)
        } else {
            hue = 60 * ((r - g) / chroma + 4)
        }
        if hue < 0 { hue += 360 }
        let bright = maxV >= 0.95 || (maxV >= 0.75 && saturation < 0.6)
        // Hue bands, widened where the eye is less sensitive (greens, blues) and narrow for cyan.
        let normal: ANSIColor
        switch hue {
        case 25..<75: normal = .yellow
        case 75..<165: normal = .green
        case 165..<200: normal = .cyan
        case 200..<270: normal = .blue
        case 270..<340: normal = .magenta
        default: normal = .red
        }
        return bright ? (ANSIColor(rawValue: normal.rawValue + 8) ?? normal) : normal
    }

    private static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]
}
