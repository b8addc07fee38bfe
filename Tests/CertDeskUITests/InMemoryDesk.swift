import CertDeskCore
import CertDeskUI
import Foundation

/// A desk held in memory, driven by the real decider and reducer: the console under test sees
/// exactly what it would see from the store, without a database.
final class InMemoryDesk: ConsoleDesk {
    var now: Instant
    private(set) var state = DeskState()
    private(set) var journal: [RecordedEvent] = []
    var actor = "林志明"
    private var changed = false

    init(now: Instant, policy: DeadlinePolicy = InMemoryDesk.defaultPolicy) {
        self.now = now
        try! run(.openDesk(.taichung))
        try! run(.adoptPolicy(policy))
    }

    /// The shipped playbooks, as the desk would adopt them.
    static let shippedPlaybooks: [Playbook] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("playbooks")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.sorted().compactMap { name in
            try? PlaybookFile.parse(String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
    }()

    func adoptShippedPlaybooks() {
        for playbook in Self.shippedPlaybooks { try! run(.adoptPlaybook(playbook)) }
    }

    static let defaultPolicy: DeadlinePolicy = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try! String(contentsOf: root.appendingPathComponent("playbooks/policies/default.yaml"), encoding: .utf8)
        return try! DeadlinePolicyFile.resolve(base: DeadlinePolicyFile.parse(text), override: nil)
    }()

    func run(_ command: DeskCommand) throws {
        guard case .events(let events) = try DeskDecider.decide(command, state: state, now: now, actor: actor) else { return }
        for event in events {
            let recorded = RecordedEvent(seq: Int64(journal.count + 1), at: now, actor: actor, event: event)
            try DeskReducer.apply(recorded, to: &state)
            journal.append(recorded)
        }
        changed = true
    }

    /// Makes the next incident of `prefix` number `next` (a desk past its 9,999th of a year).
    func numberNext(_ next: Int, prefix: String = "TCN-2026") { state.lastIncidentNumber[prefix] = next - 1 }

    /// Opens an incident and returns its id.
    @discardableResult
    func open(_ title: String, level: IncidentLevel?, category: IncidentCategory = .ransomware, agency: String = "臺中市北屯區公所",
              awareMinutesAgo: Int64, exercise: Bool = false, source: String? = nil) -> String {
        let aware = now.adding(milliseconds: -awareMinutesAgo * 60_000)
        let draft = IncidentDraft(source: IncidentSource(kind: .socTicket, id: source ?? "SOC-\(journal.count)"), title: title,
                                  category: category, level: level, agency: agency, occurredAt: nil, awareAt: aware,
                                  reportedAt: aware.adding(milliseconds: 300_000), description: "一線 SOC 偵測到 SMB 大量檔案改名為 .lockbit。",
                                  exercise: exercise, tlp: .amber, indicators: [Indicator(kind: .ipv4, value: "203.0.113.77")])
        try! run(.openIncident(draft))
        return state.incidentBySource[draft.source.id]!
    }

    private func rows(_ query: QueueQuery) -> [QueueRow] {
        let text = query.filter.lowercased()
        return state.incidents.values
            .filter { query.includeClosed || $0.phase != .closed }
            .filter { text.isEmpty || $0.id.lowercased().contains(text) || $0.title.lowercased().contains(text)
                || $0.agency.lowercased().contains(text) || $0.indicators.contains { $0.value.lowercased().contains(text) } }
            .map { i in
                QueueRow(id: i.id, title: i.title, level: i.level, category: i.category, agency: i.agency, phase: i.phase,
                         assignee: i.assignee, exercise: i.exercise, nextDueAt: i.nextDue?.dueAt, nextDueKind: i.nextDue?.kind,
                         nextWarnAt: i.nextDue?.warnAt)
            }
            .sorted { QueueOrdering.precedes($0, $1, by: query.order, at: query.asOf ?? now) }
    }

    func queue(_ query: QueueQuery, from anchor: QueueAnchor, limit: Int) throws -> [QueueRow] {
        let all = rows(query)
        switch anchor {
        case .start: return Array(all.prefix(limit))
        case .offset(let n): return Array(all.dropFirst(n).prefix(limit))
        case .end: return Array(all.suffix(limit))
        case .after(let row): return Array(all.drop { $0.id != row.id }.dropFirst().prefix(limit))
        case .before(let row): return Array(all.prefix { $0.id != row.id }.suffix(limit))
        }
    }

    func queueCount(_ query: QueueQuery) throws -> Int { rows(query).count }

    func queuePosition(of id: String, _ query: QueueQuery) throws -> Int? { rows(query).firstIndex { $0.id == id } }

    func incident(_ id: String) throws -> Incident? { state.incidents[id] }
    func agency(of incident: Incident) throws -> Agency? { state.agency(of: incident) }

    func timeline(of id: String) throws -> [RecordedEvent] { journal.filter { $0.event.incidentID == id } }

    func playbook(of incident: Incident) throws -> Playbook? { state.playbook(of: incident) }

    var problems: [String] = []
    func playbookProblems() -> [String] { problems }

    func clockOutlook() throws -> ClockOutlook { ClockOutlook.of(state.incidents.values, at: now) }

    func shiftOnWatch() throws -> Shift? { state.shiftOnWatch }

    /// Journal rows carry a stand-in hash: the chain is the store's, tested there.
    private func head(_ seq: Int64) -> JournalHead {
        JournalHead(seq: seq, hash: SHA256Hex.of(Array("in-memory journal row \(seq)".utf8)))
    }

    /// The desk folded through row `seq`, as the store reads a past moment.
    private func state(through seq: Int64) throws -> DeskState {
        var past = DeskState()
        for recorded in journal.prefix(Int(seq)) { try DeskReducer.apply(recorded, to: &past) }
        return past
    }

    private func report(_ shift: Shift, through seq: Int64, at: Instant, horizonMinutes: Int) throws -> HandoverReport {
        HandoverReport.build(state: try state(through: seq), region: state.region!, shift: shift,
                             events: Array(journal.prefix(Int(seq))), head: head(seq), at: at, horizonMinutes: horizonMinutes)
    }

    private func offered(_ shift: Shift, _ offer: HandoverOffer) throws -> HandoverReading {
        HandoverReading(shift: shift, report: try report(shift, through: offer.head.seq, at: offer.generatedAt,
                                                         horizonMinutes: offer.horizonMinutes), offer: offer)
    }

    private var horizon: Int { state.policy?.handoverHorizonMinutes ?? DeadlinePolicy.defaultHandoverHorizonMinutes }

    func handoverOnWatch() throws -> HandoverReading? {
        guard let shift = state.shiftOnWatch else { return nil }
        if let offer = shift.offer { return try offered(shift, offer) }
        return HandoverReading(shift: shift, report: try report(shift, through: Int64(journal.count), at: now, horizonMinutes: horizon),
                               offer: nil)
    }

    func offerHandover() throws -> HandoverReading {
        guard let shift = state.shiftOnWatch else { throw ConsoleDeskError(EnglishWords().noShiftOnWatch) }
        let draft = try report(shift, through: Int64(journal.count), at: now, horizonMinutes: horizon)
        try perform(.offerHandover(digest: draft.digest, head: draft.header.head, horizonMinutes: horizon,
                                   acceptWithinMinutes: state.policy?.handoverAcceptWithinMinutes ?? 30, generatedAt: now))
        return HandoverReading(shift: state.shiftOnWatch!, report: draft, offer: state.shiftOnWatch!.offer)
    }

    func acceptHandover(officer: String, remark: String?, shown digest: String) throws -> Shift {
        guard let offer = state.shiftOnWatch?.offer else { throw ConsoleDeskError("no handover offered") }
        if Int64(journal.count) > offer.seq {
            throw ConsoleDeskError(EnglishWords().recordedSinceOffer(journal.count - Int(offer.seq), incidents: []))
        }
        try perform(.acceptHandover(officer: officer, digest: digest, remark: remark))
        return state.shiftOnWatch!
    }

    func shifts() throws -> (shifts: [Shift], head: Int64) {
        (state.shifts.values.sorted { $0.id < $1.id }, Int64(journal.count))
    }

    func review(shift id: Int) throws -> HandoverReading {
        guard let shift = state.shifts[id] else { throw ConsoleDeskError(EnglishWords().noShift(id)) }
        if let offer = shift.offer { return try offered(shift, offer) }
        let end = shift.endSeq ?? Int64(journal.count)
        return HandoverReading(shift: shift, report: try report(shift, through: end, at: shift.endedAt ?? now, horizonMinutes: horizon),
                               offer: nil)
    }

    func upcomingBreach() throws -> ClockEntry? {
        state.incidents.values.flatMap { i in
            i.obligations.filter { $0.state == .open }.map {
                ClockEntry(incidentID: i.id, title: i.title, agency: i.agency, level: i.level, exercise: i.exercise, obligation: $0)
            }
        }.min { ($0.obligation.dueAt, $0.incidentID) < ($1.obligation.dueAt, $1.incidentID) }
    }

    func perform(_ command: DeskCommand) throws {
        guard fileHealth == .writable else { throw ConsoleDeskError("the database is gone") }
        do {
            try run(command)
        } catch let refusal as DeskDecider.Refusal {
            throw ConsoleDeskError(refusal.reason.en)
        }
    }


    // MARK: - Notifications

    /// What the pretend mail server does with an e-mail: none set up, accept with this reply,
    /// refuse with this failure, or hold it until `releaseMail` (a slow server).
    enum MailServer {
        case none, accepts(String), refuses(String), holds
    }
    var mailServer = MailServer.none
    private var inFlight: [NotificationRequest] = []
    private var finished: [NotificationFinish] = []
    private(set) var sentMail: [NotificationRequest] = []

    func notificationDraft(_ incident: String, template: NotificationTemplate?) throws -> NotificationDraft {
        guard let found = state.incidents[incident] else { throw ConsoleDeskError("no incident \(incident)") }
        let chosen = template ?? NotificationTemplate.due(for: found)
        let contact = state.agency(of: found)?.contacts.first
        let channel = contact?.preferredChannel ?? .phone
        let address = contact?.address(channel) ?? ""
        return NotificationDraft(incident: incident, template: chosen, channel: NotificationDraft.channel(channel),
                                 recipient: channel == .email ? address : "\(contact?.name ?? "") \(address)",
                                 subject: "[TCN CERT] \(chosen.rawValue) \(incident)",
                                 message: "\(contact?.name ?? "承辦人") 您好：\n\(found.title)\n請立即拔除網路線，保持開機。\n")
    }

    func notificationDelivery(_ channel: NotificationRecord.Channel, exercise: Bool, recorded: Bool) -> NotificationRecord.Delivery {
        if exercise { return .exercise }
        if recorded { return .recorded }
        if channel == .email, case .none = mailServer { return .recorded }
        return channel == .email ? .smtp : .recorded
    }

    func beginNotification(_ draft: NotificationDraft, at: Instant?, recorded: Bool) throws {
        guard let incident = state.incidents[draft.incident] else { throw ConsoleDeskError("no incident \(draft.incident)") }
        let delivery = notificationDelivery(draft.channel, exercise: incident.exercise, recorded: recorded)
        if draft.channel == .email, delivery == .recorded, !recorded { throw ConsoleDeskError("e-mail is not set up") }
        var request = NotificationRequest(incident: draft.incident, template: draft.template, channel: draft.channel,
                                          recipient: draft.recipient, subject: draft.subject, message: draft.message, at: at,
                                          fallbackReason: draft.fallbackReason, delivery: delivery == .exercise ? .exercise : .recorded,
                                          retryOf: draft.retryOf)
        do {
            _ = try DeskDecider.decide(.notify(request), state: state, now: now, actor: actor)
        } catch {
            throw ConsoleDeskError(error.reason.en)
        }
        guard delivery == .smtp else {
            finished.append(try record(request))
            return
        }
        request.delivery = .smtp
        inFlight.append(request)
    }

    /// The held e-mails reach the pretend server now.
    func releaseMail(accepting reply: String) { mailServer = .accepts(reply) }

    func finishedNotifications() -> [NotificationFinish] {
        var done = finished
        finished = []
        var waiting: [NotificationRequest] = []
        for var request in inFlight {
            switch mailServer {
            case .holds, .none:
                waiting.append(request)
                continue
            case .accepts(let reply):
                request.reply = reply
                sentMail.append(request)
            case .refuses(let failure):
                request.outcome = .failed
                request.failure = failure
            }
            done.append((try? record(request)) ?? .notRecorded(incident: request.incident, reason: "refused"))
        }
        inFlight = waiting
        return done
    }

    private func record(_ request: NotificationRequest) throws -> NotificationFinish {
        let before = journal.count
        try run(.notify(request))
        let events = journal[before...].map(\.event)
        let met = events.compactMap { event -> ObligationKind? in
            if case .obligationMet(_, let meeting) = event { return meeting.kind }
            return nil
        }
        guard case .notificationRecorded(let record)? = events.first else { return .notRecorded(incident: request.incident, reason: "?") }
        return .recorded(NotificationSent(record: record, met: met))
    }

    func notificationWork(limit: Int) throws -> (items: [NotificationWork], total: Int) {
        let owed = NotificationWork.owed(by: Array(state.incidents.values), at: now)
        return (Array(owed.prefix(limit)), owed.count)
    }

    func evidence(of incident: String) throws -> [RetainedEvidence] {
        state.evidence.values.filter { $0.incident == incident }.sorted { $0.id < $1.id }.map(retained)
    }

    func evidenceDue(by date: Instant) throws -> [RetainedEvidence] {
        EvidenceRetention.due(state.evidence.values.map(retained), by: date)
    }

    private func retained(_ item: EvidenceItem) -> RetainedEvidence {
        RetainedEvidence(item: item, keepUntil: EvidenceRetention.until(closedAt: state.incidents[item.incident]?.closedAt, policy: state.policy))
    }

    /// Files the tests put "on disk": the vault's job (copying, hashing) is the store's, tested there.
    var files: [String: EvidenceContent] = [:]

    /// A copy in progress from a slow source: `copyTicks` ticks from start to end, the
    /// console's frames going on between them.
    struct Copy {
        var request: EvidenceRequest
        var file: String
        var content: EvidenceContent
        var ticks = 0
        var cancelled = false
    }
    private(set) var copy: Copy?
    var copyTicks = 4
    /// Ticks the console asked about long work.
    private(set) var workPolls = 0

    func beginEvidence(_ request: EvidenceRequest, file: String) throws {
        guard copy == nil else { throw ConsoleDeskError("a copy is already running") }
        guard let content = files[file] else { throw ConsoleDeskError("\"\(file)\": no such file") }
        var provisional = request
        provisional.content = content
        do {
            _ = try DeskDecider.decide(.addEvidence(provisional), state: state, now: now, actor: actor)
        } catch {
            throw ConsoleDeskError(error.reason.en)
        }
        copy = Copy(request: request, file: file, content: content)
    }

    func beginIngest(path: String) throws { throw ConsoleDeskError("\(path): no such file") }

    func longWork() -> LongWork? {
        workPolls += 1
        guard var running = copy else { return nil }
        let total = running.content.size
        var work = LongWork(kind: .copying(file: running.file), total: total, elapsed: Double(running.ticks), cancelling: running.cancelled)
        if running.cancelled {
            copy = nil
            work.ending = .cancelled
            return work
        }
        running.ticks += 1
        work.done = total * Int64(min(running.ticks, copyTicks)) / Int64(copyTicks)
        work.elapsed = Double(running.ticks)
        guard running.ticks >= copyTicks else {
            copy = running
            return work
        }
        copy = nil
        do {
            work.ending = .evidence(try addEvidence(running.request, file: running.file))
        } catch {
            work.ending = .failed("\(error)")
        }
        return work
    }

    func cancelLongWork() { copy?.cancelled = true }

    func endLongWork() { copy = nil }

    func addEvidence(_ request: EvidenceRequest, file: String) throws -> EvidenceItem {
        guard let content = files[file] else { throw ConsoleDeskError("\"\(file)\": no such file") }
        var request = request
        request.content = content
        let before = Set(state.evidence.keys)
        try perform(.addEvidence(request))
        return state.evidence.values.first { !before.contains($0.id) }!
    }

    func monthlyReport(_ month: ReportMonth) throws -> MonthlyReport {
        MonthlyReport.build(month: month, region: state.region ?? .taichung, asOf: now, state: state)
    }

    func keepClocks() throws {
        for id in state.incidents.keys.sorted() { try run(.recordOverdue(incident: id)) }
    }

    func hasChanged() throws -> Bool {
        defer { changed = false }
        return changed
    }

    func evidenceFileProblem(_ path: String) -> String? { files[path] == nil ? "\"\(path)\": no such file" : nil }

    func arrivals(after seq: Int64) throws -> (last: Int64, incidents: [Arrival]) {
        let opened = journal.filter { $0.seq > seq }.compactMap { entry -> Arrival? in
            guard case .incidentOpened(let opening) = entry.event, let incident = state.incidents[opening.id] else { return nil }
            return Arrival(incident)
        }
        return (Int64(journal.count), opened)
    }

    /// What the tests make of the database file under the console.
    var fileHealth = DeskHealth.writable
    func health() -> DeskHealth { fileHealth }

    func pathCompletions(_ partial: String) -> [String] { files.keys.filter { $0.hasPrefix(partial) }.sorted() }
}
