/// The demo desk's past, so that the reports have something true to read: a ransomware case of
/// about three weeks ago worked through every phase to its close (the investigation report has
/// all seven items to fill, and shows the one time nobody knows: when it began), and a year of
/// older tickets brought over from the system they were handled in (the monthly report gets a
/// month before and a twelve-month trend).
///
/// As in `DemoDesk`, the people are fictional and every indicator is from a documentation range
/// (RFC 5737, RFC 3849, RFC 2606).
public enum DemoHistory {
    /// How the older tickets were closed: in the system they came from, before this desk.
    public static let importedClosure = "歷史案件匯入：已於原通報系統結案"

    /// The commands that open and work the past incidents, to run after the demo's incidents
    /// have taken the numbers before `firstNumber` under `prefix`.
    public static func commands(now: Instant, prefix: String, firstNumber: Int) -> [DeskCommand] {
        ransomwareCase(now: now, id: IncidentNumbering.id(prefix: prefix, number: firstNumber))
            + backlog(now: now).enumerated().flatMap { n, draft in
                [DeskCommand.openIncident(draft),
                 .changePhase(incident: IncidentNumbering.id(prefix: prefix, number: firstNumber + 1 + n), phase: .closed,
                              override: importedClosure)]
            }
    }

    /// The source ids of every past incident (what makes a desk a demo desk).
    public static func sourceIDs(now: Instant) -> [String] {
        [ransomwareDraft(now: now).source.id] + backlog(now: now).map(\.source.id)
    }

    // MARK: - The ransomware case

    static func ransomwareDraft(now: Instant) -> IncidentDraft {
        let aware = awareOfCase(now)
        return IncidentDraft(
            source: IncidentSource(kind: .socTicket, id: "SOC-TC-\(DemoDesk.ticketDate(aware))-0187"),
            title: "戶政事務所檔案伺服器遭 Phobos 勒索軟體加密，戶籍作業中斷",
            category: .ransomware, level: .three, agency: "臺中市西屯區戶政事務所",
            occurredAt: nil, awareAt: aware, reportedAt: aware.adding(milliseconds: 6 * minute),
            description: "駐點人員回報：戶政事務所檔案伺服器 FS01 與兩台承辦人電腦檔案遭加密，副檔名改為 .eight，各資料夾出現勒索說明 info.txt，要求以比特幣支付贖金。戶籍謄本列印與跨所查詢作業中斷。防火牆紀錄顯示 198.51.100.23 前一晚對委外維護用 RDP 連續嘗試登入逾 2,000 次後成功。",
            exercise: false, tlp: .amber,
            indicators: [
                Indicator(kind: .ipv4, value: "198.51.100.23"),
                Indicator(kind: .email, value: "recover-files@proton.example"),
                Indicator(kind: .sha256, value: "9b2f6d4c1e8a7b3f5d0c2e4a6b8d1f3e5a7c9b0d2f4e6a8c1b3d5f7e9a0c2b4d"),
            ])
    }

    /// Awareness at 09:12 Taipei, 23 days before the demo opens.
    static func awareOfCase(_ now: Instant) -> Instant {
        let day = TaipeiTime.localDay(now.adding(milliseconds: -23 * 24 * 60 * minute)).date
        return TaipeiTime.instant(day, millisecondsIntoDay: (9 * 60 + 12) * minute)
    }

    static func ransomwareCase(now: Instant, id: String) -> [DeskCommand] {
        let t = awareOfCase(now)
        func at(_ minutes: Int64) -> Instant { t.adding(milliseconds: minutes * minute) }
        func done(_ step: String, _ minutes: Int64, _ note: String) -> DeskCommand {
            .completeStep(incident: id, step: step, at: at(minutes), note: note)
        }
        let hour: Int64 = 60, day: Int64 = 24 * 60
        // The SOC ticket came as level 3; the review later recorded why: a core system whose
        // service stayed down past its tolerable interruption (Regulations Art 2).
        let basis = LevelBasis(availability: .notRestoredInTime, asset: .core)
        return [
            .openIncident(ransomwareDraft(now: now)),
            done("rw-open-case", 8, "指派 林志明 處理；機關資安聯絡人 張怡君，指定以電話通知"),
            done("rw-first-instructions", 10, "已請駐點人員拔除三台主機網路線並保持開機，勿關機、勿重灌、勿與攻擊者聯繫"),
            .changePhase(incident: id, phase: .detectionAnalysis),
            done("rw-notify-contact", 18, "電話通知張怡君，說明初步處置與 60 分鐘內應辦事項"),
            done("rw-confirm-scope", 25, "FS01 與兩台承辦人電腦遭加密；共用資料夾受波及，NAS 離線備份未受影響"),
            done("rw-report-platform", 38, "於通報應變網站完成通報"),
            done("rw-ncert-escalate", 52, "以傳真並電話確認通報 N-CERT"),
            done("rw-review-level", 1 * hour + 40, "審核維持第 3 級：核心系統運作中斷逾可容忍時間"),
            .setLevel(incident: id, level: LevelAssessment(basis).level, basis: basis,
                      reason: "審核：戶役政作業用核心檔案伺服器停止運作，超過可容忍中斷時間"),
            done("rw-forward-review", 2 * hour + 15, "審核結果已轉知上級機關與主管機關"),
            .changePhase(incident: id, phase: .containmentEradicationRecovery),
            done("rw-isolate", 3 * hour, "三台主機移入隔離 VLAN，封鎖對外 RDP"),
            done("rw-preserve", 4 * hour, "FS01 記憶體與磁碟映像完成，雜湊已登錄證據清冊"),
            .addEvidence(EvidenceRequest(incident: id, kind: .memoryImage, description: "FS01 記憶體映像（封存隨身碟）",
                                         physical: "封存袋 A-0187 內 USB 隨身碟一支", location: "本中心證物櫃 B-2",
                                         sourceHost: "FS01", collectedBy: "陳建志", acquiredAt: at(4 * hour), tool: "WinPmem 4.0")),
            .skipStep(incident: id, step: "rw-law-enforcement", reason: "機關首長裁示暫不報案，已留存裁示簽文"),
            done("rw-on-site", 6 * hour + 30, "快速應變小組抵達西屯戶政事務所"),
            done("rw-analyse", 20 * hour,
                 "初始入侵為對外開放之 RDP（TCP 3389）：198.51.100.23 暴力破解委外維護帳號，該帳號未啟用多因子驗證；攻擊者再以 PsExec 橫向移動至 FS01 執行 Phobos 加密。未發現資料外傳跡象。"),
            done("rw-block-dispatch", 21 * hour, "封鎖 198.51.100.23，樣本雜湊已送 ISAC 規則派送系統並通知鄰近縣市"),
            done("rw-eradicate", 26 * hour, "關閉對外 RDP，停用並重設委外帳號與網域管理員密碼（krbtgt 兩次），移除排程工作"),
            done("rw-restore", 30 * hour, "經復原前安全評估後以 NAS 離線備份重建 FS01，戶籍作業恢復正常"),
            .changePhase(incident: id, phase: .postIncident),
            done("rw-lessons-learned", 6 * day, "檢討會議決議：對外服務一律經 VPN 並啟用多因子驗證；委外帳號每季清查；備份維持離線保存"),
            done("rw-tune-detection", 7 * day, "SOC 新增大量檔案改名、vssadmin 刪除陰影複製與非上班時段 RDP 登入之告警規則"),
            done("rw-investigation-report", 20 * day, "調查、處理及改善報告已送主管機關"),
            .addNote(incident: id, text: "本案因備份離線保存，得以於損害控制時限內復原；已建議轄內戶政所比照辦理。"),
            .changePhase(incident: id, phase: .closed),
        ]
    }

    // MARK: - A year of older tickets

    /// Three tickets a month for the twelve months before this one, of the kinds a region sees
    /// (more phishing and malware than ransomware), aware at a working hour.
    static func backlog(now: Instant) -> [IncidentDraft] {
        let thisMonth = TaipeiTime.localDay(now).date
        var drafts: [IncidentDraft] = []
        for monthsAgo in 1...12 {
            let index = thisMonth.year * 12 + (thisMonth.month - 1) - monthsAgo
            let year = index / 12, month = index % 12 + 1
            for slot in 0..<3 {
                let n = drafts.count
                let kind = kinds[(monthsAgo * 3 + slot) % kinds.count]
                let day = 3 + slot * 9 + monthsAgo % 5
                let aware = TaipeiTime.instant(CivilDate(year: year, month: month, day: day),
                                               millisecondsIntoDay: Int64(9 + slot * 3) * 60 * minute + Int64(n % 4) * 11 * minute)
                drafts.append(IncidentDraft(
                    source: IncidentSource(kind: .agencyReport, id: "RPT-TCN-\(year)\(Digits.two(month))-\(Digits.two(slot + 1))"),
                    title: kind.title, category: kind.category, level: kind.level,
                    agency: agencies[(monthsAgo + slot * 5) % agencies.count],
                    occurredAt: nil, awareAt: aware, reportedAt: aware.adding(milliseconds: Int64(12 + n % 20) * minute),
                    description: kind.description, exercise: false, tlp: .green, indicators: kind.indicators))
            }
        }
        return drafts
    }

    private struct PastKind {
        let category: IncidentCategory
        let level: IncidentLevel
        let title: String
        let description: String
        let indicators: [Indicator]
    }

    private static let kinds: [PastKind] = [
        PastKind(category: .phishing, level: .one, title: "員工收到仿冒公文系統登入頁之釣魚郵件",
                 description: "郵件閘道攔截仿冒公文電子交換系統之釣魚郵件，兩名員工點擊連結但未輸入帳密；已封鎖寄件網域並宣導。",
                 indicators: [Indicator(kind: .domain, value: "edoc-login.example"), Indicator(kind: .ipv4, value: "192.0.2.45")]),
        PastKind(category: .malwareOutbreak, level: .two, title: "承辦人電腦感染資訊竊取程式",
                 description: "端點防護偵測資訊竊取程式連線外部主機，已隔離電腦、重設該員所有帳號密碼並重灌。",
                 indicators: [Indicator(kind: .ipv4, value: "203.0.113.88"), Indicator(kind: .domain, value: "cdn-update.example.net")]),
        PastKind(category: .c2Beacon, level: .two, title: "伺服器定時連線已知中繼站",
                 description: "DDI 告警伺服器每 10 分鐘連線已知中繼站，確認為舊版監控代理程式遭植入後門，已移除並更新。",
                 indicators: [Indicator(kind: .domain, value: "update-check.example.net"), Indicator(kind: .ipv4, value: "198.51.100.201")]),
        PastKind(category: .defacement, level: .two, title: "機關網站子頁面遭置換",
                 description: "舊版 CMS 外掛弱點遭利用，活動公告子頁面遭置換為標語；已下架外掛並自備份復原。",
                 indicators: [Indicator(kind: .ipv4, value: "192.0.2.143")]),
        PastKind(category: .phishing, level: .one, title: "仿冒健保署退費簡訊與郵件通報",
                 description: "多名員工收到仿冒健保署退費通知，連結導向仿冒登入頁；已封鎖網域並通報 ISAC。",
                 indicators: [Indicator(kind: .domain, value: "nhi-refund.example")]),
        PastKind(category: .ddos, level: .two, title: "對外服務網站遭 HTTP 洪水攻擊短暫中斷",
                 description: "ISP 清洗中心通報 HTTP GET flood，網站中斷約 15 分鐘，啟動清洗後恢復。",
                 indicators: [Indicator(kind: .ipv4, value: "203.0.113.140"), Indicator(kind: .ipv6, value: "2001:db8:c0a8::35")]),
        PastKind(category: .unauthorizedAccess, level: .three, title: "系統管理帳號遭境外位址登入",
                 description: "SOC 發現系統管理帳號自境外位址經 SSL VPN 登入並查詢大量資料，已停用帳號、強制多因子驗證並保全紀錄。",
                 indicators: [Indicator(kind: .ipv4, value: "203.0.113.58")]),
        PastKind(category: .spam, level: .one, title: "郵件主機遭冒用寄送垃圾郵件",
                 description: "郵件主機帳號密碼外洩遭冒用大量寄信，已重設密碼並啟用寄信頻率限制。",
                 indicators: [Indicator(kind: .ipv4, value: "192.0.2.77")]),
        PastKind(category: .ransomware, level: .three, title: "承辦人電腦遭勒索軟體加密",
                 description: "單機遭勒索軟體加密，未擴散至伺服器；已隔離並以備份復原，樣本雜湊送 ISAC。",
                 indicators: [Indicator(kind: .ipv4, value: "198.51.100.23")]),
    ]

    private static let agencies = ["臺中市政府", "彰化縣政府", "南投縣政府", "臺中市政府警察局", "臺中市政府地方稅務局", "彰化縣衛生局",
                                   "南投縣埔里鎮公所", "彰化縣鹿港鎮公所", "臺中市中正地政事務所", "臺中市北屯區戶政事務所", "南投縣南投市公所"]

    private static let minute: Int64 = 60_000
}
