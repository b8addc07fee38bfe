@testable import CertDeskApp
import CertDeskCore
import Foundation
import Testing

/// The rules compiled into certdesk are the repository's files, byte for byte: a playbook, a
/// policy or a notification template edited without `make shipped-files` fails here, not in an
/// officer's hands.
@Suite("Built-in rules")
struct ShippedFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func filesOnDisk(_ tree: RuleFiles.Tree) throws -> [String: String] {
        let base = root.appendingPathComponent(tree.rawValue)
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: base.path)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".yaml") || path.hasSuffix(".mustache") else { continue }
            files[path] = String(decoding: try Data(contentsOf: base.appendingPathComponent(path)), as: UTF8.self)
        }
        return files
    }

    @Test(arguments: [RuleFiles.Tree.playbooks, .themes])
    func theBuiltInCopiesAreTheRepositorysFiles(tree: RuleFiles.Tree) throws {
        let disk = try Self.filesOnDisk(tree), shipped = RuleFiles.shippedFiles(tree)
        #expect(!disk.isEmpty)
        #expect(Set(shipped.keys) == Set(disk.keys), "run make shipped-files")
        for (path, text) in disk {
            #expect(Array(shipped[path]?.utf8 ?? "".utf8) == Array(text.utf8), "\(tree.rawValue)/\(path) differs: run make shipped-files")
        }
    }

    /// The built-in tree reads as a folder does: the same files, the same policy, no problem.
    @Test func theBuiltInRulesReadAsTheFolderDoes() throws {
        let folder = RuleReader(folder: Self.root.appendingPathComponent("playbooks").path)
        let shipped = RuleReader(RuleLocation(files: .shipped(.playbooks), origin: .builtIn))
        #expect(shipped.files.yamlFiles() == folder.files.yamlFiles())
        #expect(shipped.files.yamlFiles(in: "policies") == ["policies/default.yaml", "policies/khh.yaml", "policies/tcn.yaml"])
        #expect(try shipped.policy(for: .taichung).policy == folder.policy(for: .taichung).policy)
        #expect(try shipped.policy(for: .taichung).files == ["(built in)/playbooks/policies/default.yaml", "(built in)/playbooks/policies/tcn.yaml"])
        #expect(shipped.playbooks().playbooks.map(\.category) == folder.playbooks().playbooks.map(\.category))
        #expect(shipped.lint().isEmpty)
    }

    /// With no folder anywhere, the built-in copies are in force; a folder in the configuration
    /// folder overrides them; a folder named by an option or the environment overrides that.
    @Test func theFirstSourceInTheDocumentedOrderIsInForce() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("certdesk-rules-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["HOME": home.path]
        let noBinary = "/nonexistent/libexec/certdesk"
        #expect(RuleLocation.playbooks(option: nil, configured: nil, environment: environment, executable: noBinary)
            == RuleLocation(files: .shipped(.playbooks), origin: .builtIn))
        let configured = home.appendingPathComponent(".config/certdesk/playbooks").path
        try FileManager.default.createDirectory(atPath: configured, withIntermediateDirectories: true)
        #expect(RuleLocation.playbooks(option: nil, configured: nil, environment: environment, executable: noBinary)
            == RuleLocation(files: .folder(configured), origin: .configurationFolder(configured)))
        let file = ConfiguredValue(value: "/srv/rules", origin: .configuration(file: "config.yaml", line: 3))
        #expect(RuleLocation.playbooks(option: nil, configured: file, environment: environment, executable: noBinary).files == .folder("/srv/rules"))
        #expect(RuleLocation.playbooks(option: nil, configured: file, environment: environment.merging(["CERTDESK_PLAYBOOKS": "/env"]) { $1 },
                                       executable: noBinary).origin == .environment("CERTDESK_PLAYBOOKS"))
        #expect(RuleLocation.playbooks(option: "/opt", configured: file, environment: environment, executable: noBinary).origin == .option("--playbooks"))
        // An installation beside the binary comes before the built-in copies, after the configuration folder.
        let prefix = home.appendingPathComponent("prefix")
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("share/certdesk/playbooks"), withIntermediateDirectories: true)
        let installed = RuleLocation.playbooks(option: nil, configured: nil, environment: ["HOME": "/nonexistent"],
                                               executable: prefix.appendingPathComponent("bin/certdesk").path)
        #expect(installed.origin == .installed(prefix.appendingPathComponent("share/certdesk/playbooks").path))
    }
}
