/// The release this build is, as `certdesk --version` prints it.
public enum CertDeskVersion {
    public static let text = "0.12.0"
}
