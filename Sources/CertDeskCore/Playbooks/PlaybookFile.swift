/// Reads a playbook file (format: `playbooks/README.md`) and lints it: every problem with its
/// line, so a maintainer fixes a file in one pass. A file with any problem is not used.
public enum PlaybookFile {
    public struct Result: Sendable {
        public let playbook: Playbook?
        public let problems: [FileProblem]

        public init(playbook: Playbook?, problems: [FileProblem]) {
            self.playbook = playbook
            self.problems = problems
        }
    }

    static let stepKeys: Set<String> = ["id", "phase", "text", "why", "tier", "required", "evidence", "meets", "sp800-61", "csf",
                                        "when", "references"]
    static let phases = IncidentPhase.allCases.filter { $0 != .closed }

    public static func parse(_ text: String) throws(FileProblem) -> Playbook {
        let result = read(text)
        if let first = result.problems.first { throw first }
        return result.playbook!
    }

    public static func read(_ text: String) -> Result {
        var problems: [FileProblem] = []
        let root: YAMLReader
        let top: [String: YAMLReader]
        do {
            root = try YAMLReader.document(text)
            top = try root.mapping(allowed: ["category", "version", "title", "steps"])
        } catch {
            return Result(playbook: nil, problems: [error])
        }
        func collect<T>(_ work: () throws(FileProblem) -> T) -> T? {
            do { return try work() } catch { problems.append(error); return nil }
        }
        let category = collect { () throws(FileProblem) -> String in
            let reader = try top.require("category", in: root)
            let name = try reader.string()
            guard name == Playbook.genericCategory || IncidentCategory(rawValue: name) != nil else {
                throw reader.problem { $0.unknownPlaybookCategory(TextChecks.quoted(name)) }
            }
            return name
        }
        let version = collect { () throws(FileProblem) -> Int in
            let reader = try top.require("version", in: root)
            guard let n = Int(try reader.string()), n > 0 else {
                throw reader.problem { $0.playbookVersion }
            }
            return n
        }
        let title = collect { () throws(FileProblem) in try bilingual(try top.require("title", in: root)) }
        var steps: [PlaybookStep] = []
        if let list = collect({ () throws(FileProblem) in try top.require("steps", in: root).sequence() }) {
            var seenIDs: [String: Int] = [:]
            var seenClocks: [ObligationKind: String] = [:]
            for item in list {
                guard let step = collect({ () throws(FileProblem) in try self.step(item) }) else { continue }
                if let line = seenIDs[step.id] {
                    problems.append(item.problem { $0.stepIDTwice(step.id, firstLine: line) })
                }
                seenIDs[step.id] = seenIDs[step.id] ?? item.line ?? 0
                if let kind = step.meets {
                    if let other = seenClocks[kind] {
                        problems.append(item.problem { $0.clockMetByTwoSteps(kind, other) })
                    }
                    seenClocks[kind] = step.id
                }
                steps.append(step)
            }
            if list.isEmpty { problems.append(root.problem { $0.playbookNeedsSteps }) }
        }
        guard problems.isEmpty, let category, let version, let title else { return Result(playbook: nil, problems: problems) }
        return Result(playbook: Playbook(category: category, version: version, title: title, steps: steps), problems: [])
    }

    static func step(_ item: YAMLReader) throws(FileProblem) -> PlaybookStep {
        let f = try item.mapping(allowed: stepKeys)
        let idReader = try f.require("id", in: item)
        let id = try idReader.string()
        guard TextChecks.isSlug(id) else {
            throw idReader.problem { $0.stepIDForm }
        }
        let phaseReader = try f.require("phase", in: item)
        guard let phase = IncidentPhase(rawValue: try phaseReader.string()), phases.contains(phase) else {
            throw phaseReader.problem { $0.stepPhase(phases) }
        }
        return PlaybookStep(
            id: id, phase: phase, text: try bilingual(try f.require("text", in: item)),
            why: try f["why"].map { (r) throws(FileProblem) in try bilingual(r) },
            tier: try enumValue(try f.require("tier", in: item), ResponseTier.self),
            required: try f.require("required", in: item).boolean(),
            evidence: try (f["evidence"].map { (r) throws(FileProblem) in try r.sequence() } ?? []).map { (r) throws(FileProblem) in
                try enumValue(r, EvidenceKind.self)
            },
            meets: try f["meets"].map { (r) throws(FileProblem) in try enumValue(r, ObligationKind.self) },
            checklistItem: try vocabulary(try f.require("sp800-61", in: item), ResponseVocabulary.sp80061ChecklistItems,
                                          .sp80061ChecklistItem),
            csf: try vocabulary(try f.require("csf", in: item), ResponseVocabulary.csfSubcategories,
                                .csfSubcategory),
            when: try f["when"].map { (r) throws(FileProblem) in try condition(r) } ?? StepCondition(),
            references: try (f["references"].map { (r) throws(FileProblem) in try r.sequence() } ?? []).map {
                (r) throws(FileProblem) in try r.string()
            })
    }

    /// Both languages, neither empty: every string the officer sees exists in both.
    static func bilingual(_ reader: YAMLReader) throws(FileProblem) -> BilingualText {
        let f = try reader.mapping(allowed: ["zh-TW", "en"])
        var texts: [String: String] = [:]
        for key in ["zh-TW", "en"] {
            guard let value = f[key] else {
                throw reader.problem { $0.translationMissing(key) }
            }
            let text = try value.string()
            guard !TextChecks.isBlank(text) else { throw value.problem { $0.translationEmpty(key) } }
            texts[key] = text
        }
        return BilingualText(en: texts["en"]!, zh: texts["zh-TW"]!)
    }

    static func enumValue<E: RawRepresentable & CaseIterable>(_ reader: YAMLReader, _ type: E.Type) throws(FileProblem) -> E
    where E.RawValue == String {
        let text = try reader.string()
        guard let value: E = FixedSet.member(text) else {
            throw reader.problem(FixedSet.notOneOf(text, E.allNames))
        }
        return value
    }

    static func vocabulary(_ reader: YAMLReader, _ known: Set<String>, _ vocabulary: ResponseVocabulary.Kind) throws(FileProblem) -> String {
        let text = try reader.string()
        guard known.contains(text) else {
            throw reader.problem { $0.notInVocabulary(TextChecks.quoted(text), vocabulary) }
        }
        return text
    }

    static func condition(_ reader: YAMLReader) throws(FileProblem) -> StepCondition {
        let f = try reader.mapping(allowed: ["levels", "indicators", "exercise"])
        var condition = StepCondition()
        if let levels = f["levels"] { condition.levels = try DeadlinePolicyFile.bands(levels) }
        if let indicators = f["indicators"] { condition.indicators = try indicators.boolean() }
        if let exercise = f["exercise"] { condition.exercise = try exercise.boolean() }
        return condition
    }
}
