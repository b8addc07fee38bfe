/// Where an incident came from, so the desk can tell a re-sent ticket from a new one and prove
/// provenance later.
public struct IncidentSource: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        /// A first- or second-line SOC event ticket (事件單, ../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L9512–9534).
        case socTicket = "soc-ticket"
        /// A report from the agency itself (CI 提供者 → CERT 窗口, ../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L14431).
        case agencyReport = "agency-report"
        /// An ISAC / N-CERT feed or partner CERT in STIX 2.1.
        case stix
        /// Opened by hand at the desk.
        case manual
    }

    public var kind: Kind
    /// The sender's own id: the ticket number, or the STIX `incident--…` id. Unique per desk.
    public var id: String
    /// The file it was read from, as given on the command line (`-` for standard input).
    public var file: String?

    public init(kind: Kind, id: String, file: String? = nil) {
        self.kind = kind
        self.id = id
        self.file = file
    }
}
