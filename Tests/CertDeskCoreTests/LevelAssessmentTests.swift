import Testing
@testable import CertDeskCore

/// The level table of 資通安全事件通報及應變辦法 Art 2, as summarised in
/// ../shared/domain/regulations-and-standards.md §1.2. The expected levels below are written from that text,
/// not from LevelAssessment.swift.
@Suite("Level assessment (Art 2)")
struct LevelAssessmentTests {
    typealias Asset = LevelBasis.AssetClass
    typealias Severity = LevelBasis.Severity
    typealias Availability = LevelBasis.Availability

    struct DisclosureRow: Sendable, CustomTestStringConvertible {
        let asset: Asset
        let severity: Severity
        let level: IncidentLevel
        var testDescription: String { "\(severity.rawValue) × \(asset.rawValue) → \(level.rawValue)" }
    }

    /// §1.2, disclosure (C) and tampering (I) alike:
    /// L1 minor non-core; L2 serious non-core, minor non-CI core; L3 serious non-CI core, minor
    /// official secret / sensitive / CI core; L4 serious official secret / sensitive / CI core,
    /// any national secret.
    static let disclosureOrTampering: [DisclosureRow] = [
        .init(asset: .nonCore, severity: .minor, level: .one),
        .init(asset: .nonCore, severity: .serious, level: .two),
        .init(asset: .core, severity: .minor, level: .two),
        .init(asset: .core, severity: .serious, level: .three),
        .init(asset: .coreCI, severity: .minor, level: .three),
        .init(asset: .coreCI, severity: .serious, level: .four),
        .init(asset: .officialSecret, severity: .minor, level: .three),
        .init(asset: .officialSecret, severity: .serious, level: .four),
        .init(asset: .sensitive, severity: .minor, level: .three),
        .init(asset: .sensitive, severity: .serious, level: .four),
        .init(asset: .nationalSecret, severity: .minor, level: .four),
        .init(asset: .nationalSecret, severity: .serious, level: .four),
    ]

    @Test func theTableCoversEveryAssetAndSeverity() {
        let covered = Set(Self.disclosureOrTampering.map { "\($0.asset.rawValue)/\($0.severity.rawValue)" })
        let all = Set(Asset.allCases.flatMap { a in [Severity.minor, .serious].map { "\(a.rawValue)/\($0.rawValue)" } })
        #expect(covered == all)
        #expect(Set(Self.availabilityTable.map { "\($0.asset.rawValue)/\($0.availability.rawValue)" }).count
            == Asset.allCases.count * 2)
    }

    @Test("confidentiality", arguments: disclosureOrTampering)
    func confidentiality(_ row: DisclosureRow) throws {
        let assessment = LevelAssessment(LevelBasis(confidentiality: row.severity, asset: row.asset))
        #expect(assessment.level == row.level)
        let first = try #require(assessment.reasons.first)
        #expect(first.en.hasPrefix("\(row.severity.rawValue) disclosure of \(row.asset.label.en) → level \(row.level.rawValue)"))
        #expect(first.zh.hasPrefix("\(row.severity == .serious ? "嚴重" : "輕微")洩漏\(row.asset.label.zh) → 第 \(row.level.rawValue) 級"))
    }

    @Test("integrity", arguments: disclosureOrTampering)
    func integrity(_ row: DisclosureRow) throws {
        let assessment = LevelAssessment(LevelBasis(integrity: row.severity, asset: row.asset))
        #expect(assessment.level == row.level)
        let first = try #require(assessment.reasons.first)
        #expect(first.en.hasPrefix("\(row.severity.rawValue) tampering of \(row.asset.label.en) → level \(row.level.rawValue)"))
        #expect(first.zh.hasPrefix("\(row.severity == .serious ? "嚴重" : "輕微")竄改\(row.asset.label.zh) → 第 \(row.level.rawValue) 級"))
    }

    struct AvailabilityRow: Sendable, CustomTestStringConvertible {
        let asset: Asset
        let availability: Availability
        let level: IncidentLevel
        /// Information classes have no interruption time of their own: graded as a core system.
        let treatedAsCore: Bool
        var testDescription: String { "\(availability.rawValue) × \(asset.rawValue) → \(level.rawValue)" }
    }

    /// §1.2: L1 non-core restored in time; L2 non-core not restored, non-CI core restored; L3
    /// non-CI core not restored, CI core restored; L4 CI core not restored.
    static let availabilityTable: [AvailabilityRow] = [
        .init(asset: .nonCore, availability: .restoredInTime, level: .one, treatedAsCore: false),
        .init(asset: .nonCore, availability: .notRestoredInTime, level: .two, treatedAsCore: false),
        .init(asset: .core, availability: .restoredInTime, level: .two, treatedAsCore: false),
        .init(asset: .core, availability: .notRestoredInTime, level: .three, treatedAsCore: false),
        .init(asset: .coreCI, availability: .restoredInTime, level: .three, treatedAsCore: false),
        .init(asset: .coreCI, availability: .notRestoredInTime, level: .four, treatedAsCore: false),
        .init(asset: .officialSecret, availability: .restoredInTime, level: .two, treatedAsCore: true),
        .init(asset: .officialSecret, availability: .notRestoredInTime, level: .three, treatedAsCore: true),
        .init(asset: .sensitive, availability: .restoredInTime, level: .two, treatedAsCore: true),
        .init(asset: .sensitive, availability: .notRestoredInTime, level: .three, treatedAsCore: true),
        .init(asset: .nationalSecret, availability: .restoredInTime, level: .two, treatedAsCore: true),
        .init(asset: .nationalSecret, availability: .notRestoredInTime, level: .three, treatedAsCore: true),
    ]

    @Test("availability", arguments: availabilityTable)
    func availability(_ row: AvailabilityRow) throws {
        let assessment = LevelAssessment(LevelBasis(availability: row.availability, asset: row.asset))
        #expect(assessment.level == row.level)
        let first = try #require(assessment.reasons.first)
        let restored = row.availability == .restoredInTime
        #expect(first.en.hasPrefix("operation of \(row.asset.label.en) affected, \(restored ? "restored" : "not restored") within the tolerable interruption time → level \(row.level.rawValue)"))
        #expect(first.zh.hasPrefix("\(row.asset.label.zh)運作受影響，\(restored ? "於" : "未於")可容忍中斷時間內回復 → 第 \(row.level.rawValue) 級"))
        #expect(first.en.contains("treated as \(Asset.core.label.en)") == row.treatedAsCore)
        #expect(first.zh.contains("視為\(Asset.core.label.zh)") == row.treatedAsCore)
    }

    @Test func sourceNotesFollowHowWellTheRuleIsVerified() {
        let l1 = LevelAssessment(LevelBasis(confidentiality: .minor, asset: .nonCore)).reasons[0]
        let l3 = LevelAssessment(LevelBasis(confidentiality: .serious, asset: .core)).reasons[0]
        let l4 = LevelAssessment(LevelBasis(confidentiality: .minor, asset: .nationalSecret)).reasons[0]
        #expect(l1.en.hasSuffix("(Art 2, verified text)"))
        #expect(l3.en.hasSuffix("(Art 2, partly verified text)"))
        #expect(l4.en.hasSuffix("(Art 2, as commonly stated)"))
        #expect(l1.zh.hasSuffix("（第 2 條，已查證條文）"))
        #expect(l3.zh.hasSuffix("（第 2 條，部分查證）"))
        #expect(l4.zh.hasSuffix("（第 2 條，一般引述）"))
    }

    struct Combined: Sendable, CustomTestStringConvertible {
        let c: Severity, i: Severity, a: Availability, asset: Asset
        let level: IncidentLevel
        var testDescription: String { "C \(c.rawValue), I \(i.rawValue), A \(a.rawValue), \(asset.rawValue)" }
    }

    @Test("the level is the worst of the three", arguments: [
        Combined(c: .minor, i: .none, a: .notRestoredInTime, asset: .core, level: .three),
        Combined(c: .serious, i: .minor, a: .restoredInTime, asset: .nonCore, level: .two),
        Combined(c: .none, i: .serious, a: .restoredInTime, asset: .core, level: .three),
        Combined(c: .minor, i: .minor, a: .restoredInTime, asset: .nonCore, level: .one),
        Combined(c: .none, i: .minor, a: .notRestoredInTime, asset: .coreCI, level: .four),
        Combined(c: .minor, i: .none, a: .restoredInTime, asset: .nationalSecret, level: .four),
        Combined(c: .none, i: .none, a: .notRestoredInTime, asset: .sensitive, level: .three),
    ])
    func worstOfThree(_ row: Combined) throws {
        let assessment = LevelAssessment(LevelBasis(confidentiality: row.c, integrity: row.i, availability: row.a, asset: row.asset))
        #expect(assessment.level == row.level)
        let last = try #require(assessment.reasons.last)
        #expect(last.en == "the level is the worst of the impacts: level \(row.level.rawValue)")
        #expect(last.zh == "取各項影響中最嚴重者：第 \(row.level.rawValue) 級")
    }

    /// Brute force over every combination: the level equals the maximum of the single-axis
    /// levels, and there is one reason per stated axis plus the summary.
    @Test func everyCombinationIsTheMaximumOfItsAxes() {
        for asset in Asset.allCases {
            for c in Severity.allCases {
                for i in Severity.allCases {
                    for a in Availability.allCases {
                        let combined = LevelAssessment(LevelBasis(confidentiality: c, integrity: i, availability: a, asset: asset))
                        let singles = [
                            c == .none ? nil : LevelAssessment(LevelBasis(confidentiality: c, asset: asset)).level,
                            i == .none ? nil : LevelAssessment(LevelBasis(integrity: i, asset: asset)).level,
                            a == .none ? nil : LevelAssessment(LevelBasis(availability: a, asset: asset)).level,
                        ].compactMap { $0 }
                        #expect(combined.level == singles.max(), "\(c) \(i) \(a) \(asset)")
                        #expect(combined.reasons.count == (singles.isEmpty ? 1 : singles.count + 1))
                        #expect(combined.basis == LevelBasis(confidentiality: c, integrity: i, availability: a, asset: asset))
                    }
                }
            }
        }
    }

    @Test(arguments: LevelBasis.AssetClass.allCases)
    func noImpactGivesNoLevel(asset: Asset) throws {
        let assessment = LevelAssessment(LevelBasis(asset: asset))
        #expect(assessment.level == nil)
        #expect(assessment.reasons.count == 1)
        let reason = try #require(assessment.reasons.first)
        #expect(reason.en == "no confidentiality, integrity or availability impact stated: Art 2 gives no level")
        #expect(reason.zh == "未說明機密性、完整性或可用性影響：依第 2 條無從判定等級")
    }

    @Test func reasonsNameEachContributingAxisInBothLanguages() {
        let assessment = LevelAssessment(LevelBasis(confidentiality: .serious, integrity: .minor,
                                                    availability: .restoredInTime, asset: .core))
        #expect(assessment.level == .three)
        #expect(assessment.reasons.count == 4)
        let en = assessment.reasons.map(\.en), zh = assessment.reasons.map(\.zh)
        #expect(en[0].contains("serious disclosure") && en[0].contains("level 3"))
        #expect(en[1].contains("minor tampering") && en[1].contains("level 2"))
        #expect(en[2].contains("operation of") && en[2].contains("restored within") && en[2].contains("level 2"))
        #expect(zh[0].contains("嚴重洩漏") && zh[0].contains("第 3 級"))
        #expect(zh[1].contains("輕微竄改") && zh[1].contains("第 2 級"))
        #expect(zh[2].contains("運作受影響") && zh[2].contains("第 2 級"))
        #expect(en[3].hasSuffix("level 3") && zh[3].hasSuffix("第 3 級"))

        // Only the axes that were stated are explained.
        let onlyA = LevelAssessment(LevelBasis(availability: .notRestoredInTime, asset: .nonCore))
        #expect(onlyA.reasons.count == 2)
        #expect(!onlyA.reasons.contains { $0.en.contains("disclosure") || $0.en.contains("tampering") })
        #expect(!onlyA.reasons.contains { $0.zh.contains("洩漏") || $0.zh.contains("竄改") })
    }

    @Test func majorIncidentsAreLevelThreeAndFour() {
        #expect(IncidentLevel.allCases.filter(\.isMajor) == [.three, .four])
        #expect(IncidentLevel.one < .two && IncidentLevel.three < .four)
    }
}
