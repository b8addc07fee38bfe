/// The kinds of evidence the register keeps; playbook steps name the same kinds.
public enum EvidenceKind: String, CaseIterable, Hashable, Sendable {
    case diskImage = "disk-image"
    case memoryImage = "memory-image"
    case log, pcap, screenshot
    case malwareSample = "malware-sample"
    case document, email
    /// A physical or paper item: a seized laptop, a signed form, a USB stick in an evidence bag.
    case physical

    public var label: BilingualText {
        switch self {
        case .diskImage: return BilingualText(en: "disk image", zh: "磁碟映像")
        case .memoryImage: return BilingualText(en: "memory image", zh: "記憶體映像")
        case .log: return BilingualText(en: "log", zh: "日誌")
        case .pcap: return BilingualText(en: "packet capture", zh: "封包側錄")
        case .screenshot: return BilingualText(en: "screenshot", zh: "螢幕擷圖")
        case .malwareSample: return BilingualText(en: "malware sample", zh: "惡意程式樣本")
        case .document: return BilingualText(en: "document", zh: "文件")
        case .email: return BilingualText(en: "email", zh: "電子郵件")
        case .physical: return BilingualText(en: "physical item", zh: "實體物品")
        }
    }
}

extension CustodyEntry.Action {
    public var label: BilingualText {
        switch self {
        case .collected: return BilingualText(en: "collected", zh: "蒐集")
        case .transferred: return BilingualText(en: "transferred", zh: "移交")
        case .checkedOut: return BilingualText(en: "checked out", zh: "借出")
        case .checkedIn: return BilingualText(en: "checked in", zh: "歸還")
        case .held: return BilingualText(en: "put on hold", zh: "保全（禁止銷毀）")
        case .released: return BilingualText(en: "hold released", zh: "解除保全")
        case .disposed: return BilingualText(en: "disposed of", zh: "銷毀")
        }
    }
}
