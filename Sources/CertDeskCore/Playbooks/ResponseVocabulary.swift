/// The tags a playbook step may carry, so `certdesk playbook lint` can refuse a typo.
///
/// Two closed vocabularies, both from NIST and both fixed text (not data the desk learns):
///
/// - **CSF 2.0 subcategories** (NIST CSWP 29, *The NIST Cybersecurity Framework (CSF) 2.0*,
///   26 Feb 2024). The list was taken from NIST's own machine-readable core, the OSCAL catalog
///   `usnistgov/oscal-content` `nist.gov/CSF/v2.0/json/NIST_CSF_v2.0_catalog-min.json`
///   (catalog version 1.2.0, framework-version-identifier `CSF_2_0_0`, publication-status Final):
///   every control of class `subcategory` **without** the `status: withdrawn` property.
///   That gives 106 subcategories in 22 categories and 6 functions. The catalog also carries the
///   CSF 1.1 identifiers that 2.0 withdrew (e.g. `DE.AE-01` → incorporated into `ID.AM-03`,
///   `RS.AN-01` → `RS.MA-02`, `PR.DS-06` → `PR.DS-01`/`DE.CM-09`), and whole withdrawn categories
///   (`ID.BE`, `ID.GV`, `ID.RM`, `ID.SC`, `PR.AC`, `PR.IP`, `PR.MA`, `PR.PT`, `DE.DP`, `RS.RP`,
///   `RS.IM`, `RC.IM`); none of those are here. Numbers are not reused in 2.0, hence the gaps
///   (e.g. no `ID.AM-06`, no `PR.DS-03`…`09`, no `DE.AE-01`/`05`).
/// - **SP 800-61 r2 Table 3-5**, the incident handling checklist (NIST SP 800-61 Rev. 2, Aug 2012,
///   withdrawn 3 Apr 2025 in favour of Rev. 3 but still the handy numbered checklist).
public enum ResponseVocabulary {
    /// The two vocabularies a step is tagged with.
    public enum Kind: Sendable {
        case sp80061ChecklistItem, csfSubcategory
    }

    /// Every subcategory identifier of the NIST Cybersecurity Framework 2.0 (CSWP 29, 26 Feb 2024),
    /// e.g. "GV.OC-01" … "RC.CO-04": 106 identifiers, from the OSCAL catalog named above.
    public static let csfSubcategories: Set<String> = Set(csfSubcategoriesInOrder)

    /// The same identifiers in the catalog's order (function, category, number), for listings.
    static let csfSubcategoriesInOrder: [String] = [
        // GOVERN (GV): 31
        "GV.OC-01", "GV.OC-02", "GV.OC-03", "GV.OC-04", "GV.OC-05",
        "GV.RM-01", "GV.RM-02", "GV.RM-03", "GV.RM-04", "GV.RM-05", "GV.RM-06", "GV.RM-07",
        "GV.RR-01", "GV.RR-02", "GV.RR-03", "GV.RR-04",
        "GV.PO-01", "GV.PO-02",
        "GV.OV-01", "GV.OV-02", "GV.OV-03",
        "GV.SC-01", "GV.SC-02", "GV.SC-03", "GV.SC-04", "GV.SC-05",
        "GV.SC-06", "GV.SC-07", "GV.SC-08", "GV.SC-09", "GV.SC-10",
        // IDENTIFY (ID): 21
        "ID.AM-01", "ID.AM-02", "ID.AM-03", "ID.AM-04", "ID.AM-05", "ID.AM-07", "ID.AM-08",
        "ID.RA-01", "ID.RA-02", "ID.RA-03", "ID.RA-04", "ID.RA-05",
        "ID.RA-06", "ID.RA-07", "ID.RA-08", "ID.RA-09", "ID.RA-10",
        "ID.IM-01", "ID.IM-02", "ID.IM-03", "ID.IM-04",
        // PROTECT (PR): 22
        "PR.AA-01", "PR.AA-02", "PR.AA-03", "PR.AA-04", "PR.AA-05", "PR.AA-06",
        "PR.AT-01", "PR.AT-02",
        "PR.DS-01", "PR.DS-02", "PR.DS-10", "PR.DS-11",
        "PR.PS-01", "PR.PS-02", "PR.PS-03", "PR.PS-04", "PR.PS-05", "PR.PS-06",
        "PR.IR-01", "PR.IR-02", "PR.IR-03", "PR.IR-04",
        // DETECT (DE): 11
        "DE.CM-01", "DE.CM-02", "DE.CM-03", "DE.CM-06", "DE.CM-09",
        "DE.AE-02", "DE.AE-03", "DE.AE-04", "DE.AE-06", "DE.AE-07", "DE.AE-08",
        // RESPOND (RS): 13
        "RS.MA-01", "RS.MA-02", "RS.MA-03", "RS.MA-04", "RS.MA-05",
        "RS.AN-03", "RS.AN-06", "RS.AN-07", "RS.AN-08",
        "RS.CO-02", "RS.CO-03",
        "RS.MI-01", "RS.MI-02",
        // RECOVER (RC): 8
        "RC.RP-01", "RC.RP-02", "RC.RP-03", "RC.RP-04", "RC.RP-05", "RC.RP-06",
        "RC.CO-03", "RC.CO-04",
    ]

    /// The items of the SP 800-61 r2 Table 3-5 incident handling checklist:
    /// "1", "1.1", "1.2", "1.3", "1.4", "2", "3", "4", "5", "6", "6.1", "6.2", "6.3",
    /// "7", "7.1", "7.2", "7.3", "8", "9".
    public static let sp80061ChecklistItems: Set<String> = Set(sp80061ChecklistInOrder.map(\.item))

    /// A one-line English title for each checklist item (from Table 3-5), for the step detail view.
    public static let sp80061ChecklistTitles: [String: String] =
        Dictionary(uniqueKeysWithValues: sp80061ChecklistInOrder.map { ($0.item, $0.title) })

    /// Table 3-5 in its printed order. Items 1–3 are Detection and Analysis; 4–7 Containment,
    /// Eradication, and Recovery; 8–9 Post-Incident Activity.
    static let sp80061ChecklistInOrder: [(item: String, title: String)] = [
        ("1", "Determine whether an incident has occurred"),
        ("1.1", "Analyze the precursors and indicators"),
        ("1.2", "Look for correlating information"),
        ("1.3", "Perform research (e.g., search engines, knowledge base)"),
        ("1.4", "As soon as the handler believes an incident has occurred, begin documenting the investigation and gathering evidence"),
        ("2", "Prioritize handling the incident based on the relevant factors (functional impact, information impact, recoverability effort, etc.)"),
        ("3", "Report the incident to the appropriate internal personnel and external organizations"),
        ("4", "Acquire, preserve, secure, and document evidence"),
        ("5", "Contain the incident"),
        ("6", "Eradicate the incident"),
        ("6.1", "Identify and mitigate all vulnerabilities that were exploited"),
        ("6.2", "Remove malware, inappropriate materials, and other components"),
        ("6.3", "If more affected hosts are discovered (e.g., new malware infections), repeat the Detection and Analysis steps (1.1, 1.2) to identify all other affected hosts, then contain (5) and eradicate (6) the incident for them"),
        ("7", "Recover from the incident"),
        ("7.1", "Return affected systems to an operationally ready state"),
        ("7.2", "Confirm that the affected systems are functioning normally"),
        ("7.3", "If necessary, implement additional monitoring to look for future related activity"),
        ("8", "Create a follow-up report"),
        ("9", "Hold a lessons learned meeting (mandatory for major incidents, optional otherwise)"),
    ]
}
