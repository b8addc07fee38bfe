import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskUI
import Foundation

@main
struct CertDesk: ParsableCommand {
    /// Computed, as every command's is, so the help is in the language `HelpLanguage` chose.
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "certdesk",
        abstract: HelpLanguage.words.abstract(.certdesk),
        discussion: HelpLanguage.words.discussion(.certdesk),
        version: CertDeskVersion.text,
        subcommands: [
            ConsoleCommand.self, IngestCommand.self, ListCommand.self, ShowCommand.self, LevelCommand.self, ClassifyCommand.self,
            PhaseCommand.self, NoteCommand.self, AssignCommand.self, ClocksCommand.self, MeetCommand.self, WaiveCommand.self,
            StepsCommand.self, StepCommand.self, CategoryCommand.self, PlaybookCommand.self, EvidenceCommand.self,
            PolicyCommand.self, ShiftCommand.self, HandoverCommand.self, ConfigCommand.self, VerifyCommand.self, DemoCommand.self,
            ReplayCommand.self, DrillCommand.self, AgenciesCommand.self, NotifyCommand.self, NotificationsCommand.self,
            ReentryCommand.self, ReportCommand.self, ExportCommand.self, TaxiiCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self
    ) }

    /// Arranges the arguments first (`CommandLineArrangement`): desk options before the
    /// subcommand, and a mistyped command refused with the nearest names (status 64).
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        HelpLanguage.current = HelpLanguage.resolve(arguments, environment: ProcessInfo.processInfo.environment)
        switch CommandLineArrangement.arrange(arguments, root: Self.self) {
        case .parse(let arranged):
            do {
                var command = try parseAsRoot(arranged)
                try command.run()
            } catch {
                exitShowingSafely(error)
            }
        case .unknownCommand(let word, let path, let near):
            let command = (["certdesk"] + path).joined(separator: " ")
            Output.error(HelpLanguage.words.notACommand(TextChecks.quoted(word), of: command, near: near))
            Foundation.exit(CommandFailure.Status.usage.rawValue)
        }
    }

    /// ArgumentParser's own way out, but a refusal — which quotes what was typed: a value, an
    /// option's name — is shown neutralised (`SafeText`), as every other message of the command
    /// line: what was typed can carry ESC, C1 or bidi controls. Help, the version and completion
    /// scripts are certdesk's own text and are printed by ArgumentParser as they are.
    private static func exitShowingSafely(_ error: any Error) -> Never {
        let code = exitCode(for: error)
        guard code != .success else { exit(withError: error) }
        let message = fullMessage(for: error)
        if !message.isEmpty {
            FileHandle.standardError.write(Data((SafeText.multiLine(message).joined(separator: "\n") + "\n").utf8))
        }
        Foundation.exit(code.rawValue)
    }
}
