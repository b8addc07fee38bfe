import CertDeskCore

/// `certdesk policy show`: the deadline policy in force as a table, then each row's basis.
public enum PolicyText {
    public static func render(_ policy: DeadlinePolicy, files: [String], overridden: Set<ObligationKind>,
                              language: InterfaceLanguage) -> String {
        let words = language.words
        var lines = [words.policyTitle(policy.name), words.policyFiles(files), ""]
        var table = TextTable(columns: [
            .init(words.heading(.kind)), .init(words.heading(.levels)), .init(words.heading(.startsAt)),
            .init(words.heading(.dueWithin)), .init(words.heading(.warn)), .init(""),
        ])
        for rule in policy.rules {
            table.append([rule.kind.rawValue, words.levels(rule.appliesTo), rule.start.name, durations(rule, words),
                          rule.warnBefore?.description ?? words.defaultWarning,
                          overridden.contains(rule.kind) ? words.regionalRow : ""])
        }
        lines.append(table.render())
        lines.append("")
        lines.append(words.evidenceRetention(policy.evidenceRetention.description))
        lines.append("")
        for rule in policy.rules where !rule.basis.isEmpty {
            lines.append("\(rule.kind.rawValue) (\(rule.kind.label.zh)): " + SafeText.singleLine(rule.basis))
        }
        return lines.joined(separator: "\n")
    }

    /// `1h`, or `8h for 1–2 and unclassified; 2h for 3–4` when it varies by level.
    static func durations(_ rule: DeadlineRule, _ words: any Words) -> String {
        var groups: [(DeadlineDuration, Set<LevelBand>)] = []
        for band in LevelBand.allCases {
            guard let duration = rule.dueWithin[band] else { continue }
            if let i = groups.firstIndex(where: { $0.0 == duration }) { groups[i].1.insert(band) } else { groups.append((duration, [band])) }
        }
        if groups.count == 1 { return groups[0].0.description }
        return groups.map { words.durationFor($0.0.description, levels: $0.1) }.joined(separator: "; ")
    }
}
