/// The six regional joint-defence (區域聯防) regions, each led by a municipality with its
/// neighbouring counties (../shared/domain/seed-brief.md §1; ../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L5628–20070).
public enum Region: String, CaseIterable, Sendable, Codable {
    case taipei = "TPE"
    case newTaipei = "NTP"
    case taoyuan = "TYC"
    case taichung = "TCN"
    case tainan = "TNN"
    case kaohsiung = "KHH"

    /// The code that prefixes incident ids, e.g. `TCN-2026-0042`.
    public var code: String { rawValue }

    public var name: BilingualText { BilingualText { $0.name(of: self) } }

    /// The leading municipality first, then the neighbours it covers.
    public var counties: [String] {
        switch self {
        case .taipei: return ["臺北市", "花蓮縣", "金門縣", "連江縣"]
        case .newTaipei: return ["新北市", "基隆市", "宜蘭縣"]
        case .taoyuan: return ["桃園市", "新竹縣", "新竹市", "苗栗縣"]
        case .taichung: return ["臺中市", "彰化縣", "南投縣"]
        case .tainan: return ["臺南市", "雲林縣", "嘉義縣", "嘉義市"]
        case .kaohsiung: return ["高雄市", "屏東縣", "臺東縣", "澎湖縣"]
        }
    }

    /// The region a county belongs to; accepts 台 for 臺.
    public static func containing(county: String) -> Region? {
        let normalised = String(county.map { $0 == "台" ? "臺" : $0 })
        return allCases.first { $0.counties.contains(normalised) }
    }

    /// The county an agency's name begins with (`臺中市北屯區公所` → `臺中市`; 台 read as 臺), for an
    /// agency the directory does not know: Taiwan's local agencies are named county first.
    public static func county(inName name: String) -> String? {
        let normalised = String(name.map { $0 == "台" ? "臺" : $0 })
        return allCases.lazy.flatMap(\.counties).first { normalised.hasPrefix($0) }
    }
}
