/// A reporting agency (CI 提供者, ../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L14318–14322) and the people to call when it has an
/// incident (資訊安全事件聯絡人員, ../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L14500).
public struct Agency: Hashable, Sendable {
    /// Responsibility grade 資通安全責任等級 (../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L14474; C+ at L5839).
    public enum Grade: String, CaseIterable, Sendable {
        case a = "A", b = "B", cPlus = "C+", c = "C", d = "D"
    }

    /// How the contact prefers to be reached; the 60-minute rule allows phone, fax, SMS or email
    /// "依據 CI 提供者需求" (../shared/seed/regional-joint-defence-plan-108-109.zh-TW.txt L14488–14504).
    public enum Channel: String, CaseIterable, Sendable {
        case phone, fax, sms, email
    }

    /// An incident contact person (資訊安全事件聯絡人員) and how to reach them.
    public struct Contact: Hashable, Sendable {
        public var name: String
        /// What they are to the agency (資安長, 資訊室主任, 承辦人…), as the directory says.
        public var role: String?
        public var phone: String?
        public var fax: String?
        public var sms: String?
        public var email: String?
        /// The channels the agency asked to be reached by, first choice first ("依據 CI 提供者
        /// 需求"): the notice goes by the first one the contact has an address for.
        public var channels: [Channel]

        public init(name: String, role: String? = nil, phone: String? = nil, fax: String? = nil, sms: String? = nil,
                    email: String? = nil, channels: [Channel] = []) {
            self.name = name
            self.role = role
            self.phone = phone
            self.fax = fax
            self.sms = sms
            self.email = email
            self.channels = channels
        }

        /// The first choice, if the agency gave one.
        public var preferredChannel: Channel? { channels.first }

        /// Where `channel` reaches this contact (nil when the directory has no address for it).
        public func address(_ channel: Channel) -> String? {
            switch channel {
            case .phone: return phone
            case .fax: return fax
            case .sms: return sms
            case .email: return email
            }
        }
    }

    public var id: String
    public var name: String
    public var nameEn: String?
    public var region: Region
    public var county: String
    /// 戶政, 地政, 警政, 衛政, 社政, 公所... kept as the directory's own short code
    /// (e.g. `police`, `township-office`).
    public var type: String
    public var grade: Grade
    public var contacts: [Contact]

    public init(id: String, name: String, nameEn: String? = nil, region: Region, county: String, type: String,
                grade: Grade, contacts: [Contact]) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
        self.region = region
        self.county = county
        self.type = type
        self.grade = grade
        self.contacts = contacts
    }
}
