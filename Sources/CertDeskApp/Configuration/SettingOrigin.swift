/// Where a setting in force came from, as `certdesk config show` prints it beside the value
/// (the way `git config --show-origin` does). Precedence is flags, then the environment, then
/// the configuration file, then what certdesk finds or assumes by itself.
public enum SettingOrigin: Sendable, Equatable {
    /// A command-line option (`--db`).
    case option(String)
    /// An environment variable (`CERTDESK_DB`).
    case environment(String)
    /// A key of the configuration file, at its line.
    case configuration(file: String, line: Int?)
    /// A folder found in the configuration folder (`~/.config/certdesk/playbooks`).
    case configurationFolder(String)
    /// A `themes/` folder beside the playbooks folder in force.
    case besidePlaybooks(String)
    /// A folder of the installation (`<prefix>/share/certdesk/…`).
    case installed(String)
    /// The locale, from this variable (`LANG`), for the language.
    case locale(String)
    /// The login name, for who is acting.
    case loginName
    /// certdesk's own default, or its compiled-in rules.
    case builtIn

    /// How a refusal names the setting: the option, the variable, or the file's line and key.
    public func naming(_ key: String) -> String {
        switch self {
        case .option(let option): option
        case .environment(let variable): variable
        case .configuration(let file, let line): "\(file):" + (line.map { "\($0): " } ?? " ") + key
        default: key
        }
    }
}

/// A value the configuration file gives, with its line.
public struct ConfiguredValue: Sendable, Equatable {
    public let value: String
    public let origin: SettingOrigin

    public init(value: String, origin: SettingOrigin) {
        self.value = value
        self.origin = origin
    }
}

/// `$XDG_CONFIG_HOME/certdesk`, default `~/.config/certdesk` (XDG Base Directory
/// Specification): the configuration file and the folders that override the built-in rules.
public enum ConfigurationFolder {
    public static func path(_ environment: [String: String]) -> String? {
        if let home = environment["XDG_CONFIG_HOME"], home.hasPrefix("/") { return home + "/certdesk" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/certdesk"
    }
}
