/// Reads a drill scenario file (format: playbooks/drills/README.md) and lints it as
/// `PlaybookFile` does a playbook: every problem with its line and field, so a controller fixes
/// a file in one pass. A scenario with any problem is not played.
public enum DrillScenarioFile {
    public struct Result: Sendable {
        public let scenario: DrillScenario?
        public let problems: [FileProblem]
    }

    static let topKeys: Set<String> = ["id", "title", "description", "region", "start", "duration", "injects", "expect"]
    static let ticketKeys: Set<String> = ["ref", "id", "title", "category", "level", "agency", "occurred_at", "aware_at",
                                          "description", "tlp", "indicators"]
    static let injectKinds = ["ticket", "level"] + DrillInject.NoteKind.allCases.map(\.rawValue)
    /// Where a scenario written `start: now` is checked: any instant does, since every time in
    /// it is an offset or is checked against its inject's own time.
    static let lintStart = Instant(millisecondsSinceEpoch: 1_767_225_600_000)

    /// The scenario in `text`, or its first problem.
    public static func parse(_ text: String, fileName: String? = nil, playbooks: [String: Playbook] = [:]) throws(FileProblem) -> DrillScenario {
        let result = read(text, fileName: fileName, playbooks: playbooks)
        if let first = result.problems.first { throw first }
        return result.scenario!
    }

    /// Reads and lints. `fileName` (without `.yaml`) must be the scenario's id when given;
    /// `playbooks` by category (with `generic`), when given, must hold every expected step.
    public static func read(_ text: String, fileName: String? = nil, playbooks: [String: Playbook] = [:]) -> Result {
        var problems: [FileProblem] = []
        let root: YAMLReader
        let top: [String: YAMLReader]
        do {
            root = try YAMLReader.document(text)
            top = try root.mapping(allowed: topKeys)
        } catch {
            return Result(scenario: nil, problems: [error])
        }
        func collect<T>(_ work: () throws(FileProblem) -> T) -> T? {
            do { return try work() } catch { problems.append(error); return nil }
        }
        let id = collect { () throws(FileProblem) -> String in
            let reader = try top.require("id", in: root)
            let id = try reader.string()
            guard TextChecks.isSlug(id), id.count <= 64 else {
                throw reader.problem { $0.drillIDForm }
            }
            if let fileName, fileName != id { throw reader.problem { $0.drillIDNotFileName(fileName) } }
            return id
        }
        let title = collect { () throws(FileProblem) in try PlaybookFile.bilingual(try top.require("title", in: root)) }
        let description = collect { () throws(FileProblem) in try PlaybookFile.bilingual(try top.require("description", in: root)) }
        let region = collect { () throws(FileProblem) -> Region in
            let reader = try top.require("region", in: root)
            let code = try reader.string()
            guard let region = Region(rawValue: code) else { throw reader.problem(FixedSet.notOneOf(code, Region.allNames)) }
            return region
        }
        let start = collect { () throws(FileProblem) -> Instant? in
            let reader = try top.require("start", in: root)
            let text = try reader.string()
            if text == "now" { return nil }
            do {
                return try ISO8601.parse(text)
            } catch {
                throw reader.problem { $0.drillStart(TextChecks.quoted(text)) }
            }
        }
        let duration = collect { () throws(FileProblem) -> Int in
            let reader = try top.require("duration", in: root)
            let minutes = try offset(reader)
            guard minutes > 0 else { throw reader.problem { $0.drillDurationPositive } }
            return minutes
        }
        var injects: [DrillInject] = []
        /// Each ticket's ref: its category and the offset it arrives at.
        var refs: [String: (category: String, at: Int)] = [:]
        if let list = collect({ () throws(FileProblem) in try top.require("injects", in: root).sequence() }) {
            if list.isEmpty { problems.append(root.problem { $0.drillNeedsInjects }) }
            var sourceIDs: [String: Int] = [:]
            var previous = Int.min
            for item in list {
                guard let read = collect({ () throws(FileProblem) in
                    try self.inject(item, refs: refs, duration: duration, previous: previous)
                }) else { continue }
                let (inject, body) = read
                previous = inject.atMinutes
                if case .ticket(let ticket) = inject.what {
                    if refs[ticket.ref] != nil {
                        problems.append(item.problem { $0.drillRefTwice(ticket.ref) })
                    } else if let line = sourceIDs[ticket.sourceID] {
                        problems.append(item.problem { $0.drillTicketIDTwice(ticket.sourceID, firstLine: line) })
                    }
                    refs[ticket.ref] = (ticket.fields["category"]?.stringValue ?? "", inject.atMinutes)
                    sourceIDs[ticket.sourceID] = sourceIDs[ticket.sourceID] ?? item.line ?? 0
                    if let problem = ticketProblem(ticket, at: inject.atMinutes, start: start ?? nil, ticket: body) {
                        problems.append(problem)
                    }
                }
                injects.append(inject)
            }
        }
        var clocks: [DrillScenario.ExpectedClock] = []
        var steps: [DrillScenario.ExpectedStep] = []
        if let expectReader = top["expect"], let expect = collect({ () throws(FileProblem) in try expectReader.mapping(allowed: ["clocks", "steps"]) }) {
            for item in collect({ () throws(FileProblem) in try expect["clocks"]?.sequence() ?? [] }) ?? [] {
                guard let clock = collect({ () throws(FileProblem) -> DrillScenario.ExpectedClock in
                    let f = try item.mapping(allowed: ["incident", "kind", "margin"])
                    let ref = try knownRef(try f.require("incident", in: item), refs)
                    let kindReader = try f.require("kind", in: item)
                    let kind = try PlaybookFile.enumValue(kindReader, ObligationKind.self)
                    let marginReader = try f.require("margin", in: item)
                    guard let margin = DrillOffset.clockMinutes(try marginReader.string()) else {
                        throw marginReader.problem { $0.drillMargin(TextChecks.quoted((try? marginReader.string()) ?? "")) }
                    }
                    if clocks.contains(where: { $0.ref == ref && $0.kind == kind }) {
                        throw kindReader.problem { $0.drillExpectedTwice }
                    }
                    return .init(ref: ref, kind: kind, marginMinutes: margin)
                }) else { continue }
                clocks.append(clock)
            }
            for item in collect({ () throws(FileProblem) in try expect["steps"]?.sequence() ?? [] }) ?? [] {
                guard let step = collect({ () throws(FileProblem) -> DrillScenario.ExpectedStep in
                    let f = try item.mapping(allowed: ["incident", "step", "by"])
                    let refReader = try f.require("incident", in: item)
                    let ref = try knownRef(refReader, refs)
                    let stepReader = try f.require("step", in: item)
                    let step = try stepReader.string()
                    if let category = refs[ref]?.category,
                       let playbook = playbooks[category] ?? playbooks[Playbook.genericCategory],
                       !playbook.steps.contains(where: { $0.id == step }) {
                        throw stepReader.problem { $0.drillStepNotInPlaybook(TextChecks.quoted(step), playbook.category) }
                    }
                    let byReader = try f.require("by", in: item)
                    let by = try offset(byReader)
                    if let at = refs[ref]?.at, by < at { throw byReader.problem { $0.drillExpectedBeforeTicket(ref) } }
                    if let duration, by > duration { throw byReader.problem { $0.drillAfterEnd(DrillOffset.text(duration)) } }
                    if steps.contains(where: { $0.ref == ref && $0.step == step }) {
                        throw stepReader.problem { $0.drillExpectedTwice }
                    }
                    return .init(ref: ref, step: step, byMinutes: by)
                }) else { continue }
                steps.append(step)
            }
        }
        guard problems.isEmpty, let id, let title, let description, let region, let start, let duration else {
            return Result(scenario: nil, problems: problems)
        }
        return Result(scenario: DrillScenario(id: id, title: title, description: description, region: region, start: start,
                                              durationMinutes: duration, injects: injects, expectedClocks: clocks,
                                              expectedSteps: steps), problems: [])
    }

    /// `+HH:MM` or `-HH:MM`.
    static func offset(_ reader: YAMLReader) throws(FileProblem) -> Int {
        let text = try reader.string()
        guard let minutes = DrillOffset.minutes(text) else { throw reader.problem { $0.drillOffset(TextChecks.quoted(text)) } }
        return minutes
    }

    /// The `ref` of a ticket injected earlier in the file.
    static func knownRef(_ reader: YAMLReader, _ refs: [String: (category: String, at: Int)]) throws(FileProblem) -> String {
        let ref = try reader.string()
        guard refs[ref] != nil else { throw reader.problem { $0.drillUnknownRef(TextChecks.quoted(ref)) } }
        return ref
    }

    /// The inject `item`, and the reader of its body (a ticket's problems are found at its lines).
    static func inject(_ item: YAMLReader, refs: [String: (category: String, at: Int)], duration: Int?, previous: Int)
        throws(FileProblem) -> (DrillInject, body: YAMLReader)
    {
        let f = try item.mapping(allowed: Set(["at"] + injectKinds))
        let atReader = try f.require("at", in: item)
        let at = try offset(atReader)
        guard at >= 0 else { throw atReader.problem { $0.drillInjectBeforeStart } }
        guard at >= previous else { throw atReader.problem { $0.drillInjectGoesBack(DrillOffset.text(previous)) } }
        if let duration, at > duration { throw atReader.problem { $0.drillAfterEnd(DrillOffset.text(duration)) } }
        let kinds = injectKinds.filter { f[$0] != nil }
        guard kinds.count == 1, let kind = kinds.first, let body = f[kind] else {
            throw item.problem { $0.drillInjectKinds(injectKinds) }
        }
        switch kind {
        case "ticket":
            return (DrillInject(atMinutes: at, what: .ticket(try ticket(body, at: at))), body)
        case "level":
            let g = try body.mapping(allowed: ["incident", "level", "reason"])
            let ref = try knownRef(try g.require("incident", in: body), refs)
            let levelReader = try g.require("level", in: body)
            guard let n = Int(try levelReader.string()), let level = IncidentLevel(rawValue: n) else {
                throw levelReader.problem { $0.drillLevel(TextChecks.quoted((try? levelReader.string()) ?? "")) }
            }
            let reason = try text(try g.require("reason", in: body), limit: FieldLimits.reason)
            return (DrillInject(atMinutes: at, what: .level(ref: ref, level: level, reason: reason)), body)
        default:
            let noteKind = DrillInject.NoteKind(rawValue: kind)!
            let g = try body.mapping(allowed: noteKind == .indicators ? ["incident", "note", "values"] : ["incident", "note"])
            let ref = try knownRef(try g.require("incident", in: body), refs)
            var note = try text(try g.require("note", in: body), limit: FieldLimits.note)
            if noteKind == .indicators {
                let values = try g.require("values", in: body)
                note += try indicatorLines(values)
            }
            return (DrillInject(atMinutes: at, what: .note(ref: ref, kind: noteKind, text: note)), body)
        }
    }

    /// Not blank, within the journal's limit for the field.
    static func text(_ reader: YAMLReader, limit: Int) throws(FileProblem) -> String {
        let text = try reader.string()
        guard !TextChecks.isBlank(text) else { throw reader.problem { $0.drillTextBlank } }
        guard text.count <= limit else { throw reader.problem { $0.drillTextTooLong(limit) } }
        return text
    }

    /// New indicators are written into the note, one a line (`ipv4 203.0.113.77`), each
    /// checked as a ticket's indicator is.
    static func indicatorLines(_ reader: YAMLReader) throws(FileProblem) -> String {
        var lines = ""
        for item in try reader.sequence() {
            let g = try item.mapping(allowed: ["type", "value"])
            let typeReader = try g.require("type", in: item)
            let typeName = try typeReader.string()
            guard let kind = FixedSet.member(typeName, among: Indicator.Kind.ticketKinds) else {
                throw typeReader.problem(FixedSet.notOneOf(typeName, FixedSet.names(Indicator.Kind.ticketKinds)))
            }
            let valueReader = try g.require("value", in: item)
            let value = try valueReader.string()
            if let problem = Indicator.problem(kind: kind, value: value) {
                throw valueReader.problem { TextChecks.quoted(value) + " " + $0.say(problem) }
            }
            lines += "\n\(kind.rawValue) \(value)"
        }
        return lines
    }

    static func ticket(_ reader: YAMLReader, at: Int) throws(FileProblem) -> DrillTicket {
        let f = try reader.mapping(allowed: ticketKeys)
        let ref = try f.require("ref", in: reader).string()
        guard !ref.isEmpty, !ref.contains("{"), !ref.contains("}"), !ref.contains(" ") else {
            throw f["ref"]!.problem { $0.drillRefForm }
        }
        func time(_ key: String) throws(FileProblem) -> DrillTime? {
            guard let reader = f[key] else { return nil }
            let text = try reader.string()
            if let minutes = DrillOffset.minutes(text) { return .offset(minutes: minutes) }
            do {
                return .instant(try ISO8601.parse(text))
            } catch {
                throw reader.problem { $0.drillTime(TextChecks.quoted(text)) }
            }
        }
        guard let aware = try time("aware_at") else { throw reader.problem { $0.keyRequired("aware_at") } }
        if case .offset(let minutes) = aware, minutes > at { throw f["aware_at"]!.problem { $0.drillAwareAfterArrival } }
        let occurred = try time("occurred_at")
        var fields: [String: JSONValue] = [:]
        for (key, value) in f where !["ref", "occurred_at", "aware_at"].contains(key) {
            switch key {
            case "level":
                let text = try value.string()
                fields[key] = Int64(text).map(JSONValue.int) ?? .string(text)
            case "indicators":
                fields[key] = .array(try value.sequence().map { (item) throws(FileProblem) -> JSONValue in
                    var members: [String: JSONValue] = [:]
                    for (name, v) in try item.mapping(allowed: ["type", "value"]) { members[name] = .string(try v.string()) }
                    return .object(members)
                })
            default:
                fields[key] = .string(try value.string())
            }
        }
        return DrillTicket(ref: ref, fields: fields, occurred: occurred, aware: aware)
    }

    /// The ticket read as the desk will read it when it arrives: a field the ingest format
    /// refuses is refused here, at its line in the scenario.
    static func ticketProblem(_ ticket: DrillTicket, at: Int, start: Instant?, ticket reader: YAMLReader) -> FileProblem? {
        let start = start ?? lintStart
        do {
            _ = try ticket.draft(start: start, reported: start.adding(milliseconds: Int64(at) * 60_000), file: "lint")
            return nil
        } catch {
            let path = reader.path + (error.path.description.isEmpty ? "" : "." + error.path.description)
            let keys = reader.keys()
            let line = keys.first(where: { $0.path == path })?.line
                ?? keys.filter { path.hasPrefix($0.path) }.max(by: { $0.path.count < $1.path.count })?.line
                ?? reader.line
            return FileProblem(line: line, path: path, reason: error.reason)
        }
    }
}
