/// The YAML form of a deadline policy (`playbooks/policies/*.yaml`; README, "Deadline policy").
///
/// ```yaml
/// name: default
/// obligations:
///   - kind: review
///     applies_to: all                  # or [unclassified, 1-2] or 3-4
///     starts_at: reported_at           # aware_at | reported_at | earlier-of-reported-and-occurred
///                                      # | met: KIND | level-change | fallback
///     due_within: {1-2: 8h, unclassified: 8h, 3-4: 2h}   # or one duration: 60m, 1h, 36h, 1 month
///     warn_before: 30m                 # optional; default a quarter, at most 15m for ≤ 1h clocks
///     basis: 資通安全事件通報應變及演練辦法 Art 7
/// ```
/// A region's file (`tcn.yaml`, `khh.yaml`, ...) says `extends: default` and lists only the rows
/// it changes, with only the fields it changes.
public enum DeadlinePolicyFile {
    /// One file as written: its rows, each with only the fields it gave.
    public struct Document: Sendable {
        public var name: String
        public var extends: String?
        /// Where `extends` was written (or the top of the file), for errors about it.
        public var extendsLine: Int?
        public var rows: [Row]
        /// `evidence_retention`, when the file gives it.
        public var evidenceRetention: DeadlineDuration?
        public var handoverHorizonMinutes: Int?
        public var handoverAcceptWithinMinutes: Int?
    }

    public struct Row: Sendable {
        public var kind: ObligationKind
        public var line: Int?
        public var appliesTo: Set<LevelBand>?
        public var start: DeadlineStart?
        public var dueWithin: [LevelBand: DeadlineDuration]?
        public var warnBefore: DeadlineDuration?
        public var basis: String?
    }

    public static func parse(_ text: String) throws(FileProblem) -> Document {
        let root = try YAMLReader.document(text)
        let top = try root.mapping(allowed: ["name", "extends", "obligations", "evidence_retention", "handover_horizon",
                                             "handover_accept_within"])
        let name = try top.require("name", in: root).string()
        let extends = try top["extends"]?.string()
        let extendsLine = top["extends"]?.line ?? root.line
        var rows: [Row] = []
        var seen = Set<ObligationKind>()
        for item in try top.require("obligations", in: root).sequence() {
            let row = try parseRow(item)
            guard seen.insert(row.kind).inserted else {
                throw item.problem { $0.policyRowTwice(row.kind) }
            }
            rows.append(row)
        }
        let retention = try top["evidence_retention"].map { (r) throws(FileProblem) in try duration(r) }
        if case .minutes? = retention {
            throw top["evidence_retention"]!.problem { $0.retentionUnit }
        }
        func minutes(_ key: String) throws(FileProblem) -> Int? {
            guard let node = top[key] else { return nil }
            guard case .minutes(let m) = try duration(node), m > 0 else { throw node.problem { $0.handoverSettingUnit(key) } }
            return m
        }
        return Document(name: name, extends: extends, extendsLine: extendsLine, rows: rows, evidenceRetention: retention,
                        handoverHorizonMinutes: try minutes("handover_horizon"),
                        handoverAcceptWithinMinutes: try minutes("handover_accept_within"))
    }

    private static func parseRow(_ item: YAMLReader) throws(FileProblem) -> Row {
        let fields = try item.mapping(allowed: ["kind", "applies_to", "starts_at", "due_within", "warn_before", "basis"])
        let kindReader = try fields.require("kind", in: item)
        let kindName = try kindReader.string()
        guard let kind = ObligationKind(rawValue: kindName) else {
            throw kindReader.problem { $0.unknownObligationKind(TextChecks.quoted(kindName)) }
        }
        var row = Row(kind: kind, line: item.line)
        if let reader = fields["applies_to"] { row.appliesTo = try bands(reader) }
        if let reader = fields["starts_at"] { row.start = try start(reader) }
        if let reader = fields["due_within"] { row.dueWithin = try durations(reader) }
        if let reader = fields["warn_before"] { row.warnBefore = try duration(reader) }
        if let reader = fields["basis"] { row.basis = try reader.string() }
        return row
    }

    /// `all`, `3-4`, `unclassified`, `2`, or a list of those.
    static func bands(_ reader: YAMLReader) throws(FileProblem) -> Set<LevelBand> {
        let items = reader.isSequence ? try reader.sequence() : [reader]
        var out = Set<LevelBand>()
        for item in items {
            let text = try item.string()
            guard let bands = bandSpec(text) else {
                throw item.problem { $0.notALevelBand(TextChecks.quoted(text)) }
            }
            out.formUnion(bands)
        }
        return out
    }

    static func bandSpec(_ text: String) -> Set<LevelBand>? {
        let t = String(text.map { $0 == "–" ? "-" : $0 }).lowercased()
        if t == "all" { return Set(LevelBand.allCases) }
        if let band = LevelBand(rawValue: t) { return [band] }
        let ends = t.split(separator: "-")
        guard ends.count == 2, let low = Int(ends[0]), let high = Int(ends[1]), 1 <= low, low <= high, high <= 4 else { return nil }
        return Set((low...high).compactMap { LevelBand(rawValue: String($0)) })
    }

    private static func start(_ reader: YAMLReader) throws(FileProblem) -> DeadlineStart {
        if !reader.isScalar {
            let fields = try reader.mapping(allowed: ["met"])
            let kindReader = try fields.require("met", in: reader)
            guard let kind = ObligationKind(rawValue: try kindReader.string()) else {
                throw kindReader.problem { $0.unknownObligationKind(nil) }
            }
            return .whenMet(kind)
        }
        let text = try reader.string()
        guard let start = DeadlineStart(name: text.replacingSpaces()) else {
            throw reader.problem { $0.notAStart(TextChecks.quoted(text)) }
        }
        return start
    }

    private static func duration(_ reader: YAMLReader) throws(FileProblem) -> DeadlineDuration {
        let text = try reader.string()
        guard let duration = DeadlineDuration(text: text) else {
            throw reader.problem { $0.notADuration(TextChecks.quoted(text)) }
        }
        return duration
    }

    private static func durations(_ reader: YAMLReader) throws(FileProblem) -> [LevelBand: DeadlineDuration] {
        if reader.isScalar {
            let one = try duration(reader)
            return Dictionary(uniqueKeysWithValues: LevelBand.allCases.map { ($0, one) })
        }
        guard case .mapping(let mapping) = reader.node else {
            throw reader.problem { $0.durationOrMap }
        }
        var out: [LevelBand: DeadlineDuration] = [:]
        for (keyNode, valueNode) in mapping {
            let key = YAMLReader(keyNode, path: reader.path)
            let spec = try key.string()
            guard let bands = bandSpec(spec) else {
                throw key.problem { $0.notALevelOrRange(TextChecks.quoted(spec)) }
            }
            let value = try duration(YAMLReader(valueNode, path: reader.path + "." + spec))
            for band in bands.sorted() {
                guard out.updateValue(value, forKey: band) == nil else {
                    throw key.problem { $0.levelGivenTwice(band) }
                }
            }
        }
        return out
    }

    /// The policy in force: `base` with every row of `override` laid over the matching row,
    /// field by field. Every row must end up complete and consistent.
    public static func resolve(base: Document, override: Document?) throws(FileProblem) -> DeadlinePolicy {
        var rows = base.rows
        if let override {
            guard override.extends == base.name else {
                throw FileProblem(line: override.extendsLine, path: "extends", reason: BilingualText {
                    $0.regionMustExtend(base.name, says: override.extends.map(TextChecks.quoted))
                })
            }
            for row in override.rows {
                guard let index = rows.firstIndex(where: { $0.kind == row.kind }) else {
                    throw FileProblem(line: row.line, path: row.kind.rawValue, reason: BilingualText {
                        $0.regionCannotAddRow(base.name, row.kind)
                    })
                }
                rows[index].appliesTo = row.appliesTo ?? rows[index].appliesTo
                rows[index].start = row.start ?? rows[index].start
                rows[index].dueWithin = row.dueWithin ?? rows[index].dueWithin
                rows[index].warnBefore = row.warnBefore ?? rows[index].warnBefore
                rows[index].basis = row.basis ?? rows[index].basis
                rows[index].line = row.line
            }
        }
        var rules: [DeadlineRule] = []
        for row in rows {
            func problem(_ say: (any Words) -> String) -> FileProblem {
                FileProblem(line: row.line, path: row.kind.rawValue, reason: BilingualText(say))
            }
            guard let appliesTo = row.appliesTo else { throw problem { $0.keyRequired("applies_to") } }
            guard let start = row.start else { throw problem { $0.keyRequired("starts_at") } }
            guard let due = row.dueWithin else { throw problem { $0.keyRequired("due_within") } }
            let missing = appliesTo.sorted().filter { due[$0] == nil }.map(\.rawValue).joined(separator: ", ")
            if !missing.isEmpty {
                throw problem { $0.dueWithinMissing(missing) }
            }
            if case .whenMet(let predecessor) = start, !rows.contains(where: { $0.kind == predecessor }) {
                throw problem { $0.startsAfterMissingRow(predecessor) }
            }
            rules.append(DeadlineRule(kind: row.kind, appliesTo: appliesTo, start: start,
                                      dueWithin: due.filter { appliesTo.contains($0.key) }, warnBefore: row.warnBefore,
                                      basis: row.basis ?? ""))
        }
        let name = override.map { base.name + " + " + $0.name } ?? base.name
        return DeadlinePolicy(name: name, rules: rules,
                              evidenceRetention: override?.evidenceRetention ?? base.evidenceRetention ?? DeadlinePolicy.defaultRetention,
                              handoverHorizonMinutes: override?.handoverHorizonMinutes ?? base.handoverHorizonMinutes
                                  ?? DeadlinePolicy.defaultHandoverHorizonMinutes,
                              handoverAcceptWithinMinutes: override?.handoverAcceptWithinMinutes ?? base.handoverAcceptWithinMinutes
                                  ?? DeadlinePolicy.defaultHandoverAcceptWithinMinutes)
    }
}

private extension String {
    /// `met: review` and `met:review` are the same start.
    func replacingSpaces() -> String { String(filter { $0 != " " }) }
}
