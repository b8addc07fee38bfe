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
    public let help: BilingualText
    /// Shown in the status bar when set (a short word).
    public let hint: BilingualText?

    init(keys: [KeyPress], action: ConsoleAction, views: Set<ConsoleView>, tabs: Set<DetailTab>? = nil,
         help: BilingualText, hint: BilingualText? = nil) {
        self.keys = keys
        self.action = action
        self.views = views
        self.tabs = tabs
        self.help = help
        self.hint = hint
    }

    /// Whether it works in `view` with `tab` showing.
    public func works(in view: ConsoleView, tab: DetailTab) -> Bool {
        views.contains(view) && (view != .detail || tabs.map { $0.contains(tab) } ?? true)
    }
}

public enum ConsoleBindings {
    static let both: Set<ConsoleView> = [.queue, .detail]
    static let playbookTab: Set<DetailTab> = [.playbook]

    public static let all: [ConsoleBinding] = [
        .init(keys: [.character("j"), .down], action: .moveDown, views: both,
              help: BilingualText(en: "next incident", zh: "下一件事件"), hint: BilingualText(en: "move", zh: "移動")),
        .init(keys: [.character("k"), .up], action: .moveUp, views: both,
              help: BilingualText(en: "previous incident", zh: "上一件事件")),
        .init(keys: [.character("g"), .home], action: .top, views: [.queue],
              help: BilingualText(en: "first incident", zh: "第一件")),
        .init(keys: [.character("G"), .end], action: .bottom, views: [.queue],
              help: BilingualText(en: "last incident", zh: "最後一件")),
        .init(keys: [.pageDown, .control("f")], action: .pageDown, views: [.queue],
              help: BilingualText(en: "page down", zh: "下一頁")),
        .init(keys: [.pageUp, .control("b")], action: .pageUp, views: [.queue],
              help: BilingualText(en: "page up", zh: "上一頁")),
        .init(keys: [.control("d")], action: .halfPageDown, views: [.queue],
              help: BilingualText(en: "half a page down", zh: "下半頁")),
        .init(keys: [.control("u")], action: .halfPageUp, views: [.queue],
              help: BilingualText(en: "half a page up", zh: "上半頁")),
        .init(keys: [.character("g"), .home], action: .scrollTop, views: [.detail],
              help: BilingualText(en: "to the top", zh: "捲到最上")),
        .init(keys: [.character("G"), .end], action: .scrollBottom, views: [.detail],
              help: BilingualText(en: "to the end (the newest timeline entries)", zh: "捲到最下（最新的時間軸紀錄）")),
        .init(keys: [.pageDown, .control("f")], action: .scrollPageDown, views: [.detail],
              help: BilingualText(en: "scroll a page down", zh: "往下捲一頁")),
        .init(keys: [.pageUp, .control("b")], action: .scrollPageUp, views: [.detail],
              help: BilingualText(en: "scroll a page up", zh: "往上捲一頁")),
        .init(keys: [.control("d")], action: .scrollHalfDown, views: [.detail],
              help: BilingualText(en: "scroll half a page down", zh: "往下捲半頁")),
        .init(keys: [.control("u")], action: .scrollHalfUp, views: [.detail],
              help: BilingualText(en: "scroll half a page up", zh: "往上捲半頁")),
        .init(keys: [.enter], action: .open, views: [.queue],
              help: BilingualText(en: "open the incident", zh: "開啟事件"), hint: BilingualText(en: "open", zh: "開啟")),
        .init(keys: [.escape, .character("h"), .character("q")], action: .back, views: [.detail],
              help: BilingualText(en: "back to the queue", zh: "回到佇列"), hint: BilingualText(en: "back", zh: "返回")),
        .init(keys: [.tab, .character("l")], action: .nextTab, views: [.detail],
              help: BilingualText(en: "next tab", zh: "下一分頁"), hint: BilingualText(en: "tab", zh: "分頁")),
        .init(keys: [.backTab], action: .previousTab, views: [.detail],
              help: BilingualText(en: "previous tab", zh: "上一分頁")),
        .init(keys: [.character("/")], action: .filter, views: [.queue],
              help: BilingualText(en: "filter by id, title, agency or indicator", zh: "篩選（編號、標題、機關、指標）"),
              hint: BilingualText(en: "filter", zh: "篩選")),
        .init(keys: [.character("c")], action: .toggleClosed, views: [.queue],
              help: BilingualText(en: "show or hide closed incidents", zh: "顯示／隱藏已結案")),
        .init(keys: [.character("s")], action: .cycleOrder, views: [.queue],
              help: BilingualText(en: "sort by urgency, level, id, agency, phase", zh: "排序：緊急程度、等級、編號、機關、階段")),
        .init(keys: [.character("d")], action: .stepDone, views: [.detail], tabs: playbookTab,
              help: BilingualText(en: "the step under the cursor is done (now)", zh: "游標所在步驟完成（現在）"),
              hint: BilingualText(en: "step done", zh: "步驟完成")),
        .init(keys: [.character("x")], action: .stepSkip, views: [.detail], tabs: playbookTab,
              help: BilingualText(en: "skip the step under the cursor, with a reason", zh: "略過游標所在步驟（須說明理由）"),
              hint: BilingualText(en: "skip", zh: "略過")),
        .init(keys: [.character("]")], action: .nextStep, views: [.detail], tabs: playbookTab,
              help: BilingualText(en: "cursor to the next step", zh: "游標到下一步驟"),
              hint: BilingualText(en: "step", zh: "步驟")),
        .init(keys: [.character("[")], action: .previousStep, views: [.detail], tabs: playbookTab,
              help: BilingualText(en: "cursor to the previous step", zh: "游標到上一步驟")),
        .init(keys: [.character("L")], action: .setLevel, views: both,
              help: BilingualText(en: "set the level (C/I/A helper)", zh: "設定等級（C/I/A 判定）"), hint: BilingualText(en: "level", zh: "等級")),
        .init(keys: [.character("p")], action: .changePhase, views: both,
              help: BilingualText(en: "change the phase (closing asks about running clocks)", zh: "變更階段（結案時逐一處理仍在計時的時限）"),
              hint: BilingualText(en: "phase", zh: "階段")),
        .init(keys: [.character("a")], action: .assign, views: both,
              help: BilingualText(en: "assign a handler", zh: "指派承辦人")),
        .init(keys: [.character("n")], action: .addNote, views: both,
              help: BilingualText(en: "add a note", zh: "新增備註"), hint: BilingualText(en: "note", zh: "備註")),
        .init(keys: [.character("m")], action: .meet, views: both,
              help: BilingualText(en: "meet a clock (asks when it happened)", zh: "登錄時限完成（詢問實際時間）"),
              hint: BilingualText(en: "meet", zh: "完成")),
        .init(keys: [.character("w")], action: .waive, views: both,
              help: BilingualText(en: "waive a clock, with the reason", zh: "免除時限（須說明理由）")),
        .init(keys: [.character("e")], action: .addEvidence, views: both,
              help: BilingualText(en: "add an evidence file to the vault (asks path, kind, description)", zh: "登錄證據檔案（詢問路徑、種類、說明）")),
        .init(keys: [.character("R")], action: .retentionDue, views: both,
              help: BilingualText(en: "evidence whose retention has ended or ends within 3 months", zh: "保存期滿或三個月內期滿的證據")),
        .init(keys: [.character("i")], action: .ingest, views: both,
              help: BilingualText(en: "ingest a file", zh: "匯入檔案")),
        .init(keys: [.character(":")], action: .commandLine, views: both,
              help: BilingualText(en: "command line (the commands are listed below)", zh: "命令列（命令列於下方）"),
              hint: BilingualText(en: "command", zh: "命令")),
        .init(keys: [.control("l")], action: .repaint, views: both,
              help: BilingualText(en: "redraw the whole screen", zh: "重繪畫面")),
        .init(keys: [.character("?"), .function(1)], action: .help, views: both,
              help: BilingualText(en: "this help", zh: "說明"), hint: BilingualText(en: "help", zh: "說明")),
        .init(keys: [.character("q")], action: .quit, views: [.queue],
              help: BilingualText(en: "quit (from the queue)", zh: "離開（於佇列）"), hint: BilingualText(en: "quit", zh: "離開")),
    ]

    /// The binding for `key` where the officer is, or where it would work.
    public static func lookup(_ key: KeyPress, in view: ConsoleView, tab: DetailTab) -> Result<ConsoleAction, Elsewhere> {
        let matching = all.filter { $0.keys.contains(key) }
        if let here = matching.first(where: { $0.works(in: view, tab: tab) }) { return .success(here.action) }
        let views = matching.reduce(into: Set<ConsoleView>()) { $0.formUnion($1.views) }
        let tabs = matching.compactMap(\.tabs).reduce(into: Set<DetailTab>()) { $0.formUnion($1) }
        return .failure(Elsewhere(views: views, tabs: tabs))
    }

    public struct Elsewhere: Error, Sendable {
        public let views: Set<ConsoleView>
        /// The detail tabs where it works, when only some.
        public let tabs: Set<DetailTab>
    }

    /// The status-bar hints where the officer is, help last (the bar keeps it when it is short).
    public static func hints(for view: ConsoleView, tab: DetailTab, language: InterfaceLanguage) -> [(keys: String, word: String)] {
        let shown = all.filter { $0.works(in: view, tab: tab) && $0.hint != nil }
        return (shown.filter { $0.action != .help } + shown.filter { $0.action == .help }).map { binding in
            let keys = binding.action == .moveDown ? "j/k" : binding.action == .nextStep ? "[/]" : binding.keys[0].label
            return (keys, binding.hint!.text(in: language))
        }
    }
}
