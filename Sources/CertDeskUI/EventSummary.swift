import CertDeskCore

/// One line saying what a journal event did, for timelines and the journal view.
public enum EventSummary {
    /// Times inside the text are local, to the second (`time`).
    public static func text(_ event: DeskEvent, _ language: InterfaceLanguage, time: LocalTimeFormatter) -> String {
        let zh = language == .zhTW
        switch event {
        case .deskOpened(let region):
            return zh ? "值勤台開啟：\(region.name.zh)" : "desk opened for the \(region.name.en)"
        case .agencyRegistered(let agency):
            return zh ? "登錄機關 \(agency.id) \(agency.name)" : "agency \(agency.id) \(agency.name) registered"
        case .incidentOpened(let opening):
            let level = opening.facts.level.map { zh ? "第 \($0.rawValue) 級" : "level \($0.rawValue)" } ?? (zh ? "未分級" : "unclassified")
            return zh
                ? "開立事件（\(opening.facts.source.kind.rawValue) \(opening.facts.source.id)，\(level)）"
                : "opened from \(opening.facts.source.kind.rawValue) \(opening.facts.source.id), \(level)"
        case .levelSet(_, let change):
            return zh ? "等級設為第 \(change.level.rawValue) 級：\(change.reason)"
                      : "level set to \(change.level.rawValue): \(change.reason)"
        case .phaseChanged(_, let phase, let override):
            let forced = override.map { zh ? "（強制，未完成：\($0.openSteps.joined(separator: "、"))；理由：\($0.reason)）"
                                           : " (override, open: \($0.openSteps.joined(separator: ", ")); reason: \($0.reason))" } ?? ""
            return (zh ? "階段改為「\(phase.label.zh)」" : "phase changed to \(phase.rawValue)") + forced
        case .categoryChanged(_, let category):
            return zh ? "類別改為「\(category.label.zh)」" : "category changed to \(category.rawValue)"
        case .playbookAdopted(let playbook):
            return zh ? "採用處理手冊 \(playbook.category) v\(playbook.version)" : "playbook \(playbook.category) v\(playbook.version) adopted"
        case .stepDone(_, let step, let at, let note):
            return (zh ? "完成步驟 \(step)（\(time.string(at))）" : "step \(step) done at \(time.string(at))")
                + (note.map { zh ? "：\($0)" : ": \($0)" } ?? "")
        case .stepSkipped(_, let step, let reason):
            return zh ? "略過步驟 \(step)：\(reason)" : "step \(step) skipped: \(reason)"
        case .noteAdded(_, let text):
            return (zh ? "備註：" : "note: ") + text
        case .assigned(_, let assignee):
            guard let assignee else { return zh ? "取消指派" : "unassigned" }
            return zh ? "指派給 \(assignee)" : "assigned to \(assignee)"
        case .policyAdopted(let policy):
            return zh ? "採用時限政策 \(policy.name)" : "deadline policy \(policy.name) adopted"
        case .obligationMet(_, let meeting):
            let name = meeting.ordinal > 1 ? "\(meeting.kind.rawValue)#\(meeting.ordinal)" : meeting.kind.rawValue
            let at = time.string(meeting.at)
            let note = meeting.note.map { zh ? "：\($0)" : ": \($0)" } ?? ""
            return zh ? "完成「\(meeting.kind.label.zh)」（\(name)，實際時間 \(at)）\(note)" : "\(name) met at \(at)\(note)"
        case .obligationWaived(_, let kind, _, let reason):
            return zh ? "免除「\(kind.label.zh)」：\(reason)" : "\(kind.rawValue) waived: \(reason)"
        case .evidenceAdded(let a):
            let what = a.content.map { "sha256 \(String($0.sha256.prefix(12)))…, \($0.size) B" } ?? a.physical ?? ""
            return zh ? "登錄證據 \(a.id)（\(a.kind.label.zh)，\(what)）" : "evidence \(a.id) added (\(a.kind.rawValue), \(what))"
        case .evidenceCustody(_, let id, let change):
            let to = change.to.map { zh ? "，交予 \($0)" : " to \($0)" } ?? ""
            let why = change.purpose.map { zh ? "：\($0)" : ": \($0)" } ?? ""
            return zh ? "證據 \(id) \(change.action.label.zh)\(to)\(why)" : "evidence \(id) \(change.action.rawValue)\(to)\(why)"
        case .evidenceDisposed(_, let id, let reason, _, _):
            return zh ? "銷毀證據 \(id)：\(reason)" : "evidence \(id) disposed of: \(reason)"
        case .obligationOverdue(_, let kind, _, let dueAt):
            return zh ? "逾期：「\(kind.label.zh)」應於 \(time.string(dueAt)) 前完成"
                      : "\(kind.rawValue) overdue (was due \(time.string(dueAt)))"
        }
    }
}
