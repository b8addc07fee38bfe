/// 值班與交接的中文用語。
extension ChineseWords {
    public func shiftSummary(of event: DeskEvent, time: (Instant) -> String) -> String {
        switch event {
        case .shiftStarted(let shift, let officer, let at, let forced):
            return "第 \(shift) 班開始：\(officer) 自 \(time(at)) 值班" + (forced.map { "（強制接替未交接的班次：\($0)）" } ?? "")
        case .shiftEnded(let shift, let at):
            return "第 \(shift) 班於 \(time(at)) 結束，無人接班"
        case .handoverRemark(_, let text):
            return "交接說明：" + text
        case .handoverOffered(let shift, let digest, let head, _, _, _):
            return "第 \(shift) 班提出交接：摘要 \(digest.prefix(12))…，涵蓋日誌第 \(head.seq) 筆"
        case .handoverAccepted(let shift, let next, let officer, let digest, let remark):
            return "\(officer) 接受第 \(shift) 班交接（摘要 \(digest.prefix(12))…），第 \(next) 班開始"
                + (remark.map { "：\($0)" } ?? "")
        default:
            return summary(of: event, time: time)
        }
    }

    public func shiftEventOutOfOrder(_ kind: String, shift: Int) -> String {
        "第 \(shift) 班的 \(kind) 與先前的班次紀錄不相符"
    }
    public func shiftStillOpen(_ id: Int, officer: String, since: String) -> String {
        "第 \(id) 班（\(officer)，自 \(since) 起）仍在值班：請先交接（`certdesk handover offer`，再由接班人員 "
            + "`certdesk handover accept`）、結束班次（`certdesk shift end`），或以 --force 理由 強制開班"
    }
    public var noShiftOnWatch: String { "目前無人值班：請以 `certdesk shift start` 開班" }
    public var journalMovedDuringReport: String { "製作交接報告期間日誌已有新紀錄，請重新提出交接" }
    public func noHandoverOffered(_ shift: Int) -> String {
        "第 \(shift) 班尚未提出交接：請交班人員先執行 `certdesk handover offer`"
    }
    public func recordedSinceOffer(_ count: Int, incidents: [String]) -> String {
        let touched = incidents.isEmpty ? "" : "（\(incidents.joined(separator: "、"))）"
        return "提出交接後又記錄了 \(count) 筆事件\(touched)，報告已非當初提出的版本；請交班人員重新提出交接（`certdesk handover offer`）"
    }
    public func digestNotOffered(shown: String, offered: String) -> String {
        "您看到的報告（摘要 \(shown)…）不是提出交接的報告（摘要 \(offered)…），請重新閱讀交接報告"
    }
    public func beforeShiftBegan(_ when: String, _ shift: Int, began: String) -> String {
        "\(when) 早於第 \(shift) 班開始的時間（\(began)）"
    }
    public func shiftRowUnreadable(_ id: Int) -> String { "第 \(id) 班的投影資料無法讀取" }
    public func storedShiftDiffers(_ id: Int) -> String { "儲存的第 \(id) 班與日誌不符" }
    public func handoverSettingUnit(_ key: String) -> String { "\(key) 須以小時或分鐘表示（例如 12h、30m），且大於零" }
    public func noShift(_ id: Int) -> String { "此值勤台沒有第 \(id) 班（`certdesk shift list` 可列出班次）" }
    public func journalRowMissing(_ seq: Int64) -> String { "日誌第 \(seq) 筆不存在" }
}

extension ChineseWords {
    public func handover(_ label: HandoverLabel) -> String {
        switch label {
        case .desk: "值勤台"
        case .officer: "值班人員"
        case .shift: "班次"
        case .generatedAt: "產生時間"
        case .journalHead: "日誌末筆"
        case .horizon: "預看範圍"
        case .openIncidents: "處理中事件"
        case .overdue: "已逾期時限"
        case .dueWithinHorizon: "即將到期時限"
        case .duringShift: "本班紀要"
        case .opened: "新開事件"
        case .closed: "結案事件"
        case .relevelled: "調整等級"
        case .met: "如期完成時限"
        case .metLate: "逾時完成時限"
        case .breached: "逾期時限"
        case .actions: "各事件處置紀錄"
        case .deskRows: "值勤台"
        case .evidence: "證據"
        case .evidenceHeld: "交班人員保管"
        case .evidenceCheckedOut: "已借出"
        case .evidenceOnHold: "法律保全中"
        case .remarks: "交接說明"
        case .none: "無"
        case .signOff: "簽收"
        case .digest: "摘要（SHA-256）"
        case .draft: "草稿：尚未提出交接（`certdesk handover offer`）"
        case .columnIncident: "事件"
        case .columnTitle: "標題"
        case .columnLevel: "等級"
        case .columnCategory: "類別"
        case .columnAgency: "機關"
        case .columnPhase: "階段"
        case .columnAssignee: "承辦人"
        case .columnNextClock: "下一時限"
        case .columnTimeLeft: "剩餘時間"
        case .columnClock: "時限"
        case .columnDue: "到期"
        case .columnItem: "證物"
        case .columnHolder: "保管人"
        case .columnLocation: "存放位置"
        case .columnHold: "保全"
        }
    }
    public func handoverTitle(shift: Int) -> String { "交接報告：第 \(shift) 班" }
    public func shiftSpan(from: String, to: String?) -> String { "\(from) – " + (to ?? "值班中") }
    public func journalHeadText(seq: Int64, hash: String) -> String { "第 \(seq) 筆，雜湊 \(hash)" }
    public func horizonText(hours: String) -> String { "\(hours) 內到期的時限" }
    public func verifyLater(_ command: String) -> String {
        "本報告為日誌的外部錨點：日後如需證明此前的紀錄未遭竄改或刪除，請執行 `\(command)`。"
    }
}

extension ChineseWords {
    public func onWatch(_ officer: String, since: String) -> String { "值班 \(officer) since \(since)" }
    public var noShiftOnWatchTitle: String { "目前無人值班" }
    public var noShifts: String { "尚無班次：請以 `certdesk shift start` 開班" }
    public func shiftColumn(_ column: ShiftListColumn) -> String {
        switch column {
        case .id: "班次"
        case .officer: "值班人員"
        case .start: "開始"
        case .end: "結束"
        case .events: "事件數"
        case .opened: "新開"
        case .closed: "結案"
        case .breached: "逾期"
        case .handover: "交接"
        }
    }
    public func outsideShifts(_ rows: String) -> String { "注意：班次以外，\(rows)" }
    public func rows(_ first: Int64, _ last: Int64) -> String { first == last ? "第 \(first) 筆" : "第 \(first)–\(last) 筆" }
    public var onWatchNow: String { "值班中" }
    public func startedByForce(_ reason: String) -> String { "強制開班：\(reason)" }
    public func offeredAt(_ time: String) -> String { "\(time) 提出交接" }
    public func acceptedBy(_ officer: String, at: String) -> String { "\(officer) 於 \(at) 簽收" }
    public func acceptedLate(minutes: Int) -> String { "逾時：超過 \(minutes) 分鐘才簽收" }
    public func notAcceptedWithin(minutes: Int) -> String { "逾時：\(minutes) 分鐘內未簽收" }
    public var endedWithoutSuccessor: String { "已結束，無人接班" }
    public var endedWithoutHandover: String { "注意：未經交接即結束" }
    public var digestHolds: String { "digest ok（摘要相符）" }
    public func digestMismatch(recorded: String, rebuilt: String) -> String {
        "digest MISMATCH（摘要不符）：提出交接時記錄為 \(recorded)，日誌現在得出 \(rebuilt)；請執行 `certdesk verify`"
    }
    public func shiftNeverOffered(_ id: Int) -> String {
        "第 \(id) 班未提出交接：此為該班結束時（或仍在值班時，目前）的值勤台狀態"
    }
    public var markdownOrJSON: String { "--markdown 與 --json 只能擇一" }
    public var remarkRecorded: String { "已記錄交接說明" }
    public func handoverOffered(_ shift: Int, digest: String, anchor: String, acceptBy: String) -> String {
        "第 \(shift) 班已提出交接：摘要 \(digest)\n日誌末筆 \(anchor)（請留存：`certdesk verify --anchor \(anchor)`）\n"
            + "請接班人員於 \(acceptBy) 前閱讀（`certdesk handover show`）並簽收（`certdesk handover accept`）"
    }
}

extension ChineseWords {
    public var helpHandover: String { "目前值班的交接：閱讀、補充說明、提出交接、簽收" }
    public var helpShiftReview: String { "班次紀錄（新到舊）；Enter 開啟該班交接時的報告原貌" }
    public var helpRemarkHandover: String { "補充交班人員的交接說明" }
    public var hintRemarkHandover: String { "附註" }
    public var helpOfferHandover: String { "依值勤台現況提出交接（記錄摘要與日誌末筆）" }
    public var hintOfferHandover: String { "提出" }
    public var helpAcceptHandover: String { "接班人員簽收畫面上的報告並接班" }
    public var hintAcceptHandover: String { "簽收" }
    public var handoverView: String { "交接" }
    public var shiftsView: String { "班次紀錄" }
    public var shiftReportView: String { "班次報告" }
    public func worksInView(_ key: String, _ place: String) -> String { "\(key) 只在\(place)畫面中使用" }
    public var handoverDraftOnScreen: String { "草稿：尚未提出交接；按 o 依目前狀態提出" }
    public func recordedSinceOfferOnScreen(_ count: Int) -> String {
        "提出後又記錄 \(count) 筆事件：此份無法簽收，請按 o 重新提出"
    }
    public func handoverNotSigned(offeredAt: String, minutes: Int) -> String {
        "交接 \(offeredAt) 已提出，逾 \(minutes) 分鐘未簽收"
    }
    public func handoverWaitingForSignature(offeredAt: String, by: String) -> String {
        "已於 \(offeredAt) 提出：接班人員請於 \(by) 前按 A 簽收"
    }
    public func shiftReviewTitle(_ count: Int) -> String { "班次紀錄（\(count) 班，新到舊）" }
    public var flagSeparator: String { "；" }
    public func remarkLabel(shift: Int) -> String { "第 \(shift) 班交接說明" }
    public func remarkRecordedFor(shift: Int) -> String { "已記錄第 \(shift) 班交接說明" }
    public func acceptOfficerLabel(shift: Int) -> String { "接替第 \(shift) 班的接班人員" }
    public var acceptOfficerHint: String { "簽收時日誌保存的姓名 · Enter 下一步 · Esc 取消（不登錄）" }
    public var officerNeeded: String { "請填寫接班人員：簽收需要姓名" }
    public func acceptRemarkLabel(officer: String) -> String { "\(officer) 接班說明（可留空）" }
    public var acceptRemarkHint: String { "Enter 簽收畫面上的報告 · Esc 取消（不登錄）" }
    public func handoverOfferedOnScreen(_ shift: Int, digest: String, acceptBy: String) -> String {
        "第 \(shift) 班已提出交接（摘要 \(digest)…）：請接班人員於 \(acceptBy) 前按 A 簽收"
    }
    public func handedOver(_ shift: Int, to officer: String, next: Int) -> String {
        "第 \(shift) 班已完成交接：\(officer) 值班中（第 \(next) 班）"
    }
}
