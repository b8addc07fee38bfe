import CertDeskCore

/// Chooses each setting of a section from the environment over the configuration file, and
/// remembers where every chosen value came from (for `certdesk config show`). A secret is
/// remembered as dots: no listing prints it.
struct SettingChooser {
    typealias Chosen = (value: String, origin: SettingOrigin)

    let environment: [String: String]
    private(set) var origins: [(key: String, shown: String, origin: SettingOrigin)] = []

    init(environment: [String: String]) {
        self.environment = environment
    }

    mutating func value(_ key: String, _ variable: String, _ configured: ConfiguredValue?, secret: Bool = false,
                        shown: (String) -> String = { $0 }) -> Chosen? {
        let chosen: Chosen?
        if let text = environment[variable], !text.isEmpty {
            chosen = (text, .environment(variable))
        } else if let configured {
            chosen = (configured.value, configured.origin)
        } else {
            chosen = nil
        }
        if let chosen { origins.append((key, secret ? "••••••" : shown(chosen.value), chosen.origin)) }
        return chosen
    }

    /// A setting that is wrong, named by where it was set.
    static func problem(_ origin: SettingOrigin, _ say: @escaping @Sendable (any Words) -> String) -> DeskError {
        DeskError(.usage) { words in words.inSetting(origin.place(words), say(words)) }
    }

    /// A timeout in whole seconds, 1–600; 30 when not set.
    static func seconds(_ chosen: Chosen?) throws(DeskError) -> Int {
        guard let chosen else { return 30 }
        guard let n = Int(chosen.value), (1...600).contains(n) else {
            throw problem(chosen.origin) { $0.timeoutSeconds(TextChecks.quoted(chosen.value)) }
        }
        return n
    }
}
