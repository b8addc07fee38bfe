import Foundation

/// Which tree of rule files is in force, and why (README, "Where the rules come from"). The
/// first of these wins, as a whole — a policy is never half one folder and half another:
///
/// 1. `--playbooks DIR`;
/// 2. `$CERTDESK_PLAYBOOKS`;
/// 3. `playbooks:` in the configuration file;
/// 4. `$XDG_CONFIG_HOME/certdesk/playbooks` (default `~/.config/certdesk/playbooks`), when it exists;
/// 5. `<prefix>/share/certdesk/playbooks` beside the installed binary (`make install`), when it exists;
/// 6. the copies compiled into the binary.
///
/// A folder named explicitly (1–3) is used even when it is missing, so a mistyped path is an
/// error rather than a silent fall back to the defaults.
public struct RuleLocation: Sendable, Equatable {
    public let files: RuleFiles
    public let origin: SettingOrigin

    public init(files: RuleFiles, origin: SettingOrigin) {
        self.files = files
        self.origin = origin
    }

    public static func playbooks(option: String?, configured: ConfiguredValue?, environment: [String: String],
                                 executable: String? = nil) -> RuleLocation {
        if let option, !option.isEmpty { return RuleLocation(files: .folder(option), origin: .option("--playbooks")) }
        if let path = environment["CERTDESK_PLAYBOOKS"], !path.isEmpty {
            return RuleLocation(files: .folder(path), origin: .environment("CERTDESK_PLAYBOOKS"))
        }
        if let configured { return RuleLocation(files: .folder(configured.value), origin: configured.origin) }
        return searched(.playbooks, environment: environment, executable: executable).first!
    }

    /// The folders a theme NAME is looked for in, in order: beside the playbooks folder in force
    /// (a `themes/` next to it, as in the repository and in an installation), the configuration
    /// folder, the installation, the built-in themes.
    public static func themes(besidePlaybooks playbooks: RuleFiles?, environment: [String: String],
                              executable: String? = nil) -> [RuleLocation] {
        var locations: [RuleLocation] = []
        if let folder = playbooks?.folder {
            let beside = URL(fileURLWithPath: folder).deletingLastPathComponent().appendingPathComponent("themes").path
            locations.append(RuleLocation(files: .folder(beside), origin: .besidePlaybooks(beside)))
        }
        return locations + searched(.themes, environment: environment, executable: executable)
    }

    /// Steps 4–6 for one tree: the folders that exist, then the built-in copies.
    static func searched(_ tree: RuleFiles.Tree, environment: [String: String], executable: String?) -> [RuleLocation] {
        var locations: [RuleLocation] = []
        if let home = ConfigurationFolder.path(environment) {
            let folder = home + "/" + tree.rawValue
            if isFolder(folder) { locations.append(RuleLocation(files: .folder(folder), origin: .configurationFolder(folder))) }
        }
        if let share = installedShare(executable: executable) {
            let folder = share + "/" + tree.rawValue
            if isFolder(folder) { locations.append(RuleLocation(files: .folder(folder), origin: .installed(folder))) }
        }
        return locations + [RuleLocation(files: .shipped(tree), origin: .builtIn)]
    }

    /// `<prefix>/share/certdesk` for a binary in `<prefix>/bin`, found through symbolic links.
    static func installedShare(executable: String?) -> String? {
        let path = executable ?? runningExecutable()
        guard let path else { return nil }
        let bin = URL(fileURLWithPath: path).resolvingSymlinksInPath().deletingLastPathComponent()
        guard bin.lastPathComponent == "bin" else { return nil }
        return bin.deletingLastPathComponent().appendingPathComponent("share/certdesk").path
    }

    /// The binary this process runs, whichever way it was started (`certdesk` found on `PATH`
    /// leaves only a bare name in `argv[0]`).
    static func runningExecutable() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return CommandLine.arguments.first }
        return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func isFolder(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
