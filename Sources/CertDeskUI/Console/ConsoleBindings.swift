import CertDeskCore

/// The one table of keys: it drives dispatch, the help overlay and the status-bar hints, so
/// they can never disagree (the habit of tig and lazygit). Keys follow tig/htop/k9s.
public struct ConsoleBinding: Sendable {
    public let keys: [KeyPress]
    public let action: ConsoleAction
    /// Where it works; a key pressed elsewhere says where it does.
    public let views: Set<ConsoleView>
    /// The detail tabs it works in (nil: any). A key acts only where its target is on screen:
    /// the playbook keys act on the step under the cursor, which only the Playbook tab shows.
    public let tabs: Set<DetailTab>?
    /// The consoles it belongs to: the keys of played time are a replay's and a drill's only.
    public let modes: Set<ConsoleMode>
    public let help: BilingualText
    /// Shown in the status bar when set (a short word).
    public let hint: BilingualText?

    init(keys: [KeyPress], action: ConsoleAction, views: Set<ConsoleView>, tabs: Set<DetailTab>? = nil,
         modes: Set<ConsoleMode> = ConsoleMode.all, help: (any Words) -> String, hint: ((any Words) -> String)? = nil) {
        self.keys = keys
        self.action = action
        self.views = views
        self.tabs = tabs
        self.modes = modes
        self.help = BilingualText(help)
        self.hint = hint.map(BilingualText.init)
    }

    /// Whether it works in `view` with `tab` showing.
    public func works(in view: ConsoleView, tab: DetailTab) -> Bool {
        views.contains(view) && (view != .detail || tabs.map { $0.contains(tab) } ?? true)
    }

    /// Whether it is a key of this console at all. In a replay the keys that record stay in the
    /// table, so that pressing one says the replay is read-only, but their hints are not shown.
    public func belongs(to mode: ConsoleMode) -> Bool { modes.contains(mode) }
}

public enum ConsoleBindings {
    /// The views about incidents: the keys that act on the selected incident work only there.
    static let both: Set<ConsoleView> = [.queue, .detail]
    /// Every view: help and repaint work wherever the officer is.
    static let everywhere: Set<ConsoleView> = [.queue, .detail, .handover, .shifts, .shiftReport, .monthly, .investigation]
    /// The views that scroll a text (an incident's detail, a handover report, the reports).
    static let scrolling: Set<ConsoleView> = [.detail, .handover, .shiftReport, .monthly, .investigation]
    /// The views with a list and a selection.
    static let lists: Set<ConsoleView> = [.queue, .shifts]
    static let playbookTab: Set<DetailTab> = [.playbook]

    public static let all: [ConsoleBinding] = [
        // Played time first: in a replay `g`/`G` are its start and end and `[`/`]` move along the
        // selected incident's rows (Home/End still move in a list).
        .init(keys: [.character(" ")], action: .togglePlaying, views: everywhere, modes: ConsoleMode.played,
              help: { $0.helpTogglePlaying }, hint: { $0.hintTogglePlaying }),
        .init(keys: [.character("+"), .character("=")], action: .faster, views: everywhere, modes: ConsoleMode.played,
              help: { $0.helpFaster }, hint: { $0.hintSpeed }),
        .init(keys: [.character("-")], action: .slower, views: everywhere, modes: ConsoleMode.played,
              help: { $0.helpSlower }),
        .init(keys: [.right], action: .stepForward, views: everywhere, modes: [.replay],
              help: { $0.helpStepForward }, hint: { $0.hintStep }),
        .init(keys: [.left], action: .stepBack, views: everywhere, modes: [.replay],
              help: { $0.helpStepBack }),
        .init(keys: [.character("]")], action: .incidentForward, views: both, modes: [.replay],
              help: { $0.helpIncidentForward }, hint: { $0.hintIncidentStep }),
        .init(keys: [.character("[")], action: .incidentBack, views: both, modes: [.replay],
              help: { $0.helpIncidentBack }),
        .init(keys: [.character("t")], action: .jumpToTime, views: everywhere, modes: [.replay],
              help: { $0.helpJumpToTime }, hint: { $0.hintJumpToTime }),
        .init(keys: [.character("g")], action: .replayStart, views: everywhere, modes: [.replay],
              help: { $0.helpReplayStart }),
        .init(keys: [.character("G")], action: .replayEnd, views: everywhere, modes: [.replay],
              help: { $0.helpReplayEnd }),
        .init(keys: [.character("j"), .down], action: .moveDown, views: everywhere,
              help: { $0.helpMoveDown }, hint: { $0.hintMoveDown }),
        .init(keys: [.character("k"), .up], action: .moveUp, views: everywhere,
              help: { $0.helpMoveUp }),
        .init(keys: [.character("g"), .home], action: .top, views: lists,
              help: { $0.helpTop }),
        .init(keys: [.character("G"), .end], action: .bottom, views: lists,
              help: { $0.helpBottom }),
        .init(keys: [.pageDown, .control("f")], action: .pageDown, views: lists,
              help: { $0.helpPageDown }),
        .init(keys: [.pageUp, .control("b")], action: .pageUp, views: lists,
              help: { $0.helpPageUp }),
        .init(keys: [.control("d")], action: .halfPageDown, views: lists,
              help: { $0.helpHalfPageDown }),
        .init(keys: [.control("u")], action: .halfPageUp, views: lists,
              help: { $0.helpHalfPageUp }),
        .init(keys: [.character("g"), .home], action: .scrollTop, views: scrolling,
              help: { $0.helpScrollTop }),
        .init(keys: [.character("G"), .end], action: .scrollBottom, views: scrolling,
              help: { $0.helpScrollBottom }),
        .init(keys: [.pageDown, .control("f")], action: .scrollPageDown, views: scrolling,
              help: { $0.helpScrollPageDown }),
        .init(keys: [.pageUp, .control("b")], action: .scrollPageUp, views: scrolling,
              help: { $0.helpScrollPageUp }),
        .init(keys: [.control("d")], action: .scrollHalfDown, views: scrolling,
              help: { $0.helpScrollHalfDown }),
        .init(keys: [.control("u")], action: .scrollHalfUp, views: scrolling,
              help: { $0.helpScrollHalfUp }),
        .init(keys: [.enter], action: .open, views: lists,
              help: { $0.helpOpen }, hint: { $0.hintOpen }),
        .init(keys: [.escape, .character("h"), .character("q")], action: .back, views: [.detail, .handover, .shifts, .shiftReport, .monthly, .investigation],
              help: { $0.helpBack }, hint: { $0.hintBack }),
        .init(keys: [.tab, .character("l")], action: .nextTab, views: [.detail],
              help: { $0.helpNextTab }, hint: { $0.hintNextTab }),
        .init(keys: [.backTab], action: .previousTab, views: [.detail],
              help: { $0.helpPreviousTab }),
        .init(keys: [.character("/")], action: .filter, views: [.queue],
              help: { $0.helpFilter },
              hint: { $0.hintFilter }),
        .init(keys: [.character("c")], action: .toggleClosed, views: [.queue],
              help: { $0.helpToggleClosed }),
        .init(keys: [.character("s")], action: .cycleOrder, views: [.queue],
              help: { $0.helpCycleOrder }),
        .init(keys: [.character("d")], action: .stepDone, views: [.detail], tabs: playbookTab,
              help: { $0.helpStepDone },
              hint: { $0.hintStepDone }),
        .init(keys: [.character("x")], action: .stepSkip, views: [.detail], tabs: playbookTab,
              help: { $0.helpStepSkip },
              hint: { $0.hintStepSkip }),
        .init(keys: [.character("]")], action: .nextStep, views: [.detail], tabs: playbookTab,
              help: { $0.helpNextStep },
              hint: { $0.hintNextStep }),
        .init(keys: [.character("[")], action: .previousStep, views: [.detail], tabs: playbookTab,
              help: { $0.helpPreviousStep }),
        .init(keys: [.character("L")], action: .setLevel, views: both,
              help: { $0.helpSetLevel }, hint: { $0.hintSetLevel }),
        .init(keys: [.character("p")], action: .changePhase, views: both,
              help: { $0.helpChangePhase },
              hint: { $0.hintChangePhase }),
        .init(keys: [.character("a")], action: .assign, views: both,
              help: { $0.helpAssign }),
        .init(keys: [.character("n")], action: .addNote, views: both,
              help: { $0.helpAddNote }, hint: { $0.hintAddNote }),
        .init(keys: [.character("m")], action: .meet, views: both,
              help: { $0.helpMeet },
              hint: { $0.hintMeet }),
        .init(keys: [.character("w")], action: .waive, views: both,
              help: { $0.helpWaive }),
        .init(keys: [.character("e")], action: .addEvidence, views: both,
              help: { $0.helpAddEvidence }),
        .init(keys: [.character("R")], action: .retentionDue, views: both,
              help: { $0.helpRetentionDue }),
        .init(keys: [.character("N")], action: .notify, views: both,
              help: { $0.helpNotify }, hint: { $0.hintNotify }),
        .init(keys: [.character("O")], action: .outbox, views: both,
              help: { $0.helpOutbox }),
        .init(keys: [.character("i")], action: .ingest, views: both,
              help: { $0.helpIngest }),
        .init(keys: [.character("H")], action: .handover, views: both,
              help: { $0.helpHandover }),
        .init(keys: [.character("S")], action: .shiftReview, views: both,
              help: { $0.helpShiftReview }),
        .init(keys: [.character("M")], action: .monthlyReport, views: both,
              help: { $0.helpMonthlyReport }),
        .init(keys: [.character("[")], action: .previousMonth, views: [.monthly],
              help: { $0.helpPreviousMonth }, hint: { $0.hintMonth }),
        .init(keys: [.character("]")], action: .nextMonth, views: [.monthly],
              help: { $0.helpNextMonth }),
        .init(keys: [.character("I")], action: .investigationReport, views: both,
              help: { $0.helpInvestigationReport }),
        .init(keys: [.character("r")], action: .remarkHandover, views: [.handover],
              help: { $0.helpRemarkHandover }, hint: { $0.hintRemarkHandover }),
        .init(keys: [.character("o")], action: .offerHandover, views: [.handover],
              help: { $0.helpOfferHandover }, hint: { $0.hintOfferHandover }),
        .init(keys: [.character("A")], action: .acceptHandover, views: [.handover],
              help: { $0.helpAcceptHandover }, hint: { $0.hintAcceptHandover }),
        .init(keys: [.character(":")], action: .commandLine, views: both,
              help: { $0.helpCommandLine },
              hint: { $0.hintCommandLine }),
        .init(keys: [.control("l")], action: .repaint, views: everywhere,
              help: { $0.helpRepaint }),
        .init(keys: [.character("X")], action: .cancelWork, views: everywhere, modes: [.live],
              help: { $0.helpCancelWork }),
        .init(keys: [.character("?"), .function(1)], action: .help, views: everywhere,
              help: { $0.helpHelp }, hint: { $0.hintHelp }),
        .init(keys: [.character("q")], action: .quit, views: [.queue],
              help: { $0.helpQuit }, hint: { $0.hintQuit }),
    ]

    /// The binding for `key` where the officer is, or where it would work.
    public static func lookup(_ key: KeyPress, in view: ConsoleView, tab: DetailTab, mode: ConsoleMode = .live) -> Result<ConsoleAction, Elsewhere> {
        let matching = all.filter { $0.keys.contains(key) && $0.belongs(to: mode) }
        if let here = matching.first(where: { $0.works(in: view, tab: tab) }) { return .success(here.action) }
        let views = matching.reduce(into: Set<ConsoleView>()) { $0.formUnion($1.views) }
        let tabs = matching.compactMap(\.tabs).reduce(into: Set<DetailTab>()) { $0.formUnion($1) }
        return .failure(Elsewhere(views: views, tabs: tabs))
    }

    public struct Elsewhere: Error, Sendable {
        public let views: Set<ConsoleView>
        /// The detail tabs where it works, when only some.
        public let tabs: Set<DetailTab>

        /// `d works in the Playbook tab of an incident`, `Tab works in an incident's detail`.
        func message(for key: KeyPress, _ words: any Words) -> String {
            if !tabs.isEmpty, views.contains(.detail) {
                return words.worksInTabs(key.label, tabs: DetailTab.allCases.filter(tabs.contains).map { words.say($0.label) })
            }
            if views.contains(.queue) || views.contains(.detail) { return words.worksIn(key.label, inQueue: views.contains(.queue)) }
            let place = views.contains(.handover) ? words.handoverView : views.contains(.shifts) ? words.shiftsView
                : views.contains(.monthly) ? words.monthlyView : views.contains(.investigation) ? words.investigationView : words.shiftReportView
            return words.worksInView(key.label, place)
        }
    }

    /// The status-bar hints where the officer is, help last (the bar keeps it when it is short).
    public static func hints(for view: ConsoleView, tab: DetailTab, language: InterfaceLanguage,
                             mode: ConsoleMode = .live) -> [(keys: String, word: String)] {
        let shown = all.filter {
            $0.works(in: view, tab: tab) && $0.hint != nil && $0.belongs(to: mode) && !(mode == .replay && ($0.action.records || $0.action.readsToday))
        }
        // A replay's `[`/`]` are the incident's rows, not the playbook's steps.
        let stepKeys = shown.contains { $0.action == .incidentForward }
        return (shown.filter { $0.action != .help } + shown.filter { $0.action == .help }).compactMap { binding in
            if stepKeys, binding.action == .nextStep { return nil }
            let keys: String
            switch binding.action {
            case .moveDown: keys = "j/k"
            case .nextStep, .incidentForward: keys = "[/]"
            case .faster: keys = "+/-"
            case .stepForward: keys = "←/→"
            default: keys = binding.keys[0].label
            }
            return (keys, binding.hint!.text(in: language))
        }
    }
}
