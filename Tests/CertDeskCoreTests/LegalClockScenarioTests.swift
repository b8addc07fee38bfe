import Foundation
import Testing
@testable import CertDeskCore

/// The legal clocks, scenario by scenario, to the second (issue "Legal clocks"; the table in
/// playbooks/policies/default.yaml). Each scenario opens one incident, runs timed steps through
/// the decider and the reducer, and lists every clock the incident must then have.
@Suite("Legal clock scenarios")
struct LegalClockScenarioTests {
    enum Action: Sendable {
        case level(Int)
        case meet(ObligationKind, at: String?)
        case waive(ObligationKind)
        case sweep
    }

    struct Step: Sendable {
        let at: String
        let action: Action
    }

    struct Clock: Sendable, Equatable, CustomStringConvertible {
        let name: String
        let starts: String
        let due: String
        let state: Obligation.State
        var metAt: String? = nil
        var description: String { "\(name) \(starts)→\(due) \(state.rawValue)\(metAt.map { " met \($0)" } ?? "")" }
    }

    struct Scenario: Sendable, CustomStringConvertible {
        let name: String
        var level: Int? = nil
        var occurred: String? = nil
        var aware = "2026-03-02T09:05:00+08:00"
        var reported = "2026-03-02T09:12:00+08:00"
        var steps: [Step] = []
        let finalNow: String
        let clocks: [Clock]
        var description: String { name }
    }

    static let aware = "2026-03-02T09:05:00+08:00", reported = "2026-03-02T09:12:00+08:00"

    /// The clocks of a level 1–2 or unclassified incident opened from `aware`/`reported` above.
    static func lowClocks(_ state: Obligation.State = .open) -> [Clock] {
        [Clock(name: "report-platform", starts: aware, due: "2026-03-02T10:05:00+08:00", state: state),
         Clock(name: "review", starts: reported, due: "2026-03-02T17:12:00+08:00", state: .open),
         Clock(name: "damage-control", starts: aware, due: "2026-03-05T09:05:00+08:00", state: .open)]
    }

    /// The clocks of a level 3–4 incident with no occurrence time.
    static let highClocks: [Clock] = [
        Clock(name: "report-platform", starts: aware, due: "2026-03-02T10:05:00+08:00", state: .open),
        Clock(name: "damage-control", starts: aware, due: "2026-03-03T21:05:00+08:00", state: .open),
        Clock(name: "notify-agency-contact", starts: reported, due: "2026-03-02T10:12:00+08:00", state: .open),
        Clock(name: "ncert-escalation", starts: reported, due: "2026-03-02T10:12:00+08:00", state: .open),
        Clock(name: "review", starts: reported, due: "2026-03-02T11:12:00+08:00", state: .open),
        Clock(name: "on-site", starts: reported, due: "2026-03-02T17:12:00+08:00", state: .open),
    ]

    static func replacing(_ clocks: [Clock], _ name: String, with clock: Clock) -> [Clock] {
        clocks.map { $0.name == name ? clock : $0 }
    }

    static let scenarios: [Scenario] = [
        Scenario(name: "level 1 from the start", level: 1, finalNow: "2026-03-02T09:30:00+08:00", clocks: lowClocks()),
        Scenario(name: "level 2 from the start", level: 2, finalNow: "2026-03-02T09:30:00+08:00", clocks: lowClocks()),
        Scenario(name: "level 3 from the start", level: 3, finalNow: "2026-03-02T09:30:00+08:00", clocks: highClocks),
        Scenario(name: "level 4 from the start", level: 4, finalNow: "2026-03-02T09:30:00+08:00", clocks: highClocks),
        Scenario(name: "unclassified", finalNow: "2026-03-02T09:30:00+08:00", clocks: lowClocks()),
        Scenario(name: "unclassified past the hour shows overdue before any sweep", finalNow: "2026-03-02T10:05:01+08:00",
                 clocks: lowClocks(.overdue)),
        Scenario(name: "level 4: the 60 minutes start at the occurrence when it came first", level: 4,
                 occurred: "2026-03-02T08:40:00+08:00", finalNow: "2026-03-02T09:30:00+08:00",
                 clocks: replacing(highClocks, "notify-agency-contact", with: Clock(
                    name: "notify-agency-contact", starts: "2026-03-02T08:40:00+08:00", due: "2026-03-02T09:40:00+08:00", state: .open))),
        Scenario(name: "unclassified, then classified level 3", steps: [Step(at: "2026-03-02T10:00:00+08:00", action: .level(3))],
                 finalNow: "2026-03-02T10:00:00+08:00", clocks: [
                    Clock(name: "report-platform", starts: aware, due: "2026-03-02T10:05:00+08:00", state: .open),
                    Clock(name: "damage-control", starts: aware, due: "2026-03-03T21:05:00+08:00", state: .open),
                    Clock(name: "review", starts: reported, due: "2026-03-02T11:12:00+08:00", state: .open),
                    Clock(name: "notify-agency-contact", starts: "2026-03-02T10:00:00+08:00", due: "2026-03-02T11:00:00+08:00", state: .open),
                    Clock(name: "ncert-escalation", starts: "2026-03-02T10:00:00+08:00", due: "2026-03-02T11:00:00+08:00", state: .open),
                    Clock(name: "on-site", starts: "2026-03-02T10:00:00+08:00", due: "2026-03-02T18:00:00+08:00", state: .open),
                    Clock(name: "renotify", starts: "2026-03-02T10:00:00+08:00", due: "2026-03-02T11:00:00+08:00", state: .open),
                 ]),
        Scenario(name: "2 → 4: the review keeps its start and falls due sooner, already overdue", level: 2,
                 steps: [Step(at: "2026-03-02T12:00:00+08:00", action: .level(4))], finalNow: "2026-03-02T12:00:00+08:00", clocks: [
                    Clock(name: "report-platform", starts: aware, due: "2026-03-02T10:05:00+08:00", state: .overdue),
                    Clock(name: "damage-control", starts: aware, due: "2026-03-03T21:05:00+08:00", state: .open),
                    Clock(name: "review", starts: reported, due: "2026-03-02T11:12:00+08:00", state: .overdue),
                    Clock(name: "notify-agency-contact", starts: "2026-03-02T12:00:00+08:00", due: "2026-03-02T13:00:00+08:00", state: .open),
                    Clock(name: "ncert-escalation", starts: "2026-03-02T12:00:00+08:00", due: "2026-03-02T13:00:00+08:00", state: .open),
                    Clock(name: "on-site", starts: "2026-03-02T12:00:00+08:00", due: "2026-03-02T20:00:00+08:00", state: .open),
                    Clock(name: "renotify", starts: "2026-03-02T12:00:00+08:00", due: "2026-03-02T13:00:00+08:00", state: .open),
                 ]),
        Scenario(name: "4 → 2: level 3–4 clocks are waived, the others take the longer durations", level: 4,
                 steps: [Step(at: "2026-03-02T09:40:00+08:00", action: .level(2))], finalNow: "2026-03-02T09:40:00+08:00", clocks: [
                    Clock(name: "report-platform", starts: aware, due: "2026-03-02T10:05:00+08:00", state: .open),
                    Clock(name: "damage-control", starts: aware, due: "2026-03-05T09:05:00+08:00", state: .open),
                    Clock(name: "notify-agency-contact", starts: reported, due: "2026-03-02T10:12:00+08:00", state: .waived),
                    Clock(name: "ncert-escalation", starts: reported, due: "2026-03-02T10:12:00+08:00", state: .waived),
                    Clock(name: "review", starts: reported, due: "2026-03-02T17:12:00+08:00", state: .open),
                    Clock(name: "on-site", starts: reported, due: "2026-03-02T17:12:00+08:00", state: .waived),
                    Clock(name: "renotify", starts: "2026-03-02T09:40:00+08:00", due: "2026-03-02T10:40:00+08:00", state: .open),
                 ]),
        Scenario(name: "4 → 2 keeps a clock already met", level: 4,
                 steps: [Step(at: "2026-03-02T09:30:00+08:00", action: .meet(.notifyAgencyContact, at: nil)),
                         Step(at: "2026-03-02T09:40:00+08:00", action: .level(2))],
                 finalNow: "2026-03-02T09:40:00+08:00", clocks: [
                    Clock(name: "report-platform", starts: aware, due: "2026-03-02T10:05:00+08:00", state: .open),
                    Clock(name: "damage-control", starts: aware, due: "2026-03-05T09:05:00+08:00", state: .open),
                    Clock(name: "notify-agency-contact", starts: reported, due: "2026-03-02T10:12:00+08:00", state: .met,
                          metAt: "2026-03-02T09:30:00+08:00"),
                    Clock(name: "ncert-escalation", starts: reported, due: "2026-03-02T10:12:00+08:00", state: .waived),
                    Clock(name: "review", starts: reported, due: "2026-03-02T17:12:00+08:00", state: .open),
                    Clock(name: "on-site", starts: reported, due: "2026-03-02T17:12:00+08:00", state: .waived),
                    Clock(name: "renotify", starts: "2026-03-02T09:40:00+08:00", due: "2026-03-02T10:40:00+08:00", state: .open),
                 ]),
        Scenario(name: "met on time", level: 1, steps: [Step(at: "2026-03-02T09:50:00+08:00", action: .meet(.reportPlatform, at: nil))],
                 finalNow: "2026-03-02T11:00:00+08:00",
                 clocks: replacing(lowClocks(), "report-platform", with: Clock(
                    name: "report-platform", starts: aware, due: "2026-03-02T10:05:00+08:00", state: .met, metAt: "2026-03-02T09:50:00+08:00"))),
        Scenario(name: "met one second late", level: 1, steps: [Step(at: "2026-03-02T10:05:01+08:00", action: .meet(.reportPlatform, at: nil))],
                 finalNow: "2026-03-02T11:00:00+08:00",
                 clocks: replacing(lowClocks(), "report-platform", with: Clock(
                    name: "report-platform", starts: aware, due: "2026-03-02T10:05:00+08:00", state: .metLate, metAt: "2026-03-02T10:05:01+08:00"))),
        Scenario(name: "met exactly at the due second", level: 1, steps: [Step(at: "2026-03-02T10:05:00+08:00", action: .meet(.reportPlatform, at: nil))],
                 finalNow: "2026-03-02T11:00:00+08:00",
                 clocks: replacing(lowClocks(), "report-platform", with: Clock(
                    name: "report-platform", starts: aware, due: "2026-03-02T10:05:00+08:00", state: .met, metAt: "2026-03-02T10:05:00+08:00"))),
        Scenario(name: "recorded late, met in time with --at in the past, after the overdue sweep", level: 1,
                 steps: [Step(at: "2026-03-02T10:30:00+08:00", action: .sweep),
                         Step(at: "2026-03-02T10:40:00+08:00", action: .meet(.reportPlatform, at: "2026-03-02T09:58:00+08:00"))],
                 finalNow: "2026-03-02T11:00:00+08:00",
                 clocks: replacing(lowClocks(), "report-platform", with: Clock(
                    name: "report-platform", starts: aware, due: "2026-03-02T10:05:00+08:00", state: .met, metAt: "2026-03-02T09:58:00+08:00"))),
        Scenario(name: "an overdue sweep is recorded, then met late", level: 2,
                 steps: [Step(at: "2026-03-02T10:10:00+08:00", action: .sweep)], finalNow: "2026-03-02T10:10:00+08:00",
                 clocks: lowClocks(.overdue)),
        Scenario(name: "waived", level: 3, steps: [Step(at: "2026-03-02T09:30:00+08:00", action: .waive(.onSite))],
                 finalNow: "2026-03-02T09:30:00+08:00",
                 clocks: replacing(highClocks, "on-site", with: Clock(name: "on-site", starts: reported, due: "2026-03-02T17:12:00+08:00", state: .waived))),
        Scenario(name: "the review chain: forwarding starts when the review is met", level: 3,
                 steps: [Step(at: "2026-03-02T10:30:00+08:00", action: .meet(.review, at: nil)),
                         Step(at: "2026-03-02T11:31:00+08:00", action: .meet(.forwardReview, at: nil))],
                 finalNow: "2026-03-02T11:31:00+08:00", clocks: [
                    Clock(name: "report-platform", starts: aware, due: "2026-03-02T10:05:00+08:00", state: .overdue),
                    Clock(name: "damage-control", starts: aware, due: "2026-03-03T21:05:00+08:00", state: .open),
                    Clock(name: "notify-agency-contact", starts: reported, due: "2026-03-02T10:12:00+08:00", state: .overdue),
                    Clock(name: "ncert-escalation", starts: reported, due: "2026-03-02T10:12:00+08:00", state: .overdue),
                    Clock(name: "review", starts: reported, due: "2026-03-02T11:12:00+08:00", state: .met, metAt: "2026-03-02T10:30:00+08:00"),
                    Clock(name: "on-site", starts: reported, due: "2026-03-02T17:12:00+08:00", state: .open),
                    Clock(name: "forward-review", starts: "2026-03-02T10:30:00+08:00", due: "2026-03-02T11:30:00+08:00", state: .metLate,
                          metAt: "2026-03-02T11:31:00+08:00"),
                 ]),
        Scenario(name: "the review chain starts at the real time given with --at", level: 1,
                 steps: [Step(at: "2026-03-02T15:00:00+08:00", action: .meet(.review, at: "2026-03-02T14:00:00+08:00"))],
                 finalNow: "2026-03-02T15:00:00+08:00", clocks: [
                    Clock(name: "report-platform", starts: aware, due: "2026-03-02T10:05:00+08:00", state: .overdue),
                    Clock(name: "damage-control", starts: aware, due: "2026-03-05T09:05:00+08:00", state: .open),
                    Clock(name: "review", starts: reported, due: "2026-03-02T17:12:00+08:00", state: .met, metAt: "2026-03-02T14:00:00+08:00"),
                    Clock(name: "forward-review", starts: "2026-03-02T14:00:00+08:00", due: "2026-03-02T15:00:00+08:00", state: .open),
                 ]),
        Scenario(name: "month end: damage control met on 31 January, the report is due on the last day of February", level: 2,
                 aware: "2026-01-30T08:00:00+08:00", reported: "2026-01-30T08:30:00+08:00",
                 steps: [Step(at: "2026-01-31T16:45:00+08:00", action: .meet(.reportPlatform, at: "2026-01-30T08:50:00+08:00")),
                         Step(at: "2026-01-31T16:45:00+08:00", action: .meet(.review, at: "2026-01-30T10:00:00+08:00")),
                         Step(at: "2026-01-31T16:45:00+08:00", action: .meet(.forwardReview, at: "2026-01-30T10:30:00+08:00")),
                         Step(at: "2026-01-31T16:45:00+08:00", action: .meet(.damageControl, at: nil))],
                 finalNow: "2026-02-01T09:00:00+08:00", clocks: [
                    Clock(name: "report-platform", starts: "2026-01-30T08:00:00+08:00", due: "2026-01-30T09:00:00+08:00", state: .met,
                          metAt: "2026-01-30T08:50:00+08:00"),
                    Clock(name: "damage-control", starts: "2026-01-30T08:00:00+08:00", due: "2026-02-02T08:00:00+08:00", state: .met,
                          metAt: "2026-01-31T16:45:00+08:00"),
                    Clock(name: "review", starts: "2026-01-30T08:30:00+08:00", due: "2026-01-30T16:30:00+08:00", state: .met,
                          metAt: "2026-01-30T10:00:00+08:00"),
                    Clock(name: "forward-review", starts: "2026-01-30T10:00:00+08:00", due: "2026-01-30T11:00:00+08:00", state: .met,
                          metAt: "2026-01-30T10:30:00+08:00"),
                    Clock(name: "investigation-report", starts: "2026-01-31T16:45:00+08:00", due: "2026-02-28T16:45:00+08:00", state: .open),
                 ]),
        Scenario(name: "month end in a leap year: due 29 February 2028", level: 1,
                 aware: "2028-01-31T08:00:00+08:00", reported: "2028-01-31T08:00:00+08:00",
                 steps: [Step(at: "2028-01-31T23:30:00+08:00", action: .meet(.damageControl, at: nil))],
                 finalNow: "2028-01-31T23:30:00+08:00", clocks: [
                    Clock(name: "report-platform", starts: "2028-01-31T08:00:00+08:00", due: "2028-01-31T09:00:00+08:00", state: .overdue),
                    Clock(name: "damage-control", starts: "2028-01-31T08:00:00+08:00", due: "2028-02-03T08:00:00+08:00", state: .met,
                          metAt: "2028-01-31T23:30:00+08:00"),
                    Clock(name: "review", starts: "2028-01-31T08:00:00+08:00", due: "2028-01-31T16:00:00+08:00", state: .overdue),
                    Clock(name: "investigation-report", starts: "2028-01-31T23:30:00+08:00", due: "2028-02-29T23:30:00+08:00", state: .open),
                 ]),
        Scenario(name: "1 → 3 → 4: two renotify clocks; on-site keeps the start it got at the first change", level: 1,
                 steps: [Step(at: "2026-03-02T10:00:00+08:00", action: .level(3)), Step(at: "2026-03-02T11:00:00+08:00", action: .level(4))],
                 finalNow: "2026-03-02T11:00:00+08:00", clocks: [
                    Clock(name: "report-platform", starts: aware, due: "2026-03-02T10:05:00+08:00", state: .overdue),
                    Clock(name: "damage-control", starts: aware, due: "2026-03-03T21:05:00+08:00", state: .open),
                    Clock(name: "review", starts: reported, due: "2026-03-02T11:12:00+08:00", state: .open),
                    Clock(name: "notify-agency-contact", starts: "2026-03-02T10:00:00+08:00", due: "2026-03-02T11:00:00+08:00", state: .open),
                    Clock(name: "ncert-escalation", starts: "2026-03-02T10:00:00+08:00", due: "2026-03-02T11:00:00+08:00", state: .open),
                    Clock(name: "on-site", starts: "2026-03-02T10:00:00+08:00", due: "2026-03-02T18:00:00+08:00", state: .open),
                    Clock(name: "renotify", starts: "2026-03-02T10:00:00+08:00", due: "2026-03-02T11:00:00+08:00", state: .open),
                    Clock(name: "renotify#2", starts: "2026-03-02T11:00:00+08:00", due: "2026-03-02T12:00:00+08:00", state: .open),
                 ]),
        Scenario(name: "3 → 1 → 3: a clock waived by the level starts again at the second change", level: 3,
                 steps: [Step(at: "2026-03-02T09:20:00+08:00", action: .level(1)), Step(at: "2026-03-02T09:50:00+08:00", action: .level(3))],
                 finalNow: "2026-03-02T09:50:00+08:00", clocks: [
                    Clock(name: "report-platform", starts: aware, due: "2026-03-02T10:05:00+08:00", state: .open),
                    Clock(name: "damage-control", starts: aware, due: "2026-03-03T21:05:00+08:00", state: .open),
                    Clock(name: "review", starts: reported, due: "2026-03-02T11:12:00+08:00", state: .open),
                    Clock(name: "renotify", starts: "2026-03-02T09:20:00+08:00", due: "2026-03-02T10:20:00+08:00", state: .open),
                    Clock(name: "notify-agency-contact", starts: "2026-03-02T09:50:00+08:00", due: "2026-03-02T10:50:00+08:00", state: .open),
                    Clock(name: "ncert-escalation", starts: "2026-03-02T09:50:00+08:00", due: "2026-03-02T10:50:00+08:00", state: .open),
                    Clock(name: "on-site", starts: "2026-03-02T09:50:00+08:00", due: "2026-03-02T17:50:00+08:00", state: .open),
                    Clock(name: "renotify#2", starts: "2026-03-02T09:50:00+08:00", due: "2026-03-02T10:50:00+08:00", state: .open),
                 ]),
        Scenario(name: "1 → 2: only a renotify, every other clock unchanged", level: 1,
                 steps: [Step(at: "2026-03-02T09:40:00+08:00", action: .level(2))], finalNow: "2026-03-02T09:40:00+08:00",
                 clocks: lowClocks() + [Clock(name: "renotify", starts: "2026-03-02T09:40:00+08:00", due: "2026-03-02T10:40:00+08:00", state: .open)]),
        Scenario(name: "a waived clock stays waived across a level change", level: 3,
                 steps: [Step(at: "2026-03-02T09:20:00+08:00", action: .waive(.onSite)), Step(at: "2026-03-02T09:30:00+08:00", action: .level(4))],
                 finalNow: "2026-03-02T09:30:00+08:00",
                 clocks: replacing(highClocks, "on-site", with: Clock(name: "on-site", starts: reported, due: "2026-03-02T17:12:00+08:00", state: .waived))
                    + [Clock(name: "renotify", starts: "2026-03-02T09:30:00+08:00", due: "2026-03-02T10:30:00+08:00", state: .open)]),
    ]

    @Test(arguments: scenarios)
    func clocksHoldToTheSecond(_ scenario: Scenario) throws {
        let desk = try Self.run(scenario)
        let incident = try #require(desk.state.incidents.values.first)
        let now = instant(scenario.finalNow)
        let actual = incident.obligations.map { o in
            Clock(name: o.name, starts: Self.taipei(o.startsAt), due: Self.taipei(o.dueAt), state: o.state(at: now),
                  metAt: o.metAt.map(Self.taipei))
        }
        #expect(Set(actual.map(\.description)) == Set(scenario.clocks.map(\.description)),
                "\nactual:   \(actual.sorted { $0.name < $1.name })\nexpected: \(scenario.clocks.sorted { $0.name < $1.name })")
        #expect(actual.count == scenario.clocks.count)
        // Rebuilding from the journal gives the same clocks.
        #expect(try fold(desk.journal).incidents[incident.id]?.obligations == incident.obligations)
    }

    @Test func waiverAndLevelChangeSayWhyAndWho() throws {
        let desk = try Self.run(Self.scenarios.first { $0.name.hasPrefix("4 → 2: level") }!)
        let onSite = try #require(desk.state.incidents["TCN-2026-0001"]?.obligations.first { $0.kind == .onSite })
        #expect(InterfaceLanguage.en.words.waiverReason(of: onSite) == "level changed 4 → 2; on-site applies to level 3–4")
        #expect(onSite.waivedBy == "林志明")
        #expect(onSite.waivedForLevel)
        let handWaived = try Self.run(Self.scenarios.first { $0.name == "waived" }!)
        let waived = try #require(handWaived.state.incidents["TCN-2026-0001"]?.obligations.first { $0.kind == .onSite })
        #expect(waived.waivedReason == "scenario waiver")
        #expect(!waived.waivedForLevel)
    }

    @Test func theSweepRecordsEachOverdueClockOnce() throws {
        let desk = try Self.run(Self.scenarios.first { $0.name.hasPrefix("an overdue sweep") }!)
        let overdue = desk.journal.filter { if case .obligationOverdue = $0.event { return true } else { return false } }
        #expect(overdue.count == 1)
        desk.now = instant("2026-03-02T23:00:00+08:00")
        try desk.run(.recordOverdue(incident: "TCN-2026-0001"))
        let names = desk.journal.compactMap { entry -> String? in
            if case .obligationOverdue(_, let kind, _, _) = entry.event { return kind.rawValue } else { return nil }
        }
        #expect(names == ["report-platform", "review"], "the review fell due at 17:12; report-platform was already recorded")
    }

    @Test func badMeetingsAreRefusedAndChangeNothing() throws {
        let desk = try Self.run(Scenario(name: "base", level: 1, finalNow: "2026-03-02T09:30:00+08:00", clocks: []))
        desk.now = instant("2026-03-02T09:30:00+08:00")
        let before = desk.state
        let cases: [(DeskCommand, String)] = [
            (.meet(incident: "TCN-2026-0001", kind: .reportPlatform, at: instant("2026-03-02T09:31:00+08:00"), note: nil), "in the future"),
            (.meet(incident: "TCN-2026-0001", kind: .reportPlatform, at: instant("2026-03-02T09:04:59+08:00"), note: nil), "before report-platform started"),
            (.meet(incident: "TCN-2026-0001", kind: .onSite, at: nil, note: nil), "has no on-site clock"),
            (.meet(incident: "TCN-2026-0001", kind: .forwardReview, at: nil, note: nil), "has not started yet"),
            (.meet(incident: "TCN-2026-0099", kind: .review, at: nil, note: nil), "no incident TCN-2026-0099"),
            (.waive(incident: "TCN-2026-0001", kind: .review, reason: "  "), "reason cannot be empty"),
        ]
        for (command, message) in cases {
            let refusal = try #require(desk.refusal(command), "\(command) was accepted")
            #expect(refusal.reason.en.contains(message), "\(refusal.reason.en)")
        }
        #expect(desk.state == before)
        try desk.run(.meet(incident: "TCN-2026-0001", kind: .reportPlatform, at: nil, note: "平台通報完成"))
        let again = try #require(desk.refusal(.meet(incident: "TCN-2026-0001", kind: .reportPlatform, at: nil, note: nil)))
        #expect(again.reason.en.contains("already met"))
    }

    @Test func warningThresholds() throws {
        let desk = try Self.run(Scenario(name: "base", level: 3, finalNow: "2026-03-02T09:30:00+08:00", clocks: []))
        let clocks = try #require(desk.state.incidents["TCN-2026-0001"]?.obligations)
        func warn(_ kind: ObligationKind) -> String? { clocks.first { $0.kind == kind }.map { Self.taipei($0.warnAt) } }
        #expect(warn(.reportPlatform) == "2026-03-02T09:50:00+08:00", "15 minutes before a 1-hour clock")
        #expect(warn(.review) == "2026-03-02T10:42:00+08:00", "a quarter of 2 hours")
        #expect(warn(.onSite) == "2026-03-02T15:12:00+08:00", "a quarter of 8 hours")
        #expect(warn(.damageControl) == "2026-03-03T12:05:00+08:00", "a quarter of 36 hours")
    }

    // MARK: - Running

    static let policy: DeadlinePolicy = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("playbooks/policies/default.yaml").path
        let text = String(decoding: readFile(path) ?? [], as: UTF8.self)
        do {
            return try DeadlinePolicyFile.resolve(base: try DeadlinePolicyFile.parse(text), override: nil)
        } catch let error as FileProblem {
            Issue.record("the shipped policy does not load: \(error.message(file: path, language: .en))")
            return DeadlinePolicy(name: "none", rules: [])
        } catch {
            Issue.record("the shipped policy does not load: \(error)")
            return DeadlinePolicy(name: "none", rules: [])
        }
    }()

    static func run(_ scenario: Scenario) throws -> DeskHarness {
        let desk = DeskHarness(now: instant(scenario.reported))
        try desk.run(.adoptPolicy(policy))
        var d = draft(source: "SOC-1", level: scenario.level.flatMap(IncidentLevel.init(rawValue:)), aware: instant(scenario.aware))
        d.reportedAt = instant(scenario.reported)
        d.occurredAt = scenario.occurred.map { instant($0) }
        let id = try #require(desk.open(d))
        #expect(id.hasSuffix("-0001"))
        for step in scenario.steps {
            desk.now = instant(step.at)
            let command: DeskCommand
            switch step.action {
            case .level(let n):
                command = .setLevel(incident: id, level: IncidentLevel(rawValue: n), basis: nil, reason: "scenario")
            case .meet(let kind, let at):
                command = .meet(incident: id, kind: kind, at: at.map { instant($0) }, note: nil)
            case .waive(let kind):
                command = .waive(incident: id, kind: kind, reason: "scenario waiver")
            case .sweep:
                command = .recordOverdue(incident: id)
            }
            try desk.run(command)
        }
        return desk
    }

    static func taipei(_ instant: Instant) -> String { ISO8601.string(instant, offsetMinutes: 480) }
}
