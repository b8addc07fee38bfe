/// certdesk's interface in Traditional Chinese (臺灣正體), in the words of the regional
/// joint-defence plan (事件等級, 通報, 知悉, 證據保管鏈). Every entry is declared in `Words`.
public struct ChineseWords: Words {
    public init() {}
    public var language: InterfaceLanguage { .zhTW }

    // MARK: - Names of the desk's values

    public func name(of category: IncidentCategory) -> String {
        switch category {
        case .ransomware: "勒索軟體"
        case .ddos: "分散式阻斷服務"
        case .defacement: "網頁置換"
        case .dataLeak: "資料外洩"
        case .unauthorizedAccess: "未經授權存取"
        case .malwareOutbreak: "惡意程式感染"
        case .c2Beacon: "連線惡意中繼站"
        case .phishing: "釣魚郵件"
        case .spam: "垃圾郵件"
        case .other: "其他"
        }
    }
    public func name(of phase: IncidentPhase) -> String {
        switch phase {
        case .preparation: "準備"
        case .detectionAnalysis: "偵測與分析"
        case .containmentEradicationRecovery: "遏制根除復原"
        case .postIncident: "事件後活動"
        case .closed: "已結案"
        }
    }
    public func name(of kind: ObligationKind) -> String {
        switch kind {
        case .reportPlatform: "通報"
        case .platformReentry: "通報平臺事後補登"
        case .notifyAgencyContact: "60 分鐘內通報聯絡人員"
        case .ncertEscalation: "逐層上報 N-CERT"
        case .review: "審核"
        case .forwardReview: "審核結果轉報"
        case .onSite: "快速應變小組到場"
        case .damageControl: "損害控制或復原"
        case .investigationReport: "調查、處理及改善報告"
        case .renotify: "等級變更續報"
        }
    }
    public func name(of region: Region) -> String {
        switch region {
        case .taipei: "臺北市區域"
        case .newTaipei: "新北市區域"
        case .taoyuan: "桃竹竹苗區域"
        case .taichung: "中彰投區域"
        case .tainan: "雲嘉嘉南區域"
        case .kaohsiung: "高雄市區域"
        }
    }
    public func name(of kind: EvidenceKind) -> String {
        switch kind {
        case .diskImage: "磁碟映像"
        case .memoryImage: "記憶體映像"
        case .log: "日誌"
        case .pcap: "封包側錄"
        case .screenshot: "螢幕擷圖"
        case .malwareSample: "惡意程式樣本"
        case .document: "文件"
        case .email: "電子郵件"
        case .physical: "實體物品"
        }
    }
    public func name(of action: CustodyEntry.Action) -> String {
        switch action {
        case .collected: "蒐集"
        case .transferred: "移交"
        case .checkedOut: "借出"
        case .checkedIn: "歸還"
        case .held: "保全（禁止銷毀）"
        case .released: "解除保全"
        case .disposed: "銷毀"
        }
    }
    public func name(of asset: LevelBasis.AssetClass) -> String {
        switch asset {
        case .nonCore: "非核心業務資訊或系統"
        case .core: "非關鍵基礎設施之核心業務資訊或系統"
        case .coreCI: "涉及關鍵基礎設施維運之核心業務"
        case .officialSecret: "一般公務機密"
        case .sensitive: "敏感資訊"
        case .nationalSecret: "國家機密"
        }
    }

    // MARK: - The level from C/I/A (資通安全事件通報及應變辦法 Art 2)

    public func levelSource(_ level: IncidentLevel) -> String {
        switch level {
        case .one, .two: "（第 2 條，已查證條文）"
        case .three: "（第 2 條，部分查證）"
        case .four: "（第 2 條，一般引述）"
        }
    }
    public func disclosure(_ severity: LevelBasis.Severity, of asset: LevelBasis.AssetClass, level: IncidentLevel) -> String {
        "\(severity == .serious ? "嚴重" : "輕微")洩漏\(name(of: asset)) → 第 \(level.rawValue) 級\(levelSource(level))"
    }
    public func tampering(_ severity: LevelBasis.Severity, of asset: LevelBasis.AssetClass, level: IncidentLevel) -> String {
        "\(severity == .serious ? "嚴重" : "輕微")竄改\(name(of: asset)) → 第 \(level.rawValue) 級\(levelSource(level))"
    }
    public func operationAffected(of asset: LevelBasis.AssetClass, restored: Bool, level: IncidentLevel, treatedAs: LevelBasis.AssetClass?) -> String {
        let treated = treatedAs.map { "（可用性依系統等級判定，視為\(name(of: $0))）" } ?? ""
        return "\(name(of: asset))運作受影響，\(restored ? "於" : "未於")可容忍中斷時間內回復 → 第 \(level.rawValue) 級\(treated)\(levelSource(level))"
    }
    public var noImpactStated: String { "未說明機密性、完整性或可用性影響：依第 2 條無從判定等級" }
    public func worstImpact(_ level: IncidentLevel) -> String { "取各項影響中最嚴重者：第 \(level.rawValue) 級" }

    // MARK: - Refusals: what the desk will not record, and why

    public func name(of field: CheckedText) -> String {
        switch field {
        case .reason: "理由"
        case .overrideReason: "強制理由"
        case .note: "備註"
        case .description: "說明"
        case .physicalItem: "實體物品"
        case .purpose: "目的"
        case .remark: "交接說明"
        case .recipient: "收件人"
        case .subject: "主旨"
        case .message: "通知內容"
        }
    }
    public func textEmpty(_ field: CheckedText) -> String { "\(name(of: field))不可為空白" }
    public func textTooLong(_ field: CheckedText, limit: Int) -> String { "\(name(of: field))上限 \(limit) 字元" }
    public func clockName(_ obligation: Obligation) -> String {
        "\(name(of: obligation.kind))\(obligation.ordinal > 1 ? " #\(obligation.ordinal)" : "")"
    }
    public func noIncident(_ id: String) -> String { "此值勤台沒有事件 \(id)" }
    public func noIncidentAsOf(_ id: String, when: String) -> String { "截至 \(when)，此值勤台尚無事件 \(id)" }
    public func noEvidence(_ id: String) -> String { "此值勤台沒有證據 \(id)" }
    public func deskAlreadyOpen(for region: Region) -> String { "此值勤台已設定為 \(region.code)" }
    public var deskHasNoRegion: String { "值勤台尚未設定區域" }
    public func name(of field: AgencyField) -> String {
        switch field {
        case .id: "編號"
        case .name: "名稱"
        case .county: "縣市"
        case .type: "類型"
        }
    }
    public func agencyFieldEmpty(_ field: AgencyField) -> String { "機關\(name(of: field))不可為空白" }
    public var contactNameEmpty: String { "聯絡人姓名不可為空白" }
    public func closedLevelUnchanged(_ id: String) -> String { "\(id) 已結案；請先改回處理階段再變更等級" }
    public var impactGivesNoLevel: String { "所給的 C/I/A 影響皆為無，無從判定等級；請指定等級 1–4" }
    public var levelOrImpactNeeded: String { "請指定等級 1–4，或提供 C/I/A 影響與資產類別" }
    public func alreadyAtLevel(_ id: String, _ level: IncidentLevel) -> String { "\(id) 已是第 \(level.rawValue) 級" }
    public func alreadyInPhase(_ id: String, _ phase: IncidentPhase) -> String { "\(id) 已在「\(name(of: phase))」階段" }
    public func alreadyInCategory(_ id: String, _ category: IncidentCategory) -> String {
        "\(id) 已是「\(name(of: category))」"
    }
    public func alreadyAssigned(_ id: String, to assignee: String?) -> String { "\(id) 已指派給 \(assignee ?? "無人")" }
    public func name(of moment: PastMoment) -> String {
        switch moment {
        case .time: "時間"
        case .acquisition: "取得時間"
        case .asOf: "--as-of 查詢時刻"
        }
    }
    public func inTheFuture(_ moment: PastMoment, when: String, now: String) -> String {
        "\(name(of: moment)) \(when) 晚於現在（值勤台時間 \(now)）"
    }
    public func beforeIncidentBegan(when: String, began: String) -> String { "時間 \(when) 早於事件開始（\(began)）" }
    public func beforeClockStarted(when: String, _ obligation: Obligation, started: String) -> String {
        "時間 \(when) 早於「\(name(of: obligation.kind))」起算時間（\(started)）"
    }
    public func phaseGate(_ id: String, steps: [String], clocks: [Obligation]) -> String {
        var open: [String] = []
        if !steps.isEmpty { open.append("必要步驟未完成：\(steps.joined(separator: ", "))（請完成或略過）") }
        if !clocks.isEmpty { open.append("時限仍在計時：\(clocks.map { name(of: $0.kind) }.joined(separator: "、"))（請逐一登錄完成或免除）") }
        return "\(id) \(open.joined(separator: "；"))；或說明理由強制變更"
    }
    public func noPlaybook(_ id: String) -> String { "\(id) 沒有處理手冊" }
    public func noSuchStep(_ id: String, category: String, version: Int, step: String) -> String {
        "\(id) 的處理手冊（\(category) v\(version)）沒有步驟 \(step)"
    }
    public func stepDoesNotApply(_ step: String, to id: String) -> String { "步驟 \(step) 不適用於 \(id)（條件不符）" }
    public func stepAlreadyRecorded(_ step: String, status: StepRecord.Status, at: String, by: String) -> String {
        "步驟 \(step) 已於 \(at) 由 \(by) \(status == .done ? "完成" : "略過")"
    }
    public func noSuchClock(_ id: String, _ kind: ObligationKind) -> String {
        "\(id) 沒有「\(name(of: kind))」時限（此等級不適用，或尚未起算）"
    }
    public func clockAlreadyMet(_ id: String, _ obligation: Obligation, at: String) -> String {
        "\(id)「\(name(of: obligation.kind))」已於 \(at) 完成"
    }
    public func clockAlreadyWaived(_ id: String, _ obligation: Obligation, reason: String) -> String {
        "\(id)「\(name(of: obligation.kind))」已免除：\(reason)"
    }
    public var evidenceFileOrPhysical: String { "證據須為檔案或實體物品（--physical）其一" }
    public var physicalNeedsLocation: String { "實體物品須以 --location 說明存放位置" }
    public func beforeAcquired(when: String, _ id: String, acquired: String) -> String {
        "時間 \(when) 早於 \(id) 取得時間（\(acquired)）"
    }
    public var receiverNeeded: String { "請以 --to 指明接收人" }
    public func alreadyCheckedOut(_ id: String, to holder: String) -> String { "\(id) 已由 \(holder) 借出" }
    public func notCheckedOut(_ id: String) -> String { "\(id) 並未借出" }
    public func alreadyOnHold(_ id: String) -> String { "\(id) 已在保全（禁止銷毀）中" }
    public func notOnHold(_ id: String) -> String { "\(id) 並未保全" }
    public func notACustodyChange(_ action: CustodyEntry.Action) -> String { "\(action.rawValue) 不是保管異動" }
    public func onHoldCannotDispose(_ id: String, hold: String) -> String { "\(id) 保全中（\(hold)），須先解除" }
    public func retentionNotStarted(incident: String) -> String { "\(incident) 尚未結案，保存期限尚未起算" }
    public func keptUntil(_ id: String, until: String) -> String { "\(id) 須保存至 \(until)" }
    public func checkedOutCannotDispose(_ id: String, holder: String) -> String { "\(id) 由 \(holder) 借出中" }
    public func alreadyDisposed(_ id: String, at: String, by: String) -> String { "\(id) 已於 \(at) 由 \(by) 銷毀" }

    // MARK: - JSON syntax (the parser names the line and column)

    public var jsonEndsEarly: String { "JSON 提前結束（檔案被截斷？）" }
    public func jsonUnexpected(_ character: String) -> String { "非預期的字元 \(character)；不是有效的 JSON" }
    public var jsonUnexpectedText: String { "非預期的文字；不是有效的 JSON" }
    public func jsonTooDeep(_ levels: Int) -> String { "JSON 巢狀超過 \(levels) 層" }
    public func jsonKeyTwice(_ key: String) -> String { "同一物件中鍵 \(key) 出現兩次" }
    public var notUTF8: String { "文字不是有效的 UTF-8" }
    public func jsonRawControl(_ code: String) -> String { "字串中有未跳脫的控制字元 \(code)；JSON 必須跳脫" }
    public var jsonStringNotClosed: String { "字串沒有結束（檔案被截斷？）" }
    public var jsonLoneSurrogate: String { "\\u 跳脫中有單獨的 UTF-16 代理字元" }
    public func jsonUnknownEscape(_ character: Character) -> String { "未知的跳脫序列 \\\(character)" }
    public var jsonEscapeCutShort: String { "\\u 跳脫不完整" }
    public var jsonEscapeNeedsHex: String { "\\u 跳脫需要四位十六進位數字" }
    public var jsonLeadingZero: String { "數字開頭多了 0" }
    public var jsonNumberOutOfRange: String { "數字超出範圍" }
    public var jsonTextAfterEnd: String { "JSON 結束後還有多餘的內容" }

    // MARK: - Times (ISO 8601 / RFC 3339, and the forms typed at the desk)

    public var notISO8601: String { "不是 ISO 8601 時間格式（例如 2026-03-02T09:05:00+08:00）" }
    public var timeHasNoTimeOfDay: String { "只有日期沒有時刻（例如 2026-03-02T09:05:00+08:00）" }
    public var timeHasEmptyFraction: String { "小數點後沒有數字" }
    public var timeHasNoOffset: String { "缺少時區；請加上 Z 或 +08:00，法定時限才能從正確時刻起算" }
    public var timeOffsetOutOfRange: String { "時區偏移超出範圍" }
    public var timeTextAfterOffset: String { "時區之後有多餘的文字" }
    public var timeYearOutOfRange: String { "年份超出 1900–9999" }
    public func timeNoSuchMonth(_ month: Int) -> String { "月份 \(month) 不存在" }
    public func timeNoSuchDay(_ day: Int, year: Int, month: Int) -> String {
        "\(year)-\(Digits.two(month)) 沒有第 \(day) 日"
    }
    public var timeOfDayOutOfRange: String { "時刻超出範圍" }
    public func notATime(_ typed: String) -> String { "\(typed) 不是時間：請用 now、HH:MM、YYYY-MM-DD HH:MM 或 ISO 8601" }

    // MARK: - JSON fields (a ticket, a bundle, a journal body)

    public func name(of shape: JSONValue.Shape) -> String {
        switch shape {
        case .null: "null"
        case .boolean: "布林值"
        case .wholeNumber, .number: "數字"
        case .string: "字串"
        case .array: "陣列"
        case .object: "物件"
        }
    }
    public func jsonWrongType(expected: JSONValue.Shape, found: JSONValue.Shape) -> String {
        let wanted = switch expected {
        case .boolean: "true 或 false"
        case .wholeNumber: "整數"
        default: name(of: expected)
        }
        return "應為\(wanted)，實際為 \(name(of: found))"
    }
    public func fieldTooLong(_ length: Int, limit: Int) -> String { "長度 \(length) 字元，超過上限 \(limit)" }
    public var fieldRequired: String { "為必填欄位" }
    public var fieldEmpty: String { "不可為空白" }

    // MARK: - Names typed or read (a value of a fixed set, a command word)

    public func notOneOf(_ text: String, _ names: String) -> String { "\(text) 不在允許的值之中：\(names)" }
    public func ambiguousName(_ typed: String, _ candidates: String) -> String { "\(typed) 可能是：\(candidates)" }
    public func unknownName(_ typed: String, what: String, names: String) -> String { "\(typed) 不是\(what)；可用：\(names)" }
    public func didYouMean(_ typed: String, what: String, near: String) -> String {
        "\(typed) 不是\(what)；是否要輸入 \(near)？"
    }

    // MARK: - Tickets and bundles coming in (README, "Ticket format")

    public var ticketSourceKind: String { "事件單來源應為 soc-ticket 或 agency-report" }
    public var awarenessRequired: String { "為必填：1 小時通報時限自知悉時起算" }
    public func ticketLevelOutOfRange(_ level: Int64) -> String { "等級 \(level) 超出範圍；請用 1–4，未分級時請省略" }
    public func tooManyEntries(_ count: Int, limit: Int) -> String { "共 \(count) 筆，超過上限 \(limit)" }
    public func timeInTheFuture(_ time: String, now: String) -> String { "\(time) 晚於現在（值勤台時間 \(now)）" }
    public func awareBeforeOccurred(_ occurredKey: String) -> String { "知悉時間不可早於發生時間（\(occurredKey)）" }
    public func reportBeforeOccurred(_ occurredKey: String) -> String { "通報時間不可早於發生時間（\(occurredKey)）" }
    public func notAValidIndicator(_ kind: Indicator.Kind) -> String { "不是有效的 \(kind.rawValue) 值" }
    public func stixIDPrefix(_ id: String, prefix: String) -> String { "\(id) 應以 \(prefix) 開頭" }
    public func stixPropertyRequired(type: String) -> String { "STIX 2.1 \(type) 必須有此屬性" }
    public var bundleIDPrefix: String { "bundle 的 id 應以 bundle-- 開頭" }
    public func stixUnattached(_ count: Int) -> String { "\(count) 個 indicator/observed-data/sighting 物件與任何事件無關，未附加" }
    public var bundleHasNoIncident: String { "此 bundle 沒有 incident 物件" }
    public var onlySTIX21: String { "僅支援 STIX 2.1" }
    public func tooManyRelatedIndicators(_ count: Int, limit: Int) -> String { "關聯 \(count) 個指標，超過上限 \(limit)" }
    public func relatedIndicatorTooLong(limit: Int) -> String { "關聯的指標長度超過 \(limit) 字元" }
    public func criticalityOutOfRange(_ criticality: Int64) -> String { "criticality \(criticality) 超出 0–100" }
    public var jsonLinesTwoOnALine: String { "同一行出現第二個值；JSON Lines 每行只能有一個物件" }
    public var jsonLinesNotAnObject: String { "此行開頭應為 JSON 物件" }
    public var notAnIngestFile: String { "不是 JSON 物件、陣列或 JSON Lines 檔案（這是 JSON 嗎？）" }

    // MARK: - Journal bodies that do not read back (verify names them)

    public var unreadable: String { "無法讀取" }
    public func unknownLevel(_ name: String) -> String { "未知等級 \(name)" }
    public var unknownStart: String { "未知的起算點" }
    public func levelNotOneToFour(_ level: Int64) -> String { "等級 \(level) 不在 1–4" }
    public func unreadableDuration(for level: String) -> String { "\(level) 的時限無法讀取" }
    public var deskOpenedTwice: String { "值勤台已開設過" }
    public func incidentOpenedTwice(_ id: String) -> String { "事件 \(id) 被開立兩次" }
    public func sourceOpenedTwice(_ source: String) -> String { "來源 \(source) 被開立兩次" }
    public func eventForUnknownIncident(_ kind: String, _ id: String) -> String { "\(kind) 指向不存在的事件 \(id)" }
    public func eventForUnknownClock(_ event: String, _ id: String, _ kind: ObligationKind, _ ordinal: Int) -> String {
        "\(event)：\(id) 沒有時限 \(kind.rawValue) #\(ordinal)"
    }
    public func evidenceAddedTwice(_ id: String) -> String { "證據 \(id) 被登錄兩次" }
    public func custodyForUnknownEvidence(_ id: String) -> String { "不存在的證據 \(id) 有保管異動" }
    public func disposalOfUnknownEvidence(_ id: String) -> String { "不存在的證據 \(id) 被銷毀" }
    public func eventHasNoIncident(_ kind: String) -> String { "\(kind) 沒有所屬事件" }
    public func unknownEventKind(_ kind: String) -> String { "未知的紀錄種類 \(kind)" }
    public func eventBodyUnreadable(_ kind: String, _ detail: String) -> String { "\(kind) 內容：\(detail)" }
    public func verifyNeedsAnchor(_ head: String) -> String {
        "雜湊鏈至最新一列 \(head) 皆吻合；但鏈本身無法證明尾端未被整段改寫："
            + "請將此列保存在值勤台之外（每份交接報告都會列出），日後以 certdesk verify --anchor \(head) 核對"
    }
    public func vaultStrayFile(_ path: String) -> String {
        "證據庫：\(path) 不是 certdesk 保存的檔案（沒有證據以此名稱保存），是他人放入的；請查明來源後移除"
    }
    public func databaseUnusable(_ path: String, reason: String) -> String { "無法使用資料庫 \(path)：\(reason)" }
    public var limitMustBePositive: String { "--limit 須為 1 以上之整數" }
    public func deskNotWritten(_ path: String, full: Bool) -> String {
        (full ? "值勤台 \(path) 所在的磁碟已滿"
              : "無法寫入值勤台 \(path)（磁碟已滿、達到 ulimit -f 等檔案大小上限，或磁碟故障）")
            + "；此指令未記錄任何資料，先前已記錄的資料完好"
    }
    public func othersMayWrite(_ path: String, mode: String) -> String {
        "\(path) 本機所有使用者皆可寫入（權限 \(mode)）：任何人都能在日誌加列或更動證據；"
            + "請先執行 chmod o-w \(path)，certdesk 才會使用它"
    }
    public func groupMayWrite(_ path: String, mode: String, group: String, sharing: String?) -> String {
        "\(path) 群組 \(group) 可寫入（權限 \(mode)），"
            + (sharing.map { "但值勤台的共用群組是 \($0)" } ?? "但設定檔未指定共用群組（group:）")
            + "；請執行 chmod g-w \(path)；若此值勤台確由該群組的值勤人員共用，請在設定檔寫入 group: \(group)"
    }
    public func deskReadOnly(_ path: String) -> String {
        "值勤台 \(path) 以唯讀開啟：此帳號可以讀取但不能寫入（只有其擁有者或共用群組可以）；未記錄任何資料"
    }
    public func readOnlyDeskOutdated(_ path: String) -> String {
        "值勤台 \(path) 由較舊版本的 certdesk 寫入，而此帳號無權更新：須由其擁有者以此版本開啟一次"
    }
    public func unknownSharingGroup(_ name: String) -> String { "本機沒有群組 \(name)（getent group \(name)）" }
    public func deskBusy(_ path: String, seconds: Int) -> String {
        "值班台 \(path) 忙碌中：另一個 certdesk 已寫入超過 \(seconds) 秒（大量匯入？）；本次未登錄任何內容，請稍後再執行一次"
    }
    public func deskInconsistent(seq: Int64?, reason: String) -> String {
        "資料不一致：\(seq.map { "seq \($0): " } ?? "")\(reason)"
    }
    public func unreadableJournalTime(_ text: String) -> String { "無法讀取的時間 \(text)" }
    public func bodyNotJSON(_ reason: String) -> String { "內容不是 JSON：\(reason)" }
    public func playbookUnreadable(_ key: String) -> String { "處理手冊 \(key) 無法讀取" }
    public func unknownRegionStored(_ code: String) -> String { "值勤台記載了未知的區域 \(code)" }
    public var policyUnreadable: String { "值勤台的時限政策無法讀取" }
    public func agencyRowUnreadable(_ id: String) -> String { "機關 \(id) 的資料列無法讀取" }
    public func agencyContactUnreadable(_ id: String) -> String { "機關 \(id) 的聯絡人無法讀取" }
    public func indicatorTypeUnknown(_ id: String, _ type: String) -> String { "\(id) 的指標類型未知：\(type)" }
    public func incidentColumnUnreadable(_ id: String, _ column: String) -> String { "事件 \(id) 的 \(column) 欄無法讀取" }
    public func evidenceKindUnreadable(_ id: String) -> String { "證據 \(id) 的種類無法讀取" }
    public var keysetNeedsUrgency: String { "鍵集分頁只適用於依緊急程度排序的未結案佇列" }
    public func incidentRowUnreadable(_ id: String) -> String { "事件 \(id) 的資料列無法讀取" }
    public func stepStatusUnreadable(_ id: String) -> String { "\(id) 的某個步驟狀態無法讀取" }
    public func obligationUnreadable(_ id: String) -> String { "\(id) 的某個時限種類或狀態無法讀取" }

    // MARK: - Rule files: policies, playbooks, themes (YAML)

    public var fileEmpty: String { "檔案是空的" }
    public func notYAML(_ detail: String) -> String { "不是 YAML：\(detail)" }
    public func invalidYAML(_ detail: String) -> String { "YAML 格式錯誤：\(detail)" }
    public func notABoolean(_ text: String) -> String { "\(text) 不是 true 或 false" }
    public var yamlExpectedMapping: String { "應為對應表（鍵: 值）" }
    public var yamlKeyNotText: String { "鍵必須是文字" }
    public func yamlUnknownKey(allowed: [String]) -> String { "未知的鍵；可用：\(allowed.joined(separator: ", "))" }
    public var yamlKeyTwice: String { "重複出現" }
    public var yamlExpectedList: String { "應為清單" }
    public var yamlExpectedText: String { "應為文字" }
    public func keyRequired(_ key: String) -> String { "缺少 \(key)" }
    public func unknownPlaybookCategory(_ name: String) -> String {
        "未知的類別 \(name)；可用：\(IncidentCategory.allNames)、generic"
    }
    public var playbookVersion: String { "version 須為大於 0 的整數" }
    public func stepIDTwice(_ id: String, firstLine: Int) -> String { "編號 \(id) 重複（第一次在第 \(firstLine) 行）" }
    public func clockMetByTwoSteps(_ kind: ObligationKind, _ otherStep: String) -> String {
        "\(kind.rawValue) 已由步驟 \(otherStep) 完成"
    }
    public var playbookNeedsSteps: String { "playbook 需要步驟" }
    public var stepIDForm: String { "步驟編號只能用小寫字母、數字與連字號" }
    public func stepPhase(_ phases: [IncidentPhase]) -> String {
        "phase 須為：\(phases.map(\.rawValue).joined(separator: "、"))"
    }
    public func translationMissing(_ language: String) -> String { "缺少 \(language) 翻譯" }
    public func translationEmpty(_ language: String) -> String { "\(language) 文字為空白" }
    public func name(of vocabulary: ResponseVocabulary.Kind) -> String {
        switch vocabulary {
        case .sp80061ChecklistItem: "SP 800-61 r2 檢核項目"
        case .csfSubcategory: "CSF 2.0 子類別"
        }
    }
    public func notInVocabulary(_ text: String, _ vocabulary: ResponseVocabulary.Kind) -> String {
        "\(text) 不是已知的\(name(of: vocabulary))"
    }
    public func name(of tier: ResponseTier) -> String {
        switch tier {
        case .firstLine: "一線駐點人員"
        case .secondLine: "二線協力廠商／SOC"
        case .thirdLine: "三線 ISAC 事件調查與鑑識"
        case .dutyOfficer: "輪值指揮官"
        }
    }
    public func policyRowTwice(_ kind: ObligationKind) -> String { "\(kind.rawValue) 重複列出" }
    public var retentionUnit: String { "證據保存期限以年或月計" }
    public func unknownObligationKind(_ name: String?) -> String {
        "未知的時限種類\(name.map { " \($0)" } ?? "")；可用：\(ObligationKind.allNames)"
    }
    public func notALevelBand(_ text: String) -> String { "\(text) 不是等級：請用 all、unclassified、1–4 或範圍如 3-4" }
    public func notADuration(_ text: String) -> String { "\(text) 不是時限：例如 60m、1h、36h、2d 或 1 month" }
    public var durationOrMap: String { "應為時限，或等級對時限的對應表" }
    public func notALevelOrRange(_ text: String) -> String { "\(text) 不是等級或範圍" }
    public func levelGivenTwice(_ band: LevelBand) -> String { "等級 \(band.rawValue) 重複指定" }
    public func regionMustExtend(_ base: String, says: String?) -> String {
        "區域檔須寫明 extends: \(base)\(says.map { "（目前為 \($0)）" } ?? "")"
    }
    public func regionCannotAddRow(_ base: String, _ kind: ObligationKind) -> String {
        "區域檔只能修改 \(base) 的列，不能新增 \(kind.rawValue)"
    }
    public func dueWithinMissing(_ levels: String) -> String { "due_within 未指定等級 \(levels) 的時限" }
    public func startsAfterMissingRow(_ kind: ObligationKind) -> String { "起算於 \(kind.rawValue) 完成，但此政策沒有該列" }
    public func notAStart(_ text: String) -> String {
        let words = DeadlineStart.named.dropLast().map(\.name), last = DeadlineStart.named.last!.name
        return "\(text) 不是起算點：請用 \(words.joined(separator: "、"))、met: 種類 或 \(last)"
    }
    public var themeNeedsName: String { "主題需要名稱" }
    public func colourOutOfRange(_ number: String) -> String { "\(number) 超出範圍：色號須為 0–255" }
    public func notAColour(_ text: String, names: String) -> String {
        "\(text) 不是顏色：請用 default、0–255 的色號，或下列之一：\(names)"
    }

    // MARK: - The desk database and the evidence vault

    public func cannotCreateFolder(_ folder: String) -> String { "無法建立資料夾 \(folder)" }
    public func notAFolder(_ path: String) -> String { "\(path) 不是資料夾" }
    public var noFileGiven: String { "未指定檔案" }
    public var fileNameHasControl: String { "檔名含控制字元，請先改名" }
    public var evidenceIsAFolder: String { "是資料夾而非檔案（請逐一登錄其中檔案，或登錄其壓縮檔）" }
    public var notARegularFile: String { "不是一般檔案" }
    public func vaultProblem(_ path: String, reason: String) -> String { "證據庫 \(path)：\(reason)" }
    public func vaultFull(_ path: String, reason: String, written: Int64, total: Int64) -> String {
        "證據庫 \(path)：\(reason)（已寫入 \(written) / \(total) 位元組，暫存複本已移除，未登錄任何紀錄）"
    }
    public func describe(_ failure: FileFailure) -> String {
        switch failure {
        case .noSuchFile: "檔案不存在"
        case .cannotWrite: "無法寫入：權限不足（請檢查證據庫資料夾的擁有者與權限）"
        case .cannotRead: "權限不足（無法讀取）"
        case .isAFolder: "是資料夾而非檔案"
        case .diskFull: "磁碟空間已滿"
        case .tooLarge: "檔案超過本程序可寫入的大小上限（ulimit -f）"
        case .inputOutput: "輸入輸出錯誤（磁碟可能故障）"
        case .tooManyLinks: "符號連結層數過多"
        case .pathTooLong: "路徑過長"
        case .notAFolderInPath: "路徑中某一部分不是資料夾"
        case .readOnly: "無法寫入：檔案系統為唯讀"
        }
    }
    public var readFailed: String { "讀取失敗" }

    // MARK: - What verify found (the hash chain, the projections, the vault)

    public func anchorRowMissing(_ seq: Int64, last: Int64) -> String {
        "錨點指向第 \(seq) 列，但日誌只到第 \(last) 列：其後的紀錄已遭刪除"
    }
    public func anchorHashDiffers(stored: String, anchored: String) -> String {
        "該列雜湊值為 \(stored)，錨點記載為 \(anchored)：日誌已非錨定時的內容"
    }
    public func anchorHolds(_ seq: Int64) -> String { "錨點：第 \(seq) 列及其之前的雜湊鏈與錨定時相同" }

    public func strayRows(_ table: String, _ id: String) -> String { "\(table) 有 \(id) 的資料，但紀錄從未開立此事件" }
    public func strayCustody(_ id: String) -> String { "保管鏈（custody）有 \(id) 的資料，但紀錄從未登錄此證據" }
    public func queueOrderDiffers(_ id: String) -> String { "事件 \(id)：儲存的 next_due_at 與其時限不符" }
    public func rowsMissing(after previous: Int64, _ seq: Int64) -> String {
        "接在 seq \(previous) 之後：第 \(previous + 1)…\(seq - 1) 列遺失"
    }
    public var outOfSequence: String { "序號順序錯亂" }
    public var emptyColumn: String { "有空白欄位" }
    public func chainBroken(_ previous: Int64) -> String { "prev_hash 與 seq \(previous) 的雜湊不符：雜湊鏈在此斷裂" }
    public var rowAltered: String { "雜湊與此列內容不符：此列已遭竄改" }
    public var bodyNotCanonical: String { "內容不是標準格式" }
    public func regionDiffers(journal: String?, stored: String?) -> String {
        "值勤台區域：紀錄為 \(journal ?? "無")，儲存為 \(stored ?? "無")"
    }
    public var storedPolicyDiffers: String { "儲存的時限政策與紀錄不符" }
    public func storedPlaybookDiffers(_ key: String) -> String { "處理手冊 \(key)：儲存的副本與紀錄不符" }
    public func storedAgencyDiffers(_ id: String) -> String { "機關 \(id)：儲存的資料列與紀錄不符" }
    public func incidentOnlyStored(_ id: String) -> String { "事件 \(id)：有儲存但紀錄中沒有" }
    public func incidentNotStored(_ id: String) -> String { "事件 \(id)：紀錄中有但未儲存" }
    public func storedIncidentDiffers(_ id: String, _ parts: [String]) -> String {
        "事件 \(id)：儲存的 \(parts.joined(separator: ", ")) 與紀錄不符"
    }
    public func storedEvidenceDiffers(_ id: String) -> String { "證據 \(id)：儲存的證據登錄與紀錄不符" }
    public var numberingDiffers: String { "事件編號與紀錄不符" }
    public func vaultFileMissing(_ id: String, _ file: String) -> String { "證據 \(id)：證據庫檔案 \(file) 不見了" }
    public func vaultFileUnreadable(_ id: String, _ file: String, reason: String) -> String {
        "證據 \(id)：證據庫檔案 \(file) 無法讀取：\(reason)"
    }
    public func vaultFileChanged(_ id: String, _ file: String, now: String, size: Int64, recorded: String, recordedSize: Int64) -> String {
        "證據 \(id)：證據庫檔案 \(file) 現在的雜湊為 \(now)（\(size) 位元組），不是登錄的 \(recorded)（\(recordedSize) 位元組）：檔案已被更動"
    }
    public func vaultLeftoverOfDisposal(_ file: String, _ id: String) -> String {
        "\(file)：已銷毀證據 \(id) 的內容，移除未完成（certdesk evidence tidy 會移除）"
    }
    public func vaultLeftoverOfAdd(_ file: String) -> String {
        "\(file)：沒有任何證據對應此檔案；登錄在完成前中斷（certdesk evidence tidy 會移除）"
    }
    public func vaultTemporaryFile(_ name: String) -> String { "tmp/\(name)：複製中，或被中斷的登錄所留下（下次登錄或 tidy 會移除）" }

    // MARK: - The desk service: opening a desk, its rules, its files

    public var noEvidenceRecorded: String { "值勤台未登錄證據" }
    public func noDeskAt(_ path: String) -> String {
        "\(path) 沒有值勤台資料庫：請檢查 --db 或 CERTDESK_DB（登錄資料的指令或加上 --create 才會建立新的值勤台）"
    }
    public func otherRegionsDesk(_ region: Region, not wanted: Region) -> String {
        "此資料庫是 \(region.code) 的值勤台，不是 \(wanted.code)"
    }
    public var keepingLastPolicy: String { "沿用紀錄中最後採用的時限政策" }
    public var noRuleFolder: String {
        "找不到 playbooks 資料夾（含 policies/default.yaml）；請用 --playbooks 或 CERTDESK_PLAYBOOKS 指定"
    }
    public func alreadyOnTheDesk(as id: String) -> String { "已在值勤台上：\(id)" }
    public func demoBelongsTo(_ region: Region) -> String { "示範資料屬於 \(region.code) 區域，此值勤台不是" }
    public var demoNeedsEmptyDesk: String { "此值勤台已有事件；示範只寫入空的值勤台（請用 --db 指定新檔）" }
    public func notADemoDesk(_ path: String) -> String { "\(path) 不是示範值勤台；--demo 不會取代它" }
    public func inSetting(_ name: String, _ problem: String) -> String { "\(name)：\(problem)" }
    public var homeNotSet: String { "未設定 HOME；請用 --db 指定資料庫" }
    public func actorName(_ problem: String) -> String { "操作者名稱：\(problem)" }
    public func fileCannotBeRead(_ path: String) -> String { "\(path)：無法讀取" }
    public func categoryCoveredTwice(_ category: String, in path: String, by other: String) -> String {
        "\(path)：類別 \(category) 已由 \(other) 涵蓋"
    }
    public func noPlaybookFor(_ category: String) -> String { "缺少 \(category) 的處理手冊" }
    public var cannotBeRead: String { "無法讀取" }
    public func inputFile(_ path: String, _ problem: String) -> String { "\(path)：\(problem)" }
    public func nameRefused(_ named: NameRule.Named, _ problem: NameRule.Problem) -> String {
        let thing = switch named {
        case .person: "姓名"
        case .sourceID: "事件單編號"
        case .agencyID: "機關代碼"
        case .recipient: "受通知者"
        }
        return switch problem {
        case .blank: "\(thing)不可為空白"
        case .hidden(let scalar): "\(thing)不可包含 \(TextChecks.codePoint(scalar))：控制字元、雙向控制字元與不可見的格式字元會讓它看起來像別的內容"
        case .tooLong(let length, let limit): "\(thing)上限 \(limit) 字元（此處有 \(length) 字元）"
        }
    }
    public var inputIsAFolder: String { "這是資料夾，不是檔案" }
    public var inputIsADevice: String { "這是裝置，不是檔案（請指定檔案，或以 - 讀取標準輸入）" }
    public var inputIsASocket: String { "這是 socket，不是檔案" }
    public func inputTooLarge(_ limit: String) -> String {
        "超過單次輸入上限 \(limit)；未記錄其中任何資料（可調高 max_input、--max-input 或 CERTDESK_MAX_INPUT，或分割檔案）"
    }
    public func inputLimitForm(_ quoted: String) -> String { "\(quoted) 不是大小：位元組數，可加 K、M 或 G（例：256M）" }
    public func emptyInput(_ why: EmptyInput) -> String {
        switch why {
        case .noBytes: "檔案是空的：未匯入任何事件"
        case .whitespaceOnly: "檔案只有空白與換行：未匯入任何事件"
        case .emptyArray: "檔案是空陣列（[]）：未匯入任何事件"
        case .noIncidents: "檔案中沒有任何事件：未匯入任何事件"
        }
    }

    // MARK: - The console: the desk behind it

    // MARK: - Settings and where they come from (the configuration file, the rule folders)

    public func secretInReadableFile(_ path: String) -> String {
        "含有機密，且其他使用者可讀取此檔；請執行 chmod 600 \(path)"
    }
    public var configurationValueEmpty: String { "是空的；要用預設值請刪除此鍵" }
    public func origin(option: String) -> String { option }
    public func origin(environment variable: String) -> String { "$" + variable }
    public func origin(configurationFile path: String, line: Int?) -> String { path + (line.map { ":\($0)" } ?? "") }
    public func origin(configurationFolder path: String) -> String { "設定資料夾內" }
    public func origin(besidePlaybooks path: String) -> String { "處理手冊資料夾旁" }
    public func origin(installed path: String) -> String { "安裝位置" }
    public func origin(locale variable: String) -> String { "語系（$\(variable)）" }
    public var originLoginName: String { "登入名稱" }
    public var originBuiltIn: String { "內建" }
    public func rulesInForce(_ where: String, why: String?) -> String { "規則來源：\(`where`)" + (why.map { "（\($0)）" } ?? "") }
    public func builtInRules(version: String) -> String { "certdesk \(version) 內建的版本" }
    public func configurationFileLine(_ path: String, exists: Bool) -> String {
        "設定檔：\(path)\(exists ? "" : "（不存在）")"
    }
    public var notSet: String { "（未設定）" }

    public var consoleNeedsTerminal: String { "certdesk 主控台需要終端機（標準輸入與輸出不是終端機）；請改用命令，例如 certdesk list" }
    public func unknownTerminal(_ name: String) -> String { "terminfo 不認得終端機類型「\(name)」；請試 TERM=xterm-256color" }
    public var noUTF8Locale: String { "系統沒有 UTF-8 語系；請設定 LANG=C.UTF-8" }

    public func ingested(_ count: Int, duplicates: Int, from path: String) -> String {
        "已匯入 \(count) 筆，重複 \(duplicates) 筆（\(path)）"
    }
    public func databaseDeleted(_ path: String) -> String { "資料庫已被刪除：無法登錄；請離開後重新開啟（\(path)）" }
    public func databaseReplaced(_ path: String) -> String { "資料庫已被其他檔案取代：無法登錄；請離開後重新開啟（\(path)）" }
    public func databaseReadOnly(_ path: String) -> String { "資料庫為唯讀：恢復可寫入前無法登錄（\(path)）" }
    public func noTheme(_ path: String) -> String { "找不到主題 \(path)（可用 default、high-contrast、monochrome、night-watch）" }

    // MARK: - The command line (what certdesk prints)

    public var overrideOption: String { "（--override 理由）" }
    public func startedDesk(_ region: Region, at path: String) -> String {
        "certdesk：已在 \(path) 建立新的 \(region.code) 值勤台"
    }
    public func levelDiffersFromImpact(_ assessed: IncidentLevel, chosen: Int) -> String {
        "注意：依 C/I/A 影響應為第 \(assessed.rawValue) 級；依您的決定記錄為第 \(chosen) 級"
    }
    public func incidentAtLevel(_ id: String, _ level: IncidentLevel) -> String { "\(id)：第 \(level.rawValue) 級" }
    public func level(_ level: IncidentLevel) -> String { "第 \(level.rawValue) 級" }
    public var noLevel: String { "無法判定等級" }
    public func incidentInPhase(_ id: String, _ phase: IncidentPhase) -> String { "\(id)：\(name(of: phase))" }
    public func noteAdded(_ id: String, seq: Int64) -> String { "\(id)：已新增備註 #\(seq)" }
    public func assigned(_ id: String, to assignee: String?) -> String { "\(id)：指派給 \(assignee ?? "（無）")" }
    public func physicalItemAdded(_ id: String, at location: String) -> String { "\(id)  實體物品，存放於 \(location)" }
    public func custodyRecorded(_ id: String, _ action: CustodyEntry.Action, holder: String, location: String) -> String {
        "\(id)：\(name(of: action))，保管人 \(holder)，存放於 \(location)"
    }
    public func evidenceIntact(items: Int, files: Int, bytes: Int64) -> String {
        "ok：\(items) 件證據、\(files) 個檔案、\(bytes) 位元組重新雜湊無誤"
    }
    public func verifyNote(_ note: String) -> String { "附註：\(note)" }
    public var withinForm: String { "請寫成 30d、3 months 或 1 year" }
    public func disposed(_ id: String) -> String { "\(id)：已銷毀，紀錄保留於日誌" }
    public func removedFile(_ path: String) -> String { "已移除 \(path)" }
    public func removedFiles(_ count: Int) -> String { "已移除 \(count) 個檔案" }
    public func stepSkipped(_ id: String, _ step: String) -> String { "\(id) \(step)：已略過" }
    public func stepDone(_ id: String, _ step: String, meets: [ObligationKind]) -> String {
        "\(id) \(step)：已完成\(meets.map { "（並完成時限 \($0.rawValue)）" }.joined())"
    }
    public func categoryChanged(_ id: String, _ category: IncidentCategory, playbook: String) -> String {
        "\(id)：\(category.rawValue)（處理手冊 \(playbook)）"
    }
    public func playbooksOK(_ count: Int) -> String { "ok：\(count) 份處理手冊" }
    public func metState(late: Bool) -> String { "\(late ? "逾時完成" : "如期完成")" }
    public var waived: String { "已免除" }
    public func demoReady(incidents: Int, agencies: Int, at path: String) -> String {
        "示範值勤台已建立：\(incidents) 件事件、\(agencies) 個機關（\(path)）"
    }
    public func ingestedCounts(_ count: Int, duplicates: Int) -> String { "已匯入 \(count) 筆，重複 \(duplicates) 筆" }
    public func verifyProgress(_ rows: Int64) -> String { "verify：已檢查 \(rows) 列…" }
    public func notACommand(_ word: String, of command: String, near: [String]) -> String {
        let suggestion = near.isEmpty ? "" : "；是否要用 \(near.prefix(3).joined(separator: " 或 "))？"
        return "\(word) 不是 \(command) 的命令\(suggestion)（\(command) --help 列出所有命令）"
    }

    // MARK: - The console: keys (help overlay and status-bar hints, from ConsoleBindings)

    public var helpMoveDown: String { "下一件事件（班次）；報告中往下一行" }
    public var helpMoveUp: String { "上一件事件（班次）；報告中往上一行" }
    public var helpTop: String { "第一件（第一班）" }
    public var helpBottom: String { "最後一件（最後一班）" }
    public var helpPageDown: String { "下一頁" }
    public var helpPageUp: String { "上一頁" }
    public var helpHalfPageDown: String { "下半頁" }
    public var helpHalfPageUp: String { "上半頁" }
    public var helpScrollTop: String { "捲到最上" }
    public var helpScrollBottom: String { "捲到最下（最新的時間軸紀錄）" }
    public var helpScrollPageDown: String { "往下捲一頁" }
    public var helpScrollPageUp: String { "往上捲一頁" }
    public var helpScrollHalfDown: String { "往下捲半頁" }
    public var helpScrollHalfUp: String { "往上捲半頁" }
    public var helpOpen: String { "開啟事件（該班報告）" }
    public var helpBack: String { "返回（回到佇列；班次報告回到班次紀錄）" }
    public var helpNextTab: String { "下一分頁" }
    public var helpPreviousTab: String { "上一分頁" }
    public var helpFilter: String { "篩選（編號、標題、機關、指標）" }
    public var helpToggleClosed: String { "顯示／隱藏已結案" }
    public var helpCycleOrder: String { "排序：緊急程度、等級、編號、機關、階段" }
    public var helpStepDone: String { "游標所在步驟完成（現在）" }
    public var helpStepSkip: String { "略過游標所在步驟（須說明理由）" }
    public var helpNextStep: String { "游標到下一步驟" }
    public var helpPreviousStep: String { "游標到上一步驟" }
    public var helpSetLevel: String { "設定等級（C/I/A 判定）" }
    public var helpChangePhase: String { "變更階段（結案時逐一處理仍在計時的時限）" }
    public var helpAssign: String { "指派承辦人" }
    public var helpAddNote: String { "新增備註" }
    public var helpMeet: String { "登錄時限完成（詢問實際時間）" }
    public var helpWaive: String { "免除時限（須說明理由）" }
    public var helpAddEvidence: String { "登錄證據檔案（詢問路徑、種類、說明）" }
    public var helpRetentionDue: String { "保存期滿或三個月內期滿的證據" }
    public var helpIngest: String { "匯入檔案" }
    public var helpCommandLine: String { "命令列（命令列於下方）" }
    public var helpRepaint: String { "重繪畫面" }
    public var helpCancelWork: String { "取消狀態列上進行中的複製或匯入（不保留任何內容）" }
    public var helpHelp: String { "說明" }
    public var helpQuit: String { "離開（於佇列）" }
    public var hintMoveDown: String { "移動" }
    public var hintOpen: String { "開啟" }
    public var hintBack: String { "返回" }
    public var hintNextTab: String { "分頁" }
    public var hintFilter: String { "篩選" }
    public var hintStepDone: String { "步驟完成" }
    public var hintStepSkip: String { "略過" }
    public var hintNextStep: String { "步驟" }
    public var hintSetLevel: String { "等級" }
    public var hintChangePhase: String { "階段" }
    public var hintAddNote: String { "備註" }
    public var hintMeet: String { "完成" }
    public var hintCommandLine: String { "命令" }
    public var hintHelp: String { "說明" }
    public var hintQuit: String { "離開" }

    // MARK: - The console: the queue, the bars and what the status bar says

    public func shown(_ phase: IncidentPhase) -> String { "\(name(of: phase))" }
    public func shown(_ category: IncidentCategory) -> String { "\(name(of: category))" }
    public func name(of order: QueueQuery.Order) -> String {
        switch order {
        case .urgency: "緊急程度"
        case .level: "等級"
        case .id: "編號"
        case .agency: "機關"
        case .phase: "階段"
        }
    }
    public func sortedBy(_ order: QueueQuery.Order) -> String { "排序：\(name(of: order))" }
    public var closedIncludedMark: String { "\u{20}+已結案" }
    public func regionTitle(_ region: Region?) -> String {
        guard let region else { return "" }
        let name = name(of: region)
        return "\(region.code) " + (name.hasSuffix("區域") ? String(name.dropLast(2)) : name)
    }
    public var exerciseTag: String { "演練" }
    public var nextBreach: String { "下個期限" }
    public var noClockInOutlook: String { "無進行中時限" }
    public func overdueIncidents(_ count: Int) -> String { "逾期 \(count) 件" }
    public var tabSummary: String { "摘要" }
    public var tabClocks: String { "法定時限" }
    public var tabPlaybook: String { "處理階段" }
    public var tabTimeline: String { "時間軸" }
    public var tabIndicators: String { "指標" }
    public var tabEvidence: String { "證據" }
    public func worksInTabs(_ key: String, tabs: [String]) -> String {
        "\(key) 只在事件詳情的「\(tabs.joined(separator: "、"))」分頁使用"
    }
    public func worksIn(_ key: String, inQueue: Bool) -> String { "\(key) 只在\(inQueue ? "事件佇列" : "事件詳情")中使用" }
    public func doesNothing(_ key: String) -> String { "\(key) 沒有功能；按 ? 看說明" }
    public func leftTheQueue(_ id: String) -> String { "\(id) 已不在佇列中（按 c 顯示已結案）" }
    public func arrived(_ id: String, level: IncidentLevel?, exercise: Bool, title: String, more: Int) -> String {
        "新事件：\(id) \(level.map { "第\($0.rawValue)級" } ?? "未分級")\(exercise ? " " + exerciseTag : "") \(title)\(more > 0 ? "（另有 \(more) 件）" : "")"
    }
    public func notRecorded(_ why: String) -> String { "未登錄任何紀錄：\(why)" }
    public var filterHint: String { "即時比對編號、標題、機關、指標 · Enter 保留 · Esc 還原" }
    public var commandHint: String { "level phase meet waive note assign ingest filter sort closed help q · 可只打開頭" }
    public var pathHint: String { "Tab 補全路徑 · Enter 繼續 · Esc 取消" }
    public var reasonHint: String { "理由將保存於紀錄 · Enter 登錄 · Esc 取消（不登錄）" }
    public var textHint: String { "Enter 登錄 · Esc 取消（不登錄）" }
    public var noIncidentSelected: String { "沒有選取事件" }
    public var reasonNeeded: String { "請填寫理由（紀錄將保存）" }
    public var pathNeeded: String { "請輸入檔案路徑" }
    public func sayWhen(_ kind: ObligationKind) -> String { "請填寫實際發生時間（HH:MM 或 now）：「\(name(of: kind))」須記錄實際時間" }
    public func moved(_ id: String, to phase: IncidentPhase, override: Bool) -> String {
        "\(id) \(override ? "強制改為" : "改為")「\(name(of: phase))」"
    }
    public var quietDesk: String { "目前沒有待處理的事件。" }
    public var noMatch: String { "沒有符合篩選條件的事件。" }
    public func tooSmall(rows: Int, columns: Int) -> String { "終端機太小：\(columns)×\(rows)；certdesk 至少需要 80×24。" }
    public func meaning(of phase: IncidentPhase) -> String {
        switch phase {
        case .preparation: "建立聯絡窗口、處理程序與資料，並對同類事件提早預警。"
        case .detectionAnalysis: "判斷事件類型與影響範圍，判定資安事件等級，指派人員處理與協調。"
        case .containmentEradicationRecovery: "遏制擴散、根除原因（如修補），系統復原前先做安全評估。"
        case .postIncident: "找出原因、防止再發、決定改善措施並調整監控告警。"
        case .closed: "已結案：完成結案通報。"
        }
    }

    // MARK: - The console: the command line (`:`)

    public var commandLevelHelp: String { "設定等級並說明理由" }
    public var commandPhaseHelp: String { "變更階段；可只打開頭（post、con）" }
    public var commandMeetHelp: String { "登錄時限完成；未給時間會詢問" }
    public var commandWaiveHelp: String { "免除不適用的時限" }
    public var commandNoteHelp: String { "新增備註" }
    public var commandAssignHelp: String { "指派承辦人（- 表示無）" }
    public var commandIngestHelp: String { "匯入事件單或 STIX" }
    public var commandFilterHelp: String { "篩選佇列（空白清除）" }
    public var commandSortHelp: String { "佇列排序" }
    public var commandClosedHelp: String { "顯示／隱藏已結案" }
    public var commandHelpHelp: String { "說明" }
    public var commandQuitHelp: String { "離開" }
    public var helpTitle: String { "按鍵與命令（Esc 關閉）" }
    public func helpPlace(_ names: String) -> String { "［\(names)］" }
    public var queueView: String { "佇列" }
    public var detailView: String { "詳情" }
    public var commandLineHeading: String { "命令列（: 之後輸入；可只打開頭）" }
    public func alsoTyped(_ aliases: String) -> String { "（亦可 \(aliases)）" }
    public var promptEditingHelp: String { "提示輸入列：←/→、Home/End、^A/^E 移動，^W 刪除一個字，^U 刪到行首，^K 刪到行尾，Tab 補全路徑" }
    public func commandAmbiguous(_ verb: String, _ list: String) -> String { ":\(verb) 可能是 \(list)" }
    public func commandUnknown(_ verb: String, near: String) -> String {
        "未知命令 :\(verb)\(near.isEmpty ? "" : "；是否要輸入 \(near)？")（按 ? 看說明）"
    }
    public var levelUsage: String { "用法：:level 1-4 理由" }
    public func levelNeedsReason(_ level: Int) -> String { "請在等級後寫理由：:level \(level) 理由" }
    public func levelSet(_ id: String, _ level: IncidentLevel) -> String { "\(id) 設為第 \(level.rawValue) 級" }
    public var phaseUsage: String { "用法：:phase \(IncidentPhase.allNames) [override 理由]" }
    public var phaseWord: String { "階段" }
    public var clockWord: String { "時限" }
    public var orderWord: String { "排序" }
    public var meetUsage: String { "用法：:meet 種類 [時間]；種類：\(ObligationKind.allNames)" }
    public func clockMet(_ id: String, _ kind: ObligationKind) -> String { "\(id)「\(name(of: kind))」已登錄完成" }
    public var waiveUsage: String { "用法：:waive 種類 理由；種類：\(ObligationKind.allNames)" }
    public func clockWaived(_ id: String, _ kind: ObligationKind) -> String { "\(id)「\(name(of: kind))」已免除" }
    public func noteLabel(_ id: String) -> String { "\(id) 備註" }
    public func noteAddedTo(_ id: String) -> String { "已新增備註至 \(id)" }
    public func assignedTo(_ id: String, _ assignee: String?) -> String { "\(id) 指派給 \(assignee ?? "（無）")" }
    public func sortUsage(_ orders: [String]) -> String { "用法：:sort \(orders.joined(separator: "|"))" }

    // MARK: - The console: prompts, pickers and what they record

    public var filterLabel: String { "篩選" }
    public var showingClosed: String { "顯示已結案事件" }
    public var hidingClosed: String { "隱藏已結案事件" }
    public var ingestLabel: String { "匯入檔案" }
    public func stepDoneAt(_ id: String, _ step: String) -> String { "\(id) 步驟 \(step) 已完成" }
    public func whySkip(_ id: String, _ step: String) -> String { "\(id)：為何略過 \(step)？" }
    public func evidenceFileLabel(_ id: String) -> String { "\(id) 證據檔案路徑" }
    public var noOpenStep: String { "沒有待處理的步驟" }
    public func phaseOf(_ id: String) -> String { "\(id) 的階段" }
    public func assignLabel(_ id: String) -> String { "\(id) 指派給" }
    public var assignHint: String { "姓名；空白表示無 · Enter 登錄 · Esc 取消" }
    public func noRunningClock(_ id: String) -> String { "\(id) 沒有進行中的時限" }
    public func whichClockMet(_ id: String) -> String { "\(id)：完成哪一項時限？" }
    public func whichClockToWaive(_ id: String) -> String { "\(id)：免除哪一項時限？" }
    public var settleByMeeting: String { "登錄完成：" }
    public var settleByWaiving: String { "免除：　　" }
    public var settleByOverride: String { "以一個理由免除其餘時限並結案" }
    public func clocksRunningBeforeClose(_ id: String, _ count: Int) -> String { "\(id)：結案前尚有 \(count) 項時限在計時" }
    public func overrideReasonLabel(_ id: String, openSteps: String) -> String { "\(id)：必要步驟未完成（\(openSteps)）；強制理由" }
    public var noFileMatches: String { "沒有符合的檔案" }
    public func stepSkippedAt(_ id: String, _ step: String) -> String { "\(id) 步驟 \(step) 已略過" }
    public func whatKindOfEvidence(_ id: String) -> String { "\(id)：證據種類？" }
    public var evidenceDescriptionNeeded: String { "請說明證據內容與蒐集原因" }
    public func clockNoteLabel(_ id: String, _ kind: ObligationKind) -> String { "\(id)「\(name(of: kind))」備註" }
    public func clockNoteHint(metAt: String?) -> String { "完成於 \(metAt ?? "現在") · 聯絡對象與方式（可空白）· Enter 登錄" }
    public func evidenceDescriptionLabel(_ id: String) -> String { "\(id)：證據內容與蒐集原因" }
    public func whyCloseWithClocks(_ id: String) -> String { "\(id)：為何在時限未完成時結案？（將免除其餘時限）" }
    public func metAtLabel(_ id: String, _ kind: ObligationKind) -> String { "\(id)「\(name(of: kind))」完成時間" }
    public func meetingTimeHint(physicalFact: Bool) -> String {
        physicalFact ? "實際發生時間：HH:MM（最近一次、不晚於現在）或 YYYY-MM-DD HH:MM · Esc 取消"
            : "now、HH:MM（最近一次、不晚於現在）或 YYYY-MM-DD HH:MM · Esc 取消"
    }
    public func whyWaive(_ id: String, _ kind: ObligationKind) -> String { "\(id)：為何不適用「\(name(of: kind))」？" }
    public var noLevelYet: String { "尚無等級：請填 C/I/A 影響或指定等級" }
    public func levelFormTitle(_ id: String) -> String { "設定等級 \(id)（←/→ 選擇，Tab 下一項，Enter 確定）" }
    public var levelChosen: String { "（自行指定）" }
    public var levelFromImpact: String { "（依 C/I/A）" }
    public func evidenceAdded(_ id: String, hash: String, size: String) -> String {
        "已登錄 \(id)（sha256 \(hash)…，\(size)）"
    }

    // MARK: - Timelines: what each journal event did, in one line

    public func summary(of event: DeskEvent, time: (Instant) -> String) -> String {
        switch event {
        case .deskOpened(let region):
            return "值勤台開啟：\(name(of: region))"
        case .agencyRegistered(let agency):
            return "登錄機關 \(agency.id) \(agency.name)"
        case .incidentOpened(let opening):
            let level = opening.facts.level.map { "第 \($0.rawValue) 級" } ?? "未分級"
            return "開立事件（\(opening.facts.source.kind.rawValue) \(opening.facts.source.id)，\(level)）"
        case .levelSet(_, let change):
            return "等級設為第 \(change.level.rawValue) 級：\(change.reason)"
        case .phaseChanged(_, let phase, let override):
            let forced = override.map { "（強制，未完成：\($0.openSteps.joined(separator: "、"))；理由：\($0.reason)）" } ?? ""
            return "階段改為「\(name(of: phase))」" + forced
        case .categoryChanged(_, let category):
            return "類別改為「\(name(of: category))」"
        case .playbookAdopted(let playbook):
            return "採用處理手冊 \(playbook.category) v\(playbook.version)"
        case .stepDone(_, let step, let at, let note):
            return "完成步驟 \(step)（\(time(at))）" + (note.map { "：\($0)" } ?? "")
        case .stepSkipped(_, let step, let reason):
            return "略過步驟 \(step)：\(reason)"
        case .noteAdded(_, let text):
            return "備註：" + text
        case .notificationRecorded(let record):
            let template = record.template.map { name(of: $0) } ?? "通知"
            let outcome = record.outcome == .failed ? "失敗" + (record.failureText(self).map { "：\($0)" } ?? "")
                : record.outcome == .confirmed ? "已確認收到" : "已送出"
            return "\(record.id) \(template)：以 \(record.channel.rawValue) 致 \(record.recipient)，\(time(record.sentAt))，\(outcome)"
                + (record.fallbackReason.map { "（未使用通報平臺：\($0)）" } ?? "")
                + (record.delivery == .exercise ? "（\(exerciseNotSent)）" : "")
                + (record.retryOf.map { "（N\(Digits.two($0)) 失敗後重送）" } ?? "")
        case .notificationConfirmed(let id, let number, let at):
            return "\(id)-N\(Digits.two(number)) 對方於 \(time(at)) 確認收到"
        case .assigned(_, let assignee):
            return assignee.map { "指派給 \($0)" } ?? "取消指派"
        case .policyAdopted(let policy):
            return "採用時限政策 \(policy.name)"
        case .obligationMet(_, let meeting):
            let name = meeting.ordinal > 1 ? "\(meeting.kind.rawValue)#\(meeting.ordinal)" : meeting.kind.rawValue
            let note = meetingNote(meeting.note, step: meeting.step)
            return "完成「\(self.name(of: meeting.kind))」（\(name)，實際時間 \(time(meeting.at))）" + (note.isEmpty ? "" : "：" + note)
        case .obligationWaived(_, let kind, _, let reason, let closing):
            return "免除「\(name(of: kind))」：" + (closing ? "結案：" : "") + reason
        case .evidenceAdded(let a):
            let what = a.content.map { "sha256 \(String($0.sha256.prefix(12)))…, \($0.size) B" } ?? a.physical ?? ""
            return "登錄證據 \(a.id)（\(name(of: a.kind))，\(what)）"
        case .evidenceCustody(_, let id, let change):
            let to = change.to.map { "，交予 \($0)" } ?? ""
            let why = change.purpose.map { "：\($0)" } ?? ""
            return "證據 \(id) \(name(of: change.action))\(to)\(why)"
        case .evidenceDisposed(_, let id, let reason, _, _):
            return "銷毀證據 \(id)：\(reason)"
        case .obligationOverdue(_, let kind, _, let dueAt):
            return "逾期：「\(name(of: kind))」應於 \(time(dueAt)) 前完成"
        case .shiftStarted, .shiftEnded, .handoverRemark, .handoverOffered, .handoverAccepted:
            return shiftSummary(of: event, time: time)
        }
    }

    // MARK: - Pages and tables: headings, labels and the words on them

    public func heading(_ column: TableHeading) -> String {
        switch column {
        case .id: "ID"
        case .due: "期限"
        case .status: "狀態"
        case .clock: "時限"
        case .level: "等級"
        case .levelShort: "級"
        case .category: "類別"
        case .aware: "知悉時間"
        case .agency: "機關"
        case .phase: "階段"
        case .title: "標題"
        case .assignee: "承辦"
        case .kind: "種類"
        case .size: "大小"
        case .holder: "保管人"
        case .keepUntil: "保存至"
        case .description: "說明"
        case .when: "時間"
        case .action: "動作"
        case .from: "由"
        case .to: "交予"
        case .purpose: "目的／理由"
        case .location: "存放位置"
        case .recordedBy: "登錄者"
        case .starts, .startsAt: "起算"
        case .dueWithin: "時限"
        case .warn: "提醒"
        case .levels: "適用等級"
        case .type: "類型"
        case .value: "值"
        case .setting: "設定"
        case .origin: "來源"
        }
    }
    public func label(_ field: FieldName) -> String {
        switch field {
        case .level: "等級"
        case .category: "類別"
        case .agency: "機關"
        case .phase: "階段"
        case .assignee: "承辦人"
        case .source: "來源"
        case .tlp: "TLP"
        case .occurred: "發生時間"
        case .aware: "知悉時間"
        case .reported: "通報時間"
        case .opened: "開立"
        case .nextDue: "下個期限"
        case .incident: "事件"
        case .kind: "種類"
        case .size: "大小"
        case .fileName: "原始檔名"
        case .item: "物品"
        case .sourceHost: "來源主機"
        case .tool: "工具"
        case .collectedBy: "蒐集人"
        case .acquired: "取得時間"
        case .registered: "登錄"
        case .holder: "保管人"
        case .location: "存放位置"
        case .keepUntil: "保存至"
        case .status: "狀態"
        case .hold: "保全理由"
        case .disposedOf: "銷毀"
        case .confidentiality: "機密性（洩漏）"
        case .integrity: "完整性（竄改）"
        case .availability: "可用性（運作）"
        case .assetClass: "資產類別"
        case .reason: "理由"
        }
    }
    public func levelValue(_ level: IncidentLevel?) -> String { "\(level.map { "第 \($0.rawValue) 級" } ?? "未分級")" }
    public func levelInline(_ level: IncidentLevel?) -> String { "\(level.map { "第\($0.rawValue)級" } ?? "未分級")" }
    public var exerciseMark: String { "[演練]\u{20}" }
    public var exerciseBanner: String { "\u{20} [演練 EXERCISE]" }
    public var required: String { "〔必要〕" }
    public var loading: String { "載入中…" }
    public func fromFile(_ file: String) -> String { "（檔案 \(file)）" }
    public func openedBy(_ time: String, _ actor: String) -> String { "\(time)，\(actor) 開立" }
    public var descriptionHeading: String { "說明" }
    public var noClockRunning: String { "（沒有進行中的法定時限）" }
    public var noLegalClock: String { "沒有法定時限。" }
    public var noIndicator: String { "沒有指標。" }
    public func timeLeft(_ left: String) -> String { "剩 \(left)" }
    public func overdueBy(_ late: String) -> String { "逾期 \(late)" }
    public func metAt(_ time: String, late: Bool) -> String { "\(late ? "逾時完成" : "已完成") \(time)" }
    public func waivedBecause(_ reason: String) -> String { "已免除：\(reason)" }
    public func levels(_ bands: Set<LevelBand>) -> String {
        if bands.count == LevelBand.allCases.count { return "全部" }
        let numbers = LevelBand.numbers(bands)
        guard bands.contains(.unclassified) else { return numbers }
        return numbers.isEmpty ? "未分級" : numbers + " 及未分級"
    }
    public func policyTitle(_ name: String) -> String { "時限政策 \(name)" }
    public func policyFiles(_ files: [String]) -> String { "檔案：\(files.joined(separator: ", "))" }
    public var defaultWarning: String { "預設" }
    public var regionalRow: String { "區域修改" }
    public func evidenceRetention(_ duration: String) -> String { "證據保存期限：結案後 \(duration)" }
    public func durationFor(_ duration: String, levels: Set<LevelBand>) -> String {
        "\(self.levels(levels))：\(duration)"
    }
    public var currentPhaseMark: String { "\u{20} ◀ 目前階段" }
    public func stepNext(_ text: String) -> String { "下一步：\(text)" }
    public func stepWhy(_ why: String) -> String { "原因：\(why)" }
    public func stepWho(_ tier: ResponseTier, required: Bool) -> String {
        "執行：\(name(of: tier))\(required ? "（必要）" : "")"
    }
    public func stepEvidence(_ kinds: [EvidenceKind]) -> String {
        "證據：\(kinds.map(\.rawValue).joined(separator: ", "))"
    }
    public func stepMeets(_ kind: ObligationKind) -> String { "完成時限：\(kind.rawValue) (\(name(of: kind)))" }
    public func stepReferences(_ references: [String]) -> String { "依據：\(references.joined(separator: "; "))" }
    public var noIncidents: String { "（值勤台上沒有事件）" }
    public func waiverReason(of obligation: Obligation) -> String {
        if let waiver = obligation.levelWaiver {
            let from = waiver.from.map { "第 \($0.rawValue) 級" } ?? "未分級", to = waiver.to.map { "第 \($0.rawValue) 級" } ?? "未分級"
            return "等級由\(from)改為\(to)；「\(name(of: obligation.kind))」適用等級：\(levels(waiver.appliesTo))"
        }
        return (obligation.waivedOnClose ? "結案：" : "") + (obligation.waivedReason ?? "")
    }
    public func meetingNote(_ note: String?, step: String?) -> String { "\(note ?? step.map { "處理手冊步驟 \($0)" } ?? "")" }

    // MARK: - Evidence: the register, an item, retention

    public var noEvidence: String { "（沒有證據）" }
    public func shown(_ kind: EvidenceKind) -> String { "\(name(of: kind))" }
    public func shown(_ action: CustodyEntry.Action) -> String { "\(name(of: action))" }
    public func registeredBy(_ time: String, _ actor: String) -> String { "\(time)，由 \(actor) 登錄" }
    public func disposedBy(_ time: String, _ actor: String) -> String { "\(time)，由 \(actor) 銷毀" }
    public var checkedOutMark: String { "（借出中）" }
    public var chainOfCustody: String { "保管鏈（SP 800-61 §3.3.2）" }
    public var retentionFromClosure: String { "結案後起算" }
    public var evidenceDisposed: String { "已銷毀" }
    public var evidenceOnHold: String { "保全中" }
    public var evidenceCheckedOut: String { "借出中" }
    public var evidenceMayBeDisposed: String { "可銷毀" }
    public var evidenceKept: String { "保存中" }
    public var noEvidenceOnTab: String { "沒有證據。按 e 登錄證據檔案（複製入證據庫並計算 SHA-256）。" }
    public var evidenceShowHint: String { "保管鏈與完整雜湊：certdesk evidence show ID" }
    public func retentionTitle(mayBeDisposed: Int, dueSoon: Int) -> String {
        "保存期限：\(mayBeDisposed) 件可銷毀，共 \(dueSoon) 件三個月內期滿（Esc 關閉）"
    }
    public var noRetentionEnded: String { "沒有保存期滿的證據。" }
    public var disposeHint: String { "銷毀：certdesk evidence dispose ID --reason 理由（保全中或借出中者不可銷毀）" }
}
