import CertDeskCore
import CertDeskStore

extension Desk {
    /// The monthly report (月報) of `region` (the desk's own when nil), read from the projections
    /// as they stand now; the clocks are kept first, so an overdue clock is counted as one.
    public func monthlyReport(_ month: ReportMonth, region: Region? = nil) throws(DeskError) -> MonthlyReport {
        try keepClocks()
        let stored = try self.region()
        guard let region = region ?? stored else { throw DeskError(.refused) { $0.deskHasNoRegion } }
        let trendStart = month.adding(months: -(MonthlyReport.trendMonths - 1)).start
        let now = clock.now
        return try read { store throws(StoreError) in
            MonthlyReport.build(month: month, region: region, asOf: now,
                                incidents: try store.reportIncidents(region: region, from: month.start, to: month.end),
                                tallies: try store.incidentTallies(region: region, from: trendStart, to: month.end,
                                                                   byCategoryFrom: month.adding(months: -1).start, byCategoryTo: month.start))
        }
    }

    /// The investigation, handling and improvement report of incident `id`, from its journal.
    public func investigationReport(_ id: String) throws(DeskError) -> InvestigationReport {
        let incident = try incidentForShowing(id)
        let now = clock.now
        return try read { store throws(StoreError) in
            InvestigationReport.build(incident: incident, timeline: try store.timeline(of: id), playbook: try store.playbook(of: incident),
                                      evidence: try store.evidence(of: id), agency: try store.agency(of: incident), generatedAt: now)
        }
    }
}
