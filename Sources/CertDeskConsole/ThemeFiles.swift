import CertDeskApp
import CertDeskCore
import CertDeskUI
import Foundation

/// Reads `themes/NAME.yaml` (beside the playbooks folder) or a theme file's path; falls back to
/// the built-in monochrome rules only when the default theme itself cannot be read.
public enum ThemeFiles {
    public static func load(option: String?, playbooks: String?) throws(DeskError) -> Theme {
        let name = option.flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        let path: String
        if name.contains("/") || name.hasSuffix(".yaml") {
            path = name
        } else {
            let folder = playbooks.map { URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent("themes").path }
            path = (folder ?? "themes") + "/\(name).yaml"
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            if option == nil { return .monochromeFallback }
            throw DeskError(.missingInput) { $0.noTheme(path) }
        }
        do {
            return try ThemeFile.parse(String(decoding: data, as: UTF8.self))
        } catch {
            throw DeskError(.badInput, error.message(file: path))
        }
    }
}
