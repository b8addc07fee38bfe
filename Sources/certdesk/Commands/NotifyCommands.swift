import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskStore
import CertDeskUI
import Foundation

extension NotificationTemplate: ExpressibleByArgument {}
extension NotificationRecord.Channel: ExpressibleByArgument {}

/// `certdesk notify`: send a notification by its channel, or record one the officer made; retry
/// one that failed; record the recipient's confirmation (README, "Notifications").
struct NotifyCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "notify",
        abstract: HelpLanguage.words.abstract(.notify),
        discussion: HelpLanguage.words.discussion(.notify)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.incident), transform: DeskID.canonical)
    var id: String?

    @Option(help: HelpLanguage.help(.notifyTemplate))
    var template: NotificationTemplate?

    @Option(help: HelpLanguage.help(.notifyChannel))
    var channel: NotificationRecord.Channel?

    @Option(help: HelpLanguage.help(.notifyTo))
    var to: String?

    @Option(help: HelpLanguage.help(.notifySubject))
    var subject: String?

    @Option(help: HelpLanguage.help(.notifyMessage))
    var message: String?

    @Option(help: HelpLanguage.help(.at))
    var at: String?

    @Option(name: .customLong("fallback-reason"), help: HelpLanguage.help(.fallbackReason))
    var fallbackReason: String?

    @Flag(help: HelpLanguage.help(.recorded))
    var recorded = false

    @Flag(help: HelpLanguage.help(.draft))
    var draft = false

    @Option(help: HelpLanguage.help(.retry))
    var retry: String?

    @Option(help: HelpLanguage.help(.confirm))
    var confirm: String?

    func validate() throws {
        let modes = [id != nil, retry != nil, confirm != nil].filter { $0 }.count
        guard modes == 1 else { throw ValidationError(HelpLanguage.words.notifyNeedsOneOf) }
        if retry != nil || confirm != nil, template != nil || channel != nil || to != nil || message != nil || subject != nil || draft {
            throw ValidationError(HelpLanguage.words.notifyNeedsOneOf)
        }
    }

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, draft ? .reads : .records)
            let words = context.words
            let settings = try context.run { () throws(DeskError) in
                try NotificationSettings.resolve(environment: ProcessInfo.processInfo.environment, configuration: context.settings.configuration)
            }
            if let confirm {
                let when = try context.instant(option: at)
                try context.run { () throws(DeskError) in try context.desk.confirm(confirm, at: when) }
                return Output.line(words.notificationConfirmed(confirm.uppercased()))
            }
            let sent: NotificationSent
            if let retry {
                let desk = context.desk
                sent = try context.waiting { () async throws(DeskError) in try await desk.retry(retry, settings: settings) }
            } else {
                let id = id!
                var prepared = try context.run { () throws(DeskError) in
                    try context.desk.notificationDraft(id, template: template, language: context.language, settings: settings)
                }
                // What the officer gave overrides the prefill; a message of their own has no template
                // unless they name one (the template decides the clock it meets).
                if let message {
                    prepared.message = message
                    if template == nil { prepared.template = nil }
                    if subject == nil { prepared.subject = "" }
                }
                if let subject { prepared.subject = subject }
                if let channel, channel != prepared.channel {
                    prepared.channel = channel
                    if to == nil { prepared.recipient = "" }
                }
                if let to { prepared.recipient = to }
                prepared.fallbackReason = fallbackReason
                if draft {
                    return Output.line(NotificationText.draft(prepared.channel, recipient: prepared.recipient, template: prepared.template,
                                                              subject: prepared.subject, message: prepared.message, words))
                }
                if TextChecks.isBlank(prepared.recipient) {
                    throw CommandFailure(.usage, words.noContactToReach)
                }
                let when = try context.instant(option: at)
                let (ready, desk, recorded) = (prepared, context.desk, recorded)
                sent = try context.waiting { () async throws(DeskError) in
                    try await desk.send(ready, at: when, recorded: recorded, settings: settings)
                }
            }
            Output.line(NotificationText.outcome(sent.record, met: sent.met, words, context.time))
            if !sent.record.wentOut { throw CommandFailure(.failure, words.notificationFailedRetry(sent.record.id)) }
        }
    }
}

/// `certdesk notifications [ID]`: an incident's notifications, or what the desk still owes.
struct NotificationsCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "notifications",
        abstract: HelpLanguage.words.abstract(.notifications),
        discussion: HelpLanguage.words.discussion(.notifications)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.notificationsIncident), transform: DeskID.canonical)
    var id: String?

    @Flag(help: HelpLanguage.help(.json))
    var json = false

    @Flag(help: HelpLanguage.help(.notificationsAll))
    var all = false

    /// What the desk-wide list shows without `--all`: the most pressing.
    static let shown = 200

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .reads)
            let words = context.words
            if let id {
                let incident = try context.incidentForShowing(id)
                if json {
                    return Output.line(IncidentJSON.text(.array(incident.notifications.map(NotificationJSON.record))))
                }
                guard !incident.notifications.isEmpty else { return Output.line(words.noNotifications) }
                return Output.line(NotificationText.list(incident.notifications, words, context.time))
            }
            try context.run { () throws(DeskError) in try context.desk.keepClocks() }
            let limit = all ? nil : Self.shown
            let owed = try context.run { () throws(DeskError) in try context.desk.notificationWork(limit: limit) }
            if json { return Output.line(IncidentJSON.text(.array(owed.items.map(NotificationJSON.work)))) }
            guard !owed.items.isEmpty else { return Output.line(words.noNotificationWork) }
            Output.line(NotificationText.work(owed.items, words, context.time, now: context.clock.now))
            if owed.total > owed.items.count { Output.line(words.moreOwed(owed.total - owed.items.count)) }
        }
    }
}

/// `certdesk reentry ID`: the report made another way is now on the platform.
struct ReentryCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "reentry",
        abstract: HelpLanguage.words.abstract(.reentry),
        discussion: HelpLanguage.words.discussion(.reentry)
    ) }

    @OptionGroup var options: DeskOptions

    @Argument(help: HelpLanguage.help(.incident), transform: DeskID.canonical)
    var id: String

    @Option(help: HelpLanguage.help(.at))
    var at: String?

    func run() throws {
        try reportingFailures {
            let context = try DeskContext(options, .records)
            let when = try context.instant(option: at)
            try context.run { () throws(DeskError) in try context.desk.reenter(id, at: when) }
            Output.line(context.words.platformReentered(id))
        }
    }
}

/// The JSON of `notifications --json`: each record whole with its id; each item owed with its
/// incident, what is owed and when.
enum NotificationJSON {
    static func record(_ record: NotificationRecord) -> JSONValue {
        guard case .object(var members) = record.json else { return record.json }
        members["id"] = .string(record.id)
        members["incident"] = .string(record.incident)
        members["meets"] = .array(record.meets.map { .string($0.rawValue) })
        return .object(members)
    }

    static func work(_ work: NotificationWork) -> JSONValue {
        var b = JSONObjectBuilder()
        b.set("incident", work.incident.id)
        b.set("agency", work.incident.agency)
        b.set("level", work.incident.level.map { Int($0.rawValue) })
        b.set("due_at", work.dueAt)
        switch work.item {
        case .draft(let template, let obligation):
            b.set("owed", "draft")
            b.set("template", template)
            b.set("clock", obligation.kind)
        case .failed(let failed):
            b.set("owed", "retry")
            b.set("notification", failed.id)
            b.set("failure", failed.failure)
            b.set("failure_kind", failed.failureKind)
        case .reentry(let obligation):
            b.set("owed", "reentry")
            b.set("clock", obligation.kind)
        }
        return b.value
    }
}
