import CertDeskApp
import CertDeskCore
import CertDeskUI
import Foundation

/// Reads the colour theme in force: a theme file's path, or a NAME looked up as `NAME.yaml` in
/// the theme folders in order (`RuleLocation.themes`: beside the playbooks folder, the
/// configuration folder, the installation, the built-in themes). Falls back to the built-in
/// monochrome rules only when the default theme itself cannot be read.
public enum ThemeFiles {
    public static func load(_ setting: EffectiveSettings.Setting, playbooks: RuleLocation?,
                            environment: [String: String]) throws(DeskError) -> Theme {
        let name = setting.value
        let text: String?, location: String
        if name.contains("/") || name.hasSuffix(".yaml") {
            location = name
            text = FileManager.default.contents(atPath: name).map { String(decoding: $0, as: UTF8.self) }
        } else {
            let folders = RuleLocation.themes(besidePlaybooks: playbooks?.files, environment: environment)
            let found = folders.first { $0.files.contains(name + ".yaml") }
            location = (found ?? folders[folders.count - 1]).files.location(of: name + ".yaml")
            text = found?.files.text(name + ".yaml")
        }
        guard let text else {
            if setting.origin == .builtIn { return .monochromeFallback }
            throw DeskError(.missingInput) { $0.noTheme(location) }
        }
        do {
            return try ThemeFile.parse(text)
        } catch {
            throw DeskError(.badInput, error.message(file: location))
        }
    }
}
