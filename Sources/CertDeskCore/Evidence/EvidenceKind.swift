/// The kinds of evidence the register keeps; playbook steps name the same kinds.
public enum EvidenceKind: String, CaseIterable, Hashable, Sendable {
    case diskImage = "disk-image"
    case memoryImage = "memory-image"
    case log, pcap, screenshot
    case malwareSample = "malware-sample"
    case document, email
    /// A physical or paper item: a seized laptop, a signed form, a USB stick in an evidence bag.
    case physical

    public var label: BilingualText { BilingualText { $0.name(of: self) } }
}

extension CustodyEntry.Action {
    public var label: BilingualText { BilingualText { $0.name(of: self) } }
}
