/// The agency directory (CI 提供者名冊) as a region keeps it: a CSV export with a header row, or
/// YAML (README, "Agency directory"). Both give the same `Agency` values and are checked by the
/// same rules; every problem is found at once and named by line and field, and a file with any
/// problem gives no agency at all (the import is one transaction: all of it or nothing).
public enum AgencyDirectoryFile {
    public struct Result: Sendable {
        /// In the file's order; empty when there are problems.
        public let agencies: [Agency]
        public let problems: [FileProblem]
    }

    public enum Form: Sendable { case csv, yaml }

    /// The form a file name says (`.csv`; `.yaml` or `.yml`), nil for any other.
    public static func form(ofFileNamed name: String) -> Form? {
        let lower = name.lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
        return nil
    }

    public static func read(_ text: String, form: Form) -> Result {
        let read = form == .csv ? csv(text) : yaml(text)
        var problems = read.problems
        // Incidents find their agency by name: two agencies of one name would be a guess.
        var named: [String: String] = [:]
        for (agency, line) in read.agencies {
            if let other = named[agency.name], other != agency.id {
                problems.append(FileProblem(line: line, path: form == .csv ? "name" : nil,
                                            reason: BilingualText { $0.directoryNameTwice(TextChecks.quoted(agency.name), other) }))
            }
            named[agency.name] = named[agency.name] ?? agency.id
        }
        if problems.isEmpty, read.agencies.isEmpty { problems.append(FileProblem(line: nil, reason: BilingualText { $0.directoryEmpty })) }
        problems.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        return Result(agencies: problems.isEmpty ? read.agencies.map(\.agency) : [], problems: problems)
    }

    // MARK: - CSV

    /// The columns: the agency's, repeated on each of its rows, then one contact per row.
    public static let csvColumns = ["id", "name", "name_en", "region", "county", "type", "grade",
                                    "contact_name", "contact_role", "phone", "fax", "sms", "email", "preferred_channel"]
    static let requiredColumns: Set<String> = ["id", "name", "region", "county", "type", "grade", "contact_name"]
    static let agencyColumns = ["name", "name_en", "region", "county", "type", "grade"]

    static func csv(_ text: String) -> (agencies: [(agency: Agency, line: Int)], problems: [FileProblem]) {
        let records: [CSVRecords.Record]
        do {
            records = try CSVRecords(text).records
        } catch {
            return ([], [error])
        }
        guard let header = records.first else { return ([], [FileProblem(line: nil, reason: BilingualText { $0.directoryEmpty })]) }
        var problems: [FileProblem] = []
        var column: [String: Int] = [:]
        for (n, raw) in header.fields.enumerated() {
            let name = TextChecks.trimmed(raw).lowercased()
            if !csvColumns.contains(name) {
                problems.append(FileProblem(line: header.line, path: name,
                                            reason: BilingualText { $0.csvColumnUnknown(TextChecks.quoted(raw), csvColumns.joined(separator: ", ")) }))
            } else if column[name] != nil {
                problems.append(FileProblem(line: header.line, path: name, reason: BilingualText { $0.csvColumnTwice }))
            } else {
                column[name] = n
            }
        }
        for name in csvColumns where requiredColumns.contains(name) && column[name] == nil {
            problems.append(FileProblem(line: header.line, path: name, reason: BilingualText { $0.csvColumnMissing }))
        }
        guard problems.isEmpty else { return ([], problems) }

        var agencies: [(agency: Agency, line: Int)] = []
        // An agency's first row: where its agency is in `agencies`, and its agency columns as written.
        var firstRow: [String: (index: Int, values: [String?])] = [:]
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                problems.append(FileProblem(line: record.line, reason: BilingualText { $0.csvFieldCount(record.fields.count, expected: header.fields.count) }))
                continue
            }
            func value(_ name: String) -> String? {
                guard let n = column[name] else { return nil }
                let text = TextChecks.trimmed(record.fields[n])
                return text.isEmpty ? nil : text
            }
            var fields = FieldChecks(line: record.line)
            let id = fields.name("id", value("id"), limit: FieldLimits.sourceID, .agencyID)
            let values = agencyColumns.map { value($0) }
            let contact = fields.contact(
                name: ("contact_name", value("contact_name")), role: ("contact_role", value("contact_role")),
                phone: ("phone", value("phone")), fax: ("fax", value("fax")), sms: ("sms", value("sms")), email: ("email", value("email")),
                channels: ("preferred_channel", value("preferred_channel").map(channelList) ?? []))
            if let id, let first = firstRow[id] {
                // A further contact of an agency already read: its agency columns must agree.
                let firstLine = agencies[first.index].line
                for (name, (now, then)) in zip(agencyColumns, zip(values, first.values)) where now != then {
                    fields.problems.append(FileProblem(line: record.line, path: name,
                                                       reason: BilingualText { $0.directoryAgencyDiffers(id, firstLine: firstLine) }))
                }
                if fields.problems.isEmpty, let contact { agencies[first.index].agency.contacts.append(contact) }
            } else {
                let agency = fields.agency(id: id, name: ("name", value("name")), nameEn: ("name_en", value("name_en")),
                                           region: ("region", value("region")), county: ("county", value("county")),
                                           type: ("type", value("type")), grade: ("grade", value("grade")),
                                           contacts: contact.map { [$0] } ?? [])
                if let agency {
                    firstRow[agency.id] = (agencies.count, values)
                    agencies.append((agency, record.line))
                }
            }
            problems += fields.problems
        }
        return (agencies, problems)
    }

    /// `phone;email` (or `phone email`, `phone,email` inside quotes): first choice first.
    static func channelList(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == " " || $0 == "|" }).map(String.init)
    }

    // MARK: - YAML

    static let yamlAgencyKeys: Set<String> = ["id", "name", "name_en", "region", "county", "type", "grade", "contacts"]
    static let yamlContactKeys: Set<String> = ["name", "role", "phone", "fax", "sms", "email", "channels"]

    static func yaml(_ text: String) -> (agencies: [(agency: Agency, line: Int)], problems: [FileProblem]) {
        let list: [YAMLReader]
        do {
            let root = try YAMLReader.document(text)
            list = try root.mapping(allowed: ["agencies"]).require("agencies", in: root).sequence()
        } catch {
            return ([], [error])
        }
        var problems: [FileProblem] = []
        var agencies: [(agency: Agency, line: Int)] = []
        var firstLine: [String: Int] = [:]
        for item in list {
            do {
                let f = try item.mapping(allowed: yamlAgencyKeys)
                func scalar(_ key: String) throws(FileProblem) -> (String, String?) {
                    guard let reader = f[key] else { return (item.path + "." + key, nil) }
                    let text = TextChecks.trimmed(try reader.string())
                    return (reader.path, text.isEmpty ? nil : text)
                }
                let line = item.line ?? 0
                var fields = FieldChecks(line: line)
                var contacts: [Agency.Contact] = []
                let contactItems = try f["contacts"]?.sequence() ?? []
                for contactItem in contactItems {
                    let g = try contactItem.mapping(allowed: yamlContactKeys)
                    func field(_ key: String) throws(FileProblem) -> (String, String?) {
                        guard let reader = g[key] else { return (contactItem.path + "." + key, nil) }
                        let text = TextChecks.trimmed(try reader.string())
                        return (reader.path, text.isEmpty ? nil : text)
                    }
                    var channels: [String] = []
                    if let reader = g["channels"] {
                        channels = reader.isSequence ? try reader.sequence().map { (r) throws(FileProblem) in try r.string() }
                            : channelList(try reader.string())
                    }
                    var contactFields = FieldChecks(line: contactItem.line ?? line)
                    if let contact = contactFields.contact(name: try field("name"), role: try field("role"), phone: try field("phone"),
                                                           fax: try field("fax"), sms: try field("sms"), email: try field("email"),
                                                           channels: (g["channels"]?.path ?? contactItem.path + ".channels", channels)) {
                        contacts.append(contact)
                    }
                    problems += contactFields.problems
                }
                let (idPath, idText) = try scalar("id")
                let id = fields.name(idPath, idText, limit: FieldLimits.sourceID, .agencyID)
                if let id, let first = firstLine[id] {
                    problems.append(FileProblem(line: line, path: idPath, reason: BilingualText { $0.directoryIDTwice(id, firstLine: first) }))
                    continue
                }
                if let id { firstLine[id] = line }
                // No contact listed is a problem of its own; contacts listed but refused are named above.
                let contactsPath = contactItems.isEmpty ? f["contacts"]?.path ?? item.path + ".contacts" : nil
                if let agency = fields.agency(id: id, name: try scalar("name"), nameEn: try scalar("name_en"), region: try scalar("region"),
                                              county: try scalar("county"), type: try scalar("type"), grade: try scalar("grade"),
                                              contacts: contacts, contactsPath: contactsPath) {
                    agencies.append((agency, line))
                }
                problems += fields.problems
            } catch {
                problems.append(error)
            }
        }
        return (agencies, problems)
    }
}

/// The checks every directory value passes, whichever form it came in: each problem is kept
/// with the line and the field (a CSV column or a YAML path) it was found at.
struct FieldChecks {
    let line: Int
    var problems: [FileProblem] = []

    private mutating func problem(_ path: String, _ say: (any Words) -> String) {
        problems.append(FileProblem(line: line, path: path, reason: BilingualText(say)))
    }

    /// Free text: required or not, no control characters, within `limit` characters.
    mutating func text(_ path: String, _ value: String?, limit: Int, required: Bool = true) -> String? {
        guard let value else {
            if required { problem(path) { $0.fieldRequired } }
            return nil
        }
        if TextChecks.containsControl(value) {
            problem(path) { $0.directoryControlCharacter }
            return nil
        }
        if let length = TextChecks.exceeds(value, characters: limit) {
            problem(path) { $0.fieldTooLong(length, limit: limit) }
            return nil
        }
        return value
    }

    /// An id the desk finds the agency by: `NameRule`, as for every name and id.
    mutating func name(_ path: String, _ value: String?, limit: Int, _ named: NameRule.Named) -> String? {
        guard let value else {
            problem(path) { $0.fieldRequired }
            return nil
        }
        if let refused = NameRule.problem(value, limit: limit) {
            problem(path) { $0.nameRefused(named, refused) }
            return nil
        }
        return value
    }

    /// A telephone, fax or SMS number as people write them: digits with `+ - ( ) #` and spaces,
    /// at least three digits (an extension after `#`).
    mutating func number(_ path: String, _ value: String?) -> String? {
        guard let value = text(path, value, limit: 40, required: false) else { return nil }
        let allowed = Set("0123456789+-()# ")
        guard value.allSatisfy(allowed.contains), value.filter(\.isNumber).count >= 3 else {
            problem(path) { $0.directoryNumberForm(TextChecks.quoted(value)) }
            return nil
        }
        return value
    }

    /// An e-mail address: one `@`, something before it, a domain with a dot after it, no spaces.
    mutating func email(_ path: String, _ value: String?) -> String? {
        guard let value = text(path, value, limit: 254, required: false) else { return nil }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !value.contains(where: \.isWhitespace) else {
            problem(path) { $0.directoryEmailForm(TextChecks.quoted(value)) }
            return nil
        }
        return value
    }

    typealias Field = (path: String, value: String?)

    mutating func contact(name: Field, role: Field, phone: Field, fax: Field, sms: Field, email: Field,
                          channels: (path: String, names: [String])) -> Agency.Contact? {
        let before = problems.count
        let contactName = text(name.path, name.value, limit: FieldLimits.personName)
        let contactRole = text(role.path, role.value, limit: FieldLimits.personName, required: false)
        var contact = Agency.Contact(name: contactName ?? "", role: contactRole, phone: number(phone.path, phone.value),
                                     fax: number(fax.path, fax.value), sms: number(sms.path, sms.value), email: self.email(email.path, email.value))
        for name in channels.names {
            guard let channel: Agency.Channel = FixedSet.member(name.lowercased()) else {
                problems.append(FileProblem(line: line, path: channels.path, reason: FixedSet.notOneOf(name, Agency.Channel.allNames)))
                continue
            }
            if contact.channels.contains(channel) {
                problem(channels.path) { $0.directoryChannelTwice(channel.rawValue) }
            } else if contact.address(channel) == nil {
                problem(channels.path) { $0.directoryChannelWithoutAddress(channel.rawValue) }
            } else {
                contact.channels.append(channel)
            }
        }
        return problems.count == before ? contact : nil
    }

    mutating func agency(id: String?, name: Field, nameEn: Field, region: Field, county: Field, type: Field, grade: Field,
                         contacts: [Agency.Contact], contactsPath: String? = nil) -> Agency? {
        let before = problems.count
        let agencyName = text(name.path, name.value, limit: FieldLimits.agency)
        let english = text(nameEn.path, nameEn.value, limit: FieldLimits.agency, required: false)
        let countyName = text(county.path, county.value, limit: 40)
        let typeName = text(type.path, type.value, limit: 40)
        var regionValue: Region?
        if let text = text(region.path, region.value, limit: 8) {
            regionValue = FixedSet.member(text.uppercased())
            if regionValue == nil { problems.append(FileProblem(line: line, path: region.path, reason: FixedSet.notOneOf(text, Region.allNames))) }
        }
        var gradeValue: Agency.Grade?
        if let text = text(grade.path, grade.value, limit: 4) {
            gradeValue = FixedSet.member(text.uppercased())
            if gradeValue == nil { problems.append(FileProblem(line: line, path: grade.path, reason: FixedSet.notOneOf(text, Agency.Grade.allNames))) }
        }
        if let contactsPath, contacts.isEmpty { problem(contactsPath) { $0.directoryNeedsContact } }
        guard problems.count == before, let id, let agencyName, let countyName, let typeName, let regionValue, let gradeValue else { return nil }
        return Agency(id: id, name: agencyName, nameEn: english, region: regionValue, county: countyName, type: typeName,
                      grade: gradeValue, contacts: contacts)
    }
}
