/// 通知的中文用語。
extension ChineseWords {
    public var fallbackOnThePlatform: String { "改以其他方式通報即不經通報平臺：請選 phone、fax、sms、email 或 other" }
    public func noNotification(_ id: String) -> String { "沒有通知 \(id)" }
    public func confirmingAFailedNotification(_ id: String) -> String { "\(id) 傳送失敗，對方未曾收到：請改為重送" }
    public func notificationAlreadyConfirmed(_ id: String, at: String) -> String { "\(id) 已於 \(at) 確認收到" }
    public func confirmedBeforeSent(_ id: String, sent: String) -> String { "確認收到的時間不能早於送出時間（\(id) 於 \(sent) 送出）" }
    public func retryingWhatWentOut(_ id: String) -> String { "\(id) 已送出，無須重送" }
    public func eventForUnknownNotification(_ id: String) -> String { "日誌確認了從未記錄的通知 \(id)" }
    public var exerciseNotSent: String { "演練：未實際送出" }
    public func name(of outcome: NotificationRecord.Outcome) -> String {
        switch outcome {
        case .sent: "已送出"
        case .confirmed: "已確認收到"
        case .failed: "失敗"
        }
    }
    public func name(of delivery: NotificationRecord.Delivery) -> String {
        switch delivery {
        case .smtp: "經 SMTP 伺服器"
        case .sendmail: "經郵件指令"
        case .smsGateway: "經簡訊閘道"
        case .recorded: "值勤人員登錄"
        case .exercise: exerciseNotSent
        }
    }
    public func name(of channel: NotificationRecord.Channel) -> String {
        switch channel {
        case .phone: "電話"
        case .fax: "傳真"
        case .sms: "簡訊"
        case .email: "電子郵件"
        case .platform: "通報平臺"
        case .other: "其他"
        }
    }
    public func timeoutSeconds(_ value: String) -> String { "\(value) 不是逾時秒數：請用 1 到 600 的整數秒" }
    public func mailURLInvalid(_ value: String) -> String {
        "\(value) 不是郵件伺服器：請用 smtp://主機:埠（伺服器提供時以 STARTTLS 加密）或 smtps://主機:埠，帳號密碼另外設定"
    }
    public var mailPasswordWithoutUser: String { "設定了密碼卻沒有帳號：請一併設定帳號（CERTDESK_SMTP_USER、mail.user）" }
    public func commandUnreadable(_ value: String) -> String { "\(value) 不是可執行的指令：引號未成對，或內容為空" }
    public func notificationFailure(_ kind: NotificationRecord.FailureKind, _ detail: String) -> String {
        switch kind {
        case .unreachable: "無法連上郵件伺服器 \(detail)"
        case .timedOut: "郵件伺服器未在 \(detail) 秒內完成"
        case .refused: "郵件伺服器拒絕 \(detail)"
        case .closed: "郵件伺服器在 \(detail) 時中斷連線"
        case .tls: "與郵件伺服器建立 TLS 失敗：\(detail)"
        case .untrustedCertificate: "郵件伺服器的憑證不受信任：若為自建憑證機構，請將 CERTDESK_SMTP_CA_FILE（mail.ca_file）設為其 PEM 檔"
        case .trustFileUnreadable: "憑證機構檔無法讀取為 PEM 憑證：\(detail)"
        case .malformedReply: "郵件伺服器的回應不是 SMTP：\(detail)"
        case .noTLSForPassword: "郵件伺服器未提供 STARTTLS，密碼不會以明文送出：請改用 smtps:// 或支援 STARTTLS 的伺服器"
        case .noAuthMechanism: "郵件伺服器未提供 certdesk 支援的登入方式（PLAIN、LOGIN）" + (detail.isEmpty ? "" : "；它提供 \(detail)")
        case .needsSMTPUTF8: "郵件伺服器不接受非 ASCII 的地址（SMTPUTF8）：\(detail)"
        case .commandFailed: "指令執行失敗（指令：結束狀態：輸出）：\(detail)"
        case .commandNotRun: "無法啟動指令：\(detail)"
        case .commandTimedOut: "指令未在時限內完成，已中止（指令：秒數）：\(detail)"
        }
    }
    public var mailNotConfigured: String {
        "尚未設定電子郵件：請設定 CERTDESK_SMTP_URL 與 CERTDESK_SMTP_FROM（或 config.yaml 的 mail:）；若郵件已以其他方式寄出，請加 --recorded 登錄"
    }
    public var mailFromMissing: String { "未設定寄件人地址：CERTDESK_SMTP_FROM，或 config.yaml 的 mail.from" }
    public func recipientNotAnAddress(_ value: String) -> String { "\(value) 不是電子郵件地址（名稱@網域）" }
    public var sentNowNotEarlier: String { "此通知由系統立即送出，不能填較早的時間：已以其他方式送出者請加 --recorded" }
    public func messageNeeded(_ channel: String) -> String { "\(channel) 需要訊息內容：請指定 --template 或 --message" }
    public var noContactToReach: String { "名冊中沒有此機關的聯絡人：請指定 --channel 與 --to（以 certdesk agencies import 匯入名冊）" }
    public func clocksMetByNotification(_ kinds: [String]) -> String { "已符合 " + kinds.joined(separator: "、") }
    public var notificationColumns: [String] { ["編號", "送出", "管道", "對象", "範本", "狀態", "說明"] }
    public var notificationWorkColumns: [String] { ["事件", "等級", "期限", "機關", "待辦", "狀態"] }
    public func fallbackBecause(_ reason: String) -> String { "未使用通報平臺：\(reason)" }
    public func retryOfNotification(_ id: String) -> String { "\(id) 失敗後重送" }
    public func notificationDraftReady(_ template: String) -> String { "草稿待送：\(template)" }
    public func notificationFailedItem(_ id: String, _ channel: String, _ recipient: String) -> String {
        "失敗：\(id) \(channel) → \(recipient)"
    }
    public var notificationTo: String { "對象" }
    public var notificationTemplateLabel: String { "範本" }
    public var notificationSubject: String { "主旨" }
    public var noNotifications: String { "尚無通知紀錄。" }
    public var noNotificationWork: String { "沒有待辦的通知：通知時限皆已符合，也沒有失敗的傳送。" }
    public func notificationFailedRetry(_ id: String) -> String { "失敗的傳送已記錄為 \(id)；重送：certdesk notify --retry \(id)" }
    public func platformReentered(_ id: String) -> String { "\(id) platform-reentry：已符合" }
    public func notificationConfirmed(_ id: String) -> String { "\(id)：對方已確認收到" }
    public var notifyNeedsOneOf: String { "請指定事件編號，或 --retry 編號，或 --confirm 編號（通知選項僅能搭配事件編號）" }
    public var tabNotifications: String { "通知" }
    public var helpNotify: String { "通知機關聯絡人員或 N-CERT：系統預填的表單，寄出或登錄" }
    public var hintNotify: String { "通知" }
    public var helpOutbox: String { "寄件匣：全案待送（時限進行中的草稿、待補登）與失敗的通知" }
    public func notifyFormTitle(_ id: String) -> String { "通知 · \(id)" }
    public var notifyFieldLabels: [String] { ["範本", "管道", "方式", "對象", "完成時間", "改用其他方式", "主旨", "內容"] }
    public var noTemplate: String { "不使用範本（自訂內容）" }
    public func templateMeets(_ clock: String) -> String { "符合 \(clock)" }
    public var templateMeetsNothing: String { "不符合任何時限" }
    public var recordOnly: String { "僅登錄：已以其他方式完成" }
    public func sendsBy(_ delivery: String) -> String { "寄出：\(delivery)" }
    public var timeNow: String { "現在" }
    public var platformUsable: String { "可使用通報平臺" }
    public var notifyFormHint: String { "Enter 寄出／登錄 · 內容中按 Ctrl-X · Tab 下一欄 · ←/→ 選擇 · Esc 取消" }
    public var notificationNotSent: String { "未寄出任何通知" }
    public var notificationNeedsRecipient: String { "請填寫通知對象" }
    public func notificationRecording(_ id: String) -> String { "正在登錄 \(id) 的通知…" }
    public func notificationSending(_ id: String, _ how: String) -> String { "正在寄出 \(id) 的通知（\(how)）…" }
    public func reentryHint(_ id: String) -> String { "通報平臺補登後：certdesk reentry \(id)" }
    public var outboxTitle: String { "寄件匣：待送與失敗的通知" }
    public var outboxHint: String { "Enter 或 N 開啟通知 · Esc 關閉" }
    public var notificationsTabHint: String { "N 通知 · O 全案寄件匣" }
    public var owedForIncident: String { "待辦：" }
    public func notInQueue(_ id: String) -> String { "\(id) 不在目前篩選的清單中：請清除篩選（/）或顯示已結案者（c）" }
    public func outboxShown(_ shown: Int, of total: Int) -> String { "（共 \(total) 件，列出最急的 \(shown) 件）" }
    public func moreOwed(_ count: Int) -> String { "…另有 \(count) 件待辦（積案）：加 --all 全部列出" }
}
