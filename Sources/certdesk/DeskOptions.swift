import ArgumentParser
import CertDeskCore

/// Options every command takes.
struct DeskOptions: ParsableArguments {
    @Option(name: .long, help: HelpLanguage.help(.db))
    var db: String?

    @Option(name: .long, help: HelpLanguage.help(.actor))
    var actor: String?

    @Option(name: .long, help: HelpLanguage.help(.lang))
    var lang: InterfaceLanguage?

    @Option(name: .long, help: HelpLanguage.help(.playbooks))
    var playbooks: String?

    @Option(name: .long, help: HelpLanguage.help(.region))
    var region: Region?

    @Flag(name: .long, help: HelpLanguage.help(.create))
    var create = false
}
