/// A handover report and what it is: the draft of the shift on watch, or the report a shift
/// offered, rebuilt from the journal. The CLI, the console's handover view and the shift review
/// all read this one value.
public struct HandoverReading: Sendable {
    public let shift: Shift
    public let report: HandoverReport
    /// The offer it reproduces, when the shift offered one.
    public let offer: HandoverOffer?
    /// The report's JSON and its digest, made once: a shift's 10,000 events make both costly,
    /// and printing, checking and signing all need them.
    public let json: JSONValue
    public let digest: String

    public init(shift: Shift, report: HandoverReport, offer: HandoverOffer?) {
        self.shift = shift
        self.report = report
        self.offer = offer
        json = report.json
        digest = HandoverReport.digest(of: json)
    }

    /// For an offered report: whether rebuilding it from the journal gives the digest signed.
    public var digestHolds: Bool? { offer.map { $0.digest == digest } }
}
