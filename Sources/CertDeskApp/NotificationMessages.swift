import CertDeskCore
import Foundation
import Mustache

/// A notification's message as its template renders it: the first line the subject, then the
/// body (playbooks/templates/README.md).
public struct NotificationMessage: Sendable, Equatable {
    public let subject: String
    public let body: String
}

/// The notification templates in force (the playbooks tree: a folder, or the ones compiled in),
/// rendered with swift-mustache as plain text.
public struct NotificationMessages: Sendable {
    let files: RuleFiles

    public init(_ files: RuleFiles) { self.files = files }

    /// `template` in `language`, filled from `facts`.
    public func render(_ template: NotificationTemplate, _ language: InterfaceLanguage, _ facts: NotificationFacts) throws(DeskError) -> NotificationMessage {
        let path = template.file(language)
        guard let text = files.text(path) else {
            throw DeskError(.missingInput) { $0.inputFile(files.location(of: path), $0.describe(.noSuchFile)) }
        }
        let parsed: MustacheTemplate
        do {
            parsed = try MustacheTemplate(string: text)
        } catch {
            throw DeskError(.badInput) { $0.inputFile(files.location(of: path), $0.templateUnreadable(String(describing: error))) }
        }
        let rendered = parsed.render(Self.object(facts.value(language)))
        var lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeFirst() }
        let subject = lines.first ?? ""
        let body = lines.dropFirst().drop { $0.trimmingCharacters(in: .whitespaces).isEmpty }.joined(separator: "\n")
        return NotificationMessage(subject: subject, body: body.hasSuffix("\n") ? body : body + "\n")
    }

    /// Every template in every language parses: what `playbook lint` and the tests check.
    public func problems() -> [BilingualText] {
        var problems: [BilingualText] = []
        for template in NotificationTemplate.allCases {
            for language in InterfaceLanguage.allCases {
                let path = template.file(language)
                guard let text = files.text(path) else {
                    problems.append(BilingualText { $0.inputFile(files.location(of: path), $0.describe(.noSuchFile)) })
                    continue
                }
                do { _ = try MustacheTemplate(string: text) } catch {
                    problems.append(BilingualText { $0.inputFile(files.location(of: path), $0.templateUnreadable(String(describing: error))) })
                }
            }
        }
        return problems
    }

    /// The facts as Mustache reads them: dictionaries, arrays, strings and booleans.
    static func object(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): text
        case .flag(let flag): flag
        case .list(let items): items.map(object)
        case .fields(let fields): fields.mapValues(object)
        }
    }
}
