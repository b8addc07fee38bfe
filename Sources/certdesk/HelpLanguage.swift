import ArgumentParser
import CertDeskApp
import CertDeskCore
import Foundation

/// The language the commands' help is in. swift-argument-parser builds the help from each
/// command's `configuration` and the `help:` of its options, before any command runs and so
/// before `DeskContext` has resolved the settings; `CertDesk.main()` sets this first, from the
/// same sources the commands use, and every help text reads it.
enum HelpLanguage {
    /// Set once at the top of `CertDesk.main()`, before the parser reads any configuration or
    /// instantiates any command; nothing else writes it, and the tool is single-threaded then.
    nonisolated(unsafe) static var current: InterfaceLanguage = .en

    /// The catalogue the help is said from.
    static var words: any Words { current.words }

    /// An option's or an argument's help, as the property wrappers take it; they evaluate it
    /// when the parser makes the command, after `main()` has chosen the language.
    static func help(_ option: HelpOption) -> ArgumentHelp { ArgumentHelp(words.help(option)) }

    /// `--lang` written anywhere on the command line (so `certdesk --lang zh-TW list --help`
    /// and `certdesk list --help --lang zh-TW` agree), else `language:` in the configuration file
    /// or the locale, as every command resolves them (`EffectiveSettings`). A configuration file
    /// that cannot be used leaves the locale: the command itself reports the file, and its help
    /// should still be in the officer's language.
    static func resolve(_ arguments: [String], environment: [String: String]) -> InterfaceLanguage {
        if let language = CommandLineArrangement.language(in: arguments) { return language }
        if let settings = try? EffectiveSettings.resolve(.init(), environment: environment) { return settings.language }
        return InterfaceLanguage.fromEnvironment(environment)
    }
}
