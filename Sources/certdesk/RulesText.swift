import CertDeskApp
import CertDeskCore
import CertDeskUI

/// Which rules are in force, in one line (`playbook lint`, `policy show`): the folder or the
/// built-in copies, and why that one.
enum RulesText {
    static func inForce(_ location: RuleLocation, language: InterfaceLanguage) -> String {
        let words = language.words
        let place = location.files.folder ?? words.builtInRules(version: CertDeskVersion.text)
        // The built-in copies need no reason: they are what is left when no folder is found.
        let why = location.origin == .builtIn ? nil : SafeText.singleLine(location.origin.text(words))
        return words.rulesInForce(SafeText.singleLine(place), why: why)
    }
}
