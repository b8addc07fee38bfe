import CertDeskCore
@testable import CertDeskStore
import Foundation
import Testing

/// The console asks, every tick and before every write, whether the file it opened is still the
/// one at its path: SQLite would go on writing into a deleted or replaced file.
@Suite("Database file health")
struct DatabaseFileHealthTests {
    @Test func aDeletedOrReplacedFileIsNoticed() throws {
        try withTestDesk { desk in
            #expect(desk.store.fileHealth() == .writable)
            let moved = desk.path + ".moved"
            #expect(rename(desk.path, moved) == 0)
            #expect(desk.store.fileHealth() == .missing)
            #expect(rename(moved, desk.path) == 0)
            #expect(desk.store.fileHealth() == .writable, "the same file put back is the same desk")
            let other = try DeskStore(path: desk.path + ".other")
            _ = other
            #expect(rename(desk.path + ".other", desk.path) == 0)
            #expect(desk.store.fileHealth() == .replaced)
        }
    }

    @Test func arrivalsAreTheIncidentsOpenedAfterARow() throws {
        try withTestDesk { desk in
            let first = try desk.open(Drafts.ticket(1))
            let (last, none) = try desk.store.incidentsOpened(after: .max)
            #expect(none.isEmpty)
            try desk.perform(.addNote(incident: first, text: "n"))
            let second = try desk.open(Drafts.ticket(2, level: .three))
            let (now, arrived) = try desk.store.incidentsOpened(after: last)
            #expect(arrived.map(\.id) == [second])
            #expect(arrived.first?.level == .three)
            #expect(now == last + 2)
        }
    }

    @Test func aVaultThatCannotBeWrittenSaysSo() {
        let denied = SystemErrorText.writeFailure(EACCES, path: "/srv/desk.vault", written: 0, total: 10)
        #expect(denied.message(.en) == "evidence vault \"/srv/desk.vault\": cannot be written: permission denied (check the owner and mode of the vault folder)")
        #expect(!denied.isSourceProblem)
        #expect(SystemErrorText.describe(EACCES).en == "permission denied (you cannot read it)", "reading the officer's file is another matter")
        #expect(SystemErrorText.describe(EROFS, writing: true).zh.hasPrefix("無法寫入"))
    }
}
