import Testing
@testable import CertDeskCore

/// The closed tag vocabularies a playbook step may use (`ResponseVocabulary`).
@Suite("Response vocabulary")
struct ResponseVocabularyTests {
    // MARK: CSF 2.0

    @Test("CSF 2.0 has 106 subcategories, no duplicates in the source list")
    func csfCount() {
        #expect(ResponseVocabulary.csfSubcategories.count == 106)
        #expect(ResponseVocabulary.csfSubcategoriesInOrder.count == 106)
    }

    /// `XX.YY-NN`: two capitals, a dot, two capitals, a hyphen, two digits.
    static func isSubcategoryShape(_ id: String) -> Bool {
        let u = Array(id.unicodeScalars)
        guard u.count == 8, u[2] == ".", u[5] == "-" else { return false }
        let upper = { (s: Unicode.Scalar) in s >= "A" && s <= "Z" }
        let digit = { (s: Unicode.Scalar) in s >= "0" && s <= "9" }
        return upper(u[0]) && upper(u[1]) && upper(u[3]) && upper(u[4]) && digit(u[6]) && digit(u[7])
    }

    @Test("Every id has the shape XX.YY-NN")
    func csfShape() {
        for id in ResponseVocabulary.csfSubcategories {
            #expect(Self.isSubcategoryShape(id), "\(id)")
        }
        #expect(!Self.isSubcategoryShape("DE.AE-8"))
        #expect(!Self.isSubcategoryShape("de.ae-08"))
        #expect(!Self.isSubcategoryShape("DE.AE-08 "))
    }

    @Test("The six functions, with their subcategory counts")
    func csfFunctions() {
        var perFunction: [String: Int] = [:]
        for id in ResponseVocabulary.csfSubcategories { perFunction[String(id.prefix(2)), default: 0] += 1 }
        #expect(perFunction == ["GV": 31, "ID": 21, "PR": 22, "DE": 11, "RS": 13, "RC": 8])
    }

    @Test("The 22 categories, with their subcategory counts")
    func csfCategories() {
        var perCategory: [String: Int] = [:]
        for id in ResponseVocabulary.csfSubcategories { perCategory[String(id.prefix(5)), default: 0] += 1 }
        #expect(perCategory == [
            "GV.OC": 5, "GV.RM": 7, "GV.RR": 4, "GV.PO": 2, "GV.OV": 3, "GV.SC": 10,
            "ID.AM": 7, "ID.RA": 10, "ID.IM": 4,
            "PR.AA": 6, "PR.AT": 2, "PR.DS": 4, "PR.PS": 6, "PR.IR": 4,
            "DE.CM": 5, "DE.AE": 6,
            "RS.MA": 5, "RS.AN": 4, "RS.CO": 2, "RS.MI": 2,
            "RC.RP": 6, "RC.CO": 2,
        ])
    }

    @Test("Known CSF 2.0 ids are present", arguments: [
        "GV.OC-01", "GV.SC-10", "ID.AM-08", "ID.RA-10", "ID.IM-04", "PR.AA-06", "PR.DS-10", "PR.DS-11",
        "PR.PS-06", "PR.IR-04", "DE.CM-09", "DE.AE-08", "RS.MA-05", "RS.AN-06", "RS.AN-07", "RS.AN-08",
        "RS.CO-02", "RS.MI-02", "RC.RP-06", "RC.CO-04",
    ])
    func csfKnown(_ id: String) {
        #expect(ResponseVocabulary.csfSubcategories.contains(id))
    }

    @Test("CSF 1.1 ids withdrawn in 2.0, numbering gaps and typos are absent", arguments: [
        // withdrawn in 2.0 (status "withdrawn" in the NIST OSCAL catalog)
        "DE.AE-01", "DE.AE-05", "RS.AN-01", "RS.AN-02", "RS.AN-04", "RS.AN-05", "RS.CO-01", "RS.CO-04",
        "RS.CO-05", "RS.MI-03", "RC.CO-01", "RC.CO-02", "ID.AM-06", "PR.AT-03", "PR.DS-03", "PR.DS-06",
        "PR.DS-08", "DE.CM-04", "DE.CM-07", "DE.CM-08",
        // withdrawn categories
        "ID.BE-01", "ID.GV-01", "ID.RM-01", "ID.SC-01", "PR.AC-01", "PR.IP-01", "PR.MA-01", "PR.PT-04",
        "DE.DP-01", "RS.RP-01", "RS.IM-01", "RC.IM-01",
        // never existed / typos
        "PR.DS-09", "GV.OC-06", "RC.RP-07", "RS.MA-06", "GV.PO-03", "DE.AE-8", "de.ae-08", "DE.AE-08 ", "",
    ])
    func csfAbsent(_ id: String) {
        #expect(!ResponseVocabulary.csfSubcategories.contains(id))
    }

    // MARK: SP 800-61 r2 Table 3-5

    static let checklist = ["1", "1.1", "1.2", "1.3", "1.4", "2", "3", "4", "5",
                            "6", "6.1", "6.2", "6.3", "7", "7.1", "7.2", "7.3", "8", "9"]

    @Test("Table 3-5 has exactly its 19 items, in printed order")
    func checklistItems() {
        #expect(ResponseVocabulary.sp80061ChecklistItems == Set(Self.checklist))
        #expect(ResponseVocabulary.sp80061ChecklistItems.count == 19)
        #expect(ResponseVocabulary.sp80061ChecklistInOrder.map(\.item) == Self.checklist)
        #expect(!ResponseVocabulary.sp80061ChecklistItems.contains("1.5"))
        #expect(!ResponseVocabulary.sp80061ChecklistItems.contains("10"))
        #expect(!ResponseVocabulary.sp80061ChecklistItems.contains("01"))
    }

    @Test("Every checklist item has a one-line title, and only items have titles")
    func checklistTitles() {
        #expect(Set(ResponseVocabulary.sp80061ChecklistTitles.keys) == ResponseVocabulary.sp80061ChecklistItems)
        for item in Self.checklist {
            let title = ResponseVocabulary.sp80061ChecklistTitles[item] ?? ""
            #expect(!title.isEmpty, "item \(item)")
            #expect(!title.contains("\n"), "item \(item)")
            #expect(title.trimmingWhitespaceCount == 0, "item \(item) has surrounding spaces")
        }
        #expect(ResponseVocabulary.sp80061ChecklistTitles["1"] == "Determine whether an incident has occurred")
        #expect(ResponseVocabulary.sp80061ChecklistTitles["1.1"] == "Analyze the precursors and indicators")
        #expect(ResponseVocabulary.sp80061ChecklistTitles["5"] == "Contain the incident")
        #expect(ResponseVocabulary.sp80061ChecklistTitles["9"]?.hasPrefix("Hold a lessons learned meeting (mandatory for major incidents") == true)
    }
}

private extension String {
    /// Leading plus trailing spaces (no Foundation in Core tests).
    var trimmingWhitespaceCount: Int {
        prefix(while: { $0 == " " }).count + String(reversed()).prefix(while: { $0 == " " }).count
    }
}
