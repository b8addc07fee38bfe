@testable import CertDeskTerminal
import CertDeskUI
import CNcursesw
import Testing

/// Which colour pairs a theme gets; pure, no screen needed.
@Suite struct ColourPlanTests {
    static let theme = Theme(name: "t", styles: [
        .normal: ThemeStyle(),
        .overdue: ThemeStyle(foreground: .indexed(1), bold: true),
        .error: ThemeStyle(foreground: .indexed(1), reverse: true),   // same colours as overdue
        .bar: ThemeStyle(foreground: .indexed(15), background: .indexed(4)),
        .selected: ThemeStyle(background: .indexed(238)),
    ])

    @Test func onePairPerDistinctColourCombination() {
        let plan = ColourPlan(theme: Self.theme, depth: .full, colours: 256, pairLimit: 65536, defaultColours: true)
        #expect(plan.pairs.count == 3)
        #expect(plan.pairOfRole[.normal] == 0)
        #expect(plan.pairOfRole[.key] == 0)                 // not in the theme: looks like normal
        #expect(plan.pairOfRole[.overdue] == plan.pairOfRole[.error])
        #expect(plan.pairOfRole[.overdue] != plan.pairOfRole[.bar])
        let selected = Int(plan.pairOfRole[.selected] ?? 0)
        #expect(plan.pairs[selected - 1] == .init(foreground: -1, background: 238))
        #expect(StyleRole.allCases.allSatisfy { plan.pairOfRole[$0] != nil })
    }

    @Test func pairsAreCappedAtTheTerminalsLimit() {
        let plan = ColourPlan(theme: Self.theme, depth: .full, colours: 256, pairLimit: 2, defaultColours: true)
        // Pair 0 is the default, so one pair is left: the first role (in `StyleRole` order) that
        // needs colours gets it; later ones keep their attributes only.
        #expect(plan.pairs.count == 1)
        #expect(plan.pairOfRole[.bar] == 1)
        #expect(plan.pairOfRole[.overdue] == 0)
        #expect(plan.pairOfRole[.selected] == 0)
    }

    @Test func noColourNeedsNoPairs() {
        let plan = ColourPlan(theme: Self.theme, depth: .none, colours: 256, pairLimit: 65536, defaultColours: true)
        #expect(plan.pairs.isEmpty)
        #expect(StyleRole.allCases.allSatisfy { plan.pairOfRole[$0] == 0 })
    }

    @Test func withoutDefaultColoursMinusOneBecomesWhiteOnBlack() {
        let plan = ColourPlan(theme: Self.theme, depth: .eight, colours: 8, pairLimit: 64, defaultColours: false)
        let selected = Int(plan.pairOfRole[.selected] ?? 0)
        #expect(plan.pairs[selected - 1] == .init(foreground: 7, background: 6))   // 238 % 8
        #expect(plan.pairOfRole[.normal] == 0)
    }

    @Test(arguments: [
        (ThemeColour.terminalDefault, 256, Int16(-1)), (.indexed(5), 256, 5), (.indexed(255), 256, 255),
        (.indexed(9), 8, 1), (.indexed(15), 8, 7), (.indexed(196), 16, 4), (.indexed(-3), 256, -1),
        (.indexed(300), 256, 4),
    ])
    func colourIndexes(colour: ThemeColour, colours: Int, index: Int16) {
        #expect(ColourPlan.index(colour, colours: colours) == index)
    }

    @Test func attributesFollowTheStyle() {
        let all = ThemeStyle(bold: true, dim: true, reverse: true, underline: true, blink: true)
        let attributes = ColourPlan.attributes(of: all)
        for flag in [certdesk_a_bold(), certdesk_a_dim(), certdesk_a_reverse(), certdesk_a_underline(), certdesk_a_blink()] {
            #expect(attributes & flag == flag)
        }
        #expect(ColourPlan.attributes(of: ThemeStyle()) == certdesk_a_normal())
    }
}
