/// How each style role looks: loaded from `themes/*.yaml`, reduced to what the terminal can
/// show (256, 16 or 8 colours, or none under NO_COLOR), applied by the terminal backend.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [StyleRole: ThemeStyle]

    public init(name: String, styles: [StyleRole: ThemeStyle]) {
        self.name = name
        self.styles = styles
    }

    /// The style of a role; a role the theme does not mention looks like `normal`.
    public func style(for role: StyleRole) -> ThemeStyle {
        styles[role] ?? styles[.normal] ?? ThemeStyle()
    }
}

/// Colours and attributes of one role.
public struct ThemeStyle: Hashable, Sendable {
    public var foreground: ThemeColour
    public var background: ThemeColour
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool
    public var blink: Bool

    public init(foreground: ThemeColour = .terminalDefault, background: ThemeColour = .terminalDefault, bold: Bool = false,
                dim: Bool = false, reverse: Bool = false, underline: Bool = false, blink: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
        self.blink = blink
    }
}

/// A terminal colour: the terminal's own default, one of the 16 ANSI colours (0–15), or one of
/// the xterm 256-colour palette (16–255).
public enum ThemeColour: Hashable, Sendable {
    case terminalDefault
    case indexed(Int)
}

/// How many colours the terminal can show.
public enum ColourDepth: Int, Sendable, Comparable {
    case none = 0
    case eight = 8
    case sixteen = 16
    case full = 256

    public static func < (lhs: ColourDepth, rhs: ColourDepth) -> Bool { lhs.rawValue < rhs.rawValue }

    /// From the terminal's `COLORS` (0 or less: no colour).
    public init(colours: Int) {
        switch colours {
        case 256...: self = .full
        case 16...: self = .sixteen
        case 8...: self = .eight
        default: self = .none
        }
    }
}
