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
            throw FieldError(path: path, reason: BilingualText { $0.jsonWrongType(expected: .object, found: value.shape) })
        }
        self.members = members
        self.path = path
    }

    public func error(_ key: String, _ say: (any Words) -> String) -> FieldError {
        FieldError(path: path.appending(key), reason: BilingualText(say))
    }

    public func error(_ key: String, _ reason: BilingualText) -> FieldError {
        FieldError(path: path.appending(key), reason: reason)
    }

    private func wrongType(_ key: String, expected: JSONValue.Shape, found: JSONValue) -> FieldError {
        error(key) { $0.jsonWrongType(expected: expected, found: found.shape) }
    }

    public func has(_ key: String) -> Bool {
        guard let value = members[key] else { return false }
        return !value.isNull
    }

    public func optionalString(_ key: String, maxLength: Int? = nil) throws(FieldError) -> String? {
        guard let value = members[key], !value.isNull else { return nil }
        guard case .string(let s) = value else {
            throw wrongType(key, expected: .string, found: value)
        }
        if let maxLength, let length = TextChecks.exceeds(s, characters: maxLength) {
            throw error(key) { $0.fieldTooLong(length, limit: maxLength) }
        }
        return s
    }

    public func string(_ key: String, maxLength: Int? = nil, allowEmpty: Bool = false) throws(FieldError) -> String {
        guard let s = try optionalString(key, maxLength: maxLength) else {
            throw error(key) { $0.fieldRequired }
        }
        if !allowEmpty, TextChecks.isBlank(s) {
            throw error(key) { $0.fieldEmpty }
        }
        return s
    }

    public func optionalInt(_ key: String) throws(FieldError) -> Int64? {
        guard let value = members[key], !value.isNull else { return nil }
        guard case .int(let v) = value else {
            throw wrongType(key, expected: .wholeNumber, found: value)
        }
        return v
    }

    public func int(_ key: String) throws(FieldError) -> Int64 {
        guard let v = try optionalInt(key) else { throw error(key) { $0.fieldRequired } }
        return v
    }

    public func optionalBool(_ key: String) throws(FieldError) -> Bool? {
        guard let value = members[key], !value.isNull else { return nil }
        guard case .bool(let v) = value else {
            throw wrongType(key, expected: .boolean, found: value)
        }
        return v
    }

    public func optionalInstant(_ key: String) throws(FieldError) -> Instant? {
        guard let s = try optionalString(key) else { return nil }
        do {
            return try ISO8601.parse(s)
        } catch {
            throw self.error(key) { TextChecks.quoted(s) + " " + $0.say(error.reason) }
        }
    }

    public func instant(_ key: String) throws(FieldError) -> Instant {
        guard let v = try optionalInstant(key) else { throw error(key) { $0.fieldRequired } }
        return v
    }

    public func optionalEnum<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) throws(FieldError) -> E?
    where E.RawValue == String {
        guard let s = try optionalString(key) else { return nil }
        guard let v: E = FixedSet.member(s) else {
            throw error(key, FixedSet.notOneOf(s, E.allNames))
        }
        return v
    }

    public func enumValue<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) throws(FieldError) -> E
    where E.RawValue == String {
        guard let v = try optionalEnum(key, type) else { throw error(key) { $0.fieldRequired } }
        return v
    }

    public func optionalArray(_ key: String) throws(FieldError) -> [JSONValue]? {
        guard let value = members[key], !value.isNull else { return nil }
        guard case .array(let items) = value else {
            throw wrongType(key, expected: .array, found: value)
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
