import CertDeskCore
import GRDB

/// What `certdesk verify` found.
public struct VerificationReport: Sendable {
    public struct Problem: Sendable, Equatable {
        /// The first journal row where the chain or the rebuild went wrong, when it is a row.
        public let seq: Int64?
        /// What the problem is about (`incident TCN-2026-0002`, `policy`), so a later check can
        /// tell a subject already named without reading the words.
        public let subject: String?
        public let reason: BilingualText

        public init(seq: Int64?, subject: String? = nil, reason: BilingualText) {
            self.seq = seq
            self.subject = subject
            self.reason = reason
        }

        init(seq: Int64? = nil, subject: String? = nil, _ say: (any Words) -> String) {
            self.init(seq: seq, subject: subject, reason: BilingualText(say))
        }
    }

    public var rows: Int64 = 0
    /// The newest row that checked out, as `verify --anchor` takes it: what an officer keeps
    /// outside the desk to prove later that the tail was not rewritten.
    public var head: JournalAnchor?
    public var incidents: Int = 0
    public var problems: [Problem] = []

    public var isIntact: Bool { problems.isEmpty }
}

extension DeskStore {
    /// Walks the hash chain from the first row, rebuilds every projection in memory with the
    /// same reducer the live desk uses, and compares the rebuild with the stored projections.
    /// Stops at the first broken row: after it, nothing in the chain can be trusted.
    ///
    /// With an `anchor` (a row named outside the machine), the row must still be there with that
    /// hash: rows cut from the end of the journal leave a chain that is intact but too short.
    public func verify(progress: ((Int64) -> Void)? = nil, anchor: JournalAnchor? = nil) throws(StoreError) -> VerificationReport {
        try read { db in
            var report = VerificationReport()
            var rebuilt = DeskState()
            if let anchor, let problem = try Self.anchorProblem(db, anchor) {
                report.problems.append(problem)
            }
            guard let chainProblem = try walkChain(db, into: &rebuilt, report: &report, progress: progress) else {
                let stored = try Projections.loadAll(db)
                report.incidents = stored.incidents.count
                let found = ProjectionComparison.differences(rebuilt: rebuilt, stored: stored)
                    + (try Self.orphanRows(db)) + (try Self.queueOrderProblems(db, rebuilt))
                // What `==` calls equal is then compared by its bytes, row by row.
                report.problems += found + (try ProjectionBytes.differences(rebuilt: rebuilt, db, alreadyNamed: found))
                return report
            }
            report.problems.append(chainProblem)
            return report
        }
    }

    /// Why the journal does not reach `anchor` as it was: the row is gone (the journal is shorter)
    /// or holds another hash. Whether the chain up to it is intact is the walk's to say.
    private static func anchorProblem(_ db: Database, _ anchor: JournalAnchor) throws -> VerificationReport.Problem? {
        let last = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM journal") ?? 0
        guard let stored = try String.fetchOne(db, sql: "SELECT hash FROM journal WHERE seq = ?", arguments: [anchor.seq]) else {
            return VerificationReport.Problem(seq: anchor.seq, subject: "anchor") { $0.anchorRowMissing(anchor.seq, last: last) }
        }
        guard stored == anchor.hash else {
            return VerificationReport.Problem(seq: anchor.seq, subject: "anchor") { $0.anchorHashDiffers(stored: stored, anchored: anchor.hash) }
        }
        return nil
    }

    /// Projection rows that belong to nothing the journal made: loading by incident (or by
    /// evidence item) would never see them.
    private static func orphanRows(_ db: Database) throws -> [VerificationReport.Problem] {
        let byIncident = try ["indicators", "obligations", "incident_steps", "incident_notifications"].flatMap { table in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT incident FROM \(table) WHERE incident NOT IN (SELECT id FROM incidents) ORDER BY incident
                """).map { id in VerificationReport.Problem { $0.strayRows(table, id) } }
        }
        let custody = try String.fetchAll(db, sql: """
            SELECT DISTINCT evidence FROM custody WHERE evidence NOT IN (SELECT id FROM evidence) ORDER BY evidence
            """).map { id in VerificationReport.Problem { $0.strayCustody(id) } }
        return byIncident + custody
    }

    /// The queue's order columns must say what the incident's clocks say.
    private static func queueOrderProblems(_ db: Database, _ rebuilt: DeskState) throws -> [VerificationReport.Problem] {
        var problems: [VerificationReport.Problem] = []
        for row in try Row.fetchAll(db, sql: "SELECT id, next_due_at, next_due_kind FROM incidents ORDER BY id") {
            let id: String = row[0]
            guard let incident = rebuilt.incidents[id] else { continue }
            let due: Int64 = row[1]
            let kind: String? = row[2]
            if due != (incident.nextDue?.dueAt.millisecondsSinceEpoch ?? IncidentRow.noDeadline) || kind != incident.nextDue?.kind.rawValue {
                problems.append(.init(subject: "incident \(id)") { $0.queueOrderDiffers(id) })
            }
        }
        return problems
    }

    private func walkChain(_ db: Database, into state: inout DeskState, report: inout VerificationReport,
                           progress: ((Int64) -> Void)?) throws -> VerificationReport.Problem? {
        var expectedSeq: Int64 = 1
        var previousHash = JournalRecord.genesisHash
        let rows = try Row.fetchCursor(db, sql: "SELECT seq, at, actor, incident, kind, body, prev_hash, hash FROM journal ORDER BY seq")
        while let row = try rows.next() {
            let seq: Int64 = row[0]
            func problem(_ say: (any Words) -> String) -> VerificationReport.Problem { .init(seq: seq, say) }
            func problem(_ reason: BilingualText) -> VerificationReport.Problem { .init(seq: seq, reason: reason) }
            guard seq == expectedSeq else {
                return seq > expectedSeq ? problem { $0.rowsMissing(after: expectedSeq - 1, seq) } : problem { $0.outOfSequence }
            }
            guard let atText = row[1] as String?, let actor = row[2] as String?, let kind = row[4] as String?,
                  let body = row[5] as String?, let prevHash = row[6] as String?, let hash = row[7] as String? else {
                return problem { $0.emptyColumn }
            }
            let incident: String? = row[3]
            guard prevHash == previousHash else {
                return problem { $0.chainBroken(seq - 1) }
            }
            let recomputed = JournalHash.of(prevHash: prevHash, seq: seq, atText: atText, actor: actor, incident: incident,
                                            kind: kind, body: body)
            guard recomputed == hash else {
                return problem { $0.rowAltered }
            }
            let recorded: RecordedEvent
            do {
                recorded = try JournalRows.recordedEvent(row)
            } catch let error as StoreError {
                if case .inconsistent(_, let reason) = error { return problem(reason) }
                throw error
            }
            guard CanonicalJSON.string(recorded.event.body) == body else {
                return problem { $0.bodyNotCanonical }
            }
            do {
                try DeskReducer.apply(recorded, to: &state)
            } catch {
                return problem(error.reason)
            }
            previousHash = hash
            expectedSeq += 1
            report.rows = seq
            report.head = JournalAnchor(seq: seq, hash: hash)
            if let progress, seq % 100_000 == 0 { progress(seq) }
        }
        return nil
    }
}

/// Names what differs between a rebuilt desk and the stored projections.
enum ProjectionComparison {
    static let reportLimit = 20

    static func differences(rebuilt: DeskState, stored: DeskState) -> [VerificationReport.Problem] {
        var problems: [VerificationReport.Problem] = []
        func add(_ subject: String, _ say: (any Words) -> String) {
            if problems.count < reportLimit { problems.append(.init(subject: subject, say)) }
        }
        if rebuilt.region != stored.region {
            add("region") { $0.regionDiffers(journal: rebuilt.region?.code, stored: stored.region?.code) }
        }
        if rebuilt.policy != stored.policy { add("policy") { $0.storedPolicyDiffers } }
        for key in Set(rebuilt.playbooks.keys).union(stored.playbooks.keys).sorted() where rebuilt.playbooks[key] != stored.playbooks[key] {
            add("playbook \(key)") { $0.storedPlaybookDiffers(key) }
        }
        for id in Set(rebuilt.agencies.keys).union(stored.agencies.keys).sorted() where rebuilt.agencies[id] != stored.agencies[id] {
            add("agency \(id)") { $0.storedAgencyDiffers(id) }
        }
        for id in Set(rebuilt.incidents.keys).union(stored.incidents.keys).sorted() {
            let a = rebuilt.incidents[id], b = stored.incidents[id]
            guard a != b else { continue }
            guard let a, let b else {
                add("incident \(id)") { a == nil ? $0.incidentOnlyStored(id) : $0.incidentNotStored(id) }
                continue
            }
            let fields = differingFields(a, b)
            add("incident \(id)") { $0.storedIncidentDiffers(id, fields) }
        }
        for id in Set(rebuilt.evidence.keys).union(stored.evidence.keys).sorted() where rebuilt.evidence[id] != stored.evidence[id] {
            add("evidence \(id)") { $0.storedEvidenceDiffers(id) }
        }
        for id in Set(rebuilt.shifts.keys).union(stored.shifts.keys).sorted() where rebuilt.shifts[id] != stored.shifts[id] {
            add("shift \(id)") { $0.storedShiftDiffers(id) }
        }
        if rebuilt.lastIncidentNumber != stored.lastIncidentNumber {
            add("numbering") { $0.numberingDiffers }
        }
        return problems
    }

    /// Field names whose values differ, found by reflection so a new field is never forgotten.
    static func differingFields(_ a: Incident, _ b: Incident) -> [String] {
        zip(Mirror(reflecting: a).children, Mirror(reflecting: b).children).compactMap { x, y in
            String(describing: x.value) == String(describing: y.value) ? nil : (x.label ?? "?")
        }
    }
}
