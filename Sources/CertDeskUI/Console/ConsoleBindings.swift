import CertDeskCore

/// The one table of keys: it drives dispatch, the help overlay and the status-bar hints, so
/// they can never disagree (the habit of tig and lazygit). Keys follow tig/htop/k9s.
public struct ConsoleBinding: Sendable {
    public let keys: [KeyPress]
    public let action: ConsoleAction
    /// Where it works; a key pressed elsewhere says where it does.
    public let views: Set<ConsoleView>
    public let help: BilingualText
    /// Shown in the status bar when set (a short word).
    public let hint: BilingualText?
}

public enum ConsoleBindings {
    static let both: Set<ConsoleView> = [.queue, .detail]

    public static let all: [ConsoleBinding] = [
        .init(keys: [.character("j"), .down], action: .moveDown, views: both,
              help: BilingualText(en: "next incident", zh: "下一件事件"), hint: BilingualText(en: "move", zh: "移動")),
        .init(keys: [.character("k"), .up], action: .moveUp, views: both,
              help: BilingualText(en: "previous incident", zh: "上一件事件"), hint: nil),
        .init(keys: [.character("g"), .home], action: .top, views: [.queue],
              help: BilingualText(en: "first incident", zh: "第一件"), hint: nil),
        .init(keys: [.character("G"), .end], action: .bottom, views: [.queue],
              help: BilingualText(en: "last incident", zh: "最後一件"), hint: nil),
        .init(keys: [.pageDown, .control("f")], action: .pageDown, views: [.queue],
              help: BilingualText(en: "page down", zh: "下一頁"), hint: nil),
        .init(keys: [.pageUp, .control("b")], action: .pageUp, views: [.queue],
              help: BilingualText(en: "page up", zh: "上一頁"), hint: nil),
        .init(keys: [.enter], action: .open, views: [.queue],
              help: BilingualText(en: "open the incident", zh: "開啟事件"), hint: BilingualText(en: "open", zh: "開啟")),
        .init(keys: [.escape, .character("h")], action: .back, views: [.detail],
              help: BilingualText(en: "back to the queue", zh: "回到佇列"), hint: BilingualText(en: "back", zh: "返回")),
        .init(keys: [.tab, .character("l")], action: .nextTab, views: [.detail],
              help: BilingualText(en: "next tab", zh: "下一分頁"), hint: BilingualText(en: "tab", zh: "分頁")),
        .init(keys: [.backTab], action: .previousTab, views: [.detail],
              help: BilingualText(en: "previous tab", zh: "上一分頁"), hint: nil),
        .init(keys: [.character("/")], action: .filter, views: [.queue],
              help: BilingualText(en: "filter by id, title, agency or indicator", zh: "篩選（編號、標題、機關、指標）"),
              hint: BilingualText(en: "filter", zh: "篩選")),
        .init(keys: [.character("c")], action: .toggleClosed, views: [.queue],
              help: BilingualText(en: "show or hide closed incidents", zh: "顯示／隱藏已結案"), hint: nil),
        .init(keys: [.character("s")], action: .cycleOrder, views: [.queue],
              help: BilingualText(en: "sort by deadline, level, id, agency, phase", zh: "排序：期限、等級、編號、機關、階段"), hint: nil),
        .init(keys: [.character("L")], action: .setLevel, views: both,
              help: BilingualText(en: "set the level (C/I/A helper)", zh: "設定等級（C/I/A 判定）"), hint: BilingualText(en: "level", zh: "等級")),
        .init(keys: [.character("p")], action: .changePhase, views: both,
              help: BilingualText(en: "change the phase", zh: "變更階段"), hint: BilingualText(en: "phase", zh: "階段")),
        .init(keys: [.character("a")], action: .assign, views: both,
              help: BilingualText(en: "assign a handler", zh: "指派承辦人"), hint: nil),
        .init(keys: [.character("n")], action: .addNote, views: both,
              help: BilingualText(en: "add a note", zh: "新增備註"), hint: BilingualText(en: "note", zh: "備註")),
        .init(keys: [.character("m")], action: .meet, views: both,
              help: BilingualText(en: "meet a clock (asks when it happened)", zh: "登錄時限完成（詢問實際時間）"),
              hint: BilingualText(en: "meet", zh: "完成")),
        .init(keys: [.character("w")], action: .waive, views: both,
              help: BilingualText(en: "waive a clock, with the reason", zh: "免除時限（須說明理由）"), hint: nil),
        .init(keys: [.character("d")], action: .stepDone, views: [.detail],
              help: BilingualText(en: "playbook: the step under the cursor is done (now)", zh: "處理手冊：游標所在步驟完成（現在）"),
              hint: BilingualText(en: "done", zh: "完成步驟")),
        .init(keys: [.character("x")], action: .stepSkip, views: [.detail],
              help: BilingualText(en: "playbook: skip the step under the cursor, with a reason", zh: "處理手冊：略過游標所在步驟（須說明理由）"),
              hint: nil),
        .init(keys: [.character("]")], action: .nextStep, views: [.detail],
              help: BilingualText(en: "playbook: cursor to the next step", zh: "處理手冊：游標到下一步驟"), hint: nil),
        .init(keys: [.character("[")], action: .previousStep, views: [.detail],
              help: BilingualText(en: "playbook: cursor to the previous step", zh: "處理手冊：游標到上一步驟"), hint: nil),
        .init(keys: [.character("e")], action: .addEvidence, views: both,
              help: BilingualText(en: "add an evidence file to the vault (asks path, kind, description)", zh: "登錄證據檔案（詢問路徑、種類、說明）"),
              hint: nil),
        .init(keys: [.character("R")], action: .retentionDue, views: both,
              help: BilingualText(en: "evidence whose retention has ended or ends within 3 months", zh: "保存期滿或三個月內期滿的證據"), hint: nil),
        .init(keys: [.character("i")], action: .ingest, views: both,
              help: BilingualText(en: "ingest a file", zh: "匯入檔案"), hint: nil),
        .init(keys: [.character(":")], action: .commandLine, views: both,
              help: BilingualText(en: "command line (:level 3 …, :meet on-site, :note …, :q)", zh: "命令列（:level 3 …、:meet on-site、:note …、:q）"),
              hint: BilingualText(en: "command", zh: "命令")),
        .init(keys: [.character("?"), .function(1)], action: .help, views: both,
              help: BilingualText(en: "this help", zh: "說明"), hint: BilingualText(en: "help", zh: "說明")),
        .init(keys: [.character("q")], action: .quit, views: both,
              help: BilingualText(en: "quit", zh: "離開"), hint: BilingualText(en: "quit", zh: "離開")),
    ]

    /// The binding for `key` in `view`, or the views where it would work.
    public static func lookup(_ key: KeyPress, in view: ConsoleView) -> Result<ConsoleAction, Elsewhere> {
        let matching = all.filter { $0.keys.contains(key) }
        if let here = matching.first(where: { $0.views.contains(view) }) { return .success(here.action) }
        return .failure(Elsewhere(views: matching.reduce(into: Set<ConsoleView>()) { $0.formUnion($1.views) }))
    }

    public struct Elsewhere: Error, Sendable {
        public let views: Set<ConsoleView>
    }

    /// The status-bar hints for `view`: `j/k move  Enter open  / filter ...`.
    public static func hints(for view: ConsoleView, language: InterfaceLanguage) -> [(keys: String, word: String)] {
        all.filter { $0.views.contains(view) && $0.hint != nil }.map { binding in
            let keys = binding.action == .moveDown ? "j/k" : binding.keys[0].label
            return (keys, binding.hint!.text(in: language))
        }
    }
}
