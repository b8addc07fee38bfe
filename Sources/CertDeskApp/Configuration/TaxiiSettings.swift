import CertDeskCore

/// The account the TAXII client signs in with, from the environment over the configuration
/// file's `taxii:` section (README, "TAXII 2.1"). Never from the command line, where it would
/// stay in the shell's history, and never written to the journal: a pull is journalled as the
/// incidents it brought, with the collection's address and no credential.
public struct TaxiiSettings: Sendable {
    public let user: String?
    public let password: String?
    /// Seconds each request may take, the connection included.
    public let timeoutSeconds: Int
    public let origins: [(key: String, shown: String, origin: SettingOrigin)]

    public init(user: String?, password: String?, timeoutSeconds: Int, origins: [(key: String, shown: String, origin: SettingOrigin)] = []) {
        self.user = user
        self.password = password
        self.timeoutSeconds = timeoutSeconds
        self.origins = origins
    }

    public static func resolve(environment: [String: String], configuration: ConfigurationFile?) throws(DeskError) -> TaxiiSettings {
        var chooser = SettingChooser(environment: environment)
        let file = configuration?.taxii ?? [:]
        let user = chooser.value("taxii.user", "CERTDESK_TAXII_USER", file[.user])
        let password = chooser.value("taxii.password", "CERTDESK_TAXII_PASSWORD", file[.password], secret: true)
        let timeout = try SettingChooser.seconds(chooser.value("taxii.timeout", "CERTDESK_TAXII_TIMEOUT", file[.timeout]))
        if let password, user == nil { throw SettingChooser.problem(password.origin) { $0.taxiiPasswordWithoutUser } }
        if let user, user.value.contains(":") || user.value.contains(where: { $0.asciiValue.map { $0 < 32 } == true }) {
            throw SettingChooser.problem(user.origin) { $0.taxiiUserForm }
        }
        return TaxiiSettings(user: user?.value, password: password?.value, timeoutSeconds: timeout, origins: chooser.origins)
    }
}
