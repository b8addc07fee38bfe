import Testing
@testable import CertDeskCore

// The deadline policy YAML (playbooks/policies/): the shipped default table, every way a file
// can be wrong (each with its line, its path and a reason the officer can act on), and region
// overrides laid over the default row by row, field by field.

/// `<package root>/playbooks/policies/<name>`, found from this file's own path.
private func policyFilePath(_ name: String, filePath: String = #filePath) -> String {
    // #filePath = <root>/Tests/CertDeskCoreTests/DeadlinePolicyFileTests.swift
    var components = filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    components.removeLast(3)
    return components.joined(separator: "/") + "/playbooks/policies/" + name
}

/// The shipped default.yaml as text.
private func shippedDefaultText() throws -> String {
    let bytes = try #require(readFile(policyFilePath("default.yaml")), "playbooks/policies/default.yaml is missing")
    return String(decoding: bytes, as: UTF8.self)
}

private func shippedDefaultDocument() throws -> DeadlinePolicyFile.Document {
    try DeadlinePolicyFile.parse(try shippedDefaultText())
}

/// The problem `parse` reports for `text`, or nil (recorded as an issue) when it parses.
private func parseProblem(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> FileProblem? {
    do {
        let document = try DeadlinePolicyFile.parse(text)
        Issue.record("expected a problem, parsed \(document.rows.count) rows", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// The problem `resolve` reports, or nil (recorded as an issue) when it resolves.
private func resolveProblem(base: DeadlinePolicyFile.Document, override: DeadlinePolicyFile.Document?,
                            sourceLocation: SourceLocation = #_sourceLocation) -> FileProblem? {
    do {
        let policy = try DeadlinePolicyFile.resolve(base: base, override: override)
        Issue.record("expected a problem, resolved \(policy.name) with \(policy.rules.count) rules", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

private func bands(_ names: String...) -> Set<LevelBand> { Set(names.map { LevelBand(rawValue: $0)! }) }

private func every(_ duration: DeadlineDuration, _ bands: Set<LevelBand>) -> [LevelBand: DeadlineDuration] {
    Dictionary(uniqueKeysWithValues: bands.map { ($0, duration) })
}

private let allBands = Set(LevelBand.allCases)
private let severe = bands("3", "4")

/// A small valid policy with one row per kind given, for error tests that need a base.
private func smallBase(without missing: Set<ObligationKind> = []) -> String {
    var text = "name: default\nobligations:\n"
    for kind in ObligationKind.allCases where !missing.contains(kind) {
        let start: String
        switch kind {
        case .forwardReview: start = "{met: review}"
        case .investigationReport: start = "{met: damage-control}"
        case .renotify: start = "level-change"
        case .platformReentry: start = "fallback"
        default: start = "reported_at"
        }
        text += "  - kind: \(kind.rawValue)\n    applies_to: all\n    starts_at: \(start)\n    due_within: 1h\n"
    }
    return text
}

@Suite("Deadline policy file: the shipped default")
struct DeadlinePolicyFileDefaultTests {
    @Test func theDocumentHasTenRowsInKindOrderWithTheirLines() throws {
        let document = try shippedDefaultDocument()
        #expect(document.name == "default")
        #expect(document.extends == nil)
        #expect(document.rows.map(\.kind) == ObligationKind.allCases)
        // The line of each `- kind:` in the file, so a problem in a row points at it.
        #expect(document.rows.map(\.line) == [24, 33, 42, 51, 59, 67, 75, 83, 91, 100])
    }

    @Test func theResolvedTableIsTheLegalClockTable() throws {
        let policy = try DeadlinePolicyFile.resolve(base: try shippedDefaultDocument(), override: nil)
        #expect(policy.name == "default")
        #expect(policy.rules.count == 10)
        #expect(policy.rules.map(\.kind) == ObligationKind.allCases)

        let expected: [(ObligationKind, Set<LevelBand>, DeadlineStart, [LevelBand: DeadlineDuration])] = [
            (.reportPlatform, allBands, .awareAt, every(.minutes(60), allBands)),
            (.platformReentry, allBands, .fallback, every(.minutes(24 * 60), allBands)),
            (.notifyAgencyContact, severe, .earlierOfReportedAndOccurred, every(.minutes(60), severe)),
            (.ncertEscalation, severe, .reportedAt, every(.minutes(60), severe)),
            (.review, allBands, .reportedAt,
             [.unclassified: .minutes(480), .one: .minutes(480), .two: .minutes(480), .three: .minutes(120), .four: .minutes(120)]),
            (.forwardReview, allBands, .whenMet(.review), every(.minutes(60), allBands)),
            (.onSite, severe, .reportedAt, every(.minutes(480), severe)),
            (.damageControl, allBands, .awareAt,
             [.unclassified: .minutes(4320), .one: .minutes(4320), .two: .minutes(4320), .three: .minutes(2160), .four: .minutes(2160)]),
            (.investigationReport, allBands, .whenMet(.damageControl), every(.months(1), allBands)),
            (.renotify, allBands, .levelChange, every(.minutes(60), allBands)),
        ]
        for (kind, appliesTo, start, due) in expected {
            let rule = try #require(policy.rule(kind), "\(kind.rawValue) missing")
            #expect(rule.appliesTo == appliesTo, "\(kind.rawValue)")
            #expect(rule.start == start, "\(kind.rawValue)")
            #expect(rule.dueWithin == due, "\(kind.rawValue)")
            #expect(rule.warnBefore == nil, "\(kind.rawValue)")
            #expect(!rule.basis.isEmpty, "\(kind.rawValue) has no basis")
        }
    }

    @Test func perLevelDurationsAsTheRegulationStatesThem() throws {
        let policy = try DeadlinePolicyFile.resolve(base: try shippedDefaultDocument(), override: nil)
        let review = try #require(policy.rule(.review))
        #expect(review.duration(for: nil) == .minutes(8 * 60))
        #expect(review.duration(for: .one) == .minutes(8 * 60))
        #expect(review.duration(for: .two) == .minutes(8 * 60))
        #expect(review.duration(for: .three) == .minutes(2 * 60))
        #expect(review.duration(for: .four) == .minutes(2 * 60))
        let damage = try #require(policy.rule(.damageControl))
        #expect(damage.duration(for: nil)?.description == "72h")
        #expect(damage.duration(for: .two)?.description == "72h")
        #expect(damage.duration(for: .three)?.description == "36h")
        #expect(damage.duration(for: .four)?.description == "36h")
        let onSite = try #require(policy.rule(.onSite))
        #expect(onSite.applies(to: .three) && onSite.applies(to: .four))
        #expect(!onSite.applies(to: nil) && !onSite.applies(to: .one) && !onSite.applies(to: .two))
        #expect(onSite.duration(for: .three) == .minutes(480))
        #expect(onSite.duration(for: .two) == nil)
        let notify = try #require(policy.rule(.notifyAgencyContact))
        #expect(notify.start.name == "earlier-of-reported-and-occurred")
        #expect(notify.duration(for: .four)?.description == "1h")
        #expect(!notify.applies(to: .two))
        #expect(try #require(policy.rule(.investigationReport)).duration(for: .one)?.description == "1 month")
        #expect(try #require(policy.rule(.forwardReview)).start.name == "met:review")
        #expect(try #require(policy.rule(.investigationReport)).start.name == "met:damage-control")
        #expect(try #require(policy.rule(.renotify)).start.name == "level-change")
        #expect(review.basis.contains("Art 7"))
        #expect(damage.basis.contains("72 hours"))
    }

    @Test func theFoldedBasisIsOneLineOfText() throws {
        let policy = try DeadlinePolicyFile.resolve(base: try shippedDefaultDocument(), override: nil)
        let basis = try #require(policy.rule(.reportPlatform)).basis
        #expect(basis.hasPrefix("通報: notify on the platform"))
        #expect(!basis.contains("\n"))
        #expect(basis.hasSuffix("re-enter it later."))
    }
}

@Suite("Deadline policy file: problems")
struct DeadlinePolicyFileProblemTests {
    @Test func notYAMLIsReportedWithItsLine() throws {
        let problem = try #require(parseProblem("""
            name: default
            obligations:
              - kind: review
                basis: "never closed
            """))
        #expect(problem.reason.en.hasPrefix("not valid YAML"))
        #expect(problem.reason.zh.hasPrefix("YAML 格式錯誤"))
        // libyaml notices the unclosed quote at the end of the input, on line 4.
        #expect(problem.line == 4)
    }

    @Test func aBadIndentIsReportedOnItsLine() throws {
        let problem = try #require(parseProblem("""
            name: default
            obligations:
              - kind: review
                applies_to: all
               starts_at: reported_at
            """))
        #expect(problem.reason.en.hasPrefix("not valid YAML"))
        #expect(problem.line == 5)
    }

    @Test func anEmptyFileIsAProblemNotAnEmptyPolicy() throws {
        for text in ["", "\n\n", "# only a comment\n# and another\n"] {
            let problem = try #require(parseProblem(text))
            #expect(problem.line == 1, "\(text.debugDescription)")
            #expect(problem.path == nil)
            #expect(problem.reason == BilingualText(en: "the file is empty", zh: "檔案是空的"))
        }
    }

    @Test func aDocumentThatIsNotAMappingIsRefused() throws {
        let problem = try #require(parseProblem("- kind: review\n"))
        #expect(problem.line == 1)
        #expect(problem.path == "")
        #expect(problem.reason.en == "expected a mapping (key: value)")
    }

    @Test func anUnknownTopLevelKeyIsNamed() throws {
        let problem = try #require(parseProblem("""
            name: default
            version: 2
            obligations: []
            """))
        #expect(problem.line == 2)
        #expect(problem.path == "version")
        #expect(problem.reason.en == "unknown key; expected one of: evidence_retention, extends, handover_accept_within, handover_horizon, name, obligations")
        #expect(problem.message(file: "playbooks/policies/tcn.yaml", language: .en)
            == "playbooks/policies/tcn.yaml:2: version: unknown key; expected one of: evidence_retention, extends, handover_accept_within, handover_horizon, name, obligations")
    }

    @Test func aMisspelledRowKeyIsRefusedNotIgnored() throws {
        let problem = try #require(parseProblem("""
            name: default
            obligations:
              - kind: report-platform
                applies_to: all
                starts_at: aware_at
                due_within: 1h
              - kind: review
                applies_to: all
                starts_at: reported_at
                due_whithin: {unclassified: 8h, 1-2: 8h, 3-4: 2h}
            """))
        #expect(problem.line == 10)
        #expect(problem.path == "obligations[1].due_whithin")
        #expect(problem.reason.en.hasPrefix("unknown key; expected one of: "))
        #expect(problem.reason.en.contains("due_within"))
        #expect(problem.message(file: "tcn.yaml", language: .zhTW).hasPrefix("tcn.yaml:10: obligations[1].due_whithin: 未知的鍵"))
    }

    @Test func aRequiredKeyMissingIsNamed() throws {
        let noName = try #require(parseProblem("obligations: []\n"))
        #expect(noName.line == 1)
        #expect(noName.reason.en == "name is required")
        let noKind = try #require(parseProblem("""
            name: default
            obligations:
              - applies_to: all
            """))
        #expect(noKind.line == 3)
        #expect(noKind.path == "obligations[0]")
        #expect(noKind.reason.en == "kind is required")
    }

    @Test func anUnknownKindIsNamedWithTheKnownOnes() throws {
        let problem = try #require(parseProblem("""
            name: default
            obligations:
              - kind: report-platform
                due_within: 1h
              - kind: reportplatform
                due_within: 1h
            """))
        #expect(problem.line == 5)
        #expect(problem.path == "obligations[1].kind")
        #expect(problem.reason.en == "unknown obligation kind \"reportplatform\"; known: \(ObligationKind.allNames)")
        #expect(problem.reason.en.contains("report-platform, platform-reentry, notify-agency-contact, ncert-escalation, review, forward-review, "
            + "on-site, damage-control, investigation-report, renotify"))
    }

    @Test func aKindListedTwiceIsRefusedAtTheSecondRow() throws {
        let problem = try #require(parseProblem("""
            name: default
            obligations:
              - kind: review
                due_within: 8h
              - kind: on-site
                due_within: 8h
              - kind: review
                due_within: 2h
            """))
        #expect(problem.line == 7)
        #expect(problem.path == "obligations[2]")
        #expect(problem.reason == BilingualText(en: "review is listed twice", zh: "review 重複列出"))
    }

    @Test func aBadDurationIsNamedWhereItIs() throws {
        let single = try #require(parseProblem("""
            name: default
            obligations:
              - kind: on-site
                applies_to: 3-4
                due_within: 9x
            """))
        #expect(single.line == 5)
        #expect(single.path == "obligations[0].due_within")
        #expect(single.reason.en == "\"9x\" is not a duration: use e.g. 60m, 1h, 36h, 2d or 1 month")

        let inMap = try #require(parseProblem("""
            name: default
            obligations:
              - kind: review
                due_within:
                  1-2: 8h
                  3-4: 9x
            """))
        #expect(inMap.line == 6)
        #expect(inMap.path == "obligations[0].due_within.3-4")
        #expect(inMap.reason.en.hasPrefix("\"9x\" is not a duration"))

        let warn = try #require(parseProblem("""
            name: default
            obligations:
              - kind: review
                warn_before: soon
            """))
        #expect(warn.line == 4)
        #expect(warn.path == "obligations[0].warn_before")
        #expect(warn.reason.en.hasPrefix("\"soon\" is not a duration"))
    }

    @Test(arguments: ["5", "0-2", "4-3", "1-5", "high", "0"])
    func aBadLevelSpecIsRefused(spec: String) throws {
        let problem = try #require(parseProblem("""
            name: default
            obligations:
              - kind: on-site
                applies_to: \(spec)
            """))
        #expect(problem.line == 4)
        #expect(problem.path == "obligations[0].applies_to")
        #expect(problem.reason.en == "\"\(spec)\" is not a level: use all, unclassified, 1–4 or a range such as 3-4")
    }

    @Test func aBadLevelInAListIsNamedByItsPosition() throws {
        let problem = try #require(parseProblem("""
            name: default
            obligations:
              - kind: on-site
                applies_to:
                  - 3
                  - 5
            """))
        #expect(problem.line == 6)
        #expect(problem.path == "obligations[0].applies_to[1]")
        #expect(problem.reason.en.hasPrefix("\"5\" is not a level"))
    }

    @Test func aBadLevelAsADueWithinKeyIsRefused() throws {
        let problem = try #require(parseProblem("""
            name: default
            obligations:
              - kind: review
                due_within:
                  0-2: 8h
            """))
        #expect(problem.line == 5)
        #expect(problem.path == "obligations[0].due_within")
        #expect(problem.reason.en == "\"0-2\" is not a level or range")
    }

    @Test func aLevelGivenTwiceInADueWithinMapIsRefused() throws {
        let problem = try #require(parseProblem("""
            name: default
            obligations:
              - kind: review
                applies_to: all
                due_within:
                  unclassified: 8h
                  1-2: 8h
                  2: 4h
                  3-4: 2h
            """))
        #expect(problem.line == 8)
        #expect(problem.path == "obligations[0].due_within")
        #expect(problem.reason == BilingualText(en: "level 2 is given twice", zh: "等級 2 重複指定"))
    }

    @Test func anUnknownStartIsRefused() throws {
        let named = try #require(parseProblem("""
            name: default
            obligations:
              - kind: review
                starts_at: opened_at
            """))
        #expect(named.line == 4)
        #expect(named.path == "obligations[0].starts_at")
        #expect(named.reason.en.hasPrefix("\"opened_at\" is not a start"))
        let met = try #require(parseProblem("""
            name: default
            obligations:
              - kind: forward-review
                starts_at: {met: reveiw}
            """))
        #expect(met.line == 4)
        #expect(met.path == "obligations[0].starts_at.met")
        #expect(met.reason.en.hasPrefix("unknown obligation kind"))
    }

    @Test func aBandInAppliesToWithoutADurationIsNamed() throws {
        let document = try DeadlinePolicyFile.parse(smallBase(without: [.review]) + """
              - kind: review
                applies_to: [unclassified, 1-2, 3-4]
                starts_at: reported_at
                due_within: {1-2: 8h, 3-4: 2h}

            """)
        let problem = try #require(resolveProblem(base: document, override: nil))
        let reviewLine = try #require(document.rows.first { $0.kind == .review }?.line)
        #expect(reviewLine == 2 + 9 * 4 + 1)
        #expect(problem.line == reviewLine)
        #expect(problem.path == "review")
        #expect(problem.reason == BilingualText(en: "due_within gives no duration for level unclassified",
                                                zh: "due_within 未指定等級 unclassified 的時限"))
    }

    /// Found while writing these tests: with several bands missing, `resolve` names whichever the
    /// Set happens to yield first, so the same file gives a different message from run to run
    /// (Swift seeds Set hashing per process). The officer should see every missing level, in order.
    @Test func everyMissingBandIsNamedInOrder() throws {
        let document = try DeadlinePolicyFile.parse(smallBase(without: [.review]) + """
              - kind: review
                applies_to: all
                starts_at: reported_at
                due_within: {1: 8h, 2: 8h, 4: 2h}

            """)
        let problem = try #require(resolveProblem(base: document, override: nil))
        #expect(problem.path == "review")
        #expect(problem.reason.en.contains("unclassified") && problem.reason.en.contains("3"),
                "names only one of unclassified and 3: \(problem.reason.en)")
    }

    @Test func aRowWithoutStartOrDurationIsIncomplete() throws {
        let noStart = try DeadlinePolicyFile.parse("""
            name: default
            obligations:
              - kind: review
                applies_to: all
                due_within: 8h
            """)
        let startProblem = try #require(resolveProblem(base: noStart, override: nil))
        #expect(startProblem.line == 3)
        #expect(startProblem.path == "review")
        #expect(startProblem.reason.en == "starts_at is required")
        let noDue = try DeadlinePolicyFile.parse("""
            name: default
            obligations:
              - kind: review
                applies_to: all
                starts_at: reported_at
            """)
        #expect(resolveProblem(base: noDue, override: nil)?.reason.en == "due_within is required")
        let noBands = try DeadlinePolicyFile.parse("""
            name: default
            obligations:
              - kind: review
                starts_at: reported_at
                due_within: 8h
            """)
        #expect(resolveProblem(base: noBands, override: nil)?.reason.en == "applies_to is required")
    }

    @Test func aChainedStartOnAKindThePolicyLacksIsRefused() throws {
        let document = try DeadlinePolicyFile.parse(smallBase(without: [.damageControl]))
        let problem = try #require(resolveProblem(base: document, override: nil))
        let line = try #require(document.rows.first { $0.kind == .investigationReport }?.line)
        #expect(problem.line == line)
        #expect(problem.path == "investigation-report")
        #expect(problem.reason == BilingualText(
            en: "starts when damage-control is met, which this policy does not have",
            zh: "起算於 damage-control 完成，但此政策沒有該列"))
    }

    @Test func anOverrideCannotAddAKind() throws {
        let base = try DeadlinePolicyFile.parse(smallBase(without: [.onSite]))
        #expect(try DeadlinePolicyFile.resolve(base: base, override: nil).rules.count == 9)
        let override = try DeadlinePolicyFile.parse("""
            name: khh
            extends: default
            obligations:
              - kind: review
                due_within: 4h
              - kind: on-site
                applies_to: 3-4
                starts_at: reported_at
                due_within: 6h
            """)
        let problem = try #require(resolveProblem(base: base, override: override))
        #expect(problem.line == 6)
        #expect(problem.path == "on-site")
        #expect(problem.reason == BilingualText(en: "a region may change rows of default, not add on-site",
                                                zh: "區域檔只能修改 default 的列，不能新增 on-site"))
    }

    @Test func aProblemInAnOverriddenRowPointsAtTheOverride() throws {
        let override = try DeadlinePolicyFile.parse("""
            name: tcn
            extends: default
            obligations:
              - kind: on-site
                due_within: {3: 6h}
            """)
        let problem = try #require(resolveProblem(base: try shippedDefaultDocument(), override: override))
        #expect(problem.line == 4)
        #expect(problem.path == "on-site")
        #expect(problem.reason.en == "due_within gives no duration for level 4")
    }

    /// Found while writing these tests: `extends` is read but never checked, so a region file
    /// that says `extends: defualt` (or names another region) is silently laid over default —
    /// the very kind of typo the unknown-key check exists to catch.
    @Test func anOverrideMustExtendTheBaseItIsLaidOver() throws {
        let override = try DeadlinePolicyFile.parse("""
            name: tcn
            extends: defualt
            obligations:
              - kind: on-site
                due_within: 6h
            """)
        let problem = resolveProblem(base: try shippedDefaultDocument(), override: override)
        #expect(problem?.line == 2)
        #expect(problem?.reason.en.contains("defualt") == true)
    }
}

@Suite("Deadline policy file: region overrides")
struct DeadlinePolicyFileOverrideTests {
    @Test func changingOnlyTheDurationOfOnSiteKeepsTheOtherFields() throws {
        let base = try shippedDefaultDocument()
        let defaultPolicy = try DeadlinePolicyFile.resolve(base: base, override: nil)
        let override = try DeadlinePolicyFile.parse("""
            name: example-region
            extends: default
            obligations:
              - kind: on-site
                due_within: 6h
            """)
        #expect(override.extends == "default")
        #expect(override.rows.count == 1)
        #expect(override.rows[0].appliesTo == nil && override.rows[0].start == nil && override.rows[0].basis == nil)
        let policy = try DeadlinePolicyFile.resolve(base: base, override: override)
        #expect(policy.name == "default + example-region")
        #expect(policy.rules.map(\.kind) == ObligationKind.allCases)
        let onSite = try #require(policy.rule(.onSite))
        let original = try #require(defaultPolicy.rule(.onSite))
        #expect(onSite.dueWithin == [.three: .minutes(360), .four: .minutes(360)])
        #expect(onSite.appliesTo == severe)
        #expect(onSite.start == .reportedAt)
        #expect(onSite.basis == original.basis)
        #expect(onSite.warnBefore == nil)
        for rule in policy.rules where rule.kind != .onSite {
            #expect(rule == defaultPolicy.rule(rule.kind), "\(rule.kind.rawValue) changed")
        }
    }

    @Test func changingAppliesToOfNotifyAgencyContact() throws {
        let base = try shippedDefaultDocument()
        let defaultPolicy = try DeadlinePolicyFile.resolve(base: base, override: nil)
        let override = try DeadlinePolicyFile.parse("""
            name: tpe
            extends: default
            obligations:
              - kind: notify-agency-contact
                applies_to: [2, 3-4]
                basis: 臺北市區域聯防計畫
            """)
        let policy = try DeadlinePolicyFile.resolve(base: base, override: override)
        #expect(policy.name == "default + tpe")
        let notify = try #require(policy.rule(.notifyAgencyContact))
        #expect(notify.appliesTo == bands("2", "3", "4"))
        #expect(notify.applies(to: .two))
        #expect(!notify.applies(to: .one))
        #expect(notify.dueWithin == every(.minutes(60), bands("2", "3", "4")))
        #expect(notify.start == .earlierOfReportedAndOccurred)
        #expect(notify.basis == "臺北市區域聯防計畫")
        #expect(policy.rules.filter { $0 != defaultPolicy.rule($0.kind) }.map(\.kind) == [.notifyAgencyContact])
    }

    @Test func narrowingAppliesToDropsTheDurationsOfBandsNoLongerCovered() throws {
        let override = try DeadlinePolicyFile.parse("""
            name: ntp
            extends: default
            obligations:
              - kind: damage-control
                applies_to: 3-4
                warn_before: 6h
            """)
        let policy = try DeadlinePolicyFile.resolve(base: try shippedDefaultDocument(), override: override)
        let damage = try #require(policy.rule(.damageControl))
        #expect(damage.dueWithin == [.three: .minutes(2160), .four: .minutes(2160)])
        #expect(damage.warnBefore == .minutes(360))
        #expect(damage.start == .awareAt)
    }

    @Test func anOverrideRowNeedNotBeCompleteOnItsOwn() throws {
        // Parsing a region file alone accepts partial rows; completeness is checked on the merge.
        let override = try DeadlinePolicyFile.parse("""
            name: tyc
            extends: default
            obligations:
              - kind: review
                warn_before: 30m
            """)
        #expect(override.rows[0].dueWithin == nil)
        #expect(override.rows[0].line == 4)
        let policy = try DeadlinePolicyFile.resolve(base: try shippedDefaultDocument(), override: override)
        #expect(policy.rule(.review)?.warnBefore == .minutes(30))
        #expect(policy.rule(.review)?.duration(for: .three) == .minutes(120))
    }
}

@Suite("Deadline durations and level bands")
struct DeadlinePolicyFileDurationTests {
    @Test(arguments: [
        ("60m", DeadlineDuration.minutes(60), "1h"),
        ("90m", .minutes(90), "90m"),
        ("45 min", .minutes(45), "45m"),
        ("1h", .minutes(60), "1h"),
        ("36h", .minutes(2160), "36h"),
        ("2d", .minutes(2880), "48h"),
        ("1 month", .months(1), "1 month"),
        ("3 months", .months(3), "3 months"),
        ("1 Month", .months(1), "1 month"),
        ("1 year", .months(12), "1 year"),
        ("3 years", .months(36), "3 years"),
        ("24 months", .months(24), "2 years"),
    ])
    func readsADuration(text: String, expected: DeadlineDuration, description: String) {
        #expect(DeadlineDuration(text: text) == expected)
        #expect(DeadlineDuration(text: text)?.description == description)
    }

    @Test(arguments: ["", "9x", "h", "m", "month", "0m", "0h", "-5m", "-1 month", "1.5h", "1 week", "0 years", "-1 year", "year", "m60",
                      "1h30m", "one hour", "12:00"])
    func rejectsWhatIsNotADuration(text: String) {
        #expect(DeadlineDuration(text: text) == nil, "\(text.debugDescription) was read as \(String(describing: DeadlineDuration(text: text)))")
    }

    @Test func descriptionsReadBackToTheSameDuration() {
        for duration in [DeadlineDuration.minutes(1), .minutes(59), .minutes(60), .minutes(61), .minutes(1440), .minutes(4320),
                         .months(1), .months(2), .months(12)] {
            #expect(DeadlineDuration(text: duration.description) == duration, "\(duration)")
        }
    }

    @Test func endAddsExactMinutesOrTaipeiMonths() {
        let start = instant("2026-01-31T10:00:00+08:00")
        #expect(DeadlineDuration.minutes(90).end(from: start) == instant("2026-01-31T11:30:00+08:00"))
        #expect(DeadlineDuration.minutes(2160).end(from: start) == instant("2026-02-01T22:00:00+08:00"))
        #expect(DeadlineDuration.months(1).end(from: start) == instant("2026-02-28T10:00:00+08:00"))
    }

    /// Found while writing these tests: a policy typo with too many digits (`9999999999999999d`)
    /// overflows `n * 1440` and traps, taking the whole desk down instead of being reported as a
    /// bad duration; a smaller one (`999999999999999m`) parses and traps later, in `end(from:)`.
    /// Run in a child process so that the trap fails this test alone.
    @Test(arguments: ["9999999999999999d", "999999999999999m", "9999999999999999 months"])
    func anAbsurdDurationIsRefusedNotATrap(text: String) async {
        await #expect(processExitsWith: .success, "\(text) trapped") { [text] in
            if let duration = DeadlineDuration(text: text) {
                _ = duration.end(from: Instant(millisecondsSinceEpoch: 1_772_431_200_000))
            }
        }
    }

    @Test func levelBandDescriptionsReadAsTheRegulationWritesThem() {
        #expect(InterfaceLanguage.en.words.levels(Set(LevelBand.allCases)) == "all")
        #expect(InterfaceLanguage.en.words.levels([.three, .four]) == "3–4")
        #expect(InterfaceLanguage.en.words.levels([.unclassified, .one, .two]) == "1–2 and unclassified")
        #expect(InterfaceLanguage.en.words.levels([.one, .two, .three, .four]) == "1–4")
        #expect(InterfaceLanguage.en.words.levels([.unclassified]) == "unclassified")
        #expect(InterfaceLanguage.en.words.levels([.two]) == "2")
        #expect(InterfaceLanguage.en.words.levels([.one, .three]) == "1, 3")
        #expect(InterfaceLanguage.en.words.levels([.unclassified, .two, .four]) == "2, 4 and unclassified")
        #expect(InterfaceLanguage.en.words.levels([.one, .two, .four]) == "1, 2, 4")
        #expect(InterfaceLanguage.en.words.levels([]) == "")
    }

    @Test func levelBandsFollowLevels() {
        #expect(LevelBand(nil) == .unclassified)
        #expect(IncidentLevel.allCases.map { LevelBand($0) } == [.one, .two, .three, .four])
        #expect(LevelBand.allCases.sorted() == [.unclassified, .one, .two, .three, .four])
        #expect(DeadlinePolicyFile.bandSpec("3–4") == [.three, .four])
        #expect(DeadlinePolicyFile.bandSpec("ALL") == Set(LevelBand.allCases))
        #expect(DeadlinePolicyFile.bandSpec("2-2") == [.two])
    }
}
