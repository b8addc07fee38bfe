import ArgumentParser
import CertDeskCore

/// Options every command takes.
struct DeskOptions: ParsableArguments {
    @Option(name: .long, help: "The desk database (default: $CERTDESK_DB, else $XDG_DATA_HOME/certdesk/certdesk.sqlite).")
    var db: String?

    @Option(name: .long, help: "Who is acting (default: $CERTDESK_ACTOR, else the login name).")
    var actor: String?

    @Option(name: .long, help: "Interface language (default: from the locale).")
    var lang: InterfaceLanguage?

    @Option(name: .long, help: "The playbooks folder with policies/ (default: $CERTDESK_PLAYBOOKS, else the one beside the program).")
    var playbooks: String?

    @Option(name: .long, help: "Region of a new desk (default: $CERTDESK_REGION, else TCN).")
    var region: Region?

    @Flag(name: .long, help: "Start a new desk at --db (or $CERTDESK_DB) when there is none. Commands that record do so anyway; commands that only read refuse a missing file, so a mistyped path is not taken for an empty desk.")
    var create = false
}
