import CertDeskCore
import CertDeskStore

/// What importing an agency directory did: each agency is new, changed or as it was.
public struct DirectoryImport: Sendable, Equatable {
    public let added: Int
    public let updated: Int
    public let unchanged: Int
}

extension Desk {
    /// Imports the agency directory in `bytes` (a file named `label`, read as `form`): every
    /// problem is reported at once with its line and field and nothing is recorded; otherwise
    /// every new or changed agency is recorded in one transaction (`agency-registered`), and an
    /// agency already on the desk as it is in the file records nothing.
    public func importAgencies(bytes: [UInt8], label: String, form: AgencyDirectoryFile.Form) throws(DeskError) -> DirectoryImport {
        let shown = InputFile.shown(label)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DeskError(.badInput) { $0.inputFile(shown, $0.directoryNotUTF8) }
        }
        let directory = AgencyDirectoryFile.read(text, form: form)
        guard directory.problems.isEmpty else {
            let problems = directory.problems
            throw DeskError(.badInput, BilingualText(rendering: { language in
                problems.map { $0.message(file: shown, language: language) }.joined(separator: "\n")
            }))
        }
        let before = Dictionary(uniqueKeysWithValues: try read { store throws(StoreError) in try store.agencies() }.map { ($0.id, $0) })
        try perform(directory.agencies.map(DeskCommand.registerAgency))
        let added = directory.agencies.filter { before[$0.id] == nil }.count
        let unchanged = directory.agencies.filter { before[$0.id] == $0 }.count
        return DirectoryImport(added: added, updated: directory.agencies.count - added - unchanged, unchanged: unchanged)
    }
}
