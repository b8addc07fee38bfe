import CertDeskTestSupport
import Foundation

/// Crash consistency: every kind of write, killed with SIGKILL at a random moment of its run,
/// round after round on one desk. After each round the desk must hold together — SQLite's
/// `integrity_check` ok, `certdesk verify --anchor` (the previous round's newest row) ok — and
/// every write that said it was done must be in the journal; a killed ingest is there whole or
/// not at all.
struct KillRounds {
    enum Kind: String, CaseIterable {
        case ingest, note, level, meet, evidence, shift, notification
    }

    let certdesk: CertdeskProcess
    let inspection: DeskInspection
    let folder: URL
    let wantedKills: Int
    var random: SplitMix64

    /// Tickets in each ingested file: enough that a kill lands inside the transaction.
    static let ticketsPerFile = 40

    private var incidents: [String] = []
    private var onWatch = false
    /// How long each kind takes when left alone (a moving average), to aim the kills.
    private var typical: [Kind: Double] = [:]
    private(set) var rounds = 0
    private(set) var kills: [Kind: Int] = [:]
    private(set) var acknowledged = 0
    private(set) var failures: [String] = []

    init(certdesk: CertdeskProcess, inspection: DeskInspection, folder: URL, wantedKills: Int, seed: UInt64) {
        self.certdesk = certdesk
        self.inspection = inspection
        self.folder = folder
        self.wantedKills = wantedKills
        random = SplitMix64(seed: seed)
    }

    mutating func run(maximumRounds: Int) {
        let demo = certdesk.run(["demo"])
        guard demo.succeeded else { return fail("demo desk: \(demo.stderr)") }
        incidents = incidentIDs()
        guard !incidents.isEmpty else { return fail("the demo desk lists no incident") }
        var head = inspection.head()
        var seen = Set(inspection.markers(after: 0))
        var expected: [Int: [String]] = [:]
        var killedIngests: [Int: [String]] = [:]
        var round = 0
        while kills.values.reduce(0, +) < wantedKills && round < maximumRounds && failures.count < 5 {
            round += 1
            // The first rounds run each kind once to the end: how long it takes aims the kills.
            let warmingUp = round <= Kind.allCases.count
            let kind = warmingUp ? Kind.allCases[round - 1] : Kind.allCases.randomElement(using: &random)!
            let (arguments, markers) = write(kind, round: round)
            // Most of a run is the process starting; aim at its later part, and past its end
            // now and then so that some rounds finish and are acknowledged.
            let usual = typical[kind] ?? 0.3
            let aim = Double.random(in: usual * 0.4...usual * 1.2, using: &random)
            let result = certdesk.run(arguments, killAfter: warmingUp ? nil : aim)
            if result.killed {
                kills[kind, default: 0] += 1
                if kind == .ingest { killedIngests[round] = markers }
            } else if result.status == 0 {
                expected[round] = markers
                acknowledged += 1
                typical[kind] = typical[kind].map { $0 * 0.7 + result.seconds * 0.3 } ?? result.seconds
                if kind == .shift { onWatch.toggle() }
            } else if result.status == 65 {
                // Refused as the desk stood (a clock already met, no shift to end): not a write.
                if kind == .shift { onWatch.toggle() }
            } else {
                fail("round \(round) \(kind): exit \(result.status): \(result.stderr)")
            }
            if result.reportsLock { fail("round \(round) \(kind): a lock error reached the officer: \(result.stderr)") }

            for name in ["round-\(round).jsonl", "image-\(round).raw"] {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
            let integrity = inspection.integrity()
            if integrity != "ok" { fail("round \(round) after \(kind): integrity_check: \(integrity)") }
            let verify = certdesk.run(["verify"] + (head.map { ["--anchor", $0.anchor] } ?? []))
            if verify.status != 0 { fail("round \(round) after \(kind): verify: \(verify.stdout)\(verify.stderr)") }
            seen.formUnion(inspection.markers(after: head?.seq ?? 0))
            head = inspection.head()
            for (done, markers) in expected where !markers.allSatisfy(seen.contains) {
                fail("round \(round): the acknowledged write of round \(done) is missing (\(markers.filter { !seen.contains($0) }.prefix(3)))")
                expected[done] = nil
            }
            for (killed, markers) in killedIngests {
                let present = markers.filter(seen.contains).count
                if present != 0 && present != markers.count {
                    fail("round \(round): the ingest killed in round \(killed) is half there (\(present) of \(markers.count))")
                }
            }
            killedIngests = [:]
            if round % 100 == 0 {
                say("  round \(round): \(kills.values.reduce(0, +)) kills, \(acknowledged) acknowledged writes, all checks held")
            }
        }
        self.rounds = round
    }

    private mutating func fail(_ what: String) { failures.append(what) }

    private func incidentIDs() -> [String] {
        let listed = certdesk.run(["list", "--json"])
        guard let data = listed.stdout.data(using: .utf8),
              let rows = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return rows.compactMap { $0["id"] as? String }
    }

    /// The command for one write of `kind` in `round`, and the markers it leaves in the journal.
    private mutating func write(_ kind: Kind, round: Int) -> ([String], [String]) {
        let marker = "STRESS-R\(round)"
        let incident = incidents.randomElement(using: &random)!
        switch kind {
        case .ingest:
            let path = folder.appendingPathComponent("round-\(round).jsonl").path
            try? TicketFile.write(path, prefix: marker, count: Self.ticketsPerFile, daysBack: 30)
            let ids = (1...Self.ticketsPerFile).map { "\(marker)-" + String(format: "%06d", $0) }
            return (["ingest", path], ids)
        case .note:
            return (["note", incident, "\(marker) 已電話聯繫機關資安長，確認隔離範圍"], [marker])
        case .level:
            return (["level", incident, Bool.random(using: &random) ? "3" : "4", "--reason", "\(marker) 影響範圍重新評估"], [marker])
        case .meet:
            let clock = ["report-platform", "notify-agency-contact"].randomElement(using: &random)!
            return (["meet", incident, clock, "--note", "\(marker) 已完成"], [marker])
        case .evidence:
            let path = folder.appendingPathComponent("image-\(round).raw").path
            var bytes = [UInt8](repeating: 0, count: 1 << 20)
            for i in stride(from: 0, to: bytes.count, by: 8) { bytes[i] = UInt8(truncatingIfNeeded: random.next()) }
            try? Data(bytes).write(to: URL(fileURLWithPath: path))
            return (["evidence", "add", incident, path, "--kind", "memory-image", "--desc", "\(marker) 記憶體映像"], [marker])
        case .shift:
            return onWatch ? (["shift", "end"], []) : (["shift", "start", "--officer", "值勤\(marker)"], [marker])
        case .notification:
            return (["notify", incident, "--channel", "phone", "--to", "林雅婷 \(marker)"], [marker])
        }
    }
}
