import CNcursesw
import CertDeskUI

/// Which colour pairs a theme needs and which pair each role uses. Pure: computed from the
/// theme and the terminal's numbers, then applied by `TerminalSession.apply(theme:)`.
struct ColourPlan: Equatable {
    struct Pair: Hashable {
        /// -1 is the terminal's own colour.
        var foreground: Int16
        var background: Int16
    }

    /// `pairs[i]` is colour pair `i + 1` (pair 0 is the terminal's default colours).
    var pairs: [Pair] = []
    /// The colour pair of every role; 0 for default colours, under `.none`, or when the pairs
    /// ran out.
    var pairOfRole: [StyleRole: Int16] = [:]

    /// The highest usable pair number + 1: `COLOR_PAIR(n)` keeps n in the 8 `A_COLOR` bits.
    static let attributePairLimit = 256

    /// - Parameters:
    ///   - colours: the terminal's `COLORS`.
    ///   - pairLimit: the terminal's `COLOR_PAIRS`.
    ///   - defaultColours: whether -1 (the terminal's own colour) can be used; if not, the
    ///     default foreground is white (7) and the default background black (0).
    init(theme: Theme, depth: ColourDepth, colours: Int, pairLimit: Int, defaultColours: Bool) {
        guard depth != .none, colours > 0 else {
            for role in StyleRole.allCases { pairOfRole[role] = 0 }
            return
        }
        let limit = min(pairLimit, Self.attributePairLimit)
        var numbers: [Pair: Int16] = [:]
        for role in StyleRole.allCases {
            let style = theme.style(for: role)
            var pair = Pair(foreground: Self.index(style.foreground, colours: colours),
                            background: Self.index(style.background, colours: colours))
            if pair == Pair(foreground: -1, background: -1) {
                pairOfRole[role] = 0
                continue
            }
            if !defaultColours {
                if pair.foreground < 0 { pair.foreground = 7 }
                if pair.background < 0 { pair.background = 0 }
            }
            if let number = numbers[pair] {
                pairOfRole[role] = number
            } else if pairs.count + 1 < limit {
                pairs.append(pair)
                let number = Int16(pairs.count)
                numbers[pair] = number
                pairOfRole[role] = number
            } else {
                pairOfRole[role] = 0   // out of pairs: the role keeps its attributes only
            }
        }
    }

    /// A theme colour as a curses colour number. The theme should already be reduced to the
    /// terminal's depth; an index the terminal lacks is clamped modulo 8 rather than failing.
    static func index(_ colour: ThemeColour, colours: Int) -> Int16 {
        switch colour {
        case .terminalDefault:
            return -1
        case .indexed(let n):
            if n < 0 { return -1 }
            if n < colours { return Int16(n) }
            let clamped = n % 8
            return clamped < colours ? Int16(clamped) : -1
        }
    }

    /// The attribute bits (no colour) a style asks for.
    static func attributes(of style: ThemeStyle) -> attr_t {
        var attributes = certdesk_a_normal()
        if style.bold { attributes |= certdesk_a_bold() }
        if style.dim { attributes |= certdesk_a_dim() }
        if style.reverse { attributes |= certdesk_a_reverse() }
        if style.underline { attributes |= certdesk_a_underline() }
        if style.blink { attributes |= certdesk_a_blink() }
        return attributes
    }
}

extension TerminalSession {
    /// Makes every role look as `theme` says. The theme must already be reduced to
    /// `colourDepth` (the caller reduces); under `.none` only bold, dim, reverse, underline and
    /// blink apply. Can be called again to switch themes; the next `draw` shows the change.
    public func apply(theme: Theme) {
        guard isOpen else { return }
        let plan = ColourPlan(theme: theme, depth: colourDepth, colours: Int(certdesk_colors()),
                              pairLimit: Int(certdesk_color_pairs()), defaultColours: defaultColoursAvailable)
        for (offset, pair) in plan.pairs.enumerated() {
            _ = init_pair(Int16(offset + 1), pair.foreground, pair.background)
        }
        var attributes: [StyleRole: attr_t] = [:]
        for role in StyleRole.allCases {
            attributes[role] = ColourPlan.attributes(of: theme.style(for: role))
                | certdesk_color_pair(plan.pairOfRole[role] ?? 0)
        }
        roleAttributes = attributes
    }

    /// A role's attributes with its colour pair; plain before any theme is applied.
    func attributes(for role: StyleRole) -> attr_t {
        roleAttributes[role] ?? roleAttributes[.normal] ?? certdesk_a_normal()
    }
}
