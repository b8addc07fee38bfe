import CertDeskCore
@testable import CertDeskStore
import Foundation
import Testing

/// Playbooks and step records as projections: rebuilt from the journal exactly, and any edit
/// to their rows named by verify.
@Suite("Playbook projections")
struct PlaybookProjectionTests {
    static func playbook(_ name: String) throws -> Playbook {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try PlaybookFile.parse(String(contentsOf: root.appendingPathComponent("playbooks/\(name).yaml"), encoding: .utf8))
    }

    static func fill(_ desk: TestDesk) throws -> String {
        try desk.perform([.adoptPolicy(try shippedDefaultPolicy()), .adoptPlaybook(try playbook("ransomware")),
                          .adoptPlaybook(try playbook("generic"))])
        let id = try desk.open(Drafts.ticket(1, level: .four))
        try desk.perform([
            .completeStep(incident: id, step: "rw-open-case", at: nil, note: "開案"),
            .skipStep(incident: id, step: "rw-first-instructions", reason: "機關已處置"),
            .changePhase(incident: id, phase: .detectionAnalysis),
            .completeStep(incident: id, step: "rw-report-platform", at: watchTime.adding(seconds: -600), note: nil),
            .changePhase(incident: id, phase: .closed, override: "duplicate of another ticket"),
        ])
        return id
    }

    @Test func storedEqualsTheJournal() throws {
        try withTestDesk { desk in
            let id = try Self.fill(desk)
            #expect(try desk.store.verify().isIntact)
            let stored = try #require(try desk.store.incident(id))
            #expect(stored.steps.map(\.step) == ["rw-open-case", "rw-first-instructions", "rw-report-platform"])
            #expect(stored.steps[1].status == .skipped && stored.steps[1].text == "機關已處置")
            #expect(stored.playbook == PlaybookRef(category: "ransomware", revision: 1))
            #expect(stored.obligations.first { $0.kind == .reportPlatform }?.metAt == watchTime.adding(seconds: -600))
            #expect(try desk.store.playbook(of: stored)?.steps.count == 20)
            // Adopting the same files again records nothing.
            let length = try desk.store.journalLength()
            try desk.perform([.adoptPlaybook(try Self.playbook("ransomware")), .adoptPlaybook(try Self.playbook("generic"))])
            #expect(try desk.store.journalLength() == length)
        }
    }

    @Test func editedRowsAreNamed() throws {
        try withTestDesk { desk in
            let id = try Self.fill(desk)
            try desk.sqlite("UPDATE incident_steps SET status = 'done' WHERE incident = '\(id)' AND step = 'rw-first-instructions'")
            let steps = try desk.store.verify()
            #expect(steps.problems.map(\.reason.en) == ["incident \(id): stored steps differ from the journal"])
            try desk.sqlite("UPDATE incident_steps SET status = 'skipped' WHERE step = 'rw-first-instructions'")
            #expect(try desk.store.verify().isIntact)
            try desk.sqlite("UPDATE playbooks SET body = replace(body, '勒索軟體', '勒索軟件') WHERE key = 'ransomware#1'")
            let tampered = try desk.store.verify().problems.map(\.reason.en)
            #expect(tampered == ["playbook ransomware#1: stored copy differs from the journal"], "\(tampered)")
        }
    }
}
