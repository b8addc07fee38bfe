@testable import CertDeskApp
import CertDeskCore
import Foundation
import Testing

/// The notification templates shipped in playbooks/templates/, rendered by swift-mustache from
/// a real incident of a Chinese-named agency: every template in both languages, its subject on
/// the first line, every fact where the template puts it, nothing left unrendered.
@Suite("Notification messages")
struct NotificationMessagesTests {
    static let now = Instant(millisecondsSinceEpoch: 1_772_416_800_000)   // 2026-03-02 10:00 +08:00

    /// A level-3 ransomware incident at 臺中市北屯區公所 with its C/I/A basis, two indicators, a
    /// playbook step done with a note and a note, folded by the one reducer.
    static func facts(exercise: Bool = false, inDirectory: Bool = true) throws -> NotificationFacts {
        var state = DeskState()
        var seq: Int64 = 0
        func run(_ command: DeskCommand, at: Instant = now) throws {
            guard case .events(let events) = try DeskDecider.decide(command, state: state, now: at, actor: "林志明") else { return }
            for event in events {
                seq += 1
                try DeskReducer.apply(RecordedEvent(seq: seq, at: at, actor: "林志明", event: event), to: &state)
            }
        }
        try run(.openDesk(.taichung))
        let playbook = try PlaybookFile.parse(try #require(ShippedFiles.playbooks["ransomware.yaml"]))
        try run(.adoptPlaybook(playbook))
        let beitun = try #require(DemoDesk.agencies.first { $0.name == "臺中市北屯區公所" })
        if inDirectory { try run(.registerAgency(beitun)) }
        let aware = now.adding(milliseconds: -50 * 60_000)
        try run(.openIncident(IncidentDraft(
            source: IncidentSource(kind: .socTicket, id: "SOC-TC-0231"), title: "區公所檔案伺服器遭勒索軟體加密", category: .ransomware,
            level: .three, agency: "臺中市北屯區公所", occurredAt: aware.adding(milliseconds: -20 * 60_000), awareAt: aware,
            reportedAt: aware.adding(milliseconds: 5 * 60_000), description: "SMB 大量改名為 .lockbit，共用資料夾出現勒索說明檔。",
            exercise: exercise, tlp: .amber,
            indicators: [Indicator(kind: .ipv4, value: "203.0.113.77"), Indicator(kind: .domain, value: "files-drop.example.net")])))
        let id = try #require(state.incidents.keys.first)
        try run(.setLevel(incident: id, level: .three, basis: LevelBasis(availability: .notRestoredInTime, asset: .core), reason: "核心業務檔案伺服器無法於時限內復原"))
        try run(.completeStep(incident: id, step: "rw-open-case", at: nil, note: "聯絡人：資訊承辦，偏好電話"), at: now.adding(milliseconds: -40 * 60_000))
        try run(.addNote(incident: id, text: "09:30 已請駐點人員拔除網路線並保全記憶體"), at: now.adding(milliseconds: -30 * 60_000))
        let incident = try #require(state.incidents[id])
        let timeline = [RecordedEvent(seq: 99, at: now.adding(milliseconds: -30 * 60_000), actor: "林志明",
                                      event: .noteAdded(incident: id, text: "09:30 已請駐點人員拔除網路線並保全記憶體"))]
        return NotificationFacts(incident: incident, timeline: timeline, playbook: playbook, agency: state.agency(of: incident),
                                 region: .taichung, officer: "林志明", now: now)
    }

    static let messages = NotificationMessages(.shipped(.playbooks))

    @Test func everyShippedTemplateParses() {
        #expect(Self.messages.problems().isEmpty, "\(Self.messages.problems().map(\.en))")
        #expect(NotificationMessages(.folder("/nonexistent")).problems().count == NotificationTemplate.allCases.count * 2)
    }

    @Test(arguments: NotificationTemplate.allCases)
    func eachTemplateRendersInBothLanguages(template: NotificationTemplate) throws {
        let facts = try Self.facts()
        let contact = try #require(facts.contact)
        for language in InterfaceLanguage.allCases {
            let message = try Self.messages.render(template, language, facts)
            let whole = message.subject + "\n" + message.body
            #expect(!whole.contains("{{") && !whole.contains("}}"), "\(template) \(language): \(whole)")
            // What the desk does not have is left out, not shown as empty brackets.
            #expect(!whole.contains("()") && !whole.contains("（）"), "\(template) \(language): \(whole)")
            #expect(!message.subject.isEmpty && !message.subject.contains("CONTENT_TYPE"))
            #expect(message.subject.contains("臺中市北屯區公所") && message.subject.contains(facts.incident.id), "\(message.subject)")
            #expect(message.subject.contains("TCN CERT"))
            #expect(!message.body.hasPrefix("\n") && message.body.hasSuffix("\n"))
            #expect(whole.contains("林志明") && whole.contains("2026-03-02 10:00:00 +08:00"), "who sends it, and when")
            if template != .ncert { #expect(message.body.contains(contact.name), "\(template) \(language) is addressed to the contact") }
            let words = language.words
            #expect(whole.contains(words.levelValue(.three)))
            if template != .closure {
                #expect(whole.contains("203.0.113.77") && whole.contains("files-drop.example.net"), "\(template) \(language) lists the indicators")
                #expect(whole.contains("2026-03-02 09:10:00 +08:00"), "the awareness time")
            }
        }
    }

    @Test func theEscalationCarriesTheBasisTheActionsAndTheContacts() throws {
        let facts = try Self.facts()
        for language in InterfaceLanguage.allCases {
            let body = try Self.messages.render(.ncert, language, facts).body
            for reason in LevelAssessment(try #require(facts.incident.levelBasis)).reasons {
                #expect(body.contains(reason.text(in: language)), "\(language): \(reason.en)")
            }
            #expect(body.contains("核心業務檔案伺服器無法於時限內復原"), "the level's reason")
            let step = try #require(facts.playbook?.step("rw-open-case")).text.text(in: language)
            #expect(body.contains(step) && body.contains("聯絡人：資訊承辦，偏好電話"), "\(language): the step done and its note")
            #expect(body.contains("2026-03-02 09:30:00 +08:00 09:30 已請駐點人員拔除網路線並保全記憶體"), "the note, at its time")
            let contact = try #require(facts.contact)
            let phone = try #require(contact.phone)
            #expect(body.contains(contact.name) && body.contains(phone), "\(language)")
            #expect(body.contains(language == .en ? "(responsibility grade C)" : "（資通安全責任等級 C 級）"), "the agency's grade")
        }
    }

    @Test func anExerciseSaysSoAndAnAgencyOutsideTheDirectoryStillRenders() throws {
        let exercise = try Self.facts(exercise: true)
        #expect(try Self.messages.render(.agencyContact, .zhTW, exercise).subject.hasPrefix("【演練】"))
        #expect(try Self.messages.render(.ncert, .en, exercise).subject.hasPrefix("[EXERCISE] "))
        let unlisted = try Self.facts(inDirectory: false)
        #expect(unlisted.contact == nil)
        let body = try Self.messages.render(.ncert, .en, unlisted).body
        #expect(!body.contains("Agency contact:") && body.contains("TCN CERT duty officer: 林志明"))
        let classified = try Self.messages.render(.ncert, .en, try Self.facts()).body
        #expect(!classified.contains("no C/I/A basis"))
    }

    @Test func theTemplateDecidesTheClock() {
        #expect(NotificationTemplate.agencyContact.meets == .notifyAgencyContact)
        #expect(NotificationTemplate.ncert.meets == .ncertEscalation)
        #expect(NotificationTemplate.closure.meets == nil)
    }
}
