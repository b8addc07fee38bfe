import CertDeskCore
@testable import CertDeskStore
import Foundation
import Testing

/// The desk's SQLite file on disk: private modes, WAL, shared by several openers, and clear
/// errors for a path that cannot hold a database (../shared/DESIGN.md, Data locations).
@Suite("Database file")
struct DatabaseFileTests {
    @Test func newDatabaseFileIsPrivate() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("desk.sqlite").path
            #expect(!FileManager.default.fileExists(atPath: path))
            let store = try DeskStore(path: path)
            _ = try store.perform(.openDesk(.taichung), actor: officer, clock: FixedClock(watchTime))
            #expect(try permissions(path) == 0o600)
            // SQLite gives its side files the database's mode.
            for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                #expect(try permissions(path + suffix) == 0o600, "\(suffix)")
            }
            withExtendedLifetime(store) {}
        }
    }

    @Test func missingFoldersAreCreatedPrivate() throws {
        try withTemporaryFolder { folder in
            let parent = folder.appendingPathComponent("data/certdesk")
            let path = parent.appendingPathComponent("desk.sqlite").path
            let store = try DeskStore(path: path)
            var isDirectory: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: parent.path, isDirectory: &isDirectory))
            #expect(isDirectory.boolValue)
            #expect(try permissions(parent.path) == 0o700)
            #expect(try permissions(folder.appendingPathComponent("data").path) == 0o700)
            #expect(try permissions(path) == 0o600)
            #expect(try store.journalLength() == 0)
            #expect(try store.region() == nil)
        }
    }

    @Test func journalModeIsWAL() throws {
        try withTestDesk { desk in
            let result = try desk.sqlite("PRAGMA journal_mode;")
            #expect(result.status == 0)
            #expect(result.output == "wal")
        }
    }

    @Test func twoOpenersShareTheDesk() throws {
        try withTestDesk { desk in
            let other = try DeskStore(path: desk.path)
            #expect(try other.region() == .taichung)
            let id = try desk.open(Drafts.ticket(1))
            #expect(try other.incident(id)?.title == "主機疑似勒索軟體加密 #1")
            #expect(try other.journalLength() == 2)

            _ = try other.perform(.addNote(incident: id, text: "from the second opener"), actor: "陳怡君", clock: desk.clock)
            #expect(try desk.store.incident(id)?.noteCount == 1)
            #expect(try desk.store.journalLength() == 3)
            #expect(try desk.store.timeline(of: id).map(\.actor) == [officer, "陳怡君"])
            #expect(try desk.store.verify().isIntact)
            #expect(try other.verify().isIntact)
        }
    }

    @Test func reopeningKeepsEverything() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("desk.sqlite").path
            do {
                let store = try DeskStore(path: path)
                _ = try store.perform([.openDesk(.kaohsiung), .openIncident(Drafts.ticket(1))], actor: officer,
                                      clock: FixedClock(watchTime))
            }
            let again = try DeskStore(path: path)
            #expect(try again.region() == .kaohsiung)
            #expect(try again.incidents().map(\.id) == ["KHH-2026-0001"])
            #expect(try again.verify().isIntact)
            #expect(try again.perform(.openIncident(Drafts.ticket(2)), actor: officer, clock: FixedClock(watchTime)).openedIDs
                == ["KHH-2026-0002"])
        }
    }

    @Test func parentThatIsAFileIsUnusable() throws {
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("not-a-folder")
            try Data("plain file".utf8).write(to: file)
            let path = file.appendingPathComponent("desk.sqlite").path
            do throws(StoreError) {
                let store = try DeskStore(path: path)
                Issue.record("opened a desk under a regular file: \(store.path)")
            } catch {
                guard case .unusable(let reported, let reason) = error else {
                    Issue.record("expected .unusable, got \(error)")
                    return
                }
                #expect(reported == path)
                #expect(reason.en.contains("not a folder"))
            }
            #expect(try String(contentsOf: file, encoding: .utf8) == "plain file")
        }
    }

    @Test func fileThatIsNotADatabaseIsUnusable() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("desk.sqlite").path
            try Data(String(repeating: "not a database\n", count: 200).utf8).write(to: URL(fileURLWithPath: path))
            do throws(StoreError) {
                _ = try DeskStore(path: path)
                Issue.record("opened a text file as a desk")
            } catch {
                guard case .unusable(let reported, _) = error else {
                    Issue.record("expected .unusable, got \(error)")
                    return
                }
                #expect(reported == path)
            }
        }
    }

    @Test func folderAsDatabasePathIsUnusable() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("desk.sqlite").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            do throws(StoreError) {
                _ = try DeskStore(path: path)
                Issue.record("opened a folder as a desk")
            } catch {
                guard case .unusable = error else {
                    Issue.record("expected .unusable, got \(error)")
                    return
                }
            }
        }
    }

    @Test func firstEventIsDeskOpenedOnTheGenesisHash() throws {
        try withTestDesk { desk in
            let row = try desk.sqlite("SELECT seq, kind, incident IS NULL, body, prev_hash, actor, at FROM journal ORDER BY seq LIMIT 1")
            #expect(row.status == 0)
            let fields = row.output.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            #expect(fields == ["1", "desk-opened", "1", #"{"region":"TCN"}"#, String(repeating: "0", count: 64), officer,
                               "2026-03-02T03:42:00.000Z"])
            #expect(try desk.store.region() == .taichung)

            let again = expectRefusal { () throws(StoreError) in try desk.perform(.openDesk(.tainan)) }
            #expect(again?.kind == .invalid)
            #expect(try desk.store.journalLength() == 1)
            #expect(try desk.store.region() == .taichung)
        }
    }

    @Test func incidentNeedsAnOpenedDesk() throws {
        try withTestDesk(region: nil) { desk in
            let refusal = expectRefusal { () throws(StoreError) in try desk.perform(.openIncident(Drafts.ticket(1))) }
            #expect(refusal?.kind == .invalid)
            let length = try desk.store.journalLength()
            #expect(length == 0)
        }
    }
}
