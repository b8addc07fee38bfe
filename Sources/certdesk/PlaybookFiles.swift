import CertDeskCore
import Foundation

/// Reads every playbook in the playbooks folder. A broken file is reported and left out — its
/// category then falls back to `generic` — so it never stops the desk or the console.
enum PlaybookFiles {
    struct Loaded {
        var playbooks: [Playbook] = []
        /// `file:line: reason` for every file that could not be used.
        var problems: [String] = []
    }

    static func files(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder + "/" + $0 }
    }

    static func load(folder: String, language: InterfaceLanguage) -> Loaded {
        var loaded = Loaded()
        var categories: [String: String] = [:]
        for path in files(in: folder) {
            let result = lint(path)
            guard let playbook = result.playbook else {
                loaded.problems += result.problems.prefix(1).map { $0.message(file: path, language: language) }
                continue
            }
            if let other = categories[playbook.category] {
                loaded.problems.append("\(path): category \(playbook.category) is already covered by \(other)")
                continue
            }
            categories[playbook.category] = path
            loaded.playbooks.append(playbook)
        }
        return loaded
    }

    static func lint(_ path: String) -> PlaybookFile.Result {
        guard let data = FileManager.default.contents(atPath: path) else {
            return PlaybookFile.Result(playbook: nil, problems: [DataFileProblem(line: nil, reason: BilingualText(
                en: "cannot be read", zh: "無法讀取"))])
        }
        return PlaybookFile.read(String(decoding: data, as: UTF8.self))
    }
}
