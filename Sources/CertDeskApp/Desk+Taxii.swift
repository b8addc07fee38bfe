import CertDeskCore
import CertDeskStore
import Foundation

/// What a TAXII pull came to.
public struct TaxiiPullOutcome: Sendable {
    /// The collection's objects address, as the incidents' source names it.
    public let collection: String
    public let pages: Int
    public let objects: Int
    public let ingest: IngestOutcome
    /// Where the next pull starts (`added_after`), when the server said.
    public let bookmark: String?
    /// Where this pull started.
    public let startedAfter: String?
}

/// What a TAXII push came to: the server's status resource (§4.3).
public struct TaxiiPushOutcome: Sendable {
    public let collection: String
    public let sent: Int
    /// Objects the collection already held at the same version, not sent again.
    public let unchanged: Int
    public let status: TaxiiResources.Status
}

extension Desk {
    /// `certdesk taxii pull`: every object added to the collection since the bookmark, page by
    /// page (`next`, §3.4), ingested as one STIX bundle in one transaction; then the bookmark
    /// moves to the server's last `X-TAXII-Date-Added-Last`. A pull that fails anywhere — the
    /// server down, slow, answering garbage or an error, a malformed object — writes nothing
    /// and keeps the bookmark, so the next pull asks again.
    public func pullTaxii(server: String, apiRoot: String?, collection: String, settings: TaxiiSettings, pageSize: Int = 100,
                          progress: ((_ pages: Int, _ objects: Int) -> Void)? = nil) throws(DeskError) -> TaxiiPullOutcome {
        let client = TaxiiClient(connection: TaxiiConnection(settings))
        let place = try client.place(discovery: try TaxiiAddress.discovery(server), apiRoot: apiRoot, collection: collection)
        guard place.collection.canRead else { throw DeskError(.refused) { $0.taxiiCannotRead(place.label) } }
        let root = place.apiRoot.absoluteString
        let startedAfter = try read { store throws(StoreError) in try store.exchangeBookmark(apiRoot: root, collection: collection) }
        var objects: [JSONValue] = []
        var pages = 0
        var next: String?
        var bookmark = startedAfter
        repeat {
            let page = try client.page(place, addedAfter: startedAfter, next: next, limit: pageSize)
            pages += 1
            objects += page.envelope.objects
            if let last = page.addedLast, bookmark.map({ Self.isLater(last, than: $0) }) ?? true { bookmark = last }
            next = page.envelope.more ? page.envelope.next : nil
            progress?(pages, objects.count)
            if objects.count > Self.pullObjectLimit {
                throw DeskError(.peerProtocol) { $0.taxiiTooManyObjects(place.label, limit: Self.pullObjectLimit) }
            }
        } while next != nil
        var outcome = IngestOutcome(ingested: 0, duplicates: 0, remarks: [], emptiness: nil)
        if !objects.isEmpty {
            let bundle: JSONValue = ["type": "bundle", "id": .string("bundle--" + UUID().uuidString.lowercased()), "objects": .array(objects)]
            let batch: IngestBatch
            do {
                batch = try StixBundleDecoder(now: clock.now, fileLabel: place.label).decode(bundle, at: JSONPath())
            } catch {
                throw DeskError(.badInput, BilingualText { words in
                    words.taxiiObjectRefused(place.label, field: error.path.description, reason: words.say(error.reason))
                })
            }
            outcome = try ingest(batch)
        }
        if let bookmark, bookmark != startedAfter {
            try storing { () throws(StoreError) in
                try store.setExchangeBookmark(apiRoot: root, collection: collection, addedAfter: bookmark, at: clock.now)
            }
        }
        return TaxiiPullOutcome(collection: place.label, pages: pages, objects: objects.count, ingest: outcome,
                                bookmark: bookmark, startedAfter: startedAfter)
    }

    /// `certdesk taxii push`: the incidents' STIX bundle (as `export stix` makes it, the same ids
    /// each time, so the server keeps one version of each object) added to the collection.
    public func pushTaxii(server: String, apiRoot: String?, collection: String, incidents: [String], tlp: TrafficLightProtocol?,
                          settings: TaxiiSettings) throws(DeskError) -> TaxiiPushOutcome {
        // The bundle first: an unknown incident is refused before the network is touched.
        let bundle = try stixBundle(incidents, since: nil, tlp: tlp)
        // Extension definitions travel apart, as OASIS publishes the Incident Core Extension's:
        // a collection holds the objects that use them. (The reference server also takes an
        // extension definition's own `version` property for a manifest time, and then cannot
        // serve the collection at all.)
        let objects = (bundle.objectValue?["objects"]?.arrayValue ?? []).filter { $0["type"]?.stringValue != "extension-definition" }
        let client = TaxiiClient(connection: TaxiiConnection(settings))
        let place = try client.place(discovery: try TaxiiAddress.discovery(server), apiRoot: apiRoot, collection: collection)
        guard place.collection.canWrite else { throw DeskError(.refused) { $0.taxiiCannotWrite(place.label) } }
        // What the collection already holds at the same version is not sent again: the CERT's
        // identity, the markings, an incident unchanged since the last push.
        let held = try client.held(place, ids: objects.compactMap { $0["id"]?.stringValue })
        let fresh = objects.filter { object in
            guard let id = object["id"]?.stringValue, let versions = held[id] else { return true }
            let version = TaxiiResources.version(of: object)
            return version != nil && !versions.contains(version)
        }
        let status = fresh.isEmpty ? TaxiiResources.Status(id: "", complete: true, successes: 0, failures: [], pending: 0)
            : try client.add(place, objects: fresh)
        return TaxiiPushOutcome(collection: place.label, sent: fresh.count, unchanged: objects.count - fresh.count, status: status)
    }

    /// More objects than one pull takes into one transaction: a collection this large is pulled
    /// from a nearer bookmark, or its server is not behaving.
    static let pullObjectLimit = 200_000

    /// RFC 3339 times in UTC compared as instants (the server's precision may differ between
    /// headers); a time that does not parse is never later.
    static func isLater(_ a: String, than b: String) -> Bool {
        guard let x = try? ISO8601.parse(a) else { return false }
        guard let y = try? ISO8601.parse(b) else { return true }
        return x > y || (x == y && a > b)
    }
}
