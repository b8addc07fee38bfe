import CertDeskCore
import Foundation

/// `$XDG_CONFIG_HOME/certdesk/config.yaml` (default `~/.config/certdesk/config.yaml`): the
/// defaults an officer sets once. Flags and the environment override it; it overrides the
/// built-in defaults. A key it does not know is refused with its line, so a typo never leaves
/// a setting silently unset.
///
/// ```yaml
/// database: /srv/certdesk/tcn.sqlite
/// region: TCN
/// language: zh-TW
/// theme: night-watch
/// actor: 林志明
/// bell: true
/// playbooks: /srv/certdesk/playbooks
/// max_input: 1G                # the most `certdesk ingest` reads from one file or stream
/// group: certdesk-tcn          # officers of this group share the desk (files 0660, folders 2770)
/// mail:                        # how e-mail notifications go out (README, "Notifications")
///   url: smtps://mail.example.gov.tw:465
///   from: tcn-cert@example.gov.tw
///   user: tcn-cert
///   password: …                # refused unless the file is readable by its owner alone
/// sms:
///   command: /usr/local/bin/sms-send
/// ncert:                       # where the level 3–4 escalation goes
///   name: N-CERT
///   email: ncert@example.gov.tw
///   phone: 02-0000-0000
/// taxii:                       # the account for `certdesk taxii pull/push` (README, "TAXII 2.1")
///   user: tcn-cert
///   password: …                # refused unless the file is readable by its owner alone
///   timeout: 30
/// ```
public struct ConfigurationFile: Sendable {
    public enum Key: String, CaseIterable, Sendable {
        case database, region, language, theme, actor, bell, playbooks
        /// The most bytes one input file or stream may hold (`ByteSize`; `InputFile.defaultLimit`).
        case maxInput = "max_input"
        /// The group whose officers share the desk under their own accounts (`DeskSharing`).
        case group
    }

    /// Where the file is (whether or not it exists).
    public let path: String
    /// Whether there is a file there.
    public private(set) var exists = false
    public private(set) var values: [Key: ConfiguredValue] = [:]
    /// The `mail:` section, by its keys (`MailKey`).
    public private(set) var mail: [MailKey: ConfiguredValue] = [:]
    /// The `sms:` section.
    public private(set) var sms: [SMSKey: ConfiguredValue] = [:]
    /// The `ncert:` section: N-CERT's contact for the escalation.
    public private(set) var ncert: [NCERTKey: ConfiguredValue] = [:]
    /// The `taxii:` section: the account the TAXII client signs in with.
    public private(set) var taxii: [TaxiiKey: ConfiguredValue] = [:]

    /// The keys of `taxii:`: HTTP Basic `user` and `password` (TAXII 2.1 §1.6.9), `timeout` in
    /// seconds for each request.
    public enum TaxiiKey: String, CaseIterable, Sendable {
        case user, password, timeout
    }

    public enum NCERTKey: String, CaseIterable, Sendable {
        case name, email, phone
    }

    /// The keys of `mail:`: an SMTP server (`url`, with `user`, `password`, `ca_file`), or a
    /// sendmail-compatible `command`; `from` for either; `timeout` in seconds.
    public enum MailKey: String, CaseIterable, Sendable {
        case url, from, user, password, command, timeout
        case caFile = "ca_file"
    }

    /// The keys of `sms:`: the gateway `command` (the number as its last argument, the message
    /// on stdin) and its `timeout`.
    public enum SMSKey: String, CaseIterable, Sendable {
        case command, timeout
    }

    /// The file's values; none when there is no file. A file that cannot be used stops the
    /// command: settings the officer wrote must not be half applied.
    public static func load(_ environment: [String: String]) throws(DeskError) -> ConfigurationFile? {
        guard let folder = ConfigurationFolder.path(environment) else { return nil }
        let path = folder + "/config.yaml"
        guard FileManager.default.fileExists(atPath: path) else { return ConfigurationFile(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DeskError(.missingInput) { $0.fileCannotBeRead(path) }
        }
        var status = stat()
        let othersMayRead = stat(path, &status) == 0 && status.st_mode & 0o044 != 0
        do {
            return try parse(String(decoding: data, as: UTF8.self), path: path, othersMayRead: othersMayRead)
        } catch {
            throw DeskError(.usage, error.message(file: path))
        }
    }

    public init(path: String) {
        self.path = path
    }

    /// Reads the file's text. `othersMayRead`: its group or others may read it (a secret in
    /// such a file is refused before anything else is read from it).
    public static func parse(_ text: String, path: String, othersMayRead: Bool) throws(FileProblem) -> ConfigurationFile {
        var file = ConfigurationFile(path: path)
        file.exists = true
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return file }
        let document = try YAMLReader.document(text)
        if othersMayRead, let secret = document.keys().first(where: { isSecret($0.path) }) {
            throw FileProblem(line: secret.line, path: secret.path, reason: BilingualText { $0.secretInReadableFile(path) })
        }
        let mapping = try document.mapping(allowed: Set(Key.allCases.map(\.rawValue) + ["mail", "sms", "ncert", "taxii"]))
        if let section = mapping["mail"] { file.mail = try values(of: section, MailKey.self, path: path) }
        if let section = mapping["sms"] { file.sms = try values(of: section, SMSKey.self, path: path) }
        if let section = mapping["ncert"] { file.ncert = try values(of: section, NCERTKey.self, path: path) }
        if let section = mapping["taxii"] { file.taxii = try values(of: section, TaxiiKey.self, path: path) }
        for key in Key.allCases {
            guard let node = mapping[key.rawValue] else { continue }
            let value: String
            if key == .bell {
                value = try node.boolean() ? "true" : "false"
            } else {
                value = try node.string()
                if value.isEmpty { throw node.problem { $0.configurationValueEmpty } }
                if let problem = Self.problem(key, value) { throw node.problem(problem) }
            }
            file.values[key] = ConfiguredValue(value: value, origin: .configuration(file: path, line: node.line))
        }
        return file
    }

    /// A section's text values, each with its line; `timeout` a whole number of seconds.
    private static func values<K: RawRepresentable & CaseIterable & Hashable>(
        of section: YAMLReader, _ keys: K.Type, path: String
    ) throws(FileProblem) -> [K: ConfiguredValue] where K.RawValue == String {
        let fields = try section.mapping(allowed: Set(K.allCases.map(\.rawValue)))
        var values: [K: ConfiguredValue] = [:]
        for key in K.allCases {
            guard let node = fields[key.rawValue] else { continue }
            let value = try node.string()
            if value.isEmpty { throw node.problem { $0.configurationValueEmpty } }
            if key.rawValue == "timeout", Int(value).map({ (1...600).contains($0) }) != true {
                throw node.problem { $0.timeoutSeconds(TextChecks.quoted(value)) }
            }
            values[key] = ConfiguredValue(value: value, origin: .configuration(file: path, line: node.line))
        }
        return values
    }

    /// Values of a fixed set are checked as the file is read, so the error names its line.
    static func problem(_ key: Key, _ value: String) -> BilingualText? {
        switch key {
        case .region: Region(rawValue: value.uppercased()) == nil ? FixedSet.notOneOf(value, Region.allNames) : nil
        case .language: InterfaceLanguage(argument: value) == nil ? FixedSet.notOneOf(value, InterfaceLanguage.allNames) : nil
        case .actor: PersonName.problem(value)
        case .maxInput: ByteSize.parse(value) == nil ? BilingualText { $0.inputLimitForm(TextChecks.quoted(value)) } : nil
        default: nil
        }
    }

    /// A key that holds a credential (`password`, `smtp.password`, `taxii.token`, `api_key`):
    /// such a file must be readable by its owner alone.
    static func isSecret(_ keyPath: String) -> Bool {
        let last = keyPath.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return ["password", "secret", "token", "api_key", "apikey"].contains { last == $0 || last.hasSuffix("_" + $0) }
    }

    public subscript(_ key: Key) -> ConfiguredValue? { values[key] }
}
