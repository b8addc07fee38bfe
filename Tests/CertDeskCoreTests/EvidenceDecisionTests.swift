import Foundation
import Testing
@testable import CertDeskCore

/// The evidence register through the decider and the reducer: numbering, custody, holds and
/// retention (TCN 3 years, KHH at least 1 year, counted from closure in Asia/Taipei).
@Suite("Evidence decisions")
struct EvidenceDecisionTests {
    static func shippedPolicy(_ region: String) throws -> DeadlinePolicy {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        func load(_ name: String) throws -> DeadlinePolicyFile.Document {
            let text = String(decoding: readFile(root.appendingPathComponent("playbooks/policies/\(name).yaml").path) ?? [], as: UTF8.self)
            return try DeadlinePolicyFile.parse(text)
        }
        return try DeadlinePolicyFile.resolve(base: load("default"), override: region == "default" ? nil : load(region))
    }

    static let image = EvidenceContent(sha256: String(repeating: "ab", count: 32), size: 4096, originalName: "mem.raw")

    /// A desk with one incident and one file item on it.
    static func desk(policy: DeadlinePolicy? = nil, region: Region = .taichung) throws -> (DeskHarness, String, String) {
        let desk = DeskHarness(region: region)
        if let policy { try desk.run(.adoptPolicy(policy)) }
        let id = try #require(desk.open(draft(source: "SOC-1")))
        try desk.run(.addEvidence(EvidenceRequest(incident: id, kind: .memoryImage, description: "FS01 RAM", content: image,
                                                  sourceHost: "FS01", tool: "winpmem 4.0")))
        return (desk, id, id + "-E01")
    }

    static func close(_ desk: DeskHarness, _ id: String, at text: String) throws {
        desk.now = instant(text)
        try desk.run(.changePhase(incident: id, phase: .closed, override: "closed for the test")) 
    }

    @Test func itemsAreNumberedPerIncidentAndCollectedByTheActor() throws {
        let (desk, id, first) = try Self.desk()
        let other = try #require(desk.open(draft(source: "SOC-2")))
        try desk.run(.addEvidence(EvidenceRequest(incident: id, kind: .physical, description: "laptop", physical: "Lenovo T480",
                                                  location: "safe B")))
        try desk.run(.addEvidence(EvidenceRequest(incident: other, kind: .log, description: "auth.log", content: Self.image,
                                                  collectedBy: "陳怡君")))
        #expect(Set(desk.state.evidence.keys) == [first, id + "-E02", other + "-E01"])
        let item = try #require(desk.state.evidence[first])
        #expect(item.holder == "林志明" && item.collectedBy == "林志明" && item.location == "vault")
        #expect(item.custody.map(\.action) == [.collected])
        #expect(item.custody.first?.purpose == "acquired with winpmem 4.0")
        #expect(desk.state.evidence[other + "-E01"]?.holder == "陳怡君")
        #expect(desk.state.evidence[id + "-E02"]?.location == "safe B")
        #expect(EvidenceItem.parse(id + "-E02")?.number == 2)
    }

    @Test func whatAnAddRefuses() throws {
        let (desk, id, _) = try Self.desk()
        let cases: [(EvidenceRequest, String)] = [
            (EvidenceRequest(incident: "TCN-2026-0999", kind: .log, description: "x", content: Self.image), "no incident TCN-2026-0999"),
            (EvidenceRequest(incident: id, kind: .log, description: " ", content: Self.image), "description cannot be empty"),
            (EvidenceRequest(incident: id, kind: .physical, description: "x", physical: "USB stick"), "needs --location"),
            (EvidenceRequest(incident: id, kind: .log, description: "x", content: Self.image, physical: "USB"), "not both or neither"),
            (EvidenceRequest(incident: id, kind: .log, description: "x"), "not both or neither"),
            (EvidenceRequest(incident: id, kind: .log, description: "x", content: Self.image, acquiredAt: desk.now.adding(milliseconds: 60_000)),
             "is in the future"),
            (EvidenceRequest(incident: id, kind: .log, description: "x", content: Self.image, collectedBy: "a\u{1B}[2J"), "control"),
        ]
        for (request, message) in cases {
            let refusal = desk.refusal(.addEvidence(request))
            #expect(refusal?.reason.en.contains(message) == true, "\(request): \(String(describing: refusal?.reason.en))")
        }
        #expect(desk.state.evidence.count == 1)
    }

    @Test func custodyFollowsEveryHolder() throws {
        let (desk, _, evidence) = try Self.desk()
        let at = desk.now
        try desk.run(.custody(evidence: evidence, change: CustodyChange(action: .transferred, to: "陳怡君", at: at,
                                                                      purpose: "forensic analysis", location: "ISAC lab safe 3")))
        try desk.run(.custody(evidence: evidence, change: CustodyChange(action: .checkedOut, to: "王大明", at: at, purpose: "volatility")))
        desk.actor = "陳怡君"
        try desk.run(.custody(evidence: evidence, change: CustodyChange(action: .checkedIn, at: at)))
        let item = try #require(desk.state.evidence[evidence])
        #expect(item.custody.map(\.action) == [.collected, .transferred, .checkedOut, .checkedIn])
        #expect(item.custody.map(\.from) == [nil, "林志明", "陳怡君", "王大明"])
        #expect(item.custody.map(\.to) == ["林志明", "陳怡君", "王大明", "陳怡君"], "check-in goes back to whoever takes it in")
        #expect(item.holder == "陳怡君" && !item.checkedOut && item.location == "ISAC lab safe 3")
    }

    @Test func whatACustodyChangeRefuses() throws {
        let (desk, _, evidence) = try Self.desk()
        func change(_ action: CustodyEntry.Action, to: String? = "陳怡君", at: Instant? = nil, purpose: String? = "analysis") -> DeskCommand {
            .custody(evidence: evidence, change: CustodyChange(action: action, to: to, at: at ?? desk.now, purpose: purpose))
        }
        #expect(desk.refusal(change(.transferred, purpose: ""))?.reason.en.contains("purpose cannot be empty") == true)
        #expect(desk.refusal(change(.transferred, to: nil))?.reason.en.contains("--to") == true)
        #expect(desk.refusal(change(.transferred, at: desk.now.adding(milliseconds: 1_000)))?.reason.en.contains("future") == true)
        #expect(desk.refusal(change(.transferred, at: desk.now.adding(milliseconds: -1_000)))?.reason.en.contains("before") == true)
        #expect(desk.refusal(change(.checkedIn))?.reason.en.contains("is not checked out") == true)
        #expect(desk.refusal(change(.released))?.reason.en.contains("is not on hold") == true)
        #expect(desk.refusal(change(.collected))?.reason.en.contains("not a custody change") == true)
        #expect(desk.refusal(change(.checkedOut)) == nil)
        #expect(desk.refusal(change(.checkedOut))?.reason.en.contains("already checked out") == true)
        #expect(desk.refusal(change(.held, purpose: "subpoena")) == nil)
        #expect(desk.refusal(change(.held, purpose: "again"))?.reason.en.contains("already on hold") == true)
        #expect(desk.refusal(.custody(evidence: "TCN-2026-0001-E09", change: CustodyChange(action: .held, at: desk.now, purpose: "x")))?
            .kind == .notFound)
    }

    @Test func retentionOfTheTwoRegionsAcrossALeapDay() throws {
        let tcn = try Self.shippedPolicy("tcn"), khh = try Self.shippedPolicy("khh")
        #expect(tcn.evidenceRetention == .months(36) && khh.evidenceRetention == .months(12))
        #expect(try Self.shippedPolicy("default").evidenceRetention == .months(36))
        // Closed on 29 Feb: the anniversary falls on 28 Feb, at the same time of day in Taipei.
        let closed = instant("2024-02-29T10:00:00+08:00")
        #expect(EvidenceRetention.until(closedAt: closed, policy: tcn) == instant("2027-02-28T10:00:00+08:00"))
        #expect(EvidenceRetention.until(closedAt: closed, policy: khh) == instant("2025-02-28T10:00:00+08:00"))
        // Closed late on 28 Feb 2023, Taipei: a year later is 28 Feb 2024, not the leap day.
        #expect(EvidenceRetention.until(closedAt: instant("2023-02-28T23:30:00+08:00"), policy: khh) == instant("2024-02-28T23:30:00+08:00"))
        // 23:30 UTC on 28 Feb is already 1 Mar in Taipei: the count runs in Taipei's calendar.
        #expect(EvidenceRetention.until(closedAt: instant("2023-02-28T23:30:00Z"), policy: khh) == instant("2024-03-01T07:30:00+08:00"))
        #expect(EvidenceRetention.until(closedAt: nil, policy: tcn) == nil, "an open incident has not started its retention")
    }

    @Test func disposalWaitsForClosureRetentionAndHolds() throws {
        let khh = try Self.shippedPolicy("khh")
        let (desk, id, evidence) = try Self.desk(policy: khh, region: .kaohsiung)
        let dispose = DeskCommand.disposeEvidence(evidence: evidence, reason: "retention ended")
        #expect(desk.refusal(dispose)?.reason.en.contains("not closed") == true)
        // 2028 is a leap year: closed on 29 Feb, kept until 28 Feb 2029.
        try Self.close(desk, id, at: "2028-02-29T10:00:00+08:00")
        #expect(desk.state.incidents[id]?.closedAt == instant("2028-02-29T10:00:00+08:00"))
        desk.now = instant("2029-02-28T09:59:59.999+08:00")
        #expect(desk.refusal(dispose)?.reason.en.contains("must be kept until 2029-02-28 10:00:00 +08:00") == true)
        try desk.run(.custody(evidence: evidence, change: CustodyChange(action: .held, at: desk.now, purpose: "prosecutor's request")))
        desk.now = instant("2029-02-28T10:00:00+08:00")
        #expect(desk.refusal(dispose)?.reason.en.contains("is on hold (prosecutor's request)") == true)
        try desk.run(.custody(evidence: evidence, change: CustodyChange(action: .released, at: desk.now, purpose: "case closed")))
        try desk.run(.custody(evidence: evidence, change: CustodyChange(action: .checkedOut, to: "王大明", at: desk.now, purpose: "copy")))
        #expect(desk.refusal(dispose)?.reason.en.contains("check it in first") == true)
        try desk.run(.custody(evidence: evidence, change: CustodyChange(action: .checkedIn, at: desk.now)))
        #expect(desk.refusal(.disposeEvidence(evidence: evidence, reason: " "))?.reason.en.contains("reason cannot be empty") == true)
        #expect(desk.refusal(dispose) == nil)
        let item = try #require(desk.state.evidence[evidence])
        #expect(item.disposal == EvidenceDisposal(at: desk.now, by: "林志明", reason: "retention ended"))
        #expect(item.custody.last?.action == .disposed)
        guard case .evidenceDisposed(_, _, _, let sha256, let size)? = desk.journal.last?.event else {
            Issue.record("no tombstone")
            return
        }
        #expect(sha256 == Self.image.sha256 && size == Self.image.size, "the tombstone keeps what the file was")
        #expect(desk.refusal(dispose)?.reason.en.contains("was disposed of") == true)
        #expect(desk.refusal(.custody(evidence: evidence, change: CustodyChange(action: .held, at: desk.now, purpose: "x")))?
            .reason.en.contains("was disposed of") == true)
    }

    @Test func reopeningStopsTheRetentionClock() throws {
        let (desk, id, _) = try Self.desk()
        try Self.close(desk, id, at: "2026-03-10T10:00:00+08:00")
        #expect(desk.state.incidents[id]?.closedAt != nil)
        try desk.run(.changePhase(incident: id, phase: .postIncident))
        #expect(desk.state.incidents[id]?.closedAt == nil)
    }

    @Test func evidenceEventsReadBackFromTheJournal() throws {
        let (desk, id, evidence) = try Self.desk()
        try desk.run(.custody(evidence: evidence, change: CustodyChange(action: .transferred, to: "陳怡君", at: desk.now,
                                                                      purpose: "分析", location: "保險櫃 B")))
        try Self.close(desk, id, at: "2026-03-10T10:00:00+08:00")
        desk.now = instant("2029-03-10T10:00:00+08:00")
        try desk.run(.disposeEvidence(evidence: evidence, reason: "期滿"))
        for recorded in desk.journal {
            let event = recorded.event
            #expect(try DeskEvent(kind: event.kind, incident: event.incidentID, body: event.body) == event)
        }
        // Replaying the journal gives the same register.
        #expect(try fold(desk.journal).evidence == desk.state.evidence)
    }
}
