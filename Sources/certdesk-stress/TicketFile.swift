import Foundation

/// JSON Lines of realistic tickets for the harness: the region's agencies, Chinese titles, every
/// category, most levels set, and `aware_at` spread back over `daysBack` days — a year's backlog
/// has most of its legal clocks long past due.
enum TicketFile {
    static let agencies = ["臺中市政府", "臺中市北屯區公所", "彰化縣政府", "彰化縣衛生局", "南投縣政府", "南投縣仁愛鄉公所",
                           "臺中市西屯區戶政事務所", "國立中興大學", "臺中榮民總醫院", "彰化縣立彰化高級中學"]
    static let categories = ["ransomware", "ddos", "defacement", "data-leak", "unauthorized-access",
                             "malware-outbreak", "c2-beacon", "phishing", "spam", "other"]
    static let titles = ["主機疑似遭勒索軟體加密", "官網首頁遭置換", "大量異常連線疑似 DDoS", "員工帳號疑似外洩",
                         "內部主機對外連線至已知 C2", "收到仿冒公文之釣魚郵件", "伺服器出現未授權登入紀錄", "端點偵測到惡意程式擴散"]

    /// `count` tickets with ids `<prefix>-000001`…; ticket `n` became known `n * daysBack / count` days ago.
    static func lines(prefix: String, count: Int, daysBack: Double, now: Date = Date()) -> String {
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withInternetDateTime]
        var out = ""
        out.reserveCapacity(count * 330)
        for n in 0..<count {
            let aware = now.addingTimeInterval(-Double(count - n) / Double(max(count, 1)) * daysBack * 86_400 - 60)
            let level = n % 7 == 0 ? "null" : String(n % 4 + 1)
            // The title starts with a mark of its own, so that a console can be asked for it.
            let title = "\(prefix)-\(n + 1) \(agencies[n % agencies.count])\(titles[n % titles.count])"
            out += #"{"id":"\#(prefix)-\#(String(format: "%06d", n + 1))","title":"\#(title)","category":"\#(categories[n % categories.count])","#
                + #""level":\#(level),"agency":"\#(agencies[(n / 3) % agencies.count])","aware_at":"\#(format.string(from: aware))","#
                + #""description":"SOC 告警：來源 203.0.113.\#(n % 250 + 1)，已通知機關窗口確認。"}"# + "\n"
        }
        return out
    }

    static func write(_ path: String, prefix: String, count: Int, daysBack: Double) throws {
        try Data(lines(prefix: prefix, count: count, daysBack: daysBack).utf8).write(to: URL(fileURLWithPath: path))
    }
}
