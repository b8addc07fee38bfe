import CertDeskCore
import Foundation

/// The TAXII 2.1 conversation of a pull or a push: discovery, the API root, its collections,
/// then objects (OASIS TAXII 2.1 §4–§5). Every answer is checked before it is used: a status
/// that is not success, a body that is not TAXII JSON, a collection that cannot be read or
/// written is a `DeskError` naming the address — and the desk has not been touched yet.
struct TaxiiClient {
    let connection: TaxiiConnection

    /// A collection found on a server: where it is and what the officer may do with it.
    struct Place {
        let apiRoot: URL
        let collection: TaxiiResources.Collection

        /// How the incidents a pull brings name their source, and how messages name the place.
        var label: String { TaxiiAddress.shown(TaxiiAddress.objects(apiRoot, collection: collection.id)) }
    }

    /// Finds `collection` from the discovery address: the API root named (`--api-root`), else
    /// the server's default, else its only one.
    func place(discovery: URL, apiRoot named: String?, collection id: String) throws(DeskError) -> Place {
        let found = try resource(discovery) { value throws(TaxiiResources.FieldError) in try TaxiiResources.discovery(value) }
        let root: URL
        if let named {
            root = try TaxiiAddress.apiRoot(named, from: discovery)
        } else if let chosen = found.defaultRoot ?? (found.apiRoots.count == 1 ? found.apiRoots[0] : nil) {
            root = try TaxiiAddress.apiRoot(chosen, from: discovery)
        } else {
            let roots = found.apiRoots.map { TextChecks.sanitized($0, limit: 120) }
            throw DeskError(.usage) { $0.taxiiChooseAPIRoot(TaxiiAddress.shown(discovery), roots: roots) }
        }
        let information = try resource(root) { value throws(TaxiiResources.FieldError) in try TaxiiResources.apiRoot(value) }
        guard TaxiiResources.speaks21(information) else {
            let versions = information.versions.map { TextChecks.sanitized($0, limit: 80) }
            throw DeskError(.peerProtocol) { $0.taxiiNot21(TaxiiAddress.shown(root), versions: versions) }
        }
        let collections = try resource(TaxiiAddress.collections(root)) { value throws(TaxiiResources.FieldError) in
            try TaxiiResources.collections(value)
        }
        guard let collection = collections.first(where: { $0.id == id }) else {
            let known = collections.map { TextChecks.sanitized($0.id, limit: 80) + " (" + TextChecks.sanitized($0.title, limit: 60) + ")" }
            throw DeskError(.refused) { $0.taxiiNoSuchCollection(TextChecks.quoted(id), at: TaxiiAddress.shown(root), known: known) }
        }
        return Place(apiRoot: root, collection: collection)
    }

    /// One page of objects after `addedAfter` (exclusive), or the page `next` points to, with the
    /// server's `X-TAXII-Date-Added-Last` when it sent a usable one.
    func page(_ place: Place, addedAfter: String?, next: String?, limit: Int) throws(DeskError) -> (envelope: TaxiiResources.Envelope, addedLast: String?) {
        var query: [(String, String)] = [("limit", String(limit))]
        if let addedAfter { query.append(("added_after", addedAfter)) }
        if let next { query.append(("next", next)) }
        let url = TaxiiAddress.objects(place.apiRoot, collection: place.collection.id, query: query)
        let reply = try connection.get(url)
        let envelope = try decoded(reply, from: url) { value throws(TaxiiResources.FieldError) in try TaxiiResources.envelope(value) }
        let last = reply.headers["x-taxii-date-added-last"].flatMap { TaxiiResources.isTimestamp($0) ? $0 : nil }
        return (envelope, last)
    }

    /// Which of `ids` the collection holds, and at which versions (§5.3 Get Object Manifests,
    /// `match[id]`, every version): asked fifty ids at a time, so the address stays short.
    func held(_ place: Place, ids: [String]) throws(DeskError) -> [String: [Instant?]] {
        var held: [String: [Instant?]] = [:]
        for start in stride(from: 0, to: ids.count, by: 50) {
            var next: String?
            repeat {
                // The same filters on every page, `limit` included (the reference server asks for it with `next`).
                var query = [("match[id]", ids[start..<min(ids.count, start + 50)].joined(separator: ",")), ("match[version]", "all"),
                             ("limit", "100")]
                if let next { query.append(("next", next)) }
                let url = TaxiiAddress.collections(place.apiRoot).appendingPathComponent(place.collection.id, isDirectory: true)
                    .appendingPathComponent("manifest", isDirectory: true)
                let page = try decoded(try connection.get(TaxiiAddress.with(query, url)), from: url) { value throws(TaxiiResources.FieldError) in
                    try TaxiiResources.manifest(value)
                }
                for record in page.records { held[record.id, default: []].append(record.version.flatMap { try? ISO8601.parse($0) }) }
                next = page.more ? page.next : nil
            } while next != nil
        }
        return held
    }

    /// Sends `objects` in one envelope (§5.5 Add Objects) and reads the status back; a status
    /// still pending is asked again until the deadline (§4.3 Get Status).
    func add(_ place: Place, objects: [JSONValue]) throws(DeskError) -> TaxiiResources.Status {
        let url = TaxiiAddress.objects(place.apiRoot, collection: place.collection.id)
        let body = CanonicalJSON.bytes(.object(["objects": .array(objects)]))
        let reply = try connection.post(url, body: body)
        var status = try decoded(reply, from: url) { value throws(TaxiiResources.FieldError) in try TaxiiResources.status(value) }
        let deadline = Date().addingTimeInterval(TimeInterval(connection.timeoutSeconds))
        while !status.complete, status.pending > 0, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.5)
            status = try resource(TaxiiAddress.status(place.apiRoot, id: status.id)) { value throws(TaxiiResources.FieldError) in
                try TaxiiResources.status(value)
            }
        }
        return status
    }

    private func resource<T>(_ url: URL, _ read: (JSONValue) throws(TaxiiResources.FieldError) -> T) throws(DeskError) -> T {
        try decoded(try connection.get(url), from: url, read)
    }

    /// The body of a successful reply read as `read` says; anything else a clear error.
    private func decoded<T>(_ reply: TaxiiConnection.Reply, from url: URL,
                            _ read: (JSONValue) throws(TaxiiResources.FieldError) -> T) throws(DeskError) -> T {
        let shown = TaxiiAddress.shown(url)
        let value = try? JSONValue.parse(String(decoding: reply.body, as: UTF8.self))
        guard (200...299).contains(reply.status) else {
            if (300...399).contains(reply.status) {
                let target = TextChecks.sanitized(reply.headers["location"] ?? "?", limit: 200)
                throw DeskError(.peerProtocol) { $0.taxiiRedirected(shown, status: reply.status, to: target) }
            }
            let message = value.flatMap(TaxiiResources.errorMessage)
            let said = message.map { TextChecks.sanitized($0.title + ($0.description.map { ": " + $0 } ?? ""), limit: 300) }
            throw DeskError(reply.status == 401 || reply.status == 403 ? .notPermitted : .peerProtocol) {
                $0.taxiiErrorStatus(shown, status: reply.status, said: said)
            }
        }
        guard let value else {
            let type = TextChecks.sanitized(reply.headers["content-type"] ?? "?", limit: 80)
            throw DeskError(.peerProtocol) { $0.taxiiNotJSON(shown, contentType: type) }
        }
        do {
            return try read(value)
        } catch {
            let field = error.path.description
            throw DeskError(.peerProtocol) { $0.taxiiUnexpected(shown, field: field, reason: $0.say(error.reason)) }
        }
    }
}
