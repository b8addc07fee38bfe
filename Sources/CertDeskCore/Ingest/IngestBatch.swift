/// What reading a file yields: incidents ready for the desk, and remarks that did not stop it
/// (e.g. a STIX indicator that relates to no incident).
public struct IngestBatch: Equatable, Sendable {
    public var drafts: [IncidentDraft]
    public var remarks: [BilingualText]
    /// Set when the file held no incident at all: an officer who ingests a feed that came out
    /// empty should hear so, not read `ingested 0` as a quiet success.
    public var emptiness: EmptyInput?

    public init(drafts: [IncidentDraft] = [], remarks: [BilingualText] = [], emptiness: EmptyInput? = nil) {
        self.drafts = drafts
        self.remarks = remarks
        self.emptiness = emptiness
    }
}

/// Why an input file gave no incidents.
public enum EmptyInput: Sendable, Equatable {
    /// No bytes (or only a byte-order mark).
    case noBytes
    /// Spaces, tabs and line breaks only.
    case whitespaceOnly
    /// `[]`.
    case emptyArray
    /// Well-formed, but nothing in it is an incident (a STIX bundle of indicators alone).
    case noIncidents
}
