/// The help of every command (`certdesk COMMAND --help`, and the man page and shell completions
/// generated from it), declared once here and said in `EnglishWords+Help.swift` and
/// `ChineseWords+Help.swift`: each says every entry through a switch, so a command or an option
/// whose help one language lacks does not compile.
///
/// Option names, command names, values, ids and paths are the same in every language, and so are
/// the examples' command lines (`HelpCommand.examples`): an officer may paste them from either.
public protocol HelpWords: Sendable {
    /// What the command does, in one sentence: the top of its help and its line in its parent's
    /// list of subcommands.
    func abstract(_ command: HelpCommand) -> String
    /// The discussion before the examples, one paragraph per element and each on one line: the
    /// parser wraps a paragraph to the terminal, but keeps a line break written inside it and then
    /// breaks the sentence again around it.
    func paragraphs(_ command: HelpCommand) -> [String]
    /// The heading of the examples that end every discussion (`Examples:`).
    var examplesHeading: String { get }
    /// The help of an option, a flag or an argument. The parser adds the values of those typed by
    /// a fixed set, so these do not list them.
    func help(_ option: HelpOption) -> String
}

extension HelpWords {
    /// The whole discussion: the paragraphs, separated by blank lines, then the examples, each
    /// command line indented by two spaces so the parser keeps it as it is.
    public func discussion(_ command: HelpCommand) -> String {
        let examples = ([examplesHeading] + command.examples.map { "  " + $0 }).joined(separator: "\n")
        return (paragraphs(command) + [examples]).joined(separator: "\n\n")
    }
}

/// Every command certdesk has, named by its words after `certdesk` (`evidence add`); the tool
/// itself is `certdesk`.
public enum HelpCommand: String, CaseIterable, Sendable {
    case certdesk
    case console, ingest, list, show, level, classify, phase, note, assign, clocks, meet, waive, steps, step, category
    case playbook
    case playbookLint = "playbook lint"
    case evidence
    case evidenceAdd = "evidence add"
    case evidenceList = "evidence list"
    case evidenceShow = "evidence show"
    case evidenceTransfer = "evidence transfer"
    case evidenceCheckout = "evidence checkout"
    case evidenceCheckin = "evidence checkin"
    case evidenceHold = "evidence hold"
    case evidenceRelease = "evidence release"
    case evidenceVerify = "evidence verify"
    case evidenceDue = "evidence due"
    case evidenceDispose = "evidence dispose"
    case evidenceTidy = "evidence tidy"
    case policy
    case policyShow = "policy show"
    case config
    case configShow = "config show"
    case shift
    case shiftStart = "shift start"
    case shiftEnd = "shift end"
    case shiftList = "shift list"
    case shiftShow = "shift show"
    case handover
    case handoverRemark = "handover remark"
    case handoverShow = "handover show"
    case handoverOffer = "handover offer"
    case handoverAccept = "handover accept"
    case verify, demo, replay
    case drill
    case drillLint = "drill lint"
    case drillRun = "drill run"
    case drillList = "drill list"
    case drillReport = "drill report"
    case agencies
    case agenciesImport = "agencies import"
    case agenciesList = "agencies list"
    case agenciesShow = "agencies show"
    case notify, notifications, reentry
    case report
    case reportMonthly = "report monthly"
    case reportIncident = "report incident"
    case export
    case exportStix = "export stix"
    case exportBlocklist = "export blocklist"
    case exportCase = "export case"
    case taxii
    case taxiiPull = "taxii pull"
    case taxiiPush = "taxii push"

    /// The words typed after `certdesk` to reach it; empty for the tool itself.
    public var path: [String] {
        self == .certdesk ? [] : rawValue.split(separator: " ").map(String.init)
    }

    /// One or two command lines that run as written on a demo desk (`certdesk demo`: incidents
    /// TCN-2026-0001 … TCN-2026-0013; the evidence examples need TCN-2026-0001-E01, which
    /// `evidence add` makes; `checkin`, `release` and `dispose` need the item checked out, on hold,
    /// or past its retention). Every example is a real command: an officer at 03:00 pastes it and edits the ids.
    /// Free text is in Chinese, as it is written on a Taiwanese desk. Each is at most 77
    /// characters, so with its indent the parser never breaks it on an 80-column terminal (it
    /// wraps by characters, at a space). The end-to-end tests run every one of them.
    public var examples: [String] {
        switch self {
        case .certdesk:
            ["certdesk --demo", "certdesk --lang zh-TW list"]
        case .console:
            ["certdesk console --demo", "certdesk console --theme night-watch --bell"]
        case .ingest:
            ["certdesk ingest soc-tickets.jsonl", "certdesk ingest soc-tickets.jsonl defacement-flash-report.json"]
        case .list:
            ["certdesk list --all --json", "certdesk list --json --as-of 09:30"]
        case .show:
            ["certdesk show TCN-2026-0001", "certdesk show TCN-2026-0001 --json"]
        case .level:
            ["certdesk level TCN-2026-0004 2 --reason \"釣魚郵件已有 3 人點擊連結\"",
             "certdesk level TCN-2026-0007 -c serious --asset sensitive --reason 逾千筆個資外洩"]
        case .classify:
            ["certdesk classify -c serious --asset sensitive", "certdesk classify --availability not-restored-in-time --asset core-ci"]
        case .phase:
            ["certdesk phase TCN-2026-0001 detection-analysis --override \"已電話開案，稍後補登\"",
             "certdesk phase TCN-2026-0009 closed --override \"郵件主機已停止轉寄，無其他影響\""]
        case .note:
            ["certdesk note TCN-2026-0001 \"14:05 已電話通知北屯區公所資訊室，FS01 已拔除網路線\""]
        case .assign:
            ["certdesk assign TCN-2026-0001 王大明", "certdesk assign TCN-2026-0002 \"陳怡君 (ISAC)\""]
        case .clocks:
            ["certdesk clocks --all --json", "certdesk clocks --as-of 09:30"]
        case .meet:
            ["certdesk meet TCN-2026-0001 notify-agency-contact --note \"已電話通知北屯區公所資訊室劉先生\"",
             "certdesk meet TCN-2026-0002 report-platform --at now --note \"已於通報應變網站完成通報\""]
        case .waive:
            ["certdesk waive TCN-2026-0001 on-site --reason \"已由備份還原，改以電話說明，無需到場\""]
        case .steps:
            ["certdesk steps TCN-2026-0001", "certdesk steps TCN-2026-0002 --json"]
        case .step:
            ["certdesk step TCN-2026-0001 rw-report-platform done --note \"已於通報應變網站完成通報\"",
             "certdesk step TCN-2026-0001 rw-law-enforcement skip --reason \"機關決定不報案\""]
        case .category:
            ["certdesk category TCN-2026-0010 unauthorized-access"]
        case .playbook:
            ["certdesk playbook lint"]
        case .playbookLint:
            ["certdesk playbook lint", "certdesk playbook lint ransomware.yaml"]
        case .evidence:
            ["certdesk evidence list TCN-2026-0001", "certdesk evidence verify --all"]
        case .evidenceAdd:
            ["certdesk evidence add TCN-2026-0001 fs01.raw --kind memory-image --desc 記憶體映像",
             "certdesk evidence add TCN-2026-0001 --physical 隨身碟 --location 保管櫃B --desc 感染源"]
        case .evidenceList:
            ["certdesk evidence list TCN-2026-0001", "certdesk evidence list --all --json"]
        case .evidenceShow:
            ["certdesk evidence show TCN-2026-0001-E01", "certdesk evidence show TCN-2026-0001-E01 --json"]
        case .evidenceTransfer:
            ["certdesk evidence transfer TCN-2026-0001-E01 --to 陳怡君 --purpose 鑑識分析"]
        case .evidenceCheckout:
            ["certdesk evidence checkout TCN-2026-0001-E01 --to 王大明 --purpose \"時間軸分析\""]
        case .evidenceCheckin:
            ["certdesk evidence checkin TCN-2026-0001-E01 --note 封條完整 --location 保管櫃B"]
        case .evidenceHold:
            ["certdesk evidence hold TCN-2026-0001-E01 --reason \"臺中地檢署函請保全\""]
        case .evidenceRelease:
            ["certdesk evidence release TCN-2026-0001-E01 --reason \"地檢署函復解除保全\""]
        case .evidenceVerify:
            ["certdesk evidence verify TCN-2026-0001-E01", "certdesk evidence verify --all"]
        case .evidenceDue:
            ["certdesk evidence due", "certdesk evidence due --within \"3 months\""]
        case .evidenceDispose:
            ["certdesk evidence dispose TCN-2026-0001-E01 --reason \"保存期限屆滿，依本中心證據保存規定銷毀\""]
        case .evidenceTidy:
            ["certdesk evidence tidy"]
        case .policy:
            ["certdesk policy show"]
        case .policyShow:
            ["certdesk policy show", "certdesk policy show --json"]
        case .config:
            ["certdesk config show"]
        case .configShow:
            ["certdesk config show", "certdesk config show --lang zh-TW"]
        case .shift:
            ["certdesk shift list"]
        case .shiftStart:
            ["certdesk shift start --officer 林志明", "certdesk shift start --officer 王大明 --at 08:00"]
        case .shiftEnd:
            ["certdesk shift end", "certdesk shift end --at now"]
        case .shiftList:
            ["certdesk shift list", "certdesk shift list --json"]
        case .shiftShow:
            ["certdesk shift show 1", "certdesk shift show 1 --json"]
        case .handover:
            ["certdesk handover show"]
        case .handoverRemark:
            ["certdesk handover remark \"TCN-2026-0001 待機關回電確認備份還原進度\""]
        case .handoverShow:
            ["certdesk handover show", "certdesk handover show --horizon 8h --json"]
        case .handoverOffer:
            ["certdesk handover offer"]
        case .handoverAccept:
            ["certdesk handover accept --officer 王大明", "certdesk handover accept --officer 王大明 --remark 已閱"]
        case .verify:
            ["certdesk verify"]
        case .demo:
            ["certdesk --db demo.sqlite demo"]
        case .replay:
            ["certdesk replay --speed 300", "certdesk replay --incident TCN-2026-0001"]
        case .drill:
            ["certdesk drill lint", "certdesk drill run mass-defacement --headless"]
        case .drillLint:
            ["certdesk drill lint"]
        case .drillRun:
            ["certdesk drill run ddos-municipal-c2 --headless"]
        case .drillList:
            ["certdesk drill list", "certdesk drill list --json"]
        case .drillReport:
            ["certdesk drill report last", "certdesk drill report last --markdown"]
        case .agencies:
            ["certdesk agencies import tcn-agencies.csv", "certdesk agencies list"]
        case .agenciesImport:
            ["certdesk agencies import tcn-agencies.csv"]
        case .agenciesList:
            ["certdesk agencies list", "certdesk agencies list --json"]
        case .agenciesShow:
            ["certdesk agencies show AG-001", "certdesk --lang en agencies show AG-020"]
        case .notify:
            ["certdesk notify TCN-2026-0001 --channel phone --to \"林雅婷 04-2251-0001\"",
             "certdesk notify TCN-2026-0001 --template ncert --draft"]
        case .notifications:
            ["certdesk notifications", "certdesk notifications TCN-2026-0001 --json"]
        case .reentry:
            ["certdesk reentry TCN-2026-0001"]
        case .report:
            ["certdesk report monthly", "certdesk report incident TCN-2026-0001"]
        case .reportMonthly:
            ["certdesk report monthly --month 2026-03",
             "certdesk report monthly --html 月報.html"]
        case .reportIncident:
            ["certdesk report incident TCN-2026-0001",
             "certdesk report incident TCN-2026-0001 --html 調查報告.html"]
        case .export:
            ["certdesk export stix TCN-2026-0001"]
        case .exportStix:
            ["certdesk export stix TCN-2026-0001 TCN-2026-0002",
             "certdesk export stix --since \"2026-03-01 00:00\" --tlp amber"]
        case .exportBlocklist:
            ["certdesk export blocklist", "certdesk export blocklist --format csv --since \"2026-03-01 00:00\""]
        case .exportCase:
            ["certdesk export case TCN-2026-0014 --deidentify",
             "certdesk export case TCN-2026-0014 --deidentify --markdown"]
        case .taxii:
            ["certdesk taxii pull https://isac.example/ --collection tcn"]
        case .taxiiPull:
            ["certdesk taxii pull https://isac.example/ --collection tcn"]
        case .taxiiPush:
            ["certdesk taxii push https://isac.example/ --collection tcn TCN-2026-0001"]
        }
    }
}

/// The help of every option, flag and argument. One text serves every command that takes the
/// option in the same sense (the desk options, `--json`, `--at`, the ids); an option that means
/// something else in another command has its own.
public enum HelpOption: String, CaseIterable, Sendable {
    // The desk options every command takes (DeskOptions).
    case db, actor, lang, playbooks, region, create
    // Shared by several commands.
    case json, at, incident, evidence, clockKind
    // list, clocks, show: the desk as it was
    case asOf
    // console
    case theme, bell, demo
    // ingest
    case ingestFiles, ingestStrict, maxInput
    // list, clocks
    case listAll, clocksAll, limit, filter, sort
    // level and classify
    case level, levelReason, confidentiality, integrity, availability, asset
    // phase, note, assign, category
    case phase, phaseOverride, noteText, assignee, nobody, category
    // meet, waive
    case meetNote, waiveReason
    // step, playbook lint
    case step, stepAction, stepReason, stepNote, lintPaths
    // evidence add
    case evidenceFile, evidenceKind, evidenceDescription, physical, physicalLocation, sourceHost, collectedBy, acquiredAt, tool
    // evidence list
    case evidenceOfIncident, evidenceListAll
    // the changes of hands
    case custodyLocation, transferTo, transferPurpose, checkoutTo, checkoutPurpose, checkinTo, checkinNote, holdReason, releaseReason
    // evidence verify, due, dispose
    case evidenceToVerify, verifyAll, within, disposeReason
    // verify
    case verifyAnchor
    // shift and handover
    case officer, shiftAt, force, shiftID, markdown, horizon, remarkText, acceptOfficer, acceptRemark
    // replay
    case replayFrom, replayTo, replayIncident, speed, replayDrill
    // drill
    case drillLintPaths, drillScenario, drillHeadless, drillActions, drillRunID
    // agencies
    case directoryFile, directoryFormat, agency
    // notify, notifications
    case notifyTemplate, notifyChannel, notifyTo, notifySubject, notifyMessage, fallbackReason, recorded, draft, retry, confirm
    case notificationsIncident, notificationsAll
    // report
    case reportMonth, reportIncident, csv, html
    // export
    case exportIncidents, exportSince, exportTLP
    case blocklistSince, blocklistFormat, blocklistKind, caseIncident, deidentify, caseMarkdown
    // taxii
    case taxiiServer, taxiiCollection, taxiiAPIRoot, taxiiPageSize, taxiiIncidents
    // phase
    case falsePositive
}
