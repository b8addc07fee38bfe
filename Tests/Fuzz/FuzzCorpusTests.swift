import CertDeskFuzzing
import Foundation
import Testing

/// The short fuzz run of `make test` (the long one is `make fuzz`): every reader of outside
/// input over every committed seed and a few thousand seeded mutations of them, in process and
/// without a sanitizer. A crash ends the test run; a hang stops it; a reader that answers
/// against its own contract (a result with neither value nor problem, streamed ingest that
/// disagrees with whole) fails here with the input. That a refusal is the reader's own error is
/// the compiler's to check: every reader throws `FileProblem` (or the JSON field error) by type.
@Suite("Fuzz corpus")
struct FuzzCorpusTests {
    /// #filePath = <root>/Tests/Fuzz/FuzzCorpusTests.swift
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpus = repository.appendingPathComponent("Tests/Fuzz/corpus")
    static let folders = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
    /// Enough to reach every reader's schema checks from every seed; few enough for seconds.
    static let mutations = 1_500

    /// Read once: the context parses every shipped playbook.
    static let loaded = Result { () throws(FuzzContext.Problem) in FuzzTarget.all(try FuzzContext(repository: repository)) }

    static func targets() -> [FuzzTarget] {
        switch loaded {
        case .success(let targets):
            return targets
        case .failure(let problem):
            Issue.record("\(problem)")
            return []
        }
    }

    @Test func everyTargetHasACorpusAndEveryCorpusATarget() {
        #expect(Self.targets().map(\.name).sorted() == Self.folders)
    }

    @Test(arguments: folders)
    func seedsAndMutationsAreReadOrRefused(_ name: String) throws {
        let target = try #require(Self.targets().first { $0.name == name }, "no target for corpus/\(name)")
        let seeds = try SeedCorpus(folder: Self.corpus.appendingPathComponent(name))
        #expect(!seeds.files.isEmpty)
        var run = SeededRun(target: target, corpus: seeds, seed: 2026)
        for _ in 0..<(seeds.files.count + Self.mutations) {
            let (input, verdict) = run.step()
            if case .broken(let why) = verdict {
                Issue.record("\(name): \(why); the input, base64: \(Data(input).base64EncodedString())")
                return
            }
        }
        // A run that only met refusals never reached what a good file exercises.
        #expect(run.tally.accepted > 0 && run.tally.refused > 0, "\(name): \(run.tally)")
        #expect(run.tally.inputs == seeds.files.count + Self.mutations)
    }
}
