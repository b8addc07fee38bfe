/// 機關名冊的中文用語。
extension ChineseWords {
    public var directoryNotUTF8: String { "不是 UTF-8 文字：請將名冊另存為 CSV UTF-8（或 YAML）後再匯入" }
    public var csvQuoteNotClosed: String { "此行開始的引號欄位沒有結束" }
    public func csvColumnUnknown(_ column: String, _ known: String) -> String { "欄位 \(column) 不在可用欄位中：\(known)" }
    public var csvColumnTwice: String { "標題列中此欄位出現兩次" }
    public var csvColumnMissing: String { "標題列缺少此必要欄位" }
    public func csvFieldCount(_ found: Int, expected: Int) -> String { "有 \(found) 個欄位，標題列為 \(expected) 個" }
    public var directoryEmpty: String { "名冊中沒有任何機關" }
    public func directoryNameTwice(_ name: String, _ otherID: String) -> String {
        "\(name) 也是 \(otherID) 的名稱；事件以機關名稱對應名冊，同一名稱只能是一個機關"
    }
    public func directoryAgencyDiffers(_ id: String, firstLine: Int) -> String {
        "與 \(id) 的第一列（第 \(firstLine) 行）不同；同機關的其他聯絡人須照抄機關欄位"
    }
    public func directoryIDTwice(_ id: String, firstLine: Int) -> String { "\(id) 已列於第 \(firstLine) 行" }
    public var directoryControlCharacter: String { "不得含控制字元" }
    public func directoryNumberForm(_ value: String) -> String { "\(value) 不是電話號碼：僅限數字與 + - ( ) # 及空白" }
    public func directoryEmailForm(_ value: String) -> String { "\(value) 不是電子郵件地址（name@domain）" }
    public func directoryChannelTwice(_ channel: String) -> String { "\(channel) 重複列出" }
    public func directoryChannelWithoutAddress(_ channel: String) -> String { "偏好 \(channel) 但聯絡人沒有 \(channel) 的號碼或地址" }
    public var directoryNeedsContact: String { "機關至少需有一位資安事件聯絡人員" }
    public func agencyOfAnotherRegion(_ id: String, _ region: String, desk: String) -> String {
        "\(id) 屬於 \(region) 區域；本平台為 \(desk)"
    }
    public func directoryImported(added: Int, updated: Int, unchanged: Int) -> String {
        "名冊已匯入：新增 \(added)、更新 \(updated)、未變更 \(unchanged) 個機關"
    }
    public var noAgencies: String { "本平台尚無機關名冊（certdesk agencies import FILE）" }
    public func noAgency(_ id: String) -> String { "名冊中沒有機關 \(id)" }
    public var agencyListColumns: [String] { ["代號", "名稱", "縣市", "類型", "等級", "聯絡人", "通知方式"] }
    public var agencyRegion: String { "區域" }
    public var agencyCounty: String { "縣市" }
    public var agencyType: String { "類型" }
    public var agencyGrade: String { "資通安全責任等級" }
    public var agencyContacts: String { "資安事件聯絡人員" }
    public func name(of channel: Agency.Channel) -> String {
        switch channel {
        case .phone: "電話"
        case .fax: "傳真"
        case .sms: "簡訊"
        case .email: "電子郵件"
        }
    }
    public func channelOrder(_ names: [String]) -> String { names.joined(separator: "，其次") }
    public var noChannelGiven: String { "未指定通知方式" }
    public var agencyContactLabel: String { "聯絡人員" }
    public func templateUnreadable(_ reason: String) -> String { "不是有效的 Mustache 範本：\(reason)" }
    public func levelInMessage(_ level: IncidentLevel?) -> String { level.map { "第 \($0.rawValue) 級" } ?? "未分級" }
    public var templateSectionNotClosed: String { "以 {{#name}} 或 {{^name}} 開始的區段沒有以 {{/name}} 結束" }
    public var templateSectionClosedByAnother: String { "區段結束的名稱與開始時不同" }
    public var templateTagNotClosed: String { "標籤沒有以 }} 結束" }
    public func notificationUnreadable(_ id: String) -> String { "\(id) 的某筆通知紀錄無法讀取" }
    public func name(of template: NotificationTemplate) -> String {
        switch template {
        case .agencyContact: "通知聯絡人員"
        case .ncert: "陳報 N-CERT"
        case .closure: "結案通報"
        }
    }
}
