import CertDeskCore
@testable import CertDeskUI
import Testing

/// The console rendered headlessly into a `Screen`, compared with snapshots (text and style
/// roles) at 80×24 and 120×40, in both languages.
@Suite("Console snapshots")
struct ConsoleSnapshotTests {
    /// 2026-03-02 11:42 in Taipei.
    static let now = Instant(millisecondsSinceEpoch: 1_772_422_920_000)
    static let time = LocalTimeFormatter(zone: nil)

    /// A desk with overdue, amber and calm clocks, Chinese and English titles, a drill and an
    /// unclassified report.
    static func busyDesk() -> InMemoryDesk {
        let desk = InMemoryDesk(now: now)
        desk.open("主機疑似勒索軟體加密，共用資料夾檔案改為 .lockbit", level: .four, awareMinutesAgo: 70, source: "SOC-A")
        desk.open("工作站連線至已知中繼站", level: .three, category: .c2Beacon, agency: "南投縣政府稅務局", awareMinutesAgo: 50, source: "SOC-B")
        desk.open("網站首頁遭置換", level: .two, category: .defacement, agency: "彰化縣衛生局", awareMinutesAgo: 20, source: "SOC-C")
        desk.open("可疑釣魚郵件通報（仿冒健保署）", level: nil, category: .phishing, agency: "臺中市政府警察局", awareMinutesAgo: 5, source: "SOC-D")
        desk.open("[DRILL] notification drill: web server unreachable", level: .two, category: .ddos, agency: "彰化縣線西鄉公所",
                  awareMinutesAgo: 10, exercise: true, source: "SOC-E")
        desk.open("Household registration VPN logins from abroad", level: .three, category: .unauthorizedAccess,
                  agency: "臺中市北屯區戶政事務所", awareMinutesAgo: 200, source: "SOC-F")
        return desk
    }

    static func session(_ desk: InMemoryDesk, rows: Int = 24, columns: Int = 80, language: InterfaceLanguage = .en) -> ConsoleSession {
        ConsoleSession(desk: desk, rows: rows, columns: columns, language: language, actor: "林志明", region: .taichung, time: time)
    }

    static func screen(_ session: ConsoleSession) -> Screen { ConsoleRenderer.render(session.state, time: time) }

    @Test func queueAt80x24() {
        Snapshot.check(Self.screen(Self.session(Self.busyDesk())), named: "queue-80x24-en")
    }

    @Test func queueAt80x24InChinese() {
        Snapshot.check(Self.screen(Self.session(Self.busyDesk(), language: .zhTW)), named: "queue-80x24-zh")
    }

    @Test func splitViewAt120x40() {
        let session = Self.session(Self.busyDesk(), rows: 40, columns: 120, language: .zhTW)
        session.handle(.key(.character("j")))
        Snapshot.check(Self.screen(session), named: "split-120x40-zh")
    }

    @Test func detailTabsAt80x24() {
        let session = Self.session(Self.busyDesk())
        session.handle(.key(.enter))
        Snapshot.check(Self.screen(session), named: "detail-summary-80x24-en")
        session.handle(.key(.tab))
        Snapshot.check(Self.screen(session), named: "detail-clocks-80x24-en")
        session.handle(.key(.tab))
        Snapshot.check(Self.screen(session), named: "detail-playbook-80x24-en", styles: false)
        session.handle(.key(.tab))
        Snapshot.check(Self.screen(session), named: "detail-timeline-80x24-en", styles: false)
    }

    @Test func emptyDesk() {
        Snapshot.check(Self.screen(Self.session(InMemoryDesk(now: Self.now))), named: "empty-80x24-en")
    }

    @Test func tooSmall() {
        let screen = Self.screen(Self.session(Self.busyDesk(), rows: 20, columns: 60, language: .zhTW))
        Snapshot.check(screen, named: "too-small-60x20-zh")
        #expect(screen.snapshot.contains("終端機太小：60×20"))
    }

    @Test func helpOverlay() {
        let session = Self.session(Self.busyDesk())
        session.handle(.key(.character("?")))
        Snapshot.check(Self.screen(session), named: "help-80x24-en", styles: false)
    }

    @Test func levelForm() {
        let session = Self.session(Self.busyDesk(), language: .zhTW)
        session.handle(.key(.character("j")))
        session.handle(.key(.character("j")))
        session.handle(.key(.character("L")))
        session.handle(.key(.tab))
        session.handle(.key(.tab))
        session.handle(.key(.right))
        session.handle(.key(.right))
        session.handle(.key(.tab))
        session.handle(.key(.right))
        Snapshot.check(Self.screen(session), named: "level-form-80x24-zh", styles: false)
    }
}

@Suite("Console without colour")
struct NoColourTests {
    /// NO_COLOR: the monochrome theme reduced to no colour still sets overdue and warning apart
    /// from normal text, and the screen carries the urgency markers in its text.
    @Test func urgencyShowsWithoutColour() {
        let theme = Theme.monochromeFallback.reduced(to: .none)
        let normal = theme.style(for: .normal)
        for role in [StyleRole.overdue, .warning, .selected, .bar] {
            #expect(theme.style(for: role) != normal, "\(role) looks like normal text")
            #expect(theme.style(for: role).foreground == .terminalDefault && theme.style(for: role).background == .terminalDefault)
        }
        #expect(theme.style(for: .overdue) != theme.style(for: .warning))
        let screen = ConsoleSnapshotTests.screen(ConsoleSnapshotTests.session(ConsoleSnapshotTests.busyDesk()))
        let rows = screen.textRows
        #expect(rows[3].hasPrefix(" ✖ -00:10:00"))
        #expect(rows[4].hasPrefix(" ▲ 00:10:00"))
        #expect(rows[5].hasPrefix(" ● 00:55:00"))
        #expect(screen.styleRows[3].hasPrefix(".R.RRRRRRRRR"))
    }
}
