import CertDeskCore

extension ConsoleSession {
    /// `:` commands: the same actions as the keys, with their arguments typed in one line.
    func runCommandLine(_ line: String) {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let verb = words.first?.lowercased() else { return }
        let rest = words.dropFirst().joined(separator: " ")
        let zh = state.language == .zhTW
        func fail(_ en: String, _ zhText: String) { state.message = StatusMessage(zh ? zhText : en, isError: true) }
        func focus() -> String? {
            guard let id = state.focusID else { fail("no incident selected", "沒有選取事件"); return nil }
            return id
        }
        switch verb {
        case "q", "quit", "exit":
            state.finished = true
        case "help", "h":
            state.overlay = .help
        case "filter", "f":
            applyFilter(rest)
        case "closed":
            perform(.toggleClosed)
        case "level", "l":
            guard let id = focus() else { return }
            guard let n = words.dropFirst().first.flatMap({ Int($0) }), let level = IncidentLevel(rawValue: n) else {
                return fail("usage: :level 1-4 REASON", "用法：:level 1-4 理由")
            }
            let reason = words.dropFirst(2).joined(separator: " ")
            guard !reason.isEmpty else { return fail("give the reason after the level: :level \(n) REASON", "請在等級後寫理由：:level \(n) 理由") }
            record(.setLevel(incident: id, level: level, basis: nil, reason: reason),
                   done: BilingualText(en: "\(id) set to level \(n)", zh: "\(id) 設為第 \(n) 級"))
        case "phase":
            guard let id = focus() else { return }
            guard let name = words.dropFirst().first, let phase = IncidentPhase(rawValue: name) else {
                return fail("usage: :phase \(IncidentPhase.allNames) [override REASON]", "用法：:phase \(IncidentPhase.allNames) [override 理由]")
            }
            let override = words.dropFirst(2).first == "override" ? words.dropFirst(3).joined(separator: " ") : nil
            record(.changePhase(incident: id, phase: phase, override: override),
                   done: BilingualText(en: "\(id) moved to \(name)", zh: "\(id) 改為「\(phase.label.zh)」"))
        case "note", "n":
            guard let id = focus() else { return }
            record(.addNote(incident: id, text: rest), done: BilingualText(en: "note added to \(id)", zh: "已新增備註至 \(id)"))
        case "assign":
            guard let id = focus() else { return }
            let name = rest == "-" ? nil : rest
            record(.assign(incident: id, assignee: name), done: BilingualText(en: "\(id) assigned", zh: "\(id) 已指派"))
        case "meet", "waive":
            guard let id = focus() else { return }
            guard let kindName = words.dropFirst().first, let kind = ObligationKind(rawValue: kindName) else {
                return fail("usage: :\(verb) \(ObligationKind.allNames)", "用法：:\(verb) \(ObligationKind.allNames)")
            }
            let tail = words.dropFirst(2).joined(separator: " ")
            if verb == "waive" {
                record(.waive(incident: id, kind: kind, reason: tail), done: BilingualText(en: "\(id) \(kindName) waived", zh: "\(id)「\(kind.label.zh)」已免除"))
                return
            }
            switch LocalTimeInput.parse(tail, now: state.now, time: time) {
            case .success(let at):
                record(.meet(incident: id, kind: kind, at: at, note: nil), done: BilingualText(en: "\(id) \(kindName) met", zh: "\(id)「\(kind.label.zh)」已登錄完成"))
            case .failure(let problem):
                state.message = StatusMessage(problem.reason.text(in: state.language), isError: true)
            }
        case "ingest":
            submit(TextPrompt(purpose: .ingestPath, label: BilingualText(en: "", zh: ""), text: rest))
        case "sort":
            guard let order = QueueQuery.Order(rawValue: rest) else {
                return fail("usage: :sort due|level|id|agency|phase", "用法：:sort due|level|id|agency|phase")
            }
            state.query.order = order
            state.selected = 0
            reloadAll()
        default:
            fail("unknown command :\(verb) (? shows the keys and commands)", "未知命令 :\(verb)（按 ? 看說明）")
        }
    }
}
