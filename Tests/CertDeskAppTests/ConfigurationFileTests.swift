@testable import CertDeskApp
import CertDeskCore
import Foundation
import Testing

/// `config.yaml`: what it sets, the line an error names, a secret kept from other readers, and
/// its place between the environment and the defaults.
@Suite("Configuration file")
struct ConfigurationFileTests {
    static let path = "/home/officer/.config/certdesk/config.yaml"

    static func parse(_ text: String, othersMayRead: Bool = false) throws(FileProblem) -> ConfigurationFile {
        try ConfigurationFile.parse(text, path: path, othersMayRead: othersMayRead)
    }

    @Test func eachKeyIsReadWithItsLine() throws {
        let file = try Self.parse("""
            # the desk of the TCN watch
            database: /srv/certdesk/tcn.sqlite
            region: khh
            language: zh-TW
            theme: night-watch
            actor: 林志明
            bell: true
            playbooks: /srv/certdesk/playbooks
            """)
        #expect(file.exists)
        #expect(file[.database] == ConfiguredValue(value: "/srv/certdesk/tcn.sqlite", origin: .configuration(file: Self.path, line: 2)))
        #expect(file[.region]?.value == "khh")
        #expect(file[.bell]?.value == "true")
        #expect(file[.playbooks]?.origin == .configuration(file: Self.path, line: 8))
    }

    @Test func aMistakeNamesTheLineAndTheKey() {
        #expect(throws: FileProblem(line: 2, path: "regoin", reason: BilingualText { $0.yamlUnknownKey(allowed: (ConfigurationFile.Key.allCases.map(\.rawValue) + ["mail", "ncert", "sms", "taxii"]).sorted()) })) {
            try Self.parse("database: /tmp/x.sqlite\nregoin: TCN\n")
        }
        for (text, line, key) in [("language: fr\n", 1, "language"), ("\nregion: XYZ\n", 2, "region"), ("bell: yes\n", 1, "bell"),
                                  ("actor: ''\n", 1, "actor")] {
            do {
                _ = try Self.parse(text)
                Issue.record("\(text) was taken")
            } catch {
                #expect(error.line == line)
                #expect(error.path == key)
                #expect(error.message(file: Self.path, language: .en).hasPrefix("\(Self.path):\(line): \(key): "))
            }
        }
    }

    /// A credential in a file others may read is refused before anything else, wherever it is.
    @Test func aSecretInAFileOthersMayReadIsRefused() throws {
        let text = "region: TCN\nsmtp:\n  host: mail.example.gov.tw\n  password: hunter2\n"
        do {
            _ = try Self.parse(text, othersMayRead: true)
            Issue.record("a readable secret was taken")
        } catch {
            #expect(error.line == 4)
            #expect(error.path == "smtp.password")
            #expect(error.reason.en.contains("chmod 600"))
            #expect(!error.message(file: Self.path, language: .en).contains("hunter2"))
        }
        // Readable by its owner alone, the same file meets the schema's own rules instead.
        #expect(throws: FileProblem.self) { try Self.parse(text, othersMayRead: false) }
        #expect(ConfigurationFile.isSecret("taxii.api_key") && ConfigurationFile.isSecret("token") && !ConfigurationFile.isSecret("tokens_host"))
    }

    /// The TAXII account: the environment over the file's `taxii:` section, the password never
    /// shown, and a password without its user refused where it was set.
    @Test func theTaxiiAccountComesFromTheFileOrTheEnvironment() throws {
        let file = try Self.parse("taxii:\n  user: tcn-cert\n  password: Isac-pw\n  timeout: 12\n")
        let settings = try TaxiiSettings.resolve(environment: [:], configuration: file)
        #expect(settings.user == "tcn-cert" && settings.password == "Isac-pw" && settings.timeoutSeconds == 12)
        #expect(settings.origins.map(\.shown) == ["tcn-cert", "••••••", "12"])
        #expect(settings.origins.first?.origin == .configuration(file: Self.path, line: 2))
        let overridden = try TaxiiSettings.resolve(environment: ["CERTDESK_TAXII_USER": "other", "CERTDESK_TAXII_TIMEOUT": "5"], configuration: file)
        #expect(overridden.user == "other" && overridden.timeoutSeconds == 5 && overridden.password == "Isac-pw")
        #expect(try TaxiiSettings.resolve(environment: [:], configuration: nil).timeoutSeconds == 30)
        do {
            _ = try TaxiiSettings.resolve(environment: ["CERTDESK_TAXII_PASSWORD": "x"], configuration: nil)
            Issue.record("a password without a user was taken")
        } catch {
            #expect(error.message(.en).contains("CERTDESK_TAXII_PASSWORD") && error.message(.en).contains("user"))
        }
        #expect(throws: DeskError.self) { try TaxiiSettings.resolve(environment: ["CERTDESK_TAXII_USER": "a:b"], configuration: nil) }
        #expect(throws: FileProblem.self) { try Self.parse("taxii:\n  token: abc\n") }
    }

    /// Flags beat the environment, which beats the file, which beats the defaults.
    @Test func precedenceIsFlagsThenEnvironmentThenFileThenDefaults() throws {
        let file = try Self.parse("database: /from/file.sqlite\nactor: 王小明\nlanguage: zh-TW\nregion: KHH\n")
        let environment = ["HOME": "/nonexistent", "LANG": "C.UTF-8", "CERTDESK_ACTOR": "陳美玲"]
        let settings = try EffectiveSettings.resolve(.init(db: "/from/flag.sqlite"), environment: environment, configuration: file)
        #expect(settings[.database] == .init(value: "/from/flag.sqlite", origin: .option("--db")))
        #expect(settings[.actor] == .init(value: "陳美玲", origin: .environment("CERTDESK_ACTOR")))
        #expect(settings[.language] == .init(value: "zh-TW", origin: .configuration(file: Self.path, line: 3)))
        #expect(settings.region == .kaohsiung)
        #expect(settings[.theme] == .init(value: "default", origin: .builtIn))
        #expect(settings[.bell] == .init(value: "false", origin: .builtIn))
        let none = try EffectiveSettings.resolve(.init(), environment: environment, configuration: nil)
        #expect(none[.language] == .init(value: "en", origin: .locale("LANG")))
        #expect(none[.database] == .init(value: "/nonexistent/.local/share/certdesk/certdesk.sqlite", origin: .builtIn))
        #expect(none[.playbooks].origin == .builtIn)
    }
}
