import CertDeskCore
import Foundation

/// Finds `playbooks/` and reads the deadline policy in force for a region from it.
enum PolicyFiles {
    /// `--playbooks`, else `$CERTDESK_PLAYBOOKS`, else the `playbooks/` folder found by walking up
    /// from the executable (a build inside the source tree), else the shared install location.
    static func folder(option: String?, environment: [String: String]) -> String? {
        if let option, !option.isEmpty { return option }
        if let path = environment["CERTDESK_PLAYBOOKS"], !path.isEmpty { return path }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = url.appendingPathComponent("playbooks")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("policies/default.yaml").path) {
                return candidate.path
            }
            url.deleteLastPathComponent()
        }
        return ["/usr/local/share/certdesk/playbooks", "/usr/share/certdesk/playbooks"]
            .first { FileManager.default.fileExists(atPath: $0 + "/policies/default.yaml") }
    }

    struct Loaded {
        let policy: DeadlinePolicy
        /// The files it was built from, base first.
        let files: [String]
        let document: DeadlinePolicyFile.Document
        let override: DeadlinePolicyFile.Document?
    }

    /// `policies/default.yaml`, with `policies/<region>.yaml` laid over it when present.
    static func load(folder: String, region: Region, language: InterfaceLanguage) throws -> Loaded {
        let base = folder + "/policies/default.yaml"
        let regional = folder + "/policies/\(region.code.lowercased()).yaml"
        let document = try parse(base, language: language)
        var files = [base]
        var override: DeadlinePolicyFile.Document? = nil
        if FileManager.default.fileExists(atPath: regional) {
            override = try parse(regional, language: language)
            files.append(regional)
        }
        do {
            return Loaded(policy: try DeadlinePolicyFile.resolve(base: document, override: override), files: files,
                          document: document, override: override)
        } catch {
            throw CommandFailure(.dataError, error.message(file: override == nil ? base : regional, language: language))
        }
    }

    private static func parse(_ path: String, language: InterfaceLanguage) throws -> DeadlinePolicyFile.Document {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(.noInput, language == .zhTW ? "\(path)：無法讀取" : "\(path): cannot be read")
        }
        do {
            return try DeadlinePolicyFile.parse(String(decoding: data, as: UTF8.self))
        } catch {
            throw CommandFailure(.dataError, error.message(file: path, language: language))
        }
    }
}
