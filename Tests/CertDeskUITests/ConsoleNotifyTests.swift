import CertDeskCore
import Testing
@testable import CertDeskUI

/// The notify form, the Notices tab and the outbox, at 80×24 and 140×40: the form prefilled
/// from the directory and what is due; the notice acted on is the one on screen; sending never
/// holds the keys; a failure shows the server's answer and is retried from the outbox; a
/// refusal keeps everything typed.
@Suite("Console: notifications")
struct ConsoleNotifyTests {
    static let contact = Agency.Contact(name: "林雅婷（虛構）", role: "資訊室主任", phone: "04-0000-1118",
                                        email: "lin.yating@beitun.example.gov.tw", channels: [.email, .phone])

    /// A level-4 ransomware incident of an agency whose contact asked for e-mail first, and a
    /// level-2 one below it in the queue.
    static func desk() throws -> InMemoryDesk {
        let desk = InMemoryDesk(now: ConsoleSnapshotTests.now)
        try desk.run(.registerAgency(Agency(id: "AG-020", name: "臺中市北屯區公所", region: .taichung, county: "臺中市", type: "district-office",
                                            grade: .c, contacts: [contact])))
        desk.open("北屯區公所檔案伺服器遭勒索軟體加密", level: .four, awareMinutesAgo: 10)
        desk.open("公所網站遭置換", level: .two, category: .defacement, agency: "臺中市北屯區公所", awareMinutesAgo: 5)
        return desk
    }

    static func form(_ s: ConsoleSession) -> NotifyForm? {
        if case .notifyForm(let form) = s.state.overlay { return form }
        return nil
    }

    @Test(arguments: ConsoleTrustTests.layouts)
    func theFormIsPrefilledAndSendingMeetsTheClockWithoutHoldingTheKeys(layout: (rows: Int, columns: Int)) throws {
        let desk = try Self.desk()
        desk.mailServer = .holds
        let s = ConsoleTrustTests.session(desk, layout)
        ConsoleTrustTests.keys(s, .enter, .character("N"))
        let form = try #require(Self.form(s))
        let id = try #require(s.state.incident?.id)
        #expect(form.incident == id && form.template == .agencyContact && form.channel == .email)
        #expect(form.recipient.text == "lin.yating@beitun.example.gov.tw" && form.route == .smtp)
        let screen = ConsoleTrustTests.screen(s)
        #expect(screen.contains("Notify · \(id)") && screen.contains("meets notify-agency-contact") && screen.contains("send by the SMTP server"))
        #expect(screen.contains("林雅婷（虛構） 您好："), "the message is on screen to edit")
        // Sent: the form opens on the recipient's row, where Enter sends; it closes at once and
        // the keys work while the server holds it.
        #expect(form.field == .recipient)
        ConsoleTrustTests.keys(s, .enter)
        #expect(s.state.overlay == nil && s.state.pendingNotifications == 1)
        #expect(s.state.message?.text.contains("sending the notice of \(id)") == true)
        ConsoleTrustTests.keys(s, .tab)
        #expect(s.state.tab == .clocks, "the console answers keys while the e-mail is out")
        s.handle(.tick)
        #expect(desk.state.incidents[id]?.notifications.isEmpty == true)
        desk.releaseMail(accepting: "250 2.0.0 Ok: queued as 4F3A2")
        s.handle(.tick)
        let record = try #require(desk.state.incidents[id]?.notifications.first)
        #expect(record.outcome == .sent && record.reply == "250 2.0.0 Ok: queued as 4F3A2" && record.recipient == form.recipient.text)
        #expect(s.state.message?.text.contains("met notify-agency-contact") == true, "\(s.state.message?.text ?? "")")
        #expect(s.state.incident?.obligations.first { $0.kind == .notifyAgencyContact }?.state == .met, "the clock turned green at once")
        // The Notices tab lists it, with the server's answer.
        while s.state.tab != .notifications { ConsoleTrustTests.keys(s, .tab) }
        let tab = ConsoleTrustTests.screen(s)
        #expect(tab.contains("\(id)-N01") && tab.contains("agency-contact"), "\(tab)")
    }

    @Test(arguments: ConsoleTrustTests.layouts)
    func aFailureShowsTheServersAnswerAndIsRetriedFromTheOutbox(layout: (rows: Int, columns: Int)) throws {
        let desk = try Self.desk()
        desk.mailServer = .refuses("the mail server refused RCPT TO: 550 5.1.1 mailbox unavailable")
        let s = ConsoleTrustTests.session(desk, layout, language: .zhTW)
        ConsoleTrustTests.keys(s, .enter, .character("N"), .control("x"))
        s.handle(.tick)
        let id = try #require(s.state.incident?.id)
        #expect(s.state.message?.isError == true && s.state.message?.text.contains("550 5.1.1") == true, "\(s.state.message?.text ?? "")")
        #expect(desk.state.incidents[id]?.notifications.first?.outcome == .failed)
        // The outbox lists the failure; Enter opens it again as a retry, as it was.
        ConsoleTrustTests.keys(s, .character("O"))
        guard case .outbox(let outbox) = s.state.overlay else { Issue.record("no outbox"); return }
        let failed = try #require(outbox.entries.firstIndex { if case .failed = $0.item { true } else { false } })
        #expect(ConsoleTrustTests.screen(s).contains("失敗：\(id)-N01"))
        for _ in 0..<failed { ConsoleTrustTests.keys(s, .down) }
        ConsoleTrustTests.keys(s, .enter)
        let retry = try #require(Self.form(s))
        #expect(retry.retryOf == 1 && retry.recipient.text == Self.contact.email)
        #expect(s.state.incident?.id == id && s.state.tab == .notifications)
        desk.mailServer = .accepts("250 OK")
        ConsoleTrustTests.keys(s, .control("x"))
        s.handle(.tick)
        let notices = try #require(desk.state.incidents[id]?.notifications)
        #expect(notices.map(\.outcome) == [.failed, .sent] && notices[1].retryOf == 1)
    }

    @Test(arguments: ConsoleTrustTests.layouts)
    func aRefusalKeepsWhatWasTypedAndACallIsRecordedAtItsTime(layout: (rows: Int, columns: Int)) throws {
        let desk = try Self.desk()   // no mail server set up
        let s = ConsoleTrustTests.session(desk, layout)
        ConsoleTrustTests.keys(s, .enter, .character("N"))
        let id = try #require(s.state.incident?.id)
        #expect(Self.form(s)?.route == .recorded)
        ConsoleTrustTests.keys(s, .tab, .tab, .tab, .tab)   // done at, fallback, subject, the message
        #expect(Self.form(s)?.field == .message)
        ConsoleTrustTests.type(s, "補充：已斷網。")
        ConsoleTrustTests.keys(s, .control("x"))
        var kept = try #require(Self.form(s), "the form stays up")
        #expect(s.state.message?.isError == true && s.state.message?.text.contains("e-mail is not set up") == true)
        #expect(kept.message.text.hasPrefix("補充：已斷網。"), "what was typed survives")
        // By phone instead: the contact's number comes in; the call was at 11:40.
        while kept.field != .channel {
            ConsoleTrustTests.keys(s, .backTab)
            kept = try #require(Self.form(s))
        }
        ConsoleTrustTests.keys(s, .right, .right, .right)   // email → platform → other → phone
        kept = try #require(Self.form(s))
        #expect(kept.channel == .phone && kept.recipient.text == "林雅婷（虛構） 04-0000-1118", "\(kept.channel) \(kept.recipient.text)")
        ConsoleTrustTests.keys(s, .tab, .tab, .tab)   // how, to, done at
        ConsoleTrustTests.type(s, "yesterday")
        ConsoleTrustTests.keys(s, .enter)
        #expect(Self.form(s) != nil && s.state.message?.isError == true, "a time that cannot be read keeps the form")
        for _ in 0..<9 { ConsoleTrustTests.keys(s, .backspace) }
        ConsoleTrustTests.type(s, "11:40")
        ConsoleTrustTests.keys(s, .enter)
        s.handle(.tick)
        let record = try #require(desk.state.incidents[id]?.notifications.first)
        #expect(record.channel == .phone && record.delivery == .recorded && record.message.hasPrefix("補充：已斷網。"))
        #expect(TaipeiTime.text(record.sentAt).contains("11:40"))
        #expect(desk.state.incidents[id]?.obligations.first { $0.kind == .notifyAgencyContact }?.metAt == record.sentAt)
    }

    @Test func theNotifyKeyActsOnTheIncidentOnScreen() throws {
        let desk = try Self.desk()
        let s = ConsoleTrustTests.session(desk, (rows: 40, columns: 140))
        ConsoleTrustTests.keys(s, .character("j"), .character("N"))
        let selected = try #require(s.state.selectedRow?.id)
        #expect(Self.form(s)?.incident == selected, "in the split view the form is for the highlighted row")
        // Escape sends nothing.
        ConsoleTrustTests.keys(s, .escape)
        #expect(s.state.overlay == nil && desk.state.incidents[selected]?.notifications.isEmpty == true)
        // From the outbox, the notice's incident comes on screen before its form.
        ConsoleTrustTests.keys(s, .character("O"))
        guard case .outbox(let outbox) = s.state.overlay, let first = outbox.entries.first else { Issue.record("no outbox"); return }
        #expect(first.incident.id != selected, "the level-4 incident owes first")
        ConsoleTrustTests.keys(s, .enter)
        #expect(s.state.incident?.id == first.incident.id && s.state.selectedRow?.id == first.incident.id)
        #expect(Self.form(s)?.incident == first.incident.id)
    }

    @Test func theTextAreaEditsLinesAsTyped() {
        var area = TextArea("第一行\n第二行\n")
        #expect(area.lines == ["第一行", "第二行"] && area.row == 0 && area.column == 0)
        _ = area.apply(.end)
        _ = area.apply(.enter)
        for c in "插入" { _ = area.apply(.character(c)) }
        #expect(area.text == "第一行\n插入\n第二行\n")
        _ = area.apply(.home)
        _ = area.apply(.backspace)
        #expect(area.text == "第一行插入\n第二行\n" && area.row == 0 && area.column == 3)
        _ = area.apply(.down)
        #expect(area.row == 1 && area.column == 3, "down keeps the column where the line allows")
        _ = area.apply(.left)
        _ = area.apply(.delete)
        #expect(area.text == "第一行插入\n第二\n")
        _ = area.apply(.right)
        _ = area.apply(.delete)
        #expect(area.text == "第一行插入\n第二\n", "delete at the end of the last line changes nothing")
    }
}
