import ArgumentParser
import Foundation

@main
struct CertDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certdesk",
        abstract: "The duty console of a regional CERT: incidents, legal clocks, evidence, handover. 區域資安應變值勤台。",
        discussion: """
            Every change is an event in a hash-chained journal; all state is a projection of it.
            The database is --db PATH, else $CERTDESK_DB, else $XDG_DATA_HOME/certdesk/certdesk.sqlite.
            "Now" is $CERTDESK_NOW (ISO 8601) when set, else the system clock. Times are stored in UTC and
            shown in Asia/Taipei unless TZ is set.
            """,
        subcommands: [
            ConsoleCommand.self, IngestCommand.self, ListCommand.self, ShowCommand.self, LevelCommand.self, ClassifyCommand.self,
            PhaseCommand.self, NoteCommand.self, AssignCommand.self, ClocksCommand.self, MeetCommand.self, WaiveCommand.self,
            StepsCommand.self, StepCommand.self, CategoryCommand.self, PlaybookCommand.self, EvidenceCommand.self,
            PolicyCommand.self, VerifyCommand.self, DemoCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self
    )
}
