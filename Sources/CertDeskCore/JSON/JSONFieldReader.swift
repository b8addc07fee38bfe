/// Reads typed fields out of a JSON object and, when one is missing or wrong, says which field
/// and why. Used for ingest records (user-facing errors) and journal bodies (corruption reports).
public struct JSONFieldReader: Sendable {
    public struct FieldError: Error, Equatable, Sendable {
        public let path: JSONPath
        public let reason: BilingualText

        public init(path: JSONPath, reason: BilingualText) {
            self.path = path
            self.reason = reason
        }
    }

    public let members: [String: JSONValue]
    public let path: JSONPath

    public init(_ value: JSONValue, path: JSONPath = JSONPath()) throws(FieldError) {
        guard case .object(let members) = value else {
            throw FieldError(path: path, reason: BilingualText(en: "expected an object, found \(value.typeName)",
                                                               zh: "應為物件，實際為 \(value.typeName)"))
        }
        self.members = members
        self.path = path
    }

    public func error(_ key: String, _ en: String, _ zh: String) -> FieldError {
        FieldError(path: path.appending(key), reason: BilingualText(en: en, zh: zh))
    }

    private func wrongType(_ key: String, expected: String, expectedZh: String, found: JSONValue) -> FieldError {
        error(key, "expected \(expected), found \(found.typeName)", "應為\(expectedZh)，實際為 \(found.typeName)")
    }

    public func has(_ key: String) -> Bool {
        guard let value = members[key] else { return false }
        return !value.isNull
    }

    public func optionalString(_ key: String, maxLength: Int? = nil) throws(FieldError) -> String? {
        guard let value = members[key], !value.isNull else { return nil }
        guard case .string(let s) = value else {
            throw wrongType(key, expected: "a string", expectedZh: "字串", found: value)
        }
        if let maxLength, let length = TextChecks.exceeds(s, characters: maxLength) {
            throw error(key, "is \(length) characters long; the limit is \(maxLength)",
                        "長度 \(length) 字元，超過上限 \(maxLength)")
        }
        return s
    }

    public func string(_ key: String, maxLength: Int? = nil, allowEmpty: Bool = false) throws(FieldError) -> String {
        guard let s = try optionalString(key, maxLength: maxLength) else {
            throw error(key, "is required", "為必填欄位")
        }
        if !allowEmpty, TextChecks.isBlank(s) {
            throw error(key, "is empty", "不可為空白")
        }
        return s
    }

    public func optionalInt(_ key: String) throws(FieldError) -> Int64? {
        guard let value = members[key], !value.isNull else { return nil }
        guard case .int(let v) = value else {
            throw wrongType(key, expected: "a whole number", expectedZh: "整數", found: value)
        }
        return v
    }

    public func int(_ key: String) throws(FieldError) -> Int64 {
        guard let v = try optionalInt(key) else { throw error(key, "is required", "為必填欄位") }
        return v
    }

    public func optionalBool(_ key: String) throws(FieldError) -> Bool? {
        guard let value = members[key], !value.isNull else { return nil }
        guard case .bool(let v) = value else {
            throw wrongType(key, expected: "true or false", expectedZh: "true 或 false", found: value)
        }
        return v
    }

    public func optionalInstant(_ key: String) throws(FieldError) -> Instant? {
        guard let s = try optionalString(key) else { return nil }
        do {
            return try ISO8601.parse(s)
        } catch {
            throw self.error(key, "\(TextChecks.quoted(s)) \(error.reason.en)", "\(TextChecks.quoted(s)) \(error.reason.zh)")
        }
    }

    public func instant(_ key: String) throws(FieldError) -> Instant {
        guard let v = try optionalInstant(key) else { throw error(key, "is required", "為必填欄位") }
        return v
    }

    public func optionalEnum<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) throws(FieldError) -> E?
    where E.RawValue == String {
        guard let s = try optionalString(key) else { return nil }
        guard let v: E = FixedSet.member(s) else {
            let problem = FixedSet.notOneOf(s, E.allNames)
            throw error(key, problem.en, problem.zh)
        }
        return v
    }

    public func enumValue<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) throws(FieldError) -> E
    where E.RawValue == String {
        guard let v = try optionalEnum(key, type) else { throw error(key, "is required", "為必填欄位") }
        return v
    }

    public func optionalArray(_ key: String) throws(FieldError) -> [JSONValue]? {
        guard let value = members[key], !value.isNull else { return nil }
        guard case .array(let items) = value else {
            throw wrongType(key, expected: "an array", expectedZh: "陣列", found: value)
        }
        return items
    }

    public func optionalObject(_ key: String) throws(FieldError) -> JSONFieldReader? {
        guard let value = members[key], !value.isNull else { return nil }
        return try JSONFieldReader(value, path: path.appending(key))
    }
}

/// Builds a JSON object, leaving out absent optionals so that bodies stay small and canonical.
public struct JSONObjectBuilder {
    public private(set) var members: [String: JSONValue] = [:]

    public init() {}

    public mutating func set(_ key: String, _ value: String) { members[key] = .string(value) }
    public mutating func set(_ key: String, _ value: String?) { if let value { members[key] = .string(value) } }
    public mutating func set(_ key: String, _ value: Int64) { members[key] = .int(value) }
    public mutating func set(_ key: String, _ value: Int?) { if let value { members[key] = .int(Int64(value)) } }
    public mutating func set(_ key: String, _ value: Bool) { members[key] = .bool(value) }
    public mutating func set(_ key: String, _ value: Instant?) {
        if let value { members[key] = .string(ISO8601.utcMillisecondString(value)) }
    }
    public mutating func set(_ key: String, _ value: JSONValue?) { if let value { members[key] = value } }
    public mutating func set<E: RawRepresentable>(_ key: String, _ value: E?) where E.RawValue == String {
        if let value { members[key] = .string(value.rawValue) }
    }

    public var value: JSONValue { .object(members) }
}
