import CertDeskCore
@testable import CertDeskStore
import Foundation
import Testing

/// The vault: SHA-256 computed while copying (checked against known vectors and `sha256sum`),
/// read-only content-addressed files, dedupe, nothing left behind on failure, and `verify`
/// naming the item whose file was changed or lost.
@Suite("Evidence vault")
struct EvidenceVaultTests {
    /// Stages and publishes `file` as an item of a new incident; returns the evidence id.
    @discardableResult
    static func add(_ desk: TestDesk, _ file: String, incident: String? = nil, kind: EvidenceKind = .log) throws -> String {
        let id = try incident ?? desk.open(Drafts.ticket(Int.random(in: 1...99_999)))
        let vault = desk.store.vault
        let staged = try vault.stage(file: file)
        let outcome = try vault.publish(staged) {
            try desk.perform(.addEvidence(EvidenceRequest(incident: id, kind: kind, description: "test", content: staged.content)))
        }
        guard case .recorded(let events) = outcome, case .evidenceAdded(let addition)? = events.first?.event else {
            throw TestFailure("nothing recorded: \(outcome)")
        }
        return addition.id
    }

    static func write(_ folder: URL, _ name: String, _ bytes: [UInt8]) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func random(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
    }

    @Test func theVaultSitsBesideTheDatabase() {
        #expect(EvidenceVault(databasePath: "/srv/cert/certdesk.sqlite").root == "/srv/cert/certdesk.vault")
        #expect(EvidenceVault(databasePath: "/srv/cert/desk").root == "/srv/cert/desk.vault")
        #expect(EvidenceVault(databasePath: "/srv/cert/x.vault").root == "/srv/cert/x.vault.vault", "never the database file itself")
    }

    /// FIPS 180-2 / NIST example vectors, and one that crosses the 1 MiB chunk boundary.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ])
    func knownVectors(message: String, sha256: String) throws {
        try withTemporaryFolder { folder in
            let vault = EvidenceVault(root: folder.appendingPathComponent("v.vault").path)
            let staged = try vault.stage(file: try Self.write(folder, "m", Array(message.utf8)))
            #expect(staged.content.sha256 == sha256)
            #expect(staged.content.size == Int64(message.utf8.count))
            vault.discard(staged)
        }
    }

    @Test func agreesWithSha256sumAcrossChunkBoundaries() throws {
        try withTemporaryFolder { folder in
            let vault = EvidenceVault(root: folder.appendingPathComponent("v.vault").path)
            for size in [HashingCopy.chunkSize - 1, HashingCopy.chunkSize, 3 * HashingCopy.chunkSize + 17] {
                let path = try Self.write(folder, "f\(size)", Self.random(size, seed: UInt64(size)))
                let staged = try vault.stage(file: path)
                let tool = try Self.sha256sum(path)
                #expect(staged.content.sha256 == tool, "size \(size)")
                _ = try vault.publish(staged) {}
                let copy = try Data(contentsOf: URL(fileURLWithPath: vault.path(of: tool)))
                #expect(copy == (try Data(contentsOf: URL(fileURLWithPath: path))), "the vault holds the same bytes")
            }
        }
    }

    /// Stopped mid-copy (the console's cancel), the vault keeps nothing: no file, no partial.
    @Test func aCopyStoppedMidWayLeavesNothingBehind() throws {
        try withTemporaryFolder { folder in
            let vault = EvidenceVault(root: folder.appendingPathComponent("v.vault").path)
            let path = try Self.write(folder, "image.raw", Self.random(6 * HashingCopy.chunkSize, seed: 7))
            var asked: [Int64] = []
            #expect(throws: EvidenceVaultError.cancelled(path: path)) {
                try vault.stage(file: path, shouldGoOn: { done, total in
                    asked.append(done)
                    #expect(total == Int64(6 * HashingCopy.chunkSize))
                    return done < Int64(2 * HashingCopy.chunkSize)
                })
            }
            #expect(asked.count == 2, "it stops at the chunk that was told to stop: \(asked)")
            let left = (FileManager.default.enumerator(atPath: vault.root)?.allObjects as? [String] ?? [])
                .filter { !$0.hasSuffix("/") && (try? FileManager.default.attributesOfItem(atPath: vault.root + "/" + $0)[.type] as? FileAttributeType) == .typeRegular }
            #expect(left.isEmpty, "\(left)")
            #expect(vault.inventory().contents.isEmpty && vault.inventory().temporary.isEmpty)
        }
    }

    /// Paced, a copy takes at least as long as its rate says (it may take longer; never less).
    @Test func aPacedCopyKeepsToItsRate() throws {
        try withTemporaryFolder { folder in
            let vault = EvidenceVault(root: folder.appendingPathComponent("v.vault").path)
            let path = try Self.write(folder, "log.bin", Self.random(4 * HashingCopy.chunkSize, seed: 9))
            let started = Date()
            let staged = try vault.stage(file: path, shouldGoOn: nil, bytesPerSecond: Int64(8 * HashingCopy.chunkSize))
            #expect(Date().timeIntervalSince(started) >= 0.45, "4 MiB at 8 MiB/s")
            #expect(staged.content.sha256 == (try Self.sha256sum(path)), "pacing changes the time, not the bytes")
            vault.discard(staged)
        }
    }

    static func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }

    @Test func filesAreReadOnlyInPrivateFoldersAndStoredOnce() throws {
        try withTestDesk { desk in
            let path = try Self.write(desk.folder, "auth.log", Array("Mar  2 09:01 sshd: Failed password for root\n".utf8))
            let first = try Self.add(desk, path)
            let second = try Self.add(desk, path)
            #expect(first != second)
            let items = try desk.store.evidence(of: nil).map(\.item)
            #expect(Set(items.compactMap(\.content?.sha256)).count == 1, "two items, one content")
            let vault = desk.store.vault
            #expect(vault.root == desk.folder.appendingPathComponent("desk.vault").path)
            let inventory = vault.inventory()
            #expect(inventory.contents.count == 1 && inventory.temporary.isEmpty)
            let file = vault.path(of: try #require(items.first?.content?.sha256))
            #expect(try Self.mode(file) == 0o400)
            for folder in [vault.root, vault.root + "/sha256", (file as NSString).deletingLastPathComponent, vault.root + "/tmp"] {
                #expect(try Self.mode(folder) == 0o700, "\(folder)")
            }
        }
    }

    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
    }

    @Test func aRefusedAddLeavesNoFile() throws {
        try withTestDesk { desk in
            let path = try Self.write(desk.folder, "pcap", Self.random(70_000, seed: 9))
            let vault = desk.store.vault
            let staged = try vault.stage(file: path)
            let before = try desk.dump()
            #expect(throws: StoreError.self) {
                try vault.publish(staged) {
                    try desk.perform(.addEvidence(EvidenceRequest(incident: "TCN-2026-0404", kind: .pcap, description: "x", content: staged.content)))
                }
            }
            #expect(vault.inventory().contents.isEmpty && vault.inventory().temporary.isEmpty)
            #expect(try desk.dump() == before)
        }
    }

    @Test func aRefusedDuplicateKeepsTheFileOthersNeed() throws {
        try withTestDesk { desk in
            let path = try Self.write(desk.folder, "img", Self.random(10_000, seed: 3))
            let kept = try Self.add(desk, path)
            let vault = desk.store.vault
            let staged = try vault.stage(file: path)
            _ = try? vault.publish(staged) { throw TestFailure("refused") }
            #expect(try desk.store.verifyEvidence().isIntact, "\(kept)'s file is still there")
        }
    }

    @Test func verifyNamesTheItemWhoseFileWasChanged() throws {
        try withTestDesk { desk in
            let path = try Self.write(desk.folder, "mem", Self.random(200_000, seed: 4))
            let id = try Self.add(desk, path)
            #expect(try desk.store.verifyEvidence().isIntact)
            let item = try #require(try desk.store.evidence(id))
            let file = desk.store.vault.path(of: item.content!.sha256)
            // One byte flipped, by someone who can write to the vault.
            chmod(file, 0o600)
            let handle = try #require(FileHandle(forUpdatingAtPath: file))
            try handle.seek(toOffset: 100_000)
            let byte = try #require(try handle.read(upToCount: 1)?.first)
            try handle.seek(toOffset: 100_000)
            try handle.write(contentsOf: [byte ^ 0x01])
            try handle.close()
            let report = try desk.store.verifyEvidence()
            #expect(report.problems.count == 1)
            #expect(report.problems.first?.en.hasPrefix("evidence \(id): its vault file sha256/") == true)
            #expect(report.problems.first?.en.contains("it was changed") == true)
            #expect(try desk.store.verifyEvidence(only: id).problems == report.problems)
        }
    }

    @Test func verifyNamesEveryItemWhoseFileIsGone() throws {
        try withTestDesk { desk in
            let path = try Self.write(desk.folder, "mem", Self.random(5_000, seed: 5))
            let incident = try desk.open(Drafts.ticket(1))
            let a = try Self.add(desk, path, incident: incident), b = try Self.add(desk, path, incident: incident)
            let item = try #require(try desk.store.evidence(a))
            #expect(unlink(desk.store.vault.path(of: item.content!.sha256)) == 0)
            let report = try desk.store.verifyEvidence()
            #expect(report.problems.map(\.en).sorted() == [a, b].map { "evidence \($0): its vault file \(EvidenceVault.relativePath(of: item.content!.sha256)) is missing" })
        }
    }

    @Test func leftoversOfInterruptedWorkAreExplainedAndTidied() throws {
        try withTestDesk { desk in
            let path = try Self.write(desk.folder, "mem", Self.random(5_000, seed: 6))
            _ = try Self.add(desk, path)
            let vault = desk.store.vault
            // An add that stopped after the rename, before the commit.
            let orphan = try Self.write(desk.folder, "orphan", Self.random(300, seed: 7))
            _ = try vault.publish(try vault.stage(file: orphan)) {}
            // A copy of a process that no longer runs, and one of this (running) process.
            let dead = vault.root + "/tmp/999999999-1.partial", live = vault.root + "/tmp/\(getpid())-2.partial"
            for partial in [dead, live] { FileManager.default.createFile(atPath: partial, contents: Data([1, 2, 3])) }
            let report = try desk.store.verifyEvidence()
            #expect(report.isIntact, "leftovers are explained, not faults")
            #expect(report.notes.count == 3)
            #expect(report.notes.contains { $0.en.contains("an add stopped before it was recorded") })
            let needed = Set(try desk.store.evidence(of: nil).compactMap(\.item.content?.sha256))
            let removed = try vault.tidy { needed }
            #expect(removed.count == 2 && removed.contains("tmp/999999999-1.partial"))
            #expect(FileManager.default.fileExists(atPath: live), "a running process's copy is left alone")
            unlink(live)
            #expect(try desk.store.verifyEvidence().notes.isEmpty)
        }
    }

    @Test func badSourcesAreRefusedBeforeAnythingIsWritten() throws {
        try withTemporaryFolder { folder in
            let vault = EvidenceVault(root: folder.appendingPathComponent("v.vault").path)
            mkfifo(folder.appendingPathComponent("fifo").path, 0o600)
            let cases: [(String, String)] = [
                (folder.appendingPathComponent("missing").path, "no such file"),
                (folder.path, "is a folder"),
                (folder.appendingPathComponent("fifo").path, "not a regular file"),
                (folder.appendingPathComponent("bad\u{1B}]0;x\u{07}name").path, "control characters"),
                ("", "no file given"),
            ]
            for (path, message) in cases {
                do {
                    _ = try vault.stage(file: path)
                    Issue.record("\(path) was accepted")
                } catch let error as EvidenceVaultError {
                    #expect(error.isSourceProblem)
                    #expect(error.message(.en).contains(message), "\(error.message(.en))")
                    #expect(!error.message(.en).contains("\u{1B}"), "the name is neutralised in the message")
                }
            }
            #expect(vault.inventory().contents.isEmpty && vault.inventory().temporary.isEmpty)
        }
    }

    @Test func disposalRemovesTheFileOnlyWhenNoLiveItemNeedsIt() throws {
        try withTestDesk { desk in
            var desk = desk
            let path = try Self.write(desk.folder, "mem", Self.random(5_000, seed: 8))
            let incident = try desk.open(Drafts.ticket(1))
            let a = try Self.add(desk, path, incident: incident), b = try Self.add(desk, path, incident: incident)
            try desk.perform(.changePhase(incident: incident, phase: .closed, override: "closed for the test")) 
            desk.clock = FixedClock(TaipeiCalendar.adding(months: 36, to: watchTime))
            let vault = desk.store.vault
            let sha256 = try #require(try desk.store.evidence(a)?.content?.sha256)
            for (id, remains) in [(a, true), (b, false)] {
                try vault.withdraw(sha256: sha256, record: {
                    try desk.perform(.disposeEvidence(evidence: id, reason: "retention ended"))
                }, stillUsed: { try desk.store.evidenceContentInUse(sha256) })
                #expect(FileManager.default.fileExists(atPath: vault.path(of: sha256)) == remains, "after disposing of \(id)")
            }
            let report = try desk.store.verifyEvidence()
            #expect(report.isIntact && report.items == 0 && report.notes.isEmpty)
            #expect(try desk.store.verify().isIntact)
        }
    }
}
