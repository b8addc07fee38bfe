/// What reading a file yields: incidents ready for the desk, and remarks that did not stop it
/// (e.g. a STIX indicator that relates to no incident).
public struct IngestBatch: Sendable {
    public var drafts: [IncidentDraft]
    public var remarks: [BilingualText]

    public init(drafts: [IncidentDraft] = [], remarks: [BilingualText] = []) {
        self.drafts = drafts
        self.remarks = remarks
    }
}
