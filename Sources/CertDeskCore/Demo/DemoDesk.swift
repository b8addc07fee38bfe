/// A demo desk for the TCN region (中彰投): real agency names from the sample directory and a
/// watch's worth of incidents, so that a newcomer who runs `certdesk --demo` sees a living console
/// at once — clocks running, one already overdue — instead of an empty queue (../shared/DESIGN.md, Data
/// locations).
///
/// Every person, phone, fax, SMS number and e-mail address here is fictional
/// (samples/directory/README.md), and every indicator comes from documentation ranges
/// (RFC 5737, RFC 3849, RFC 2606): none of it points at a real host or a real person.
public enum DemoDesk {
    public static let region: Region = .taichung

    /// `YYYYMMDD` in Taipei time, as the SOC numbers its tickets.
    static func ticketDate(_ instant: Instant) -> String {
        let date = TaipeiTime.localDay(instant).date
        return "\(date.year)\(Digits.two(date.month))\(Digits.two(date.day))"
    }

    /// Agencies of the TCN region with fictional contacts (taken from the sample directory
    /// `samples/directory/tcn-agencies.csv`, rows copied as they are).
    public static let agencies: [Agency] = [
        agency("AG-001", "臺中市政府", "臺中市", "county-government", .a, "劉冠宇（虛構）", "04-0000-9916", "04-0001-3136", "0900-000-478", "it001@agency.example", .phone),
        agency("AG-002", "彰化縣政府", "彰化縣", "county-government", .a, "周建宏（虛構）", "04-0000-2073", "04-0001-1215", "0900-000-957", "it002@agency.example", .phone),
        agency("AG-003", "南投縣政府", "南投縣", "county-government", .b, "曾雅婷（虛構）", "049-0000-4839", "049-0001-4141", "0900-000-834", "it003@agency.example", .phone),
        agency("AG-004", "臺中市政府警察局", "臺中市", "police", .b, "曾佩珊（虛構）", "04-0000-8804", "04-0001-7506", "0900-000-754", "it004@agency.example", .phone),
        agency("AG-005", "臺中市政府地方稅務局", "臺中市", "tax", .b, "李家豪（虛構）", "04-0000-3484", "04-0001-9571", "0900-000-499", "it005@agency.example", .email),
        agency("AG-006", "臺中市政府衛生局", "臺中市", "health", .c, "陳宜蓁（虛構）", "04-0000-2049", "04-0001-3611", "0900-000-876", "it006@agency.example", .email),
        agency("AG-007", "彰化縣警察局", "彰化縣", "police", .b, "賴志明（虛構）", "04-0000-5935", "04-0001-1508", "0900-000-943", "it007@agency.example", .phone),
        agency("AG-009", "彰化縣衛生局", "彰化縣", "health", .c, "賴建宏（虛構）", "04-0000-3197", "04-0001-6988", "0900-000-199", "it009@agency.example", .email),
        agency("AG-010", "南投縣政府警察局", "南投縣", "police", .b, "林怡君（虛構）", "049-0000-9108", "049-0001-4555", "0900-000-364", "it010@agency.example", .phone),
        agency("AG-011", "南投縣政府稅務局", "南投縣", "tax", .b, "郭欣怡（虛構）", "049-0000-5932", "049-0001-7900", "0900-000-619", "it011@agency.example", .email),
        agency("AG-018", "臺中市西屯區公所", "臺中市", "township-office", .c, "郭柏翰（虛構）", "04-0000-2948", "04-0001-1724", "0900-000-719", "it018@agency.example", .email),
        agency("AG-020", "臺中市北屯區公所", "臺中市", "township-office", .c, "林雅婷（虛構）", "04-0000-1118", "04-0001-2261", "0900-000-210", "it020@agency.example", .phone),
        agency("AG-042", "臺中市中正地政事務所", "臺中市", "land-office", .c, "郭雅婷（虛構）", "04-0000-7877", "04-0001-7709", "0900-000-136", "it042@agency.example", .email),
        agency("AG-050", "臺中市西屯區戶政事務所", "臺中市", "household-registration", .c, "張怡君（虛構）", "04-0000-9244", "04-0001-5913", "0900-000-344", "it050@agency.example", .phone),
        agency("AG-051", "臺中市北屯區戶政事務所", "臺中市", "household-registration", .c, "陳佩珊（虛構）", "04-0000-9798", "04-0001-7778", "0900-000-154", "it051@agency.example", .phone),
        agency("AG-054", "彰化縣彰化市公所", "彰化縣", "township-office", .c, "張佩珊（虛構）", "04-0000-2953", "04-0001-3806", "0900-000-345", "it054@agency.example", .phone),
        agency("AG-055", "彰化縣鹿港鎮公所", "彰化縣", "township-office", .c, "李柏翰（虛構）", "04-0000-1122", "04-0001-8987", "0900-000-743", "it055@agency.example", .fax),
        agency("AG-057", "彰化縣線西鄉公所", "彰化縣", "township-office", .d, "邱佩珊（虛構）", "04-0000-7930", "04-0001-1835", "0900-000-584", "it057@agency.example", .sms),
        agency("AG-063", "彰化縣員林市公所", "彰化縣", "township-office", .c, "郭淑芬（虛構）", "04-0000-3090", "04-0001-1057", "0900-000-833", "it063@agency.example", .fax),
        agency("AG-080", "南投縣南投市公所", "南投縣", "township-office", .c, "王柏翰（虛構）", "049-0000-2267", "049-0001-4966", "0900-000-284", "it080@agency.example", .sms),
        agency("AG-081", "南投縣埔里鎮公所", "南投縣", "township-office", .c, "劉建宏（虛構）", "049-0000-7450", "049-0001-5143", "0900-000-476", "it081@agency.example", .sms),
    ]

    /// Realistic incidents, timed relative to `now` so that the legal clocks are live when the demo
    /// opens: one 1-hour clock already overdue (aware 70 min ago), some nearly due, others hours or
    /// days old.
    public static func incidents(now: Instant) -> [IncidentDraft] {
        script.map { $0.draft(now: now) }
    }

    private static func agency(_ id: String, _ name: String, _ county: String, _ type: String, _ grade: Agency.Grade,
                               _ contact: String, _ phone: String, _ fax: String, _ sms: String, _ email: String,
                               _ channel: Agency.Channel) -> Agency {
        Agency(id: id, name: name, region: region, county: county, type: type, grade: grade,
               contacts: [Agency.Contact(name: contact, phone: phone, fax: fax, sms: sms, email: email,
                                         channels: [channel])])
    }

    private static let script: [ScriptedIncident] = [
        ScriptedIncident(
            source: .socTicket, ticket: "SOC-TC", serial: "0231",
            title: "檔案伺服器遭勒索軟體加密，共用資料夾檔案改為 .lockbit",
            category: .ransomware, level: .four, agency: "臺中市北屯區公所",
            occurredMinutesAgo: 95, awareMinutesAgo: 70, reportDelayMinutes: 4,
            description: "EDR 與 DDI 同時告警：區公所檔案伺服器經 SMB 於 15 分鐘內將約 4,300 個檔案重新命名為 .lockbit，各共用資料夾出現勒索說明檔 Restore-My-Files.txt。加密開始前約 25 分鐘，203.0.113.77 以網域管理員帳號經 RDP 登入跳板主機成功。已請駐點人員拔除網路線並保全記憶體，勿關機或重灌。",
            tlp: .amber,
            indicators: [
                Indicator(kind: .ipv4, value: "203.0.113.77"),
                Indicator(kind: .sha256, value: "520481d0b849e4488ddad00954cbe70380a815265aa7e748cb4d8a32a15799b9"),
                Indicator(kind: .md5, value: "3897e8d5813009ccdde7e414b091b6aa"),
            ]),
        ScriptedIncident(
            source: .socTicket, ticket: "SOC-TC", serial: "0233",
            title: "縣府全球資訊網遭 SYN Flood 攻擊，對外服務中斷",
            category: .ddos, level: .three, agency: "彰化縣政府",
            occurredMinutesAgo: 58, awareMinutesAgo: 52, reportDelayMinutes: 3,
            description: "ISP 流量清洗中心通報：縣府入口網遭 SYN flood，峰值約 18 Gbps／2.6 Mpps，來源多為偽造位址，入口網與線上申辦服務中斷約 20 分鐘。第二波轉為 HTTP GET flood，前三大來源如指標所列。已請 ISP 啟動清洗並於防火牆啟用 SYN cookie；有駭客組織於 Telegram 頻道宣稱犯案。",
            tlp: .green,
            indicators: [
                Indicator(kind: .ipv4, value: "192.0.2.18"),
                Indicator(kind: .ipv4, value: "192.0.2.91"),
                Indicator(kind: .ipv4, value: "203.0.113.140"),
                Indicator(kind: .ipv6, value: "2001:db8:c0a8::35"),
            ]),
        ScriptedIncident(
            source: .socTicket, ticket: "SOC-TC", serial: "0240",
            title: "工作站每 300 秒連線已知惡意中繼站",
            category: .c2Beacon, level: nil, agency: "南投縣政府稅務局",
            occurredMinutesAgo: 190, awareMinutesAgo: 12, reportDelayMinutes: 2,
            description: "DDI 告警：稅務局一台工作站自約 3 小時前起，每 300 秒（±5 秒）以 HTTPS 連線 update-check.example.net（解析為 198.51.100.201），該網域列於技服中心最新通報之惡意中繼站清單。每次請求大小固定約 412 bytes，疑為後門心跳，尚未見大量外傳。",
            tlp: .amber,
            indicators: [
                Indicator(kind: .domain, value: "update-check.example.net"),
                Indicator(kind: .ipv4, value: "198.51.100.201"),
                Indicator(kind: .url, value: "https://update-check.example.net/api/v2/ping"),
            ]),
        ScriptedIncident(
            source: .socTicket, ticket: "SOC-TC", serial: "0241",
            title: "可疑釣魚郵件通報：仿冒健保署退費通知",
            category: .phishing, level: nil, agency: "臺中市政府警察局",
            occurredMinutesAgo: 40, awareMinutesAgo: 3, reportDelayMinutes: 1,
            description: "多名員警收到寄件者顯示「衛生福利部中央健康保險署」之郵件，主旨為「健保費溢繳退費通知，請於 3 日內登錄」，連結導向仿冒登入頁並要求輸入公務信箱帳號密碼。郵件閘道紀錄 40 分鐘內共 146 封寄達局內信箱，實際寄件網域為 nhi-refund.example，尚待確認是否有人輸入帳密。",
            tlp: .green,
            indicators: [
                Indicator(kind: .email, value: "service@nhi-refund.example"),
                Indicator(kind: .domain, value: "nhi-refund.example"),
                Indicator(kind: .url, value: "https://nhi-refund.example/login?case=TC2291"),
                Indicator(kind: .ipv4, value: "192.0.2.66"),
            ]),
        ScriptedIncident(
            source: .socTicket, ticket: "SOC-TC", serial: "0236",
            title: "戶役政系統帳號異常登入並大量查詢個人資料",
            category: .unauthorizedAccess, level: .three, agency: "臺中市西屯區戶政事務所",
            occurredMinutesAgo: 85, awareMinutesAgo: 38, reportDelayMinutes: 5,
            description: "SOC 關聯分析發現戶政事務所一名承辦人帳號於非上班時段登入戶役政系統，40 分鐘內查詢 860 筆個人戶籍資料（平日約 30 筆）。該工作階段係經機關 SSL VPN 自境外位址 203.0.113.58 連入後跳轉至戶政作業電腦。已請戶政所停用該帳號，並保留 VPN、AD 與應用程式稽核紀錄。",
            tlp: .amber,
            indicators: [
                Indicator(kind: .ipv4, value: "203.0.113.58"),
                Indicator(kind: .ipv6, value: "2001:db8:4a2::1f"),
            ]),
        ScriptedIncident(
            source: .agencyReport, ticket: "RPT-CHC", serial: "031",
            title: "衛生局網站首頁遭置換",
            category: .defacement, level: .two, agency: "彰化縣衛生局",
            occurredMinutesAgo: 330, awareMinutesAgo: 280, reportDelayMinutes: 15,
            description: "民眾來電反映衛生局網站首頁變成黑底標語頁面。WAF 紀錄顯示 192.0.2.143 先對舊版 CMS 上傳功能 /admin/upload.php 送出偽裝成圖片之 PHP 檔，寫入 webshell 後覆寫 index.html，頁面引用外部圖檔。已切換維護頁面，並保全網站根目錄與 WAF、Web 存取紀錄。",
            tlp: nil,
            indicators: [
                Indicator(kind: .ipv4, value: "192.0.2.143"),
                Indicator(kind: .url, value: "http://cdn-static.example.net/d/banner.jpg"),
                Indicator(kind: .sha256, value: "e0346c91a82c90320aea73455591253d95fd74cb17fef5fbdbca34c8b3598140"),
                Indicator(kind: .md5, value: "91be51a480be80a7e2514429357b8d07"),
            ]),
        ScriptedIncident(
            source: .socTicket, ticket: "SOC-TC", serial: "0224",
            title: "Paste 網站出現疑似本市納稅義務人個資",
            category: .dataLeak, level: nil, agency: "臺中市政府地方稅務局",
            occurredMinutesAgo: nil, awareMinutesAgo: 135, reportDelayMinutes: 10,
            description: "威脅情資監控發現 paste 網站貼出 1,200 筆樣本，欄位含姓名、部分遮蔽之身分證字號、戶籍地址與房屋稅籍編號，貼文者宣稱握有 38 萬筆並於論壇 leakbase.test 兜售。欄位格式與稅務局房屋稅系統匯出檔相符，需確認外洩來源為系統本身或委外廠商。",
            tlp: .amber,
            indicators: [
                Indicator(kind: .url, value: "https://paste.example/raw/q8Zk3LmW"),
                Indicator(kind: .domain, value: "leakbase.test"),
                Indicator(kind: .email, value: "dataseller@proton.example"),
            ]),
        ScriptedIncident(
            source: .socTicket, ticket: "SOC-TC", serial: "0198",
            title: "多台端點感染 USB 蠕蟲並於內網掃描 445 埠",
            category: .malwareOutbreak, level: .two, agency: "南投縣南投市公所",
            occurredMinutesAgo: 840, awareMinutesAgo: 660, reportDelayMinutes: 20,
            description: "防毒主控台於 23 台端點偵測同一 USB 蠕蟲（autorun.inf 加隱藏捷徑 .lnk），源自民政課共用之隨身碟；其中 6 台主機持續以 SMB 445 埠掃描同網段。已推送特徵碼並以 GPO 停用 USB 儲存裝置，受感染主機逐台隔離掃毒。",
            tlp: .green,
            indicators: [
                Indicator(kind: .sha256, value: "e74636605a30412900f5c444171161d8152a29b4ca3772874b71c67068297163"),
                Indicator(kind: .md5, value: "fce13622443ba10c2a00ccbf64611804"),
            ]),
        ScriptedIncident(
            source: .agencyReport, ticket: "RPT-CHC", serial: "028",
            title: "公所郵件主機遭冒用寄送大量垃圾郵件",
            category: .spam, level: .one, agency: "彰化縣員林市公所",
            occurredMinutesAgo: 1200, awareMinutesAgo: 1140, reportDelayMinutes: 30,
            description: "一名同仁信箱密碼外洩後，郵件主機遭 192.0.2.77 以 SMTP AUTH 登入，2 小時內寄出約 52,000 封投資詐騙廣告信。公所對外郵件 IP 已被多個 RBL 列入黑名單，公文往來郵件遭退信；已重設該帳號密碼並限制每帳號寄信速率。",
            tlp: nil,
            indicators: [
                Indicator(kind: .ipv4, value: "192.0.2.77"),
                Indicator(kind: .email, value: "invest-club@promo-mail.example"),
                Indicator(kind: .domain, value: "promo-mail.example"),
            ]),
        ScriptedIncident(
            source: .socTicket, ticket: "SOC-TC", serial: "0139",
            title: "SSL VPN 設備存在遭積極利用之弱點，尚未修補",
            category: .other, level: nil, agency: "南投縣政府",
            occurredMinutesAgo: nil, awareMinutesAgo: 1560, reportDelayMinutes: 25,
            description: "SOC 弱點掃描比對發現縣府對外 SSL VPN 設備韌體仍受 CVE-2024-21762（FortiOS sslvpnd 越界寫入）影響，此弱點已列入 CISA KEV。設備紀錄可見 198.51.100.66 多次送出異常 HTTP 請求，尚未確認是否入侵成功，需先評估等級並安排緊急更新。",
            tlp: .green,
            indicators: [
                Indicator(kind: .ipv4, value: "198.51.100.66"),
            ]),
        ScriptedIncident(
            source: .agencyReport, ticket: "RPT-CHC", serial: "032",
            title: "【演練】通報演練：鄉公所網站首頁遭置換（模擬情境）",
            category: .defacement, level: .two, agency: "彰化縣線西鄉公所",
            occurredMinutesAgo: 30, awareMinutesAgo: 25, reportDelayMinutes: 3,
            description: "本件為中彰投區域聯防通報演練，情境為鄉公所網站首頁遭置換為抗議標語，非真實事件。請值班人員判定等級，於 1 小時內以機關偏好管道（簡訊）通知資安聯絡人並記錄通知時間；模擬攻擊來源與頁面如指標所列。",
            exercise: true, tlp: nil,
            indicators: [
                Indicator(kind: .ipv4, value: "203.0.113.200"),
                Indicator(kind: .url, value: "http://drill-deface.test/xianxi/index.html"),
            ]),
        ScriptedIncident(
            source: .socTicket, ticket: "SOC-TC", serial: "0203",
            title: "SSL VPN brute force followed by successful login from 203.0.113.12",
            category: .unauthorizedAccess, level: .two, agency: "臺中市政府",
            occurredMinutesAgo: 470, awareMinutesAgo: 450, reportDelayMinutes: 6,
            description: "SOC correlation: 4,812 failed SSL VPN logins against 37 accounts from 203.0.113.12 within 50 minutes, then a successful login to a Civil Affairs Bureau account that had no MFA. The session reached two internal file shares before the account was disabled; VPN and AD logs have been exported for review.",
            tlp: .amber,
            indicators: [
                Indicator(kind: .ipv4, value: "203.0.113.12"),
                Indicator(kind: .ipv6, value: "2001:db8:85a3::8a2e:370:7334"),
            ]),
        ScriptedIncident(
            source: .socTicket, ticket: "SOC-TC", serial: "0087",
            title: "[DRILL] Notification drill: simulated macro malware on health-station PCs",
            category: .malwareOutbreak, level: .one, agency: "臺中市政府衛生局",
            occurredMinutesAgo: 2850, awareMinutesAgo: 2820, reportDelayMinutes: 5,
            description: "Exercise ticket for the TCN CERT notification drill (通報演練); no real infection. Scenario: endpoint protection flags a macro-laden .doc attachment on 3 health-station PCs, each of which then polls 198.51.100.9 on port 8080. Measure the time from awareness to notifying the contact by e-mail, the bureau's preferred channel.",
            exercise: true, tlp: .green,
            indicators: [
                Indicator(kind: .ipv4, value: "198.51.100.9"),
                Indicator(kind: .url, value: "http://198.51.100.9:8080/gate.php"),
                Indicator(kind: .sha256, value: "45092059429f2e55a4788fd8c8ee435a10c33b4624467d827222d3af3e9c50f3"),
            ]),
    ]
}

/// One scripted incident, with its times in minutes before the moment the demo opens.
private struct ScriptedIncident {
    var source: IncidentSource.Kind
    /// The sender's ticket prefix: `SOC-TC` (second-line SOC event ticket) or `RPT-CHC` (agency report).
    var ticket: String
    var serial: String
    var title: String
    var category: IncidentCategory
    var level: IncidentLevel?
    var agency: String
    var occurredMinutesAgo: Int64?
    var awareMinutesAgo: Int64
    var reportDelayMinutes: Int64
    var description: String
    var exercise = false
    var tlp: TrafficLightProtocol?
    var indicators: [Indicator]

    func draft(now: Instant) -> IncidentDraft {
        let aware = Self.minutes(awareMinutesAgo, before: now)
        let reported = min(aware.adding(milliseconds: reportDelayMinutes * 60_000), now)
        return IncidentDraft(
            source: IncidentSource(kind: source, id: "\(ticket)-\(DemoDesk.ticketDate(reported))-\(serial)"),
            title: title, category: category, level: level, agency: agency,
            occurredAt: occurredMinutesAgo.map { Self.minutes($0, before: now) }, awareAt: aware, reportedAt: reported,
            description: description, exercise: exercise, tlp: tlp, indicators: indicators)
    }

    private static func minutes(_ count: Int64, before now: Instant) -> Instant {
        now.adding(milliseconds: -count * 60_000)
    }

}
