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
        switch Self.parse(text) {
        case .success(let template): parsed = template
        case .failure(let problem): throw DeskError(.badInput, problem.message(file: files.location(of: path)))
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
                if case .failure(let problem) = Self.parse(text) { problems.append(problem.message(file: files.location(of: path))) }
            }
        }
        return problems
    }

    /// The template, or where and why it does not parse (the line and column swift-mustache
    /// stopped at, and what it expected).
    static func parse(_ text: String) -> Result<MustacheTemplate, FileProblem> {
        do {
            return .success(try MustacheTemplate(string: text))
        } catch let error as MustacheTemplate.ParserError {
            let engine = String(describing: error.error)
            let reason = BilingualText { words in
                switch error.error as? MustacheTemplate.Error {
                case .expectedSectionEnd: words.templateSectionNotClosed
                case .sectionCloseNameIncorrect: words.templateSectionClosedByAnother
                case .unfinishedName: words.templateTagNotClosed
                default: words.templateUnreadable(engine)
                }
            }
            return .failure(FileProblem(line: error.context.lineNumber, column: error.context.columnNumber, reason: reason))
        } catch {
            return .failure(FileProblem(line: nil, reason: BilingualText { $0.templateUnreadable(String(describing: error)) }))
        }
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
