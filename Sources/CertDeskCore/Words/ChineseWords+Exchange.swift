/// 情資交換（TAXII、阻擋清單、去識別化案例）的中文用語。
extension ChineseWords {
    public var taxiiPasswordWithoutUser: String { "TAXII 密碼須有帳號（taxii.user 或 CERTDESK_TAXII_USER）" }
    public var taxiiUserForm: String { "TAXII 帳號不得含冒號或控制字元（HTTP Basic，RFC 7617）" }
    public func taxiiAddressForm(_ quoted: String) -> String {
        "\(quoted) 不是 TAXII 伺服器位址：須為 http:// 或 https://、主機名稱，必要時加路徑（例：https://isac.example.gov.tw/taxii2/）"
    }
    public var taxiiAddressWithCredential: String {
        "位址含帳號或密碼：請將帳號寫在設定檔的 taxii: 區段，或 CERTDESK_TAXII_USER 與 CERTDESK_TAXII_PASSWORD"
    }
    public func taxiiCredentialOverHTTP(_ address: String) -> String {
        "\(address)：TAXII 帳號只經 HTTPS 傳送（純 HTTP 僅限本機）；請改用 https://"
    }
    public func taxiiTimedOut(_ address: String, seconds: Int) -> String {
        "\(address) 未在 \(seconds) 秒內回應（taxii.timeout）；值勤台未做任何變更"
    }
    public func taxiiUnreachable(_ address: String, reason: String) -> String {
        "無法連線 \(address)（\(reason)）；值勤台未做任何變更"
    }
    public func taxiiReplyTooLarge(_ address: String, limit: Int) -> String {
        "\(address) 單次回應超過 \(limit >> 20) MiB；值勤台未做任何變更"
    }
    public func taxiiNotHTTP(_ address: String) -> String { "\(address) 未以 HTTP 回應；值勤台未做任何變更" }
    public func taxiiRedirected(_ address: String, status: Int, to target: String) -> String {
        "\(address) 回應 \(status)，轉址至 \(target)：certdesk 不帶帳號跟隨轉址；請直接指定該位址"
    }
    public func taxiiErrorStatus(_ address: String, status: Int, said: String?) -> String {
        let hint = status == 401 || status == 403 ? "（請檢查 taxii.user 與 taxii.password）" : ""
        return "\(address) 回應 HTTP \(status)\(said.map { "：" + $0 } ?? "")\(hint)；值勤台未做任何變更"
    }
    public func taxiiNotJSON(_ address: String, contentType: String) -> String {
        "\(address) 的回應不是 TAXII JSON（內容類型 \(contentType)）；值勤台未做任何變更"
    }
    public func taxiiUnexpected(_ address: String, field: String, reason: String) -> String {
        "\(address) 回應的 JSON 不符 TAXII 2.1：\(field.isEmpty ? "" : field + "：")\(reason)；值勤台未做任何變更"
    }
    public var taxiiMoreWithoutNext: String { "\"more\" 為 true 卻沒有可續取的 \"next\"" }
    public func taxiiChooseAPIRoot(_ address: String, roots: [String]) -> String {
        "\(address) 沒有預設 API root；請以 --api-root 指定：\(roots.isEmpty ? "（未提供任何 API root）" : roots.joined(separator: "、"))"
    }
    public func taxiiNot21(_ address: String, versions: [String]) -> String {
        "\(address) 不支援 TAXII 2.1（提供：\(versions.isEmpty ? "無版本" : versions.joined(separator: "、"))）"
    }
    public func taxiiNoSuchCollection(_ quoted: String, at address: String, known: [String]) -> String {
        "\(address) 沒有集合 \(quoted)" + (known.isEmpty ? "（此帳號看不到任何集合）" : "；現有：" + known.joined(separator: "、"))
    }
    public func taxiiCannotRead(_ collection: String) -> String { "此帳號無法讀取 \(collection)（can_read 為 false）" }
    public func taxiiCannotWrite(_ collection: String) -> String { "此帳號無法寫入 \(collection)（can_write 為 false）" }
    public func taxiiTooManyObjects(_ collection: String, limit: Int) -> String {
        "\(collection) 書籤之後的物件超過 \(Digits.grouped(limit)) 個；值勤台未做任何變更"
    }
    public func taxiiObjectRefused(_ collection: String, field: String, reason: String) -> String {
        "\(collection)：\(field)：\(reason)；本次取回的內容均未匯入，書籤維持不變"
    }
    public func taxiiPulled(objects: Int, pages: Int, from collection: String) -> String {
        "自 \(collection) 取回 \(Digits.grouped(objects)) 個物件，共 \(pages) 頁"
    }
    public func taxiiPullIngested(_ ingested: Int, duplicates: Int) -> String {
        "匯入 \(Digits.grouped(ingested)) 件事件，\(Digits.grouped(duplicates)) 件已在值勤台"
    }
    public func taxiiBookmark(_ bookmark: String?) -> String {
        bookmark.map { "下次自 \($0) 之後取回" } ?? "伺服器未提供 X-TAXII-Date-Added-Last：下次將重新讀取整個集合"
    }
    public func taxiiPullProgress(pages: Int, objects: Int) -> String { "取回中：\(pages) 頁，\(Digits.grouped(objects)) 個物件" }
    public func taxiiPushed(_ sent: Int, unchanged: Int, to collection: String) -> String {
        "已送出 \(Digits.grouped(sent)) 個物件至 \(collection)" + (unchanged > 0 ? "（\(Digits.grouped(unchanged)) 個已有相同版本，未重送）" : "")
    }
    public func taxiiPushStatus(successes: Int, failures: Int, pending: Int) -> String {
        "接受 \(Digits.grouped(successes))、拒絕 \(Digits.grouped(failures))、處理中 \(Digits.grouped(pending))"
    }
    public func taxiiPushFailure(_ id: String, message: String?) -> String { "拒絕 \(id)" + (message.map { "：" + $0 } ?? "") }
    public var taxiiPageSizeRange: String { "--page-size 須為 1 至 10000 之整數" }
    public var taxiiPushNeedsIncidents: String { "請指定要送出的事件" }
    public func blocklistFlagged(_ count: Int) -> String {
        "\(Digits.grouped(count)) 項待人工檢視而未列入（文件用、私有或保留位址，保留或政府網域）：請見 --format csv"
    }
    public func pseudonym(_ kind: Pseudonyms.Kind, letter: String) -> String {
        switch kind {
        case .agency: "〔機關\(letter)〕"
        case .person: "〔人員\(letter)〕"
        case .email: "〔電子郵件\(letter)〕"
        case .phone: "〔電話\(letter)〕"
        case .internalAddress: "〔內部IP \(letter)〕"
        case .host: "〔主機\(letter)〕"
        case .deskID: "〔案號\(letter)〕"
        }
    }
    public func caseTitle(_ category: IncidentCategory, level: IncidentLevel?) -> String {
        "案例：\(name(of: category))" + (level.map { "（\($0.rawValue) 級）" } ?? "（未分級）")
    }
    public func caseWhen(_ month: ReportMonth, agency: String, agencyType: String?) -> String {
        monthName(month) + " · " + agency + (agencyType.map { "（\($0)）" } ?? "")
    }
    public var caseDeidentifiedNotice: String {
        "已去識別化：機關、人員、電子郵件、電話、內部位址、主機名稱與編號均為代稱，日期僅列年月。對外提供前請再詳閱一次。"
    }
    public var caseExercise: String { "本案例為演練，並非實際事件。" }
    public var caseSectionStory: String { "事件經過" }
    public var caseSectionTimeline: String { "時間軸" }
    public var caseSectionActions: String { "處理作為" }
    public var caseSectionNotes: String { "處理紀錄" }
    public var caseSectionLessons: String { "經驗與教訓" }
    public var caseTimelineBasis: String { "T+0:00 為機關知悉時間。" }
    public func caseMilestone(_ kind: InvestigationReport.Milestone.Kind) -> String {
        switch kind {
        case .occurred: "事件發生"
        case .aware: "機關知悉"
        case .reported: "通報本中心"
        case .notified: "完成平台通報"
        case .contained: "完成損害控制"
        case .recovered: "完成復原"
        case .closed: "結案"
        }
    }
    public func caseClockMet(_ kind: ObligationKind, late: Bool) -> String {
        "\(name(of: kind))" + (late ? "逾時完成" : "如期完成")
    }
    public func caseSkipped(_ reason: String) -> String { "略過：\(reason)" }
    public var caseNoNote: String { "已完成（無紀錄）" }
    public var caseNothingRecorded: String { "無紀錄" }
    public var caseRootCause: String { "根因" }
    public var caseRecurrence: String { "防止再發" }
    public var falsePositiveClosesOnly: String { "--false-positive 會將事件結案：階段請指定 closed" }
    public var falsePositiveOrOverride: String { "--false-positive 已含理由：請勿再加 --override" }
    public func closedAsFalsePositive(_ id: String) -> String { "\(id) 已以誤判結案" }
    public var falsePositiveMark: String { "誤判" }
}
