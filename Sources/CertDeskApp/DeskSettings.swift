import CertDeskCore
import Foundation

/// Which desk to open and who acts on it, resolved from the options a command was given and
/// the environment: `--db`, else `$CERTDESK_DB`, else `$XDG_DATA_HOME/certdesk/certdesk.sqlite`;
/// `--actor`, else `$CERTDESK_ACTOR`, else the login name; "now" from `$CERTDESK_NOW` when set.
public struct DeskSettings: Sendable {
    public var path: String
    /// Whether the path was named (`--db`, `CERTDESK_DB`) rather than the default one.
    public var pathIsExplicit: Bool
    /// Whether a desk may be started at `path` when there is none.
    public var mayCreate: Bool
    public var region: Region
    public var regionIsExplicit: Bool
    public var actor: String
    public var clock: any Clock
    public var rules: (any DeskRules)?

    /// What a command asked for.
    public struct Request: Sendable {
        public var db: String?
        public var actor: String?
        public var region: Region?
        public var playbooks: String?
        /// The command records (and so may start a desk), or `--create` was given.
        public var mayCreate: Bool

        public init(db: String?, actor: String?, region: Region?, playbooks: String?, mayCreate: Bool) {
            self.db = db
            self.actor = actor
            self.region = region
            self.playbooks = playbooks
            self.mayCreate = mayCreate
        }
    }

    /// A named path that holds no desk is most likely a typo: only a command that records (or
    /// `--create`) starts one there. The default desk is started on first use.
    public static func resolve(_ request: Request, environment: [String: String]) throws(DeskError) -> DeskSettings {
        let (path, explicit) = try databasePath(request.db, environment)
        var region = request.region ?? .taichung
        if request.region == nil, let code = environment["CERTDESK_REGION"], !code.isEmpty {
            guard let chosen = Region(rawValue: code.uppercased()) else {
                let problem = FixedSet.notOneOf(code, Region.allNames)
                throw DeskError(.usage) { $0.inSetting("CERTDESK_REGION", $0.say(problem)) }
            }
            region = chosen
        }
        let folder = RuleFolder.locate(option: request.playbooks, environment: environment)
        return DeskSettings(path: path, pathIsExplicit: explicit, mayCreate: request.mayCreate || !explicit, region: region,
                            regionIsExplicit: request.region != nil, actor: try actor(request.actor, environment),
                            clock: try clock(environment), rules: folder.map(RuleFolder.init(folder:)))
    }

    static func databasePath(_ option: String?, _ environment: [String: String]) throws(DeskError) -> (String, Bool) {
        if let option, !option.isEmpty { return (option, true) }
        if let path = environment["CERTDESK_DB"], !path.isEmpty { return (path, true) }
        return (try defaultFolder(environment) + "/certdesk.sqlite", false)
    }

    /// `$XDG_DATA_HOME/certdesk`, default `~/.local/share/certdesk`.
    public static func defaultFolder(_ environment: [String: String]) throws(DeskError) -> String {
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["HOME"].map { $0 + "/.local/share" }
        guard let dataHome else {
            throw DeskError(.usage) { $0.homeNotSet }
        }
        return dataHome + "/certdesk"
    }

    /// `$CERTDESK_NOW` (ISO 8601) fixes "now", for scripted scenarios and tests.
    public static func clock(_ environment: [String: String]) throws(DeskError) -> any Clock {
        guard let text = environment["CERTDESK_NOW"], !text.isEmpty else { return SystemClock() }
        do {
            return FixedClock(try ISO8601.parse(text))
        } catch {
            throw DeskError(.usage) { "CERTDESK_NOW \(TextChecks.quoted(text)) " + $0.say(error.reason) }
        }
    }

    static func actor(_ option: String?, _ environment: [String: String]) throws(DeskError) -> String {
        let name = option ?? environment["CERTDESK_ACTOR"].flatMap { $0.isEmpty ? nil : $0 } ?? loginName(environment)
        if let problem = PersonName.problem(name) {
            throw DeskError(.usage) { $0.actorName($0.say(problem)) }
        }
        return name
    }

    static func loginName(_ environment: [String: String]) -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
    }
}

extension InterfaceLanguage {
    /// `--lang`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: `zh*` is Traditional Chinese).
    public static func resolve(_ option: InterfaceLanguage?, environment: [String: String]) -> InterfaceLanguage {
        if let option { return option }
        let locale = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty }
        return InterfaceLanguage.fromLocale(locale)
    }
}

/// The system clock, in whole milliseconds.
public struct SystemClock: Clock {
    public init() {}

    public var now: Instant {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Instant(millisecondsSinceEpoch: Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000)
    }
}
