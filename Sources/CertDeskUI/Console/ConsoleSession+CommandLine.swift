import CertDeskCore

/// One `:` command: its names, what it takes, what it does. The one table drives the parser and
/// the help overlay, so the help always lists every command with its arguments.
struct LineCommand: Sendable {
    let names: [String]
    let arguments: String
    let help: BilingualText
    let run: @Sendable (ConsoleSession, _ words: [String]) -> Void

    init(names: [String], arguments: String, help: (any Words) -> String, run: @escaping @Sendable (ConsoleSession, _ words: [String]) -> Void) {
        self.names = names
        self.arguments = arguments
        self.help = BilingualText(help)
        self.run = run
    }

    static let all: [LineCommand] = [
        LineCommand(names: ["level", "l"], arguments: "1-4 REASON",
                    help: { $0.commandLevelHelp }) { $0.lineLevel($1) },
        LineCommand(names: ["phase"], arguments: "PHASE [override REASON]",
                    help: { $0.commandPhaseHelp }) { $0.linePhase($1) },
        LineCommand(names: ["meet"], arguments: "KIND [TIME]",
                    help: { $0.commandMeetHelp }) { $0.lineMeet($1) },
        LineCommand(names: ["waive"], arguments: "KIND REASON",
                    help: { $0.commandWaiveHelp }) { $0.lineWaive($1) },
        LineCommand(names: ["note", "n"], arguments: "TEXT",
                    help: { $0.commandNoteHelp }) { $0.lineNote($1) },
        LineCommand(names: ["assign"], arguments: "NAME | -",
                    help: { $0.commandAssignHelp }) { $0.lineAssign($1) },
        LineCommand(names: ["ingest"], arguments: "PATH",
                    help: { $0.commandIngestHelp }) { s, words in s.ingest(words.joined(separator: " "), form: nil) },
        LineCommand(names: ["filter", "f"], arguments: "TEXT",
                    help: { $0.commandFilterHelp }) { s, words in s.applyFilter(words.joined(separator: " ")) },
        LineCommand(names: ["sort"], arguments: QueueQuery.Order.allCases.map(\.rawValue).joined(separator: "|"),
                    help: { $0.commandSortHelp }) { $0.lineSort($1) },
        LineCommand(names: ["closed"], arguments: "",
                    help: { $0.commandClosedHelp }) { s, _ in s.perform(.toggleClosed) },
        LineCommand(names: ["help", "h"], arguments: "",
                    help: { $0.commandHelpHelp }) { s, _ in s.state.overlay = .help(scroll: 0) },
        LineCommand(names: ["quit", "q", "q!", "exit"], arguments: "",
                    help: { $0.commandQuitHelp }) { s, _ in s.state.finished = true },
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
            refuse({ $0.commandAmbiguous(verb, list) },
                   keeping: .prompt(TextPrompt.commandLine(line)))
        case .unknown(let suggestions):
            let near = suggestions.map { ":" + $0 }.joined(separator: " or ")
            refuse({ $0.commandUnknown(verb, near: near) },
                   keeping: .prompt(TextPrompt.commandLine(line)))
        }
    }

    /// The incident a `:` command acts on: the selected one.
    private func lineFocus() -> String? {
        guard let id = state.focusID else {
            state.message = StatusMessage(state.words.noIncidentSelected, isError: true)
            return nil
        }
        return id
    }

    /// Keeps the command line open with what was typed, and says what is wrong.
    private func lineRefuse(_ reason: BilingualText, _ verb: String, _ words: [String]) {
        refuse(reason, keeping: .prompt(TextPrompt.commandLine(([verb] + words).joined(separator: " "))))
    }

    private func lineRefuse(_ say: (any Words) -> String, _ verb: String, _ words: [String]) {
        lineRefuse(BilingualText(say), verb, words)
    }

    /// A name from a fixed set, a unique beginning accepted; nil after saying what is wrong.
    private func lineName(_ typed: String?, among names: [String], what: (any Words) -> String, usage: (any Words) -> String,
                          _ verb: String, _ words: [String]) -> String? {
        guard let typed else { lineRefuse(usage, verb, words); return nil }
        let match = NameMatch.match(typed, among: names)
        if case .found(let name) = match { return name }
        lineRefuse(match.problem(typed, what: BilingualText(what), names: names)!, verb, words)
        return nil
    }

    func lineLevel(_ words: [String]) {
        guard let id = lineFocus() else { return }
        guard let n = words.first.flatMap({ Int($0) }), let level = IncidentLevel(rawValue: n) else {
            return lineRefuse(\.levelUsage, "level", words)
        }
        let reason = words.dropFirst().joined(separator: " ")
        guard !reason.isEmpty else {
            return lineRefuse({ $0.levelNeedsReason(n) }, "level", words)
        }
        record(.setLevel(incident: id, level: level, basis: nil, reason: reason),
               done: { $0.levelSet(id, level) },
               form: .prompt(TextPrompt.commandLine((["level"] + words).joined(separator: " "))))
    }

    func linePhase(_ words: [String]) {
        guard let id = lineFocus() else { return }
        guard let name = lineName(words.first, among: IncidentPhase.allCases.map(\.rawValue), what: \.phaseWord,
                                  usage: \.phaseUsage, "phase", words), let phase = IncidentPhase(rawValue: name) else { return }
        if words.dropFirst().first == "override" {
            let reason = words.dropFirst(2).joined(separator: " ")
            guard !reason.isEmpty else { return lineRefuse(\.reasonNeeded, "phase", words) }
            record(.changePhase(incident: id, phase: phase, override: reason), done: { $0.moved(id, to: phase, override: true) })
        } else {
            moveToPhase(id, phase)
        }
    }

    func lineMeet(_ words: [String]) {
        guard let id = lineFocus() else { return }
        guard let name = lineName(words.first, among: ObligationKind.allCases.map(\.rawValue), what: \.clockWord,
                                  usage: \.meetUsage, "meet", words), let kind = ObligationKind(rawValue: name) else { return }
        let time = words.dropFirst().joined(separator: " ")
        // No time given: ask, exactly as `m` does, rather than assume it happened now.
        guard !time.isEmpty else { return askMeetingTime(id, kind, then: nil) }
        guard let at = checkedMeetingTime(time, id, kind, keeping: .prompt(TextPrompt.commandLine((["meet"] + words).joined(separator: " ")))) else { return }
        record(.meet(incident: id, kind: kind, at: at, note: nil), done: { $0.clockMet(id, kind) })
    }

    func lineWaive(_ words: [String]) {
        guard let id = lineFocus() else { return }
        guard let name = lineName(words.first, among: ObligationKind.allCases.map(\.rawValue), what: \.clockWord,
                                  usage: \.waiveUsage, "waive", words), let kind = ObligationKind(rawValue: name) else { return }
        let reason = words.dropFirst().joined(separator: " ")
        guard !reason.isEmpty else { return askWaiveReason(id, kind, then: nil) }
        record(.waive(incident: id, kind: kind, reason: reason), done: { $0.clockWaived(id, kind) })
    }

    func lineNote(_ words: [String]) {
        guard let id = lineFocus() else { return }
        let text = words.joined(separator: " ")
        guard !text.isEmpty else {
            state.overlay = .prompt(TextPrompt(purpose: .note(incident: id), label: BilingualText { $0.noteLabel(id) }))
            return
        }
        record(.addNote(incident: id, text: text), done: { $0.noteAddedTo(id) },
               form: .prompt(TextPrompt(purpose: .note(incident: id), label: BilingualText { $0.noteLabel(id) }, text: text)))
    }

    func lineAssign(_ words: [String]) {
        guard let id = lineFocus() else { return }
        let rest = words.joined(separator: " ")
        let name = rest == "-" || rest.isEmpty ? nil : rest
        record(.assign(incident: id, assignee: name), done: { $0.assignedTo(id, name) })
    }

    func lineSort(_ words: [String]) {
        let names = QueueQuery.Order.allCases.map(\.rawValue)
        guard let name = lineName(words.first, among: names, what: \.orderWord, usage: { $0.sortUsage(names) }, "sort", words),
              let order = QueueQuery.Order(rawValue: name) else { return }
        sort(by: order)
    }
}
