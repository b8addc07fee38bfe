import CertDeskCore

/// One `:` command: its names, what it takes, what it does. The one table drives the parser and
/// the help overlay, so the help always lists every command with its arguments.
struct LineCommand: Sendable {
    let names: [String]
    let arguments: String
    let help: BilingualText
    let run: @Sendable (ConsoleSession, _ words: [String]) -> Void

    static let all: [LineCommand] = [
        LineCommand(names: ["level", "l"], arguments: "1-4 REASON",
                    help: BilingualText(en: "set the level with the reason", zh: "設定等級並說明理由")) { $0.lineLevel($1) },
        LineCommand(names: ["phase"], arguments: "PHASE [override REASON]",
                    help: BilingualText(en: "change the phase; a unique beginning is enough (post, con)", zh: "變更階段；可只打開頭（post、con）")) { $0.linePhase($1) },
        LineCommand(names: ["meet"], arguments: "KIND [TIME]",
                    help: BilingualText(en: "a clock was met; without a time it asks when", zh: "登錄時限完成；未給時間會詢問")) { $0.lineMeet($1) },
        LineCommand(names: ["waive"], arguments: "KIND REASON",
                    help: BilingualText(en: "waive a clock that does not apply", zh: "免除不適用的時限")) { $0.lineWaive($1) },
        LineCommand(names: ["note", "n"], arguments: "TEXT",
                    help: BilingualText(en: "add a note to the record", zh: "新增備註")) { $0.lineNote($1) },
        LineCommand(names: ["assign"], arguments: "NAME | -",
                    help: BilingualText(en: "assign a handler (- for nobody)", zh: "指派承辦人（- 表示無）")) { $0.lineAssign($1) },
        LineCommand(names: ["ingest"], arguments: "PATH",
                    help: BilingualText(en: "ingest tickets or a STIX bundle", zh: "匯入事件單或 STIX")) { s, words in s.ingest(words.joined(separator: " "), form: nil) },
        LineCommand(names: ["filter", "f"], arguments: "TEXT",
                    help: BilingualText(en: "filter the queue (empty clears)", zh: "篩選佇列（空白清除）")) { s, words in s.applyFilter(words.joined(separator: " ")) },
        LineCommand(names: ["sort"], arguments: QueueQuery.Order.allCases.map(\.rawValue).joined(separator: "|"),
                    help: BilingualText(en: "order the queue", zh: "佇列排序")) { $0.lineSort($1) },
        LineCommand(names: ["closed"], arguments: "",
                    help: BilingualText(en: "show or hide closed incidents", zh: "顯示／隱藏已結案")) { s, _ in s.perform(.toggleClosed) },
        LineCommand(names: ["help", "h"], arguments: "",
                    help: BilingualText(en: "this help", zh: "說明")) { s, _ in s.state.overlay = .help(scroll: 0) },
        LineCommand(names: ["quit", "q", "q!", "exit"], arguments: "",
                    help: BilingualText(en: "quit the console", zh: "離開")) { s, _ in s.state.finished = true },
    ]
}

extension ConsoleSession {
    /// `:` commands: the same actions as the keys, with their arguments typed in one line.
    func runCommandLine(_ line: String) {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let verb = words.first else { return }
        let names = LineCommand.all.flatMap(\.names)
        switch NameMatch.match(verb, among: names) {
        case .found(let name):
            LineCommand.all.first { $0.names.contains(name) }!.run(self, Array(words.dropFirst()))
        case .ambiguous(let candidates):
            let list = candidates.map { ":" + $0 }.joined(separator: " ")
            refuse(BilingualText(en: ":\(verb) could be \(list)", zh: ":\(verb) 可能是 \(list)"),
                   keeping: .prompt(TextPrompt.commandLine(line)))
        case .unknown(let suggestions):
            let near = suggestions.map { ":" + $0 }.joined(separator: " or ")
            refuse(BilingualText(en: "unknown command :\(verb)" + (near.isEmpty ? "" : "; did you mean \(near)?") + " (? lists them)",
                                 zh: "未知命令 :\(verb)" + (near.isEmpty ? "" : "；是否要輸入 \(near)？") + "（按 ? 看說明）"),
                   keeping: .prompt(TextPrompt.commandLine(line)))
        }
    }

    /// The incident a `:` command acts on: the selected one.
    private func lineFocus() -> String? {
        guard let id = state.focusID else {
            state.message = StatusMessage(ConsoleText.noIncidentSelected.text(in: state.language), isError: true)
            return nil
        }
        return id
    }

    /// Keeps the command line open with what was typed, and says what is wrong.
    private func lineRefuse(_ reason: BilingualText, _ verb: String, _ words: [String]) {
        refuse(reason, keeping: .prompt(TextPrompt.commandLine(([verb] + words).joined(separator: " "))))
    }

    /// A name from a fixed set, a unique beginning accepted; nil after saying what is wrong.
    private func lineName(_ typed: String?, among names: [String], what: BilingualText, usage: BilingualText,
                          _ verb: String, _ words: [String]) -> String? {
        guard let typed else { lineRefuse(usage, verb, words); return nil }
        let match = NameMatch.match(typed, among: names)
        if case .found(let name) = match { return name }
        lineRefuse(match.problem(typed, what: what, names: names)!, verb, words)
        return nil
    }

    func lineLevel(_ words: [String]) {
        guard let id = lineFocus() else { return }
        guard let n = words.first.flatMap({ Int($0) }), let level = IncidentLevel(rawValue: n) else {
            return lineRefuse(BilingualText(en: "usage: :level 1-4 REASON", zh: "用法：:level 1-4 理由"), "level", words)
        }
        let reason = words.dropFirst().joined(separator: " ")
        guard !reason.isEmpty else {
            return lineRefuse(BilingualText(en: "give the reason after the level: :level \(n) REASON", zh: "請在等級後寫理由：:level \(n) 理由"),
                              "level", words)
        }
        record(.setLevel(incident: id, level: level, basis: nil, reason: reason),
               done: BilingualText(en: "\(id) set to level \(n)", zh: "\(id) 設為第 \(n) 級"),
               form: .prompt(TextPrompt.commandLine((["level"] + words).joined(separator: " "))))
    }

    func linePhase(_ words: [String]) {
        guard let id = lineFocus() else { return }
        let usage = BilingualText(en: "usage: :phase \(IncidentPhase.allNames) [override REASON]",
                                  zh: "用法：:phase \(IncidentPhase.allNames) [override 理由]")
        guard let name = lineName(words.first, among: IncidentPhase.allCases.map(\.rawValue), what: BilingualText(en: "phase", zh: "階段"),
                                  usage: usage, "phase", words), let phase = IncidentPhase(rawValue: name) else { return }
        if words.dropFirst().first == "override" {
            let reason = words.dropFirst(2).joined(separator: " ")
            guard !reason.isEmpty else { return lineRefuse(ConsoleText.reasonNeeded, "phase", words) }
            record(.changePhase(incident: id, phase: phase, override: reason), done: ConsoleText.moved(id, phase, override: true))
        } else {
            moveToPhase(id, phase)
        }
    }

    func lineMeet(_ words: [String]) {
        guard let id = lineFocus() else { return }
        let usage = BilingualText(en: "usage: :meet KIND [TIME]; kinds: \(ObligationKind.allNames)", zh: "用法：:meet 種類 [時間]；種類：\(ObligationKind.allNames)")
        guard let name = lineName(words.first, among: ObligationKind.allCases.map(\.rawValue), what: BilingualText(en: "clock", zh: "時限"),
                                  usage: usage, "meet", words), let kind = ObligationKind(rawValue: name) else { return }
        let time = words.dropFirst().joined(separator: " ")
        // No time given: ask, exactly as `m` does, rather than assume it happened now.
        guard !time.isEmpty else { return askMeetingTime(id, kind, then: nil) }
        guard let at = checkedMeetingTime(time, id, kind, keeping: .prompt(TextPrompt.commandLine((["meet"] + words).joined(separator: " ")))) else { return }
        record(.meet(incident: id, kind: kind, at: at, note: nil), done: BilingualText(en: "\(id) \(kind.rawValue) met", zh: "\(id)「\(kind.label.zh)」已登錄完成"))
    }

    func lineWaive(_ words: [String]) {
        guard let id = lineFocus() else { return }
        let usage = BilingualText(en: "usage: :waive KIND REASON; kinds: \(ObligationKind.allNames)", zh: "用法：:waive 種類 理由；種類：\(ObligationKind.allNames)")
        guard let name = lineName(words.first, among: ObligationKind.allCases.map(\.rawValue), what: BilingualText(en: "clock", zh: "時限"),
                                  usage: usage, "waive", words), let kind = ObligationKind(rawValue: name) else { return }
        let reason = words.dropFirst().joined(separator: " ")
        guard !reason.isEmpty else { return askWaiveReason(id, kind, then: nil) }
        record(.waive(incident: id, kind: kind, reason: reason), done: BilingualText(en: "\(id) \(kind.rawValue) waived", zh: "\(id)「\(kind.label.zh)」已免除"))
    }

    func lineNote(_ words: [String]) {
        guard let id = lineFocus() else { return }
        let text = words.joined(separator: " ")
        guard !text.isEmpty else {
            state.overlay = .prompt(TextPrompt(purpose: .note(incident: id), label: BilingualText(en: "note on \(id)", zh: "\(id) 備註")))
            return
        }
        record(.addNote(incident: id, text: text), done: BilingualText(en: "note added to \(id)", zh: "已新增備註至 \(id)"),
               form: .prompt(TextPrompt(purpose: .note(incident: id), label: BilingualText(en: "note on \(id)", zh: "\(id) 備註"), text: text)))
    }

    func lineAssign(_ words: [String]) {
        guard let id = lineFocus() else { return }
        let rest = words.joined(separator: " ")
        let name = rest == "-" || rest.isEmpty ? nil : rest
        record(.assign(incident: id, assignee: name), done: BilingualText(en: "\(id) assigned to \(name ?? "nobody")", zh: "\(id) 指派給 \(name ?? "（無）")"))
    }

    func lineSort(_ words: [String]) {
        let names = QueueQuery.Order.allCases.map(\.rawValue)
        let usage = BilingualText(en: "usage: :sort \(names.joined(separator: "|"))", zh: "用法：:sort \(names.joined(separator: "|"))")
        guard let name = lineName(words.first, among: names, what: BilingualText(en: "order", zh: "排序"), usage: usage, "sort", words),
              let order = QueueQuery.Order(rawValue: name) else { return }
        sort(by: order)
    }
}
