import CertDeskCore
import CertDeskStore
import Foundation

/// Which desk to open and who acts on it, from the settings in force (`EffectiveSettings`:
/// `--db`, else `$CERTDESK_DB`, else the configuration file, else
/// `$XDG_DATA_HOME/certdesk/certdesk.sqlite`; the actor and region likewise); "now" from
/// `$CERTDESK_NOW` when set.
public struct DeskSettings: Sendable {
    public var path: String
    /// Whether the path was named (an option, the environment, the configuration file) rather
    /// than the default one.
    public var pathIsExplicit: Bool
    /// Whether a desk may be started at `path` when there is none.
    public var mayCreate: Bool
    public var region: Region
    public var regionIsExplicit: Bool
    public var actor: String
    public var clock: any Clock
    public var rules: (any DeskRules)?
    /// `CERTDESK_COPY_LIMIT` (bytes a second, with K, M or G): how fast evidence is copied, so
    /// that imaging from a live server or a shared disk does not starve it. Nil: as fast as it goes.
    public var copyLimit: Int64? = nil
    /// The `max_input` setting: the most bytes one input file or stream may hold.
    public var inputLimit: Int64 = InputFile.defaultLimit
    /// Who may write the desk besides its owner (the `group` setting).
    public var sharing: DeskSharing = .ownerOnly

    /// A named path that holds no desk is most likely a typo: only a command that records (or
    /// `--create`) starts one there. The default desk is started on first use. `mayCreate`:
    /// the command records, or `--create` was given. Only `--region` asks for a region: a
    /// region from the environment or the file applies to a new desk and is not held against
    /// an existing one.
    public static func resolve(_ settings: EffectiveSettings, mayCreate: Bool, environment: [String: String]) throws(DeskError) -> DeskSettings {
        let database = settings[.database], actor = settings[.actor]
        let explicit = database.origin != .builtIn
        if let problem = PersonName.problem(actor.value) {
            throw DeskError(.usage) { $0.actorName($0.say(problem)) }
        }
        var resolved = DeskSettings(path: database.value, pathIsExplicit: explicit, mayCreate: mayCreate || !explicit,
                                    region: settings.region, regionIsExplicit: settings[.region].origin == .option("--region"),
                                    actor: actor.value, clock: try clock(environment), rules: RuleReader(settings.rules))
        resolved.copyLimit = try copyLimit(environment)
        resolved.inputLimit = settings.inputLimit
        resolved.sharing = try settings.sharing()
        return resolved
    }

    /// `CERTDESK_COPY_LIMIT`: `64M`, `1G`, `500000` (bytes a second; K, M, G are powers of 1024).
    static func copyLimit(_ environment: [String: String]) throws(DeskError) -> Int64? {
        guard let text = environment["CERTDESK_COPY_LIMIT"], !text.isEmpty else { return nil }
        guard let limit = ByteSize.parse(text) else {
            throw DeskError(.usage) { $0.inSetting("CERTDESK_COPY_LIMIT", $0.copyLimitForm(TextChecks.quoted(text))) }
        }
        return limit
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

    static func loginName(_ environment: [String: String]) -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
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
