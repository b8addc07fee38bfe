import CertDeskCore

/// The handover view's report: the one on screen is the one a key signs, so it is held here as
/// read (its digest is what `A` accepts), not rebuilt behind the officer's back.
public struct HandoverPage: Sendable {
    public var reading: HandoverReading
    /// The first line of the report on screen.
    public var scroll = 0
    /// The report laid out for the screen, kept so that a frame (once a second) does not lay out
    /// every open incident of a large desk again; the session lays it out when the page or the
    /// width changes.
    var layout: HandoverLayout?

    public init(reading: HandoverReading, scroll: Int = 0) {
        self.reading = reading
        self.scroll = scroll
    }

    public var report: HandoverReport { reading.report }
}

/// The lines of a report laid out at a width, in a language.
struct HandoverLayout: Sendable {
    let width: Int
    let language: InterfaceLanguage
    let lines: [StyledLine]
}

/// The shift-review view: every shift, newest first, one selected; `Enter` opens its report as
/// it was handed over.
public struct ShiftReviewList: Sendable {
    /// Newest first: a supervisor reviews the last watches most often.
    public var shifts: [Shift]
    /// The journal's last row when the list was read (the open shift's events run to it).
    public var head: Int64
    public var selected = 0
    public var top = 0

    public init(shifts: [Shift], head: Int64) {
        self.shifts = shifts.sorted { $0.id > $1.id }
        self.head = head
    }

    public var selectedShift: Shift? { shifts.indices.contains(selected) ? shifts[selected] : nil }
}
