import CertDeskCore
import CertDeskStore
import Foundation

/// Every setting in force and where it came from, resolved once for every command (and printed
/// by `certdesk config show`). Precedence, highest first: the command-line option, the
/// environment, the configuration file, then what certdesk finds by itself (the locale, the
/// login name, the folders of `RuleLocation`) or its built-in default.
public struct EffectiveSettings: Sendable {
    public typealias Key = ConfigurationFile.Key

    public struct Setting: Sendable, Equatable {
        public let value: String
        public let origin: SettingOrigin
    }

    /// What the command line said (nil: not given).
    public struct Flags: Sendable {
        public var db: String?
        public var actor: String?
        public var region: Region?
        public var language: InterfaceLanguage?
        public var playbooks: String?
        public var theme: String?
        public var bell: Bool
        public var maxInput: String?

        public init(db: String? = nil, actor: String? = nil, region: Region? = nil, language: InterfaceLanguage? = nil,
                    playbooks: String? = nil, theme: String? = nil, bell: Bool = false, maxInput: String? = nil) {
            self.maxInput = maxInput
            self.db = db
            self.actor = actor
            self.region = region
            self.language = language
            self.playbooks = playbooks
            self.theme = theme
            self.bell = bell
        }
    }

    public let configuration: ConfigurationFile?
    public private(set) var settings: [Key: Setting] = [:]
    public let rules: RuleLocation

    public subscript(_ key: Key) -> Setting { settings[key]! }

    public var language: InterfaceLanguage { InterfaceLanguage(argument: self[.language].value) ?? .en }
    public var region: Region { Region(rawValue: self[.region].value.uppercased()) ?? .taichung }
    public var bell: Bool { self[.bell].value == "true" }
    /// Checked as it was resolved: a value that is not a size never gets this far.
    public var inputLimit: Int64 { ByteSize.parse(self[.maxInput].value) ?? InputFile.defaultLimit }

    /// Who may write the desk besides its owner: the `group` setting, resolved on this machine.
    public func sharing() throws(DeskError) -> DeskSharing {
        let setting = self[.group]
        guard !setting.value.isEmpty else { return .ownerOnly }
        guard let sharing = DeskSharing(group: setting.value) else {
            throw DeskError(.usage) { $0.inSetting(setting.origin.naming(Key.group.rawValue), $0.unknownSharingGroup(setting.value)) }
        }
        return sharing
    }

    /// Reads the configuration file too; a file that cannot be used is an error.
    public static func resolve(_ flags: Flags, environment: [String: String]) throws(DeskError) -> EffectiveSettings {
        try resolve(flags, environment: environment, configuration: ConfigurationFile.load(environment))
    }

    public static func resolve(_ flags: Flags, environment: [String: String],
                               configuration: ConfigurationFile?) throws(DeskError) -> EffectiveSettings {
        var settings: [Key: Setting] = [:]
        func choose(_ key: Key, flag: String?, flagName: String, variable: String?, fallback: () throws(DeskError) -> Setting) throws(DeskError) {
            if let flag, !flag.isEmpty {
                settings[key] = Setting(value: flag, origin: .option(flagName))
            } else if let variable, let value = environment[variable], !value.isEmpty {
                settings[key] = Setting(value: value, origin: .environment(variable))
            } else if let configured = configuration?[key] {
                settings[key] = Setting(value: configured.value, origin: configured.origin)
            } else {
                settings[key] = try fallback()
            }
        }
        try choose(.database, flag: flags.db, flagName: "--db", variable: "CERTDESK_DB") { () throws(DeskError) in
            Setting(value: try DeskSettings.defaultFolder(environment) + "/certdesk.sqlite", origin: .builtIn)
        }
        try choose(.region, flag: flags.region?.rawValue, flagName: "--region", variable: "CERTDESK_REGION") {
            Setting(value: Region.taichung.rawValue, origin: .builtIn)
        }
        if case .environment(let variable) = settings[.region]!.origin {
            let code = settings[.region]!.value
            if Region(rawValue: code.uppercased()) == nil {
                let problem = FixedSet.notOneOf(code, Region.allNames)
                throw DeskError(.usage) { $0.inSetting(variable, $0.say(problem)) }
            }
        }
        try choose(.language, flag: flags.language?.rawValue, flagName: "--lang", variable: nil) {
            guard let locale = InterfaceLanguage.locale(in: environment) else {
                return Setting(value: InterfaceLanguage.en.rawValue, origin: .builtIn)
            }
            return Setting(value: InterfaceLanguage.fromLocale(locale.value).rawValue, origin: .locale(locale.variable))
        }
        try choose(.theme, flag: flags.theme, flagName: "--theme", variable: "CERTDESK_THEME") {
            Setting(value: "default", origin: .builtIn)
        }
        try choose(.actor, flag: flags.actor, flagName: "--actor", variable: "CERTDESK_ACTOR") {
            Setting(value: DeskSettings.loginName(environment), origin: .loginName)
        }
        try choose(.bell, flag: flags.bell ? "true" : nil, flagName: "--bell", variable: nil) {
            Setting(value: "false", origin: .builtIn)
        }
        try choose(.maxInput, flag: flags.maxInput, flagName: "--max-input", variable: "CERTDESK_MAX_INPUT") {
            Setting(value: InputFile.defaultLimitSetting, origin: .builtIn)
        }
        if let setting = settings[.maxInput], ByteSize.parse(setting.value) == nil {
            throw DeskError(.usage) { $0.inSetting(setting.origin.naming(Key.maxInput.rawValue), $0.inputLimitForm(TextChecks.quoted(setting.value))) }
        }
        try choose(.group, flag: nil, flagName: "", variable: "CERTDESK_GROUP") {
            Setting(value: "", origin: .builtIn)
        }
        let rules = RuleLocation.playbooks(option: flags.playbooks, configured: configuration?[.playbooks], environment: environment)
        settings[.playbooks] = Setting(value: rules.files.folder ?? rules.files.location(of: ""), origin: rules.origin)
        return EffectiveSettings(configuration: configuration, settings: settings, rules: rules)
    }
}
