import CertDeskCore
@testable import CertDeskUI
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Themes: the shipped files (every one parses, styles every role, keeps overdue unmistakable at
// every colour depth), every way a theme file can be wrong (with its line and path), and the
// reduction of 256 colours to 16, 8 or none.

private let shippedThemes = ["default", "high-contrast", "monochrome", "night-watch"]
private let allDepths: [ColourDepth] = [.full, .sixteen, .eight, .none]

/// `<package root>/themes/<name>.yaml`, found from this file's own path.
private func themePath(_ name: String, filePath: String = #filePath) -> String {
    // #filePath = <root>/Tests/CertDeskUITests/ThemeTests.swift
    var components = filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    components.removeLast(3)
    return components.joined(separator: "/") + "/themes/" + name + ".yaml"
}

private func readText(_ path: String) -> String? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var out: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
        if n == 0 { break }
        out.append(contentsOf: chunk[0..<n])
    }
    return String(decoding: out, as: UTF8.self)
}

private func shippedTheme(_ name: String) throws -> Theme {
    let text = try #require(readText(themePath(name)), "themes/\(name).yaml is missing")
    do {
        return try ThemeFile.parse(text)
    } catch {
        Issue.record("themes/\(name).yaml: \(error.message(file: name + ".yaml", language: .en))")
        throw error
    }
}

/// The problem `parse` reports for `text`, or nil (recorded as an issue) when it parses.
private func parseProblem(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> FileProblem? {
    do {
        let theme = try ThemeFile.parse(text)
        Issue.record("expected a problem, parsed theme \(theme.name)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// The 16-colour index of a colour (nil for the terminal's default).
private func ansi(_ colour: ThemeColour) -> Int? {
    guard case .indexed(let index) = colour.reduced(to: .sixteen) else { return nil }
    return index
}

/// The umbrella suite, so that `swift test --filter ThemeTests` runs every theme test.
@Suite("Themes")
struct ThemeTests {}

extension ThemeTests {
    @Suite("the shipped files")
    struct ShippedFiles {
        @Test(arguments: shippedThemes)
        func parsesAndStylesEveryRole(_ name: String) throws {
            let theme = try shippedTheme(name)
            #expect(theme.name == name)
            let missing = StyleRole.allCases.filter { theme.styles[$0] == nil }
            #expect(missing.isEmpty, "themes/\(name).yaml leaves out \(missing.map(\.rawValue))")
        }

        @Test(arguments: shippedThemes)
        func overdueIsUnlikeEveryOtherRoleAtEveryDepth(_ name: String) throws {
            let theme = try shippedTheme(name)
            for depth in allDepths {
                let reduced = theme.reduced(to: depth)
                let overdue = reduced.style(for: .overdue)
                #expect(overdue != reduced.style(for: .normal), "\(name) at \(depth)")
                #expect(overdue.bold, "\(name) at \(depth): overdue is bold")
                for role in StyleRole.allCases where role != .overdue {
                    #expect(reduced.style(for: role) != overdue, "\(name) at \(depth): \(role) looks like overdue")
                }
            }
        }

        /// The roles that carry meaning never look like plain text, whatever the terminal.
        @Test(arguments: shippedThemes)
        func meaningfulRolesStayUnlikeNormalAtEveryDepth(_ name: String) throws {
            let theme = try shippedTheme(name)
            let meaningful: [StyleRole] = [.bar, .key, .header, .selected, .warning, .overdue, .exercise, .major, .tabActive,
                                           .input, .error]
            for depth in allDepths {
                let reduced = theme.reduced(to: depth)
                for role in meaningful {
                    #expect(reduced.style(for: role) != reduced.style(for: .normal), "\(name) at \(depth): \(role)")
                }
                #expect(reduced.style(for: .warning) != reduced.style(for: .selected), "\(name) at \(depth)")
            }
        }

        @Test(arguments: shippedThemes)
        func textNeverTakesItsBackgroundColour(_ name: String) throws {
            let theme = try shippedTheme(name)
            for depth in allDepths {
                for (role, style) in theme.reduced(to: depth).styles {
                    if case .indexed = style.foreground {
                        #expect(style.foreground != style.background, "\(name) at \(depth): \(role)")
                    }
                }
            }
        }

        @Test(arguments: ["default", "high-contrast", "night-watch"])
        func colourThemesUseTheAgreedHues(_ name: String) throws {
            let theme = try shippedTheme(name)
            let overdue = theme.style(for: .overdue)
            #expect(overdue.bold)
            #expect([1, 9].contains(ansi(overdue.foreground)) || [1, 9].contains(ansi(overdue.background)),
                    "\(name): overdue is red")
            #expect([3, 11].contains(ansi(theme.style(for: .warning).foreground)), "\(name): warning is amber or yellow")
            #expect([2, 10].contains(ansi(theme.style(for: .met).foreground)), "\(name): met is green")
        }

        @Test func monochromeHasNoColoursAndShowsUrgencyByAttributes() throws {
            let theme = try shippedTheme("monochrome")
            for (role, style) in theme.styles {
                #expect(style.foreground == .terminalDefault, "\(role)")
                #expect(style.background == .terminalDefault, "\(role)")
            }
            #expect(theme.style(for: .overdue) == ThemeStyle(bold: true, reverse: true))
            #expect(theme.style(for: .selected) == ThemeStyle(reverse: true))
            let warning = theme.style(for: .warning)
            #expect(warning.bold || warning.underline)
            for depth in allDepths {
                #expect(theme.reduced(to: depth) == theme, "nothing to reduce at \(depth)")
            }
        }

        @Test func monochromeFallbackIsTheShippedMonochromeFile() throws {
            #expect(Theme.monochromeFallback == (try shippedTheme("monochrome")))
        }

        @Test(arguments: shippedThemes)
        func withoutColourNothingIsColoured(_ name: String) throws {
            for (role, style) in try shippedTheme(name).reduced(to: .none).styles {
                #expect(style.foreground == .terminalDefault && style.background == .terminalDefault, "\(name): \(role)")
            }
        }
    }

    @Suite("problems in a theme file")
    struct FileProblems {
        @Test func aSmallThemeParses() throws {
            let theme = try ThemeFile.parse("""
                name: tiny
                styles:
                  normal: {fg: default, bg: default}
                  overdue: {fg: bright-red, bg: 52, bold: true, underline: false}
                  warning:
                    fg: 214
                    blink: True
                """)
            #expect(theme.name == "tiny")
            #expect(theme.styles.count == 3)
            #expect(theme.style(for: .overdue) == ThemeStyle(foreground: .indexed(9), background: .indexed(52), bold: true))
            #expect(theme.style(for: .warning) == ThemeStyle(foreground: .indexed(214), blink: true))
            // A role left out looks like normal.
            #expect(theme.style(for: .met) == ThemeStyle())
        }

        @Test func everyColourNameIsItsANSIIndex() throws {
            // Sixteen roles, sixteen names: role i gets colour name i.
            let roles = StyleRole.allCases
            #expect(roles.count == ThemeFile.colourNames.count)
            let lines = zip(roles, ThemeFile.colourNames).map { "  \($0.rawValue): {fg: \($1)}" }
            let theme = try ThemeFile.parse("name: names\nstyles:\n" + lines.joined(separator: "\n"))
            for (index, role) in roles.enumerated() {
                #expect(theme.style(for: role).foreground == .indexed(index), "\(ThemeFile.colourNames[index])")
            }
            let numbers = try ThemeFile.parse("name: n\nstyles:\n  normal: {fg: 0, bg: 255}\n")
            #expect(numbers.style(for: .normal) == ThemeStyle(foreground: .indexed(0), background: .indexed(255)))
        }

        @Test func anUnknownTopLevelKeyIsNamed() throws {
            let problem = try #require(parseProblem("""
                name: x
                colours: 256
                styles: {}
                """))
            #expect(problem.line == 2)
            #expect(problem.path == "colours")
            #expect(problem.reason.en == "unknown key; expected one of: name, styles")
        }

        @Test func anUnknownRoleIsRefusedAndTheValidOnesListed() throws {
            let problem = try #require(parseProblem("""
                name: x
                styles:
                  normal: {}
                  overdu: {fg: red}
                """))
            #expect(problem.line == 4)
            #expect(problem.path == "styles.overdu")
            #expect(problem.reason.en.hasPrefix("unknown key; expected one of: "))
            for role in StyleRole.allCases {
                #expect(problem.reason.en.contains(role.rawValue))
            }
            #expect(problem.message(file: "themes/x.yaml", language: .en).hasPrefix("themes/x.yaml:4: styles.overdu: unknown key"))
        }

        @Test func anUnknownColourNameIsRefused() throws {
            let problem = try #require(parseProblem("""
                name: x
                styles:
                  normal: {}
                  overdue: {fg: crimson, bold: true}
                """))
            #expect(problem.line == 4)
            #expect(problem.path == "styles.overdue.fg")
            #expect(problem.reason.en.hasPrefix("\"crimson\" is not a colour: use default, a number 0–255 or one of: black, red,"))
            #expect(problem.reason.zh.hasPrefix("\"crimson\" 不是顏色"))
        }

        @Test func colourNamesAreExact() throws {
            for name in ["Red", "bright_red", "brightred", "grey", "", "#ff0000", "0x10", "1.5"] {
                let problem = try #require(parseProblem("name: x\nstyles:\n  bar:\n    bg: \"\(name)\"\n"))
                #expect(problem.line == 4, "\(name)")
                #expect(problem.path == "styles.bar.bg", "\(name)")
                #expect(problem.reason.en.contains("is not a colour"), "\(name)")
            }
        }

        @Test func aColourNumberOutOfRangeIsRefused() throws {
            for number in ["256", "-1", "1000", "99999999999999999999999"] {
                let problem = try #require(parseProblem("""
                    name: x
                    styles:
                      warning: {fg: \(number)}
                    """))
                #expect(problem.line == 3, "\(number)")
                #expect(problem.path == "styles.warning.fg", "\(number)")
                #expect(problem.reason.en == "\(number) is out of range: a colour number is 0–255")
            }
        }

        @Test func anAttributeMustBeTrueOrFalse() throws {
            for value in ["yes", "1", "on", "bold", "\"\""] {
                let problem = try #require(parseProblem("""
                    name: x
                    styles:
                      normal: {}

                      selected:
                        reverse: \(value)
                    """))
                #expect(problem.line == 6, "\(value)")
                #expect(problem.path == "styles.selected.reverse", "\(value)")
                #expect(problem.reason.en.hasSuffix("is not true or false"), "\(value)")
            }
        }

        @Test func anUnknownAttributeKeyIsRefused() throws {
            let problem = try #require(parseProblem("""
                name: x
                styles:
                  exercise: {fg: 75, italic: true}
                """))
            #expect(problem.line == 3)
            #expect(problem.path == "styles.exercise.italic")
            #expect(problem.reason.en == "unknown key; expected one of: bg, blink, bold, dim, fg, reverse, underline")
        }

        @Test func aStyleMustBeAMapping() throws {
            let problem = try #require(parseProblem("""
                name: x
                styles:
                  overdue: red
                """))
            #expect(problem.line == 3)
            #expect(problem.path == "styles.overdue")
            #expect(problem.reason.en == "expected a mapping (key: value)")
        }

        @Test func aColourMustBeText() throws {
            let problem = try #require(parseProblem("""
                name: x
                styles:
                  overdue: {fg: [1, 9]}
                """))
            #expect(problem.line == 3)
            #expect(problem.path == "styles.overdue.fg")
            #expect(problem.reason.en == "expected text")
        }

        @Test func aRoleTwiceIsRefused() throws {
            let problem = try #require(parseProblem("""
                name: x
                styles:
                  warning: {fg: 214}
                  warning: {fg: 11}
                """))
            // Yams refuses duplicate keys itself, before YAMLReader sees the mapping (and without a line).
            #expect(problem.reason.en.hasPrefix("not valid YAML"))
            #expect(problem.reason.en.contains("'warning'"))
        }

        @Test func nameAndStylesAreRequired() throws {
            let noName = try #require(parseProblem("styles: {}\n"))
            #expect(noName.line == 1)
            #expect(noName.reason.en == "name is required")
            let noStyles = try #require(parseProblem("name: x\n"))
            #expect(noStyles.line == 1)
            #expect(noStyles.reason.en == "styles is required")
            let emptyName = try #require(parseProblem("name: \"\"\nstyles: {}\n"))
            #expect(emptyName.line == 1)
            #expect(emptyName.path == "name")
        }

        @Test func anEmptyOrBrokenFileIsAProblem() throws {
            let empty = try #require(parseProblem("# nothing\n"))
            #expect(empty.line == 1)
            #expect(empty.reason.en == "the file is empty")
            let broken = try #require(parseProblem("name: x\nstyles:\n  overdue: {fg: red\n"))
            #expect(broken.reason.en.hasPrefix("not valid YAML"))
            #expect(broken.line != nil)
        }

        @Test func theFirstMistakeInTheFileIsTheOneReported() throws {
            let problem = try #require(parseProblem("""
                name: x
                styles:
                  bar: {fg: 300}
                  key: {fg: nope}
                  overdue: {bold: maybe}
                """))
            #expect(problem.line == 3)
            #expect(problem.path == "styles.bar.fg")
        }
    }

    @Suite("colour reduction")
    struct ColourReduction {
        @Test func twoFiftySixToSixteenExamples() {
            // 196 = cube (5,0,0) = (255,0,0): exactly ANSI 9, bright red.
            #expect(ThemeColour.indexed(196).reduced(to: .sixteen) == .indexed(9))
            // 214 = cube (5,3,0) = (255,175,0). Squared distances: yellow 3 (205,205,0): 50²+30² = 3400;
            // bright-yellow 11 (255,255,0): 80² = 6400; bright-red 9 (255,0,0): 175² = 30625. → 3.
            #expect(ThemeColour.indexed(214).reduced(to: .sixteen) == .indexed(3))
            // 244 = grey 8+10·12 = 128: bright-black 8 (127,127,127) is 3 away; white 7 (229) is 3·101².
            #expect(ThemeColour.indexed(244).reduced(to: .sixteen) == .indexed(8))
            // 250 = grey 188: white 7 (229): 3·41² = 5043; bright-black 8 (127): 3·61² = 11163. → 7.
            #expect(ThemeColour.indexed(250).reduced(to: .sixteen) == .indexed(7))
            // 21 = (0,0,255): blue 4 (0,0,238): 17² = 289; bright-blue 12 (92,92,255): 2·92². → 4.
            #expect(ThemeColour.indexed(21).reduced(to: .sixteen) == .indexed(4))
            // 24 = (0,95,135): cyan 6 (0,205,205): 110²+70² = 17000; bright-black 8: 127²+32²+8² = 17217;
            // blue 4: 95²+103² = 19634. → 6.
            #expect(ThemeColour.indexed(24).reduced(to: .sixteen) == .indexed(6))
            #expect(ThemeColour.indexed(16).reduced(to: .sixteen) == .indexed(0))
            #expect(ThemeColour.indexed(231).reduced(to: .sixteen) == .indexed(15))
            #expect(ThemeColour.indexed(46).reduced(to: .sixteen) == .indexed(10))
            #expect(ThemeColour.indexed(232).reduced(to: .sixteen) == .indexed(0))
            #expect(ThemeColour.indexed(255).reduced(to: .sixteen) == .indexed(7))  // 238: 9 from 229, 17 from 255
            // The 16 ANSI colours stay as they are.
            for index in 0..<16 {
                #expect(ThemeColour.indexed(index).reduced(to: .sixteen) == .indexed(index))
            }
        }

        @Test func sixteenToEightFoldsTheBrightColours() {
            #expect(ThemeColour.indexed(9).reduced(to: .eight) == .indexed(1))
            #expect(ThemeColour.indexed(15).reduced(to: .eight) == .indexed(7))
            #expect(ThemeColour.indexed(8).reduced(to: .eight) == .indexed(0))
            #expect(ThemeColour.indexed(3).reduced(to: .eight) == .indexed(3))
            #expect(ThemeColour.indexed(196).reduced(to: .eight) == .indexed(1))
            #expect(ThemeColour.indexed(214).reduced(to: .eight) == .indexed(3))
        }

        @Test func everyIndexLandsInRangeAndEightIsSixteenFolded() {
            for index in 0...255 {
                let colour = ThemeColour.indexed(index)
                #expect(colour.reduced(to: .full) == colour)
                guard case .indexed(let sixteen) = colour.reduced(to: .sixteen),
                      case .indexed(let eight) = colour.reduced(to: .eight) else {
                    Issue.record("\(index) lost its colour")
                    continue
                }
                #expect((0..<16).contains(sixteen))
                #expect((0..<8).contains(eight))
                #expect(eight == sixteen % 8)
                #expect(colour.reduced(to: .none) == .terminalDefault)
            }
            #expect(ThemeColour.terminalDefault.reduced(to: .sixteen) == .terminalDefault)
            #expect(ThemeColour.indexed(300).reduced(to: .full) == .terminalDefault)
        }

        @Test func fullDepthChangesNothing() throws {
            for name in shippedThemes {
                let theme = try shippedTheme(name)
                #expect(theme.reduced(to: .full) == theme, "\(name)")
            }
        }

        @Test func withoutColourAttributesStayAndUrgencyGainsThem() {
            let theme = Theme(name: "t", styles: [
                .normal: ThemeStyle(),
                .warning: ThemeStyle(foreground: .indexed(214)),
                .overdue: ThemeStyle(foreground: .indexed(196), bold: true),
                .selected: ThemeStyle(foreground: .indexed(15)),
                .met: ThemeStyle(foreground: .indexed(34)),
                .major: ThemeStyle(foreground: .indexed(205)),
                .exercise: ThemeStyle(foreground: .indexed(75)),
                .bar: ThemeStyle(foreground: .indexed(15)),
                .tabActive: ThemeStyle(foreground: .indexed(15)),
                .key: ThemeStyle(foreground: .indexed(81)),
                .error: ThemeStyle(foreground: .indexed(9), underline: true),
            ])
            let reduced = theme.reduced(to: .none)
            #expect(reduced.style(for: .warning) == ThemeStyle(bold: true))
            #expect(reduced.style(for: .selected) == ThemeStyle(reverse: true))
            #expect(reduced.style(for: .met) == ThemeStyle())
            #expect(reduced.style(for: .major) == ThemeStyle(bold: true))
            #expect(reduced.style(for: .exercise) == ThemeStyle(underline: true))
            #expect(reduced.style(for: .bar) == ThemeStyle(reverse: true))
            #expect(reduced.style(for: .tabActive) == ThemeStyle(reverse: true))
            #expect(reduced.style(for: .key) == ThemeStyle(bold: true))
            // error kept its own attribute, so it was never plain and gains nothing.
            #expect(reduced.style(for: .error) == ThemeStyle(underline: true))
            // overdue kept bold, but bold alone is now what warning, major and key look like.
            #expect(reduced.style(for: .overdue) == ThemeStyle(bold: true, reverse: true))
        }

        @Test func aRoleOnlyColouredGetsItsAttributeWhenItWouldLookNormal() {
            let theme = Theme(name: "t", styles: [.normal: ThemeStyle(), .overdue: ThemeStyle(foreground: .indexed(1))])
            #expect(theme.reduced(to: .none).style(for: .overdue) == ThemeStyle(bold: true, reverse: true))
            // A role the theme leaves out looks like normal before and after, and gains nothing.
            #expect(theme.reduced(to: .none).styles[.warning] == nil)
            // A role that was already identical to normal stays so.
            let same = Theme(name: "t", styles: [.normal: ThemeStyle(), .met: ThemeStyle()])
            #expect(same.reduced(to: .none).style(for: .met) == ThemeStyle())
        }

        @Test func aBackgroundBandBecomesReverseWithoutColour() {
            let theme = Theme(name: "t", styles: [
                .normal: ThemeStyle(foreground: .indexed(246), background: .indexed(234)),
                .warning: ThemeStyle(foreground: .indexed(136), background: .indexed(234)),
                .overdue: ThemeStyle(foreground: .indexed(196), background: .indexed(52), bold: true),
            ])
            let reduced = theme.reduced(to: .none)
            #expect(reduced.style(for: .normal) == ThemeStyle())
            // Same background as normal: no band, so only the attribute for lost colour.
            #expect(reduced.style(for: .warning) == ThemeStyle(bold: true))
            #expect(reduced.style(for: .overdue) == ThemeStyle(bold: true, reverse: true))
        }

        @Test func textThatWouldTakeItsBackgroundColourIsMadeReadable() {
            // 246 → bright-black 8 → black 0 on 8 colours; 234 → black 0.
            let dark = Theme(name: "t", styles: [.normal: ThemeStyle(foreground: .indexed(246), background: .indexed(234))])
            #expect(dark.reduced(to: .eight).style(for: .normal) == ThemeStyle(foreground: .indexed(7), background: .indexed(0)))
            // 255 → 7 and 254 (238) → 7 on 16 colours: black on that light background.
            let light = Theme(name: "t", styles: [.normal: ThemeStyle(foreground: .indexed(254), background: .indexed(255))])
            #expect(light.reduced(to: .sixteen).style(for: .normal) == ThemeStyle(foreground: .indexed(0), background: .indexed(7)))
            // Written the same on purpose: left alone.
            let hidden = Theme(name: "t", styles: [.normal: ThemeStyle(foreground: .indexed(4), background: .indexed(4))])
            #expect(hidden.reduced(to: .eight).style(for: .normal) == ThemeStyle(foreground: .indexed(4), background: .indexed(4)))
        }

        @Test func greyOnTheDefaultBackgroundIsDimmedNotBlackenedOnEightColours() {
            let theme = Theme(name: "t", styles: [.normal: ThemeStyle(), .dim: ThemeStyle(foreground: .indexed(244))])
            #expect(theme.reduced(to: .sixteen).style(for: .dim) == ThemeStyle(foreground: .indexed(8)))
            #expect(theme.reduced(to: .eight).style(for: .dim) == ThemeStyle(dim: true))
            // Black written as black stays black.
            let black = Theme(name: "t", styles: [.normal: ThemeStyle(), .bar: ThemeStyle(foreground: .indexed(16))])
            #expect(black.reduced(to: .eight).style(for: .bar) == ThemeStyle(foreground: .indexed(0)))
        }
    }
}
