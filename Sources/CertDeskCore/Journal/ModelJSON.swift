/// The JSON form of model values inside journal bodies. These shapes are part of the journal's
/// format, and the journal has no versions: every row must read back as it was written and hash
/// as it did. A new shape needs a new field that old rows simply lack, or a new event kind;
/// never a change in place.
extension LevelBasis {
    public var json: JSONValue {
        ["confidentiality": .string(confidentiality.rawValue), "integrity": .string(integrity.rawValue),
         "availability": .string(availability.rawValue), "asset": .string(asset.rawValue)]
    }

    public init(reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        self.init(confidentiality: try r.optionalEnum("confidentiality", Severity.self) ?? .none,
                  integrity: try r.optionalEnum("integrity", Severity.self) ?? .none,
                  availability: try r.optionalEnum("availability", Availability.self) ?? .none,
                  asset: try r.enumValue("asset", AssetClass.self))
    }
}

extension Indicator {
    public var json: JSONValue { ["type": .string(kind.rawValue), "value": .string(value)] }

    public init(reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        self.init(kind: try r.enumValue("type", Kind.self), value: try r.string("value", allowEmpty: true))
    }
}

extension IncidentSource {
    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("kind", kind)
        b.set("id", id)
        b.set("file", file)
        return b.value
    }

    public init(reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        self.init(kind: try r.enumValue("kind", Kind.self), id: try r.string("id"), file: try r.optionalString("file"))
    }
}

extension Agency.Contact {
    /// The first choice of channel stays `preferred_channel` (as the journal has always had
    /// it); further choices, in order, are `fallback_channels`.
    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("name", name)
        b.set("role", role)
        b.set("phone", phone)
        b.set("fax", fax)
        b.set("sms", sms)
        b.set("email", email)
        b.set("preferred_channel", channels.first)
        if channels.count > 1 { b.set("fallback_channels", JSONValue.array(channels.dropFirst().map { .string($0.rawValue) })) }
        return b.value
    }

    public init(reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        var channels: [Agency.Channel] = []
        if let first = try r.optionalEnum("preferred_channel", Agency.Channel.self) { channels.append(first) }
        for (n, item) in (try r.optionalArray("fallback_channels") ?? []).enumerated() {
            let path = r.path.appending("fallback_channels").appending(n)
            let text = item.stringValue ?? ""
            guard let channel: Agency.Channel = FixedSet.member(text) else {
                throw JSONFieldReader.FieldError(path: path, reason: FixedSet.notOneOf(text, Agency.Channel.allNames))
            }
            channels.append(channel)
        }
        self.init(name: try r.string("name"), role: try r.optionalString("role"), phone: try r.optionalString("phone"),
                  fax: try r.optionalString("fax"), sms: try r.optionalString("sms"), email: try r.optionalString("email"),
                  channels: channels)
    }
}

extension Agency {
    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("id", id)
        b.set("name", name)
        b.set("name_en", nameEn)
        b.set("region", region)
        b.set("county", county)
        b.set("type", type)
        b.set("grade", grade)
        b.set("contacts", .array(contacts.map(\.json)))
        return b.value
    }

    public init(reader r: JSONFieldReader) throws(JSONFieldReader.FieldError) {
        var contacts: [Contact] = []
        for (n, item) in (try r.optionalArray("contacts") ?? []).enumerated() {
            contacts.append(try Contact(reader: JSONFieldReader(item, path: r.path.appending("contacts").appending(n))))
        }
        self.init(id: try r.string("id"), name: try r.string("name"), nameEn: try r.optionalString("name_en"),
                  region: try r.enumValue("region", Region.self), county: try r.string("county"),
                  type: try r.string("type"), grade: try r.enumValue("grade", Grade.self), contacts: contacts)
    }
}

extension JSONFieldReader {
    /// Reads an array of objects with `make`, naming the element on error.
    public func objects<T>(_ key: String, _ make: (JSONFieldReader) throws(FieldError) -> T) throws(FieldError) -> [T] {
        var out: [T] = []
        for (n, item) in (try optionalArray(key) ?? []).enumerated() {
            out.append(try make(JSONFieldReader(item, path: path.appending(key).appending(n))))
        }
        return out
    }
}
