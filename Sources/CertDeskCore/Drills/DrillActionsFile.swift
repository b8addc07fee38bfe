/// An officer's command in a scripted drill: typed `atMinutes` after the start, in the CLI's own
/// words (`step {ticket-1} rw-isolate done --note "…"`), `{ref}` standing for the desk id of
/// the incident that ticket opened (playbooks/drills/README.md, "The actions file").
public struct DrillAction: Hashable, Sendable {
    public let line: Int
    public let atMinutes: Int
    /// The command's words after `certdesk`, quotes removed, `{ref}` not yet replaced.
    public let words: [String]

    public init(line: Int, atMinutes: Int, words: [String]) {
        self.line = line
        self.atMinutes = atMinutes
        self.words = words
    }

    /// The words with each `{ref}` replaced by the desk id in `ids`.
    public func resolved(_ ids: [String: String]) -> [String] {
        words.map { word in
            var out = ""
            var rest = Substring(word)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                out += rest[..<open]
                let ref = String(rest[rest.index(after: open)..<close])
                out += ids[ref] ?? "{\(ref)}"
                rest = rest[rest.index(after: close)...]
            }
            return out + rest
        }
    }
}

/// Reads an actions file and checks it against its scenario, before anything is played: a line
/// that could not run as written is refused with its line, and nothing is recorded.
public enum DrillActionsFile {
    /// The commands a scripted officer may type: those that work an incident. Anything that
    /// reaches outside the drill desk (ingest, evidence files, other desks) is not scripted.
    public static let commands = ["level", "phase", "category", "note", "assign", "meet", "waive", "step"]
    /// Options that would point the command elsewhere or at another time than its offset.
    static let refusedOptions = ["--at", "--db", "--create", "--playbooks", "--region", "--actor"]

    public static func read(_ text: String, scenario: DrillScenario) -> (actions: [DrillAction], problems: [FileProblem]) {
        var actions: [DrillAction] = []
        var problems: [FileProblem] = []
        let arrivals = Dictionary(scenario.injects.compactMap { inject -> (String, Int)? in
            if case .ticket(let ticket) = inject.what { return (ticket.ref, inject.atMinutes) }
            return nil
        }, uniquingKeysWith: { first, _ in first })
        var previous = 0
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = n + 1
            let content = TextChecks.trimmed(String(raw))
            if content.isEmpty || content.hasPrefix("#") { continue }
            func refuse(_ say: @escaping @Sendable (any Words) -> String) {
                problems.append(FileProblem(line: line, reason: BilingualText(say)))
            }
            let offsetText = String(content.prefix { $0 != " " })
            guard let at = DrillOffset.minutes(offsetText), at >= 0 else {
                refuse { $0.drillOffset(TextChecks.quoted(offsetText)) }
                continue
            }
            guard at >= previous else {
                let before = previous
                refuse { $0.drillInjectGoesBack(DrillOffset.text(before)) }
                continue
            }
            guard at <= scenario.durationMinutes else {
                let duration = scenario.durationMinutes
                refuse { $0.drillAfterEnd(DrillOffset.text(duration)) }
                continue
            }
            previous = at
            guard let words = split(String(content.dropFirst(offsetText.count))) else {
                refuse { $0.drillActionQuote }
                continue
            }
            guard let command = words.first, commands.contains(command) else {
                let first = words.first ?? ""
                refuse { $0.drillActionCommand(TextChecks.quoted(first), DrillActionsFile.commands) }
                continue
            }
            if let option = words.first(where: { word in refusedOptions.contains { word == $0 || word.hasPrefix($0 + "=") } }) {
                refuse { $0.drillActionOption(option) }
                continue
            }
            var ok = true
            for ref in words.flatMap(refs(in:)) {
                guard let arrives = arrivals[ref] else {
                    refuse { $0.drillUnknownRef(TextChecks.quoted(ref)) }
                    ok = false
                    break
                }
                if arrives > at {
                    refuse { $0.drillActionBeforeTicket(ref, DrillOffset.text(arrives)) }
                    ok = false
                    break
                }
            }
            if ok { actions.append(DrillAction(line: line, atMinutes: at, words: words)) }
        }
        return (actions, problems)
    }

    /// The words of a command line as a shell would split it: spaces apart, double quotes
    /// around a word with spaces. Nil for an unclosed quote.
    static func split(_ text: String) -> [String]? {
        var words: [String] = []
        var word = ""
        var quoted = false, started = false
        for character in text {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character == " " && !quoted {
                if started { words.append(word) }
                word = ""
                started = false
            } else {
                word.append(character)
                started = true
            }
        }
        if quoted { return nil }
        if started { words.append(word) }
        return words
    }

    /// The refs a word names, `{ticket-1}` → `ticket-1`.
    static func refs(in word: String) -> [String] {
        var out: [String] = []
        var rest = Substring(word)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return out
    }
}
