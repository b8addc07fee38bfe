/// The TAXII 2.1 resources the desk reads (OASIS TAXII 2.1, §4 Discovery, §5 Collections, §5.3
/// the envelope, §4.3 the status resource): read strictly, so that a server answering something
/// else (an HTML login page, a proxy's error, another protocol) is named as such, never ingested.
public enum TaxiiResources {
    /// `application/taxii+json;version=2.1`: what a TAXII 2.1 client sends and accepts (§1.6.8).
    public static let mediaType = "application/taxii+json;version=2.1"

    /// §4.1.1 The discovery resource: the API roots a server offers, and which is its default.
    public struct Discovery: Equatable, Sendable {
        public var title: String
        public var defaultRoot: String?
        public var apiRoots: [String]
    }

    /// §4.2.1 An API root's information: which TAXII versions it speaks.
    public struct APIRoot: Equatable, Sendable {
        public var title: String
        public var versions: [String]
    }

    /// §5.2.1 One collection as a collections resource lists it.
    public struct Collection: Equatable, Sendable {
        public var id: String
        public var title: String
        public var canRead: Bool
        public var canWrite: Bool
    }

    /// §3.7 The envelope: one page of objects, and whether there is more after it.
    public struct Envelope: Sendable {
        public var objects: [JSONValue]
        public var more: Bool
        public var next: String?
    }

    /// §5.3.1 One manifest record: an object version the collection holds.
    public struct ManifestRecord: Equatable, Sendable {
        public var id: String
        public var version: String?
    }

    /// §4.3.1 The status of an add-objects request.
    public struct Status: Equatable, Sendable {
        public struct Failure: Equatable, Sendable {
            public var id: String
            public var message: String?
        }

        public var id: String
        public var complete: Bool
        public var successes: Int
        public var failures: [Failure]
        public var pending: Int

        public init(id: String, complete: Bool, successes: Int, failures: [Failure], pending: Int) {
            self.id = id
            self.complete = complete
            self.successes = successes
            self.failures = failures
            self.pending = pending
        }
    }

    /// §3.6.1 The error message a server sends with an error status.
    public struct ErrorMessage: Equatable, Sendable {
        public var title: String
        public var description: String?
    }

    public typealias FieldError = JSONFieldReader.FieldError

    public static func discovery(_ value: JSONValue) throws(FieldError) -> Discovery {
        let r = try JSONFieldReader(value)
        let roots = try r.optionalArray("api_roots") ?? []
        var apiRoots: [String] = []
        for (index, root) in roots.enumerated() {
            guard let text = root.stringValue, !text.isEmpty else {
                throw FieldError(path: r.path.appending("api_roots").appending(index), reason: BilingualText { $0.jsonWrongType(expected: .string, found: root.shape) })
            }
            apiRoots.append(text)
        }
        return Discovery(title: try r.string("title"), defaultRoot: try r.optionalString("default"), apiRoots: apiRoots)
    }

    public static func apiRoot(_ value: JSONValue) throws(FieldError) -> APIRoot {
        let r = try JSONFieldReader(value)
        let versions = (try r.optionalArray("versions") ?? []).compactMap(\.stringValue)
        return APIRoot(title: try r.string("title"), versions: versions)
    }

    /// Whether an API root speaks TAXII 2.1 (its `versions` hold the 2.1 media type).
    public static func speaks21(_ root: APIRoot) -> Bool {
        root.versions.contains { String($0.filter { $0 != " " }).lowercased() == mediaType }
    }

    public static func collections(_ value: JSONValue) throws(FieldError) -> [Collection] {
        let r = try JSONFieldReader(value)
        var out: [Collection] = []
        for (index, item) in (try r.optionalArray("collections") ?? []).enumerated() {
            let c = try JSONFieldReader(item, path: r.path.appending("collections").appending(index))
            out.append(Collection(id: try c.string("id"), title: try c.string("title"),
                                  canRead: try c.optionalBool("can_read") ?? false, canWrite: try c.optionalBool("can_write") ?? false))
        }
        return out
    }

    public static func envelope(_ value: JSONValue) throws(FieldError) -> Envelope {
        let r = try JSONFieldReader(value)
        let objects = try r.optionalArray("objects") ?? []
        for (index, object) in objects.enumerated() where object.objectValue == nil {
            throw FieldError(path: r.path.appending("objects").appending(index), reason: BilingualText { $0.jsonWrongType(expected: .object, found: object.shape) })
        }
        let more = try r.optionalBool("more") ?? false
        let next = try r.optionalString("next")
        if more, next == nil { throw r.error("next") { $0.taxiiMoreWithoutNext } }
        return Envelope(objects: objects, more: more, next: next)
    }

    /// A manifest page (§5.3): its records, and whether there is more.
    public static func manifest(_ value: JSONValue) throws(FieldError) -> (records: [ManifestRecord], more: Bool, next: String?) {
        let r = try JSONFieldReader(value)
        var records: [ManifestRecord] = []
        for (index, item) in (try r.optionalArray("objects") ?? []).enumerated() {
            let m = try JSONFieldReader(item, path: r.path.appending("objects").appending(index))
            records.append(ManifestRecord(id: try m.string("id"), version: try m.optionalString("version")))
        }
        let more = try r.optionalBool("more") ?? false
        let next = try r.optionalString("next")
        if more, next == nil { throw r.error("next") { $0.taxiiMoreWithoutNext } }
        return (records, more, next)
    }

    /// The version a collection keys an object by (§3.2: `modified`, else `created`); nil for
    /// an object without either (a cyber-observable), which has one version only.
    public static func version(of object: JSONValue) -> Instant? {
        guard let text = object["modified"]?.stringValue ?? object["created"]?.stringValue else { return nil }
        return try? ISO8601.parse(text)
    }

    public static func status(_ value: JSONValue) throws(FieldError) -> Status {
        let r = try JSONFieldReader(value)
        var failures: [Status.Failure] = []
        for (index, item) in (try r.optionalArray("failures") ?? []).enumerated() {
            let f = try JSONFieldReader(item, path: r.path.appending("failures").appending(index))
            failures.append(Status.Failure(id: try f.string("id"), message: try f.optionalString("message")))
        }
        let state = try r.string("status")
        return Status(id: try r.string("id"), complete: state == "complete", successes: Int(try r.optionalInt("success_count") ?? 0),
                      failures: failures, pending: Int(try r.optionalInt("pending_count") ?? 0))
    }

    /// The error message, when the body is one; nil for anything else (a page, nothing).
    public static func errorMessage(_ value: JSONValue) -> ErrorMessage? {
        guard let r = try? JSONFieldReader(value), let title = try? r.string("title") else { return nil }
        return ErrorMessage(title: title, description: try? r.optionalString("description"))
    }

    /// An `X-TAXII-Date-Added-Last` value the desk keeps as its bookmark: an RFC 3339 time in UTC,
    /// kept exactly as the server wrote it (its precision may be finer than the desk's
    /// milliseconds, and `added_after` is exclusive: rounding could skip an object).
    public static func isTimestamp(_ text: String) -> Bool {
        guard text.count <= 40, text.hasSuffix("Z") || text.hasSuffix("z") else { return false }
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || "-:.TtZz".contains($0)) }) else { return false }
        return (try? ISO8601.parse(text)) != nil
    }
}
