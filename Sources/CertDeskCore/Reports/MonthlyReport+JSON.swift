/// The monthly report as JSON: codes, counts and instants, no words, so a script reads the same
/// figures in either language. Every section is one object; a figure that has no value (no
/// incident reached the milestone, no clock came due) is `null`, never left out.
extension MonthlyReport {
    public static let format = "certdesk-monthly/1"

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("format", Self.format)
        b.set("month", month.description)
        b.set("region", region)
        b.set("as_of", asOf)
        b.set("incidents_total", incidentsTotal)
        b.set("exercises_total", exercisesTotal)
        b.set("previous_month", .object(["month": .string(month.adding(months: -1).description),
                                         "incidents_total": .int(Int64(previousTotal)),
                                         "change": .int(Int64(incidentsTotal - previousTotal))]))
        b.set("by_level", Self.section(byLevel, key: { $0 ?? "unclassified" }))
        b.set("by_category", Self.section(byCategory, key: { $0 ?? "" }))
        b.set("by_agency_type", Self.section(byAgencyType, key: { $0 ?? "unknown" }))
        b.set("by_county", Self.section(byCounty, key: { $0 ?? "unknown" }))
        b.set("clocks", .object(Dictionary(uniqueKeysWithValues: clocks.map { ($0.kind.rawValue, $0.json) })))
        b.set("times", .object(Dictionary(uniqueKeysWithValues: times.map { ($0.measure.rawValue, $0.json) })))
        b.set("top_indicators", .object(["items": .array(topIndicators.map(\.json))]))
        b.set("top_agencies", .object(["items": .array(topAgencies.map {
            .object(["agency": .string($0.key ?? ""), "incidents": .int(Int64($0.count))])
        })]))
        b.set("trend", .object(["months": .array(trend.map(\.json))]))
        return b.value
    }

    /// `{"4": {"count": 3, "previous": 1, "rank": 1}, ...}`: keyed for lookup, ranked for reading.
    private static func section(_ counts: [Count], key: (String?) -> String) -> JSONValue {
        .object(Dictionary(uniqueKeysWithValues: counts.enumerated().map { rank, count in
            var o: [String: JSONValue] = ["count": .int(Int64(count.count)), "rank": .int(Int64(rank + 1))]
            o["previous"] = count.previous.map { .int(Int64($0)) } ?? .null
            return (key(count.key), .object(o))
        }))
    }
}

extension MonthlyReport.ClockFigures {
    var json: JSONValue {
        .object(["met": .int(Int64(met)), "met_late": .int(Int64(metLate)), "overdue": .int(Int64(overdue)),
                 "waived": .int(Int64(waived)), "running": .int(Int64(running)),
                 "compliance_percent": compliancePercent.map(JSONValue.double) ?? .null])
    }
}

extension MonthlyReport.TimeFigures {
    var json: JSONValue {
        .object(["count": .int(Int64(count)),
                 "median_ms": median.map(JSONValue.int) ?? .null, "p90_ms": p90.map(JSONValue.int) ?? .null])
    }
}

extension MonthlyReport.IndicatorCount {
    var json: JSONValue {
        .object(["type": .string(kind.rawValue), "value": .string(value), "incidents": .int(Int64(incidents))])
    }
}

extension MonthlyReport.TrendMonth {
    var json: JSONValue {
        var o: [String: JSONValue] = ["month": .string(month.description), "unclassified": .int(Int64(unclassified)),
                                      "total": .int(Int64(total))]
        for (n, count) in byLevel.enumerated() { o["level_\(n + 1)"] = .int(Int64(count)) }
        return .object(o)
    }
}
