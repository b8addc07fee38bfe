/// Bringing a theme down to what the terminal can show: 256 colours to the 16 ANSI colours, 16 to
/// 8, or none at all (NO_COLOR, or a terminal without colour), without letting urgency vanish.
extension ThemeColour {
    /// This colour on a terminal of `depth`:
    /// - `.full`: unchanged;
    /// - `.sixteen`: 16–255 become the nearest of the 16 ANSI colours (xterm RGB, Euclidean);
    /// - `.eight`: as for 16, then bright 8–15 become 0–7 (nothing else is set: no bold);
    /// - `.none`: the terminal's default.
    ///
    /// A number outside 0–255 (which `ThemeFile` never produces) is the terminal's default.
    public func reduced(to depth: ColourDepth) -> ThemeColour {
        guard case .indexed(let index) = self, (0...255).contains(index) else { return .terminalDefault }
        switch depth {
        case .full: return self
        case .sixteen: return .indexed(XtermPalette.nearestANSI(index))
        case .eight: return .indexed(XtermPalette.nearestANSI(index) % 8)
        case .none: return .terminalDefault
        }
    }
}

extension Theme {
    /// This theme on a terminal of `depth`. Every colour is reduced (see `ThemeColour.reduced`),
    /// attributes are kept, and then, so that nothing the officer relies on disappears:
    /// 1. text whose colour became its background's (both distinct before) becomes white or
    ///    black, whichever shows on that background;
    /// 2. on 8 colours, a grey (bright-black) foreground on the default background would become
    ///    black, invisible on a dark terminal: it becomes the default colour, dimmed;
    /// 3. with no colour at all, a role drawn on a band of its own background colour (a bar, a
    ///    selected row, a red overdue block) is drawn in reverse instead, so the band remains;
    /// 4. a role that now looks exactly like `normal` but did not before gets the attributes of
    ///    `urgencyAttributes` (warning → bold, overdue → bold+reverse, selected → reverse, ...);
    /// 5. `overdue` must still look unlike every role it was unlike before (at no colour a
    ///    red-bold overdue and a yellow warning would both be just bold): it gains bold+reverse,
    ///    then underline, then (last resort) blink, until it does.
    public func reduced(to depth: ColourDepth) -> Theme {
        let normalBefore = style(for: .normal)
        var out = Theme(name: name, styles: styles.mapValues { Self.reduce($0, to: depth) })
        if depth == .none {
            for (role, before) in styles where role != .normal {
                if case .indexed = before.background, before.background != normalBefore.background {
                    out.styles[role]?.reverse = true
                }
            }
        }
        let normalAfter = out.style(for: .normal)
        for (role, before) in styles where role != .normal {
            guard var after = out.styles[role], after == normalAfter, before != normalBefore else { continue }
            after.add(Self.urgencyAttributes(role))
            out.styles[role] = after
        }
        let overdueBefore = style(for: .overdue)
        let rivals = StyleRole.allCases.filter { $0 != .overdue && style(for: $0) != overdueBefore }
        func collides(_ theme: Theme) -> Bool {
            let overdue = theme.style(for: .overdue)
            return rivals.contains { theme.style(for: $0) == overdue }
        }
        for extra in [ThemeStyle(bold: true, reverse: true), ThemeStyle(underline: true), ThemeStyle(blink: true)]
            where collides(out) {
            var overdue = out.style(for: .overdue)
            overdue.add(extra)
            out.styles[.overdue] = overdue
        }
        return out
    }

    /// What a role gains when reducing its colours left it looking like `normal`. `met`,
    /// `tab-inactive` and `border` gain nothing: plain is fine for them.
    static func urgencyAttributes(_ role: StyleRole) -> ThemeStyle {
        switch role {
        case .overdue: return ThemeStyle(bold: true, reverse: true)
        case .warning, .major, .key, .error, .header: return ThemeStyle(bold: true)
        case .selected, .bar, .tabActive: return ThemeStyle(reverse: true)
        case .exercise, .input: return ThemeStyle(underline: true)
        case .dim: return ThemeStyle(dim: true)
        case .normal, .met, .tabInactive, .border: return ThemeStyle()
        }
    }

    /// The built-in copy of `themes/monochrome.yaml` (a test keeps them equal): used under
    /// NO_COLOR when that file cannot be read. Urgency by attributes alone.
    public static let monochromeFallback = Theme(name: "monochrome", styles: [
        .normal: ThemeStyle(),
        .bar: ThemeStyle(reverse: true),
        .key: ThemeStyle(bold: true),
        .header: ThemeStyle(bold: true),
        .selected: ThemeStyle(reverse: true),
        .dim: ThemeStyle(dim: true),
        .warning: ThemeStyle(bold: true, underline: true),
        .overdue: ThemeStyle(bold: true, reverse: true),
        .met: ThemeStyle(),
        .exercise: ThemeStyle(underline: true),
        .major: ThemeStyle(bold: true),
        .tabActive: ThemeStyle(reverse: true),
        .tabInactive: ThemeStyle(),
        .border: ThemeStyle(),
        .input: ThemeStyle(underline: true),
        .error: ThemeStyle(bold: true, underline: true),
    ])

    private static func reduce(_ style: ThemeStyle, to depth: ColourDepth) -> ThemeStyle {
        var out = style
        out.foreground = style.foreground.reduced(to: depth)
        out.background = style.background.reduced(to: depth)
        if case .indexed(let bg) = out.background, out.foreground == out.background,
           style.foreground != style.background {
            let light = XtermPalette.luminance(bg) >= 128
            out.foreground = .indexed(light ? 0 : (depth == .eight ? 7 : 15))
        }
        if depth == .eight, out.background == .terminalDefault, out.foreground == .indexed(0),
           style.foreground.reduced(to: .sixteen) == .indexed(8) {
            out.foreground = .terminalDefault
            out.dim = true
        }
        return out
    }
}

extension ThemeStyle {
    /// The colours of `self` with the attributes of both.
    mutating func add(_ attributes: ThemeStyle) {
        bold = bold || attributes.bold
        dim = dim || attributes.dim
        reverse = reverse || attributes.reverse
        underline = underline || attributes.underline
        blink = blink || attributes.blink
    }
}

/// The standard xterm palette.
enum XtermPalette {
    /// xterm's RGB for ANSI 0–15.
    static let ansi: [(r: Int, g: Int, b: Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The RGB of any index 0–255: ANSI 0–15, the 6×6×6 cube 16–231 (levels 0, 95, 135, 175,
    /// 215, 255), the greys 232–255 (8 + 10n).
    static func rgb(_ index: Int) -> (r: Int, g: Int, b: Int) {
        switch index {
        case 0..<16: return ansi[index]
        case 16..<232:
            let levels = [0, 95, 135, 175, 215, 255]
            let n = index - 16
            return (levels[n / 36], levels[n / 6 % 6], levels[n % 6])
        default:
            let grey = 8 + 10 * (index - 232)
            return (grey, grey, grey)
        }
    }

    /// The ANSI colour (0–15) nearest to `index` by squared RGB distance; the lower index wins a tie.
    static func nearestANSI(_ index: Int) -> Int {
        if index < 16 { return index }
        let c = rgb(index)
        var best = 0
        var bestDistance = Int.max
        for (i, a) in ansi.enumerated() {
            let d = (c.r - a.r) * (c.r - a.r) + (c.g - a.g) * (c.g - a.g) + (c.b - a.b) * (c.b - a.b)
            if d < bestDistance {
                best = i
                bestDistance = d
            }
        }
        return best
    }

    /// Perceived brightness 0–255 (Rec. 601 weights).
    static func luminance(_ index: Int) -> Int {
        let c = rgb(index)
        return (299 * c.r + 587 * c.g + 114 * c.b) / 1000
    }
}
