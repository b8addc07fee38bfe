import Foundation
import Testing
@testable import CertDeskCore

/// Recording a notification: numbered within its incident, and by a template meeting the
/// template's clock at the time it went out — a failed attempt, or a notice by no template,
/// meets nothing; a refused one records nothing.
@Suite("Notification records")
struct NotificationDecisionTests {
    static let aware = Instant(millisecondsSinceEpoch: 1_772_413_500_000)   // 2026-03-02 09:05 +08:00

    final class Desk {
        var state = DeskState()
        var seq: Int64 = 0
        var now = NotificationDecisionTests.aware

        init() throws {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            let text = try String(contentsOf: root.appendingPathComponent("playbooks/policies/default.yaml"), encoding: .utf8)
            try run(.openDesk(.taichung))
            try run(.adoptPolicy(try DeadlinePolicyFile.resolve(base: DeadlinePolicyFile.parse(text), override: nil)))
        }

        @discardableResult
        func run(_ command: DeskCommand) throws -> [DeskEvent] {
            guard case .events(let events) = try DeskDecider.decide(command, state: state, now: now, actor: "林志明") else { return [] }
            for event in events {
                seq += 1
                try DeskReducer.apply(RecordedEvent(seq: seq, at: now, actor: "林志明", event: event), to: &state)
            }
            return events
        }

        func open(level: IncidentLevel) throws -> String {
            try run(.openIncident(IncidentDraft(
                source: IncidentSource(kind: .socTicket, id: "SOC-\(seq)"), title: "檔案伺服器遭勒索軟體加密", category: .ransomware, level: level,
                agency: "臺中市北屯區公所", occurredAt: nil, awareAt: NotificationDecisionTests.aware, reportedAt: NotificationDecisionTests.aware,
                description: "", exercise: false, tlp: nil, indicators: [])))
            return state.incidents.keys.sorted().last!
        }
    }

    static func request(_ id: String, _ template: NotificationTemplate?, _ channel: NotificationRecord.Channel = .phone,
                        outcome: NotificationRecord.Outcome = .sent, at: Instant? = nil) -> NotificationRequest {
        NotificationRequest(incident: id, template: template, channel: channel, recipient: "林雅婷（虛構）", subject: "【TCN CERT】資安事件通知",
                            message: "已請機關拔除網路線但保持開機", at: at, outcome: outcome, failure: outcome == .failed ? "電話無人接聽" : nil)
    }

    @Test func theAgencyContactNoticeMeetsItsClockAtTheTimeItWentOut() throws {
        let desk = try Desk()
        let id = try desk.open(level: .three)
        #expect(desk.state.incidents[id]?.pendingObligation(.notifyAgencyContact) != nil)
        desk.now = Self.aware.adding(milliseconds: 40 * 60_000)
        let sent = Self.aware.adding(milliseconds: 35 * 60_000)
        let events = try desk.run(.notify(Self.request(id, .agencyContact, at: sent)))
        let incident = try #require(desk.state.incidents[id])
        #expect(incident.notifications.map(\.id) == ["\(id)-N01"])
        #expect(incident.notifications[0].sentAt == sent && incident.notifications[0].outcome == .sent)
        let clock = try #require(incident.obligations.first { $0.kind == .notifyAgencyContact })
        #expect(clock.state == .met && clock.metAt == sent && clock.note == "\(id)-N01 phone 林雅婷（虛構）")
        #expect(events.count >= 2, "the record, then the clock met")
        // The N-CERT escalation meets its own clock; the next record is numbered on.
        try desk.run(.notify(Self.request(id, .ncert, .email)))
        let escalated = try #require(desk.state.incidents[id])
        #expect(escalated.notifications.map(\.number) == [1, 2])
        #expect(escalated.obligations.first { $0.kind == .ncertEscalation }?.state == .met)
    }

    @Test func aFailedAttemptOrANoticeByNoTemplateMeetsNothing() throws {
        let desk = try Desk()
        let id = try desk.open(level: .four)
        desk.now = Self.aware.adding(milliseconds: 10 * 60_000)
        try desk.run(.notify(Self.request(id, .agencyContact, outcome: .failed)))
        try desk.run(.notify(Self.request(id, nil, .fax)))
        let incident = try #require(desk.state.incidents[id])
        #expect(incident.notifications.map(\.outcome) == [.failed, .sent])
        #expect(incident.notifications[0].failure == "電話無人接聽")
        #expect(incident.obligations.first { $0.kind == .notifyAgencyContact }?.state == .open)
        // The closure notice meets no clock.
        try desk.run(.notify(Self.request(id, .closure, .email)))
        #expect(desk.state.incidents[id]?.obligations.filter { $0.state == .met }.isEmpty == true)
    }

    @Test func aRefusedNotificationRecordsNothing() throws {
        let desk = try Desk()
        let id = try desk.open(level: .three)
        let before = desk.state
        var blank = Self.request(id, .agencyContact)
        blank.recipient = "  "
        #expect(throws: DeskDecider.Refusal.self) { try desk.run(.notify(blank)) }
        var hostile = Self.request(id, .agencyContact)
        hostile.recipient = "王\u{1B}[2J"
        #expect(throws: DeskDecider.Refusal.self) { try desk.run(.notify(hostile)) }
        #expect(throws: DeskDecider.Refusal.self) { try desk.run(.notify(Self.request(id, .agencyContact, at: Self.aware.adding(milliseconds: 3_600_000)))) }
        #expect(throws: DeskDecider.Refusal.self) { try desk.run(.notify(Self.request("TCN-2026-9999", .agencyContact))) }
        var long = Self.request(id, .agencyContact)
        long.subject = String(repeating: "主旨", count: FieldLimits.title)
        do {
            try desk.run(.notify(long))
            Issue.record("a subject over the limit was recorded")
        } catch let refusal as DeskDecider.Refusal {
            #expect(refusal.reason.en == "the subject is limited to \(FieldLimits.title) characters", "\(refusal.reason.en)")
        }
        #expect(desk.state == before)
    }

    @Test func aFallbackMeetsThePlatformReportAndOwesTheReentryUntilItIsMet() throws {
        let desk = try Desk()
        let id = try desk.open(level: .three)
        desk.now = Self.aware.adding(milliseconds: 30 * 60_000)
        var fax = Self.request(id, .ncert, .fax)
        fax.fallbackReason = "通報應變網站維護中"
        try desk.run(.notify(fax))
        let incident = try #require(desk.state.incidents[id])
        #expect(incident.obligations.first { $0.kind == .reportPlatform }?.state == .met)
        #expect(incident.obligations.first { $0.kind == .ncertEscalation }?.state == .met)
        let reentry = try #require(incident.pendingObligation(.platformReentry))
        #expect(reentry.startsAt == desk.now && reentry.dueAt == desk.now.adding(milliseconds: 24 * 3_600_000))
        #expect(NotificationWork.owed(by: [incident]).contains { if case .reentry = $0.item { true } else { false } })
        // A second fallback while the first re-entry is owed adds no second clock.
        var again = Self.request(id, .agencyContact, .phone)
        again.fallbackReason = "通報應變網站維護中"
        try desk.run(.notify(again))
        #expect(desk.state.incidents[id]?.obligations.filter { $0.kind == .platformReentry }.count == 1)
        // Re-entered: met, and no longer owed.
        desk.now = desk.now.adding(milliseconds: 3 * 3_600_000)
        try desk.run(.meet(incident: id, kind: .platformReentry, at: nil, note: nil))
        let done = try #require(desk.state.incidents[id])
        #expect(done.obligations.first { $0.kind == .platformReentry }?.state == .met)
        #expect(!NotificationWork.owed(by: [done]).contains { if case .reentry = $0.item { true } else { false } })
        // The platform itself is never a fallback.
        var onPlatform = Self.request(id, nil, .platform)
        onPlatform.fallbackReason = "平臺當機"
        #expect(throws: DeskDecider.Refusal.self) { try desk.run(.notify(onPlatform)) }
    }

    @Test func aFailedAttemptIsRetriedOnceAndAConfirmationFollowsWhatWentOut() throws {
        let desk = try Desk()
        let id = try desk.open(level: .four)
        desk.now = Self.aware.adding(milliseconds: 5 * 60_000)
        try desk.run(.notify(Self.request(id, .agencyContact, .email, outcome: .failed)))
        #expect(NotificationWork.owed(by: [desk.state.incidents[id]!]).contains { if case .failed = $0.item { true } else { false } })
        // Confirming a failure, or retrying an unknown one, is refused.
        #expect(throws: DeskDecider.Refusal.self) { try desk.run(.confirmNotification(incident: id, number: 1, at: nil)) }
        var unknown = Self.request(id, .agencyContact, .email)
        unknown.retryOf = 7
        #expect(throws: DeskDecider.Refusal.self) { try desk.run(.notify(unknown)) }
        var retry = Self.request(id, .agencyContact, .email)
        retry.retryOf = 1
        desk.now = desk.now.adding(milliseconds: 60_000)
        try desk.run(.notify(retry))
        var incident = try #require(desk.state.incidents[id])
        #expect(incident.notifications.map(\.retryOf) == [nil, 1])
        #expect(incident.obligations.first { $0.kind == .notifyAgencyContact }?.metAt == desk.now)
        #expect(!NotificationWork.owed(by: [incident]).contains { if case .failed = $0.item { true } else { false } })
        // What went out is not retried again.
        #expect(throws: DeskDecider.Refusal.self) { try desk.run(.notify(retry)) }
        // Confirmed at a time after it went out, once.
        #expect(throws: DeskDecider.Refusal.self) {
            try desk.run(.confirmNotification(incident: id, number: 2, at: desk.now.adding(milliseconds: -60_000)))
        }
        desk.now = desk.now.adding(milliseconds: 10 * 60_000)
        try desk.run(.confirmNotification(incident: id, number: 2, at: nil))
        incident = try #require(desk.state.incidents[id])
        #expect(incident.notifications[1].outcome == .confirmed && incident.notifications[1].confirmedAt == desk.now)
        #expect(throws: DeskDecider.Refusal.self) { try desk.run(.confirmNotification(incident: id, number: 2, at: nil)) }
    }

    @Test func theTemplateDueIsTheOneWhoseClockFallsDueFirst() throws {
        let desk = try Desk()
        let id = try desk.open(level: .four)
        #expect(NotificationTemplate.due(for: desk.state.incidents[id]!) == .agencyContact)
        try desk.run(.notify(Self.request(id, .agencyContact)))
        #expect(NotificationTemplate.due(for: desk.state.incidents[id]!) == .ncert)
        let low = try desk.open(level: .one)
        #expect(NotificationTemplate.due(for: desk.state.incidents[low]!) == .agencyContact)
        #expect(NotificationWork.owed(by: [desk.state.incidents[low]!]).isEmpty, "level 1 owes no notice clock")
    }

    @Test func notificationIDsReadBack() {
        #expect(NotificationRecord.parse("TCN-2026-0001-N01").map { [$0.incident, "\($0.number)"] } == ["TCN-2026-0001", "1"])
        #expect(NotificationRecord.parse("tcn-2026-0001-n12")?.number == 12)
        #expect(NotificationRecord.parse("TCN-2026-0001-E01") == nil)
        #expect(NotificationRecord.parse("TCN-2026-0001-N00") == nil)
    }

    @Test func aTransportFailureIsAFactSaidInTheReadersLanguage() throws {
        let record = NotificationRecord(incident: "TCN-2026-0001", number: 1, template: .agencyContact, channel: .email,
                                        recipient: "lin@beitun.example.gov.tw", subject: "s", message: "m", sentAt: Self.aware, outcome: .failed,
                                        failure: "RCPT TO: 550 5.1.1 mailbox unavailable", failureKind: .refused, delivery: .smtp)
        #expect(record.failureText(EnglishWords()) == "the mail server refused RCPT TO: 550 5.1.1 mailbox unavailable")
        #expect(record.failureText(ChineseWords()) == "郵件伺服器拒絕 RCPT TO: 550 5.1.1 mailbox unavailable")
        let back = try NotificationRecord(incident: "TCN-2026-0001", reader: JSONFieldReader(record.json))
        #expect(back == record)
        // A failure the officer described stays in their words.
        let described = NotificationRecord(incident: "TCN-2026-0001", number: 2, template: nil, channel: .phone, recipient: "林雅婷",
                                           subject: "", message: "", sentAt: Self.aware, outcome: .failed, failure: "電話無人接聽")
        #expect(described.failureText(EnglishWords()) == "電話無人接聽")
    }
}
