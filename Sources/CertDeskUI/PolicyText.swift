import CertDeskCore

/// `certdesk policy show`: the deadline policy in force as a table, then each row's basis.
public enum PolicyText {
    public static func render(_ policy: DeadlinePolicy, files: [String], overridden: Set<ObligationKind>,
                              language: InterfaceLanguage) -> String {
        let zh = language == .zhTW
        var lines = [(zh ? "時限政策 " : "Deadline policy ") + policy.name, (zh ? "檔案：" : "files: ") + files.joined(separator: ", "), ""]
        var table = TextTable(columns: [
            .init(zh ? "種類" : "KIND"), .init(zh ? "適用等級" : "LEVELS"), .init(zh ? "起算" : "STARTS AT"),
            .init(zh ? "時限" : "DUE WITHIN"), .init(zh ? "提醒" : "WARN"), .init(""),
        ])
        for rule in policy.rules {
            table.append([rule.kind.rawValue, LevelBand.describe(rule.appliesTo), rule.start.name, durations(rule),
                          rule.warnBefore?.description ?? (zh ? "預設" : "default"),
                          overridden.contains(rule.kind) ? (zh ? "區域修改" : "regional") : ""])
        }
        lines.append(table.render())
        lines.append("")
        lines.append(zh ? "證據保存期限：結案後 \(policy.evidenceRetention)" : "Evidence retention: \(policy.evidenceRetention) after the incident is closed")
        lines.append("")
        for rule in policy.rules where !rule.basis.isEmpty {
            lines.append("\(rule.kind.rawValue) (\(rule.kind.label.zh)): " + SafeText.singleLine(rule.basis))
        }
        return lines.joined(separator: "\n")
    }

    /// `1h`, or `8h for 1–2 and unclassified; 2h for 3–4` when it varies by level.
    static func durations(_ rule: DeadlineRule) -> String {
        var groups: [(DeadlineDuration, Set<LevelBand>)] = []
        for band in LevelBand.allCases {
            guard let duration = rule.dueWithin[band] else { continue }
            if let i = groups.firstIndex(where: { $0.0 == duration }) { groups[i].1.insert(band) } else { groups.append((duration, [band])) }
        }
        if groups.count == 1 { return groups[0].0.description }
        return groups.map { "\($0.0) for \(LevelBand.describe($0.1))" }.joined(separator: "; ")
    }
}
