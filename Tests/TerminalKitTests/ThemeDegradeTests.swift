import Testing
@testable import TerminalKit

@Suite struct ThemeDegradeTests {
    @Test func rgbMapsDownStepByStep() {
        let orange = Color.rgb(255, 135, 0)
        #expect(orange.degraded(to: .truecolor) == orange)
        #expect(orange.degraded(to: .indexed256) == .indexed(208))
        #expect(Color.rgb(0, 0, 0).degraded(to: .indexed256) == .indexed(16))
        #expect(Color.rgb(128, 128, 128).degraded(to: .indexed256) == .indexed(244))
        #expect(Color.rgb(250, 10, 10).degraded(to: .ansi16) == .ansi(9))
        #expect(Color.rgb(250, 10, 10).degraded(to: .ansi8) == .ansi(1))
        #expect(Color.indexed(124).degraded(to: .ansi16) == .ansi(1))
        #expect(Color.indexed(238).degraded(to: .ansi16) == .ansi(8))
        #expect(Color.indexed(4).degraded(to: .ansi16) == .ansi(4))
        #expect(Color.ansi(12).degraded(to: .ansi8) == .ansi(4))
        #expect(Color.ansi(12).degraded(to: .none) == .default)
        #expect(Color.default.degraded(to: .ansi8) == .default)
    }

    @Test func everyColourFitsItsCapability() {
        let samples: [Color] = [.default, .ansi(3), .ansi(13), .indexed(5), .indexed(100), .indexed(250), .rgb(10, 200, 30)]
        for c in samples {
            if case .rgb = c.degraded(to: .indexed256) { Issue.record("rgb left at 256") }
            for cap in [ColorCapability.ansi8, .ansi16] {
                switch c.degraded(to: cap) {
                case .default: break
                case .ansi(let n): #expect(Int(n) < (cap == .ansi8 ? 8 : 16))
                default: Issue.record("\(c) not mapped for \(cap)")
                }
            }
        }
    }

    @Test func noColourKeepsAttributesAndReversesSelection() {
        let t = Theme.builtinDefault.degraded(to: .none)
        #expect(t.roles.values.allSatisfy { $0.fg == .default && $0.bg == .default })
        #expect(t.style(.selection).attrs.contains(.reverse))
        #expect(t.style(.selectionFocus).attrs == [.bold, .reverse])
        #expect(t.style(.gridCursor).attrs.contains(.reverse))
        #expect(t.style(.warning).attrs == .bold)
        #expect(t.name == "default")
    }

    @Test func capabilitiesAreOrdered() {
        #expect(ColorCapability.none < .ansi8)
        #expect(ColorCapability.ansi16 < .indexed256)
        #expect(ColorCapability.indexed256 < .truecolor)
    }
}
