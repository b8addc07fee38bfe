import Testing
import CertDeskCore

/// The catalogue (`Words`): each language says every name in its own words, and the words the
/// desk renders from stored facts read as they did when the sentence itself was stored.
@Suite("Words")
struct WordsTests {
    static let english = InterfaceLanguage.en.words
    static let chinese = InterfaceLanguage.zhTW.words

    /// A Chinese name that is only Latin letters is an English word left untranslated.
    static func isChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    @Test func everyNameIsSaidInBothLanguages() {
        var names: [(String, String)] = []
        names += IncidentCategory.allCases.map { (Self.english.name(of: $0), Self.chinese.name(of: $0)) }
        names += IncidentPhase.allCases.map { (Self.english.name(of: $0), Self.chinese.name(of: $0)) }
        names += ObligationKind.allCases.map { (Self.english.name(of: $0), Self.chinese.name(of: $0)) }
        names += Region.allCases.map { (Self.english.name(of: $0), Self.chinese.name(of: $0)) }
        names += EvidenceKind.allCases.map { (Self.english.name(of: $0), Self.chinese.name(of: $0)) }
        names += CustodyEntry.Action.allCases.map { (Self.english.name(of: $0), Self.chinese.name(of: $0)) }
        names += LevelBasis.AssetClass.allCases.map { (Self.english.name(of: $0), Self.chinese.name(of: $0)) }
        names += ResponseTier.allCases.map { (Self.english.name(of: $0), Self.chinese.name(of: $0)) }
        names += IncidentPhase.allCases.map { (Self.english.meaning(of: $0), Self.chinese.meaning(of: $0)) }
        names += FieldName.allCases.filter { $0 != .tlp }.map { (Self.english.label($0), Self.chinese.label($0)) }
        names += TableHeading.allCases.filter { $0 != .id }.map { (Self.english.heading($0), Self.chinese.heading($0)) }
        for (en, zh) in names {
            #expect(!en.isEmpty && !zh.isEmpty)
            #expect(Self.isChinese(zh), "\(en) has no Chinese name (\(zh))")
            #expect(en != zh)
        }
    }

    @Test func theLanguagesKnowWhichTheyAre() {
        #expect(Self.english.language == .en)
        #expect(Self.chinese.language == .zhTW)
        let text = BilingualText(\.quietDesk)
        #expect(text.en == "No open incident. The desk is quiet.")
        #expect(text.zh == "目前沒有待處理的事件。")
        #expect(Self.chinese.say(text) == text.zh)
    }

    /// A clock a level change took away keeps the facts; English says them exactly as the desk
    /// once stored the sentence, Chinese in its own words.
    @Test func aLevelWaiverIsSaidFromItsFacts() {
        let waived = Obligation(kind: .onSite, startsAt: Instant(millisecondsSinceEpoch: 0), dueAt: Instant(millisecondsSinceEpoch: 1),
                                warnAt: Instant(millisecondsSinceEpoch: 0), state: .waived,
                                levelWaiver: LevelWaiver(from: .four, to: .two, appliesTo: [.three, .four]))
        #expect(Self.english.waiverReason(of: waived) == "level changed 4 → 2; on-site applies to level 3–4")
        #expect(Self.chinese.waiverReason(of: waived) == "等級由第 4 級改為第 2 級；「快速應變小組到場」適用等級：3–4")
        var unclassified = waived
        unclassified.levelWaiver = LevelWaiver(from: .three, to: nil, appliesTo: [.one, .two, .three, .four])
        #expect(Self.english.waiverReason(of: unclassified) == "level changed 3 → unclassified; on-site applies to level 1–4")
        #expect(Self.chinese.waiverReason(of: unclassified).contains("未分級"))
    }

    @Test func aClockWaivedByClosingAndOneMetByAStepAreSaidInEachLanguage() {
        var closed = Obligation(kind: .review, startsAt: Instant(millisecondsSinceEpoch: 0), dueAt: Instant(millisecondsSinceEpoch: 1),
                                warnAt: Instant(millisecondsSinceEpoch: 0), state: .waived, waivedReason: "誤報", waivedOnClose: true)
        #expect(Self.english.waiverReason(of: closed) == "closed: 誤報")
        #expect(Self.chinese.waiverReason(of: closed) == "結案：誤報")
        closed.waivedOnClose = false
        #expect(Self.english.waiverReason(of: closed) == "誤報")
        #expect(Self.english.meetingNote(nil, step: "notify-contact") == "playbook step notify-contact")
        #expect(Self.chinese.meetingNote(nil, step: "notify-contact") == "處理手冊步驟 notify-contact")
        #expect(Self.chinese.meetingNote("電話通知", step: "notify-contact") == "電話通知")
    }

    /// The timeline says every time in the officer's zone, never in UTC.
    @Test func timelineLinesSayTimesInLocalTime() {
        let at = Instant(millisecondsSinceEpoch: 1_772_413_200_000)   // 2026-03-02T01:00:00Z
        let local: (Instant) -> String = { TaipeiTime.text($0) }
        let events: [DeskEvent] = [
            .stepDone(incident: "TCN-2026-0001", step: "contain", at: at, note: nil),
            .obligationMet(incident: "TCN-2026-0001", meeting: ObligationMeeting(kind: .review, ordinal: 1, at: at, note: nil, step: "review")),
            .obligationOverdue(incident: "TCN-2026-0001", kind: .review, ordinal: 1, dueAt: at),
        ]
        for event in events {
            for words in [Self.english, Self.chinese] {
                let line = words.summary(of: event, time: local)
                #expect(line.contains("2026-03-02 09:00:00 +08:00"), "\(line)")
                #expect(!line.contains("01:00:00"), "\(line)")
            }
        }
        #expect(Self.english.summary(of: events[1], time: local).hasSuffix(": playbook step review"))
    }
}
