import Testing
import TUIKit
@testable import CursesTerminal

struct ColorPairRegistryTests {
    @Test func defaultColoursUsePairZeroAndMinusOne() {
        var r = ColorPairRegistry(capability: .palette256, colorCount: 256, pairCount: 256)
        let a = r.assign(Style(attributes: .bold))
        #expect(a?.pair == 0)
        #expect(a?.isNew == false)
        #expect(a?.colors == .init(foreground: -1, background: -1))
        #expect(r.assign(Style(foreground: .ansi(.red)))?.colors == .init(foreground: 1, background: -1))
    }

    @Test func pairsAreReused() {
        var r = ColorPairRegistry(capability: .palette256, colorCount: 256, pairCount: 256)
        let first = r.assign(Style(foreground: .ansi(.cyan), background: .indexed(17)))
        let again = r.assign(Style(foreground: .ansi(.cyan), background: .indexed(17), attributes: .bold))
        let other = r.assign(Style(foreground: .ansi(.cyan)))
        #expect(first?.isNew == true)
        #expect(again?.isNew == false)
        #expect(again?.pair == first?.pair)
        #expect(other?.pair != first?.pair)
        #expect(r.count == 2)
    }

    @Test func rgbDowngradesToThePalette() {
        let r = ColorPairRegistry(capability: .truecolor, colorCount: 256, pairCount: 256)
        #expect(r.colors(for: Style(foreground: .rgb(255, 0, 0))).colors.foreground == 196)
        #expect(r.colors(for: Style(foreground: .rgb(128, 128, 128))).colors.foreground == 244)
        let sixteen = ColorPairRegistry(capability: .ansi16, colorCount: 16, pairCount: 64)
        #expect(sixteen.colors(for: Style(foreground: .rgb(250, 10, 10))).colors.foreground == 9)
        #expect(sixteen.colors(for: Style(foreground: .indexed(196))).colors.foreground == 9)
        #expect(sixteen.colors(for: Style(foreground: .indexed(4))).colors.foreground == 4)
    }

    @Test func eightColourTerminalsShowBrightAsBold() {
        let r = ColorPairRegistry(capability: .ansi16, colorCount: 8, pairCount: 64)
        let c = r.colors(for: Style(foreground: .ansi(.brightRed), background: .ansi(.brightBlue)))
        #expect(c.colors == .init(foreground: 1, background: 4))
        #expect(c.addBold)
    }

    @Test func capabilityIsCappedByTheTerminal() {
        let r = ColorPairRegistry(capability: .palette256, colorCount: 16, pairCount: 64)
        #expect(r.capability == .ansi16)
        #expect(r.colors(for: Style(foreground: .indexed(231))).colors.foreground == 15)
    }

    @Test func noColorMeansAttributesOnly() {
        var r = ColorPairRegistry(capability: .none, colorCount: 256, pairCount: 256)
        let a = r.assign(Style(foreground: .ansi(.red), background: .rgb(1, 2, 3), attributes: .reverse))
        #expect(a?.pair == 0)
        #expect(r.count == 0)
        #expect(ColorSupport.capability(environment: ["NO_COLOR": "1"], hasColors: true, colors: 256, limit: nil) == .none)
        #expect(ColorSupport.capability(environment: ["NO_COLOR": ""], hasColors: true, colors: 256, limit: nil) == .palette256)
        #expect(ColorSupport.capability(environment: [:], hasColors: true, colors: 8, limit: nil) == .ansi16)
        #expect(ColorSupport.capability(environment: [:], hasColors: true, colors: 256, limit: .ansi16) == .ansi16)
        #expect(ColorSupport.capability(environment: [:], hasColors: false, colors: 0, limit: nil) == .none)
    }

    @Test func exhaustionIsReportedAndResetFreesPairs() {
        var r = ColorPairRegistry(capability: .palette256, colorCount: 256, pairCount: 3)
        let styles = (1...3).map { Style(foreground: .indexed(UInt8($0))) }
        #expect(!r.canAssign(styles))
        #expect(r.assign(styles[0])?.pair == 1)
        #expect(r.assign(styles[1])?.pair == 2)
        #expect(r.assign(styles[2]) == nil)
        #expect(r.canAssign(styles.prefix(2)))
        r.reset()
        #expect(r.assign(styles[2])?.pair == 1)
    }

    @Test func withoutDefaultColoursWhiteOnBlackIsPairZero() {
        var r = ColorPairRegistry(capability: .ansi16, colorCount: 8, pairCount: 64, defaultColorsSupported: false)
        #expect(r.assign(.plain)?.pair == 0)
        #expect(r.assign(Style(foreground: .ansi(.red)))?.colors == .init(foreground: 1, background: 0))
    }
}
