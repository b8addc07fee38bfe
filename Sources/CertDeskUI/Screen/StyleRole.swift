/// What a piece of the screen means. Views say what they draw (an overdue clock, a selected
/// row); a theme says how that looks (colour, bold, reverse). Tests read roles, not colours.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    case normal
    /// The title bar and the status bar.
    case bar
    /// The keys shown in hints and help.
    case key
    case header
    case selected
    case dim
    /// A clock inside its warning time.
    case warning
    case overdue
    case met
    case exercise
    /// Level 3–4 incidents.
    case major
    case tabActive = "tab-active"
    case tabInactive = "tab-inactive"
    case border
    case input
    case error
    /// The letter a style snapshot shows for this role (`.` for normal).
    public var snapshotLetter: Character {
        switch self {
        case .normal: return "."
        case .bar: return "B"
        case .key: return "K"
        case .header: return "H"
        case .selected: return "S"
        case .dim: return "d"
        case .warning: return "A"
        case .overdue: return "R"
        case .met: return "G"
        case .exercise: return "X"
        case .major: return "M"
        case .tabActive: return "T"
        case .tabInactive: return "t"
        case .border: return "b"
        case .input: return "I"
        case .error: return "E"
        }
    }
}
