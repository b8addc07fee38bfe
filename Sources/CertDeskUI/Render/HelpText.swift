import CertDeskCore

/// The help overlay's content, from the binding table and the `:` command table, wrapped to the
/// box so no entry is cut; it scrolls when it is longer than the screen.
enum HelpText {
    struct Line {
        var keys: String
        var text: String
        var role: StyleRole = .normal
        /// Drawn across the whole box (the commands and notes have no keys column).
        var fullWidth = false
    }

    /// The keys column and the text column widths inside a box `width` wide.
    static func keyWidth(_ width: Int) -> Int { width >= 70 ? 18 : 14 }

    static func lines(_ state: ConsoleState, width: Int) -> [Line] {
        let words = state.words
        let keyWidth = keyWidth(width), textWidth = max(10, width - keyWidth)
        var out: [Line] = []
        func entry(_ keys: String, _ text: String) {
            for (n, part) in TextWrap.lines(text, width: textWidth).enumerated() { out.append(Line(keys: n == 0 ? keys : "", text: part)) }
        }
        func paragraph(_ text: String, indent: String = "  ") {
            for (n, part) in TextWrap.lines(text, width: max(10, width - indent.count)).enumerated() {
                out.append(Line(keys: "", text: (n == 0 ? "" : indent) + part, fullWidth: true))
            }
        }
        if state.mode == .replay {
            paragraph(words.replayHelpNote, indent: "")
            out.append(Line(keys: "", text: ""))
        }
        for binding in ConsoleBindings.all where binding.belongs(to: state.mode) {
            // A replay's help lists what works in it: the keys that record only say no.
            if state.mode == .replay, binding.action.records || binding.action.readsToday { continue }
            let keys = binding.keys.map(\.label).joined(separator: " ")
            var place = ""
            if let tabs = binding.tabs, binding.views == [.detail] {
                place = words.helpPlace(DetailTab.allCases.filter(tabs.contains).map { $0.label.text(in: state.language) }.joined(separator: ", "))
            } else if binding.views != ConsoleBindings.everywhere, binding.views != ConsoleBindings.both {
                // The views it works in, named; the incident keys (queue and detail) and the
                // keys that work everywhere need no label.
                place = words.helpPlace(placeOrder.filter(binding.views.contains).map { name(of: $0, words) }.joined(separator: ", "))
            }
            entry(keys, place + binding.help.text(in: state.language))
        }
        out.append(Line(keys: "", text: ""))
        out.append(Line(keys: "", text: words.commandLineHeading,
                        role: .header, fullWidth: true))
        for command in LineCommand.all {
            let aliases = command.names.dropFirst().map { ":" + $0 }.joined(separator: " ")
            let usage = ":" + command.names[0] + (command.arguments.isEmpty ? "" : " " + command.arguments)
            paragraph(usage + "  " + command.help.text(in: state.language) + (aliases.isEmpty ? "" : words.alsoTyped(aliases)))
        }
        out.append(Line(keys: "", text: ""))
        paragraph(words.promptEditingHelp)
        return out
    }

    static let placeOrder: [ConsoleView] = [.queue, .detail, .handover, .shifts, .shiftReport, .monthly, .investigation]

    static func name(of view: ConsoleView, _ words: any Words) -> String {
        switch view {
        case .queue: words.queueView
        case .detail: words.detailView
        case .handover: words.handoverView
        case .shifts: words.shiftsView
        case .shiftReport: words.shiftReportView
        case .monthly: words.monthlyView
        case .investigation: words.investigationView
        }
    }

    /// The box the help is drawn in.
    static func box(_ state: ConsoleState) -> (width: Int, height: Int) {
        (min(state.columns - 2, 100), state.rows - 2)
    }

    /// The furthest the help scrolls: its last line at the bottom of the box.
    static func lastScroll(_ state: ConsoleState) -> Int {
        let (width, height) = box(state)
        return max(0, lines(state, width: width - 4).count - (height - 2))
    }
}
