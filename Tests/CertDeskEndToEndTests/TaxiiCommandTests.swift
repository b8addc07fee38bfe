import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `certdesk taxii push` and `pull` against the OASIS reference server (medallion) on loopback:
/// the demo desk's incidents pushed, then pulled page by page into an empty desk with the same
/// incidents; the bookmark kept per collection; the account never in the journal; and a server
/// that is down, hangs, answers a web page or an error leaves the desk as it was.
@Suite("certdesk taxii", .serialized)
struct TaxiiCommandTests {
    static let ids = (1...14).map { "TCN-2026-" + String(format: "%04d", $0) }

    func pull(_ cli: CLIRunner, _ peer: TaxiiPeer, extra: [String] = [], environment: [String: String] = TaxiiPeer.account) throws -> CLIRunner.Result {
        try cli.run(["taxii", "pull", peer.url, "--collection", TaxiiPeer.collection] + extra, environment: environment)
    }

    @Test func pushedIncidentsPullBackIntoAnEmptyDeskPageByPage() throws {
        let origin = CLIRunner(), receiver = CLIRunner()
        defer { origin.remove(); receiver.remove() }
        let peer = try TaxiiPeer(folder: origin.folder, pageSize: 7)
        #expect(try origin.run(["demo"]).status == 0)
        let pushed = try origin.run(["taxii", "push", peer.url, "--collection", TaxiiPeer.collection] + Self.ids, environment: TaxiiPeer.account)
        #expect(pushed.status == 0, "\(pushed.stderr)")
        let sent = try #require(Int(pushed.stdout.split(separator: " ")[1]), "\(pushed.stdout)")
        #expect(pushed.stdout.contains("accepted \(sent), refused 0, pending 0"), "\(pushed.stdout)")

        let pulled = try pull(receiver, peer)
        #expect(pulled.status == 0, "\(pulled.stderr)")
        let pages = (sent + 6) / 7
        #expect(pulled.stdout.contains("pulled \(sent) objects in \(pages) pages"), "\(pulled.stdout)")
        #expect(pulled.stdout.contains("ingested 14 incidents, 0 already on the desk"), "\(pulled.stdout)")
        #expect(try ExportCommandTests.facts(receiver) == ExportCommandTests.facts(origin, only: Self.ids))
        // The discovery, the API root, the collections, then the pages: the first with a limit,
        // the rest by `next` with the same filters (TAXII 2.1 §3.4).
        let gets = peer.requests.filter { $0.hasPrefix("GET /isac/collections/\(TaxiiPeer.collection)/objects/") }
        #expect(gets.count == pages, "\(peer.requests)")
        #expect(gets.dropFirst().allSatisfy { $0.contains("next=") }, "\(gets)")
        #expect(peer.requests.prefix(3).map { String($0.split(separator: " ")[1].split(separator: "?")[0]) } == ["/taxii2/", "/isac/", "/isac/collections/"])

        // The account is in no row of the journal or the projections, nor is the source's address given with it.
        #expect(!(try receiver.dump()).contains(TaxiiPeer.password))
        #expect(!(try receiver.dump()).contains(TaxiiPeer.user + ":"))
    }

    @Test func theBookmarkBringsOnlyWhatWasAddedSinceTheLastPull() throws {
        let origin = CLIRunner(), receiver = CLIRunner()
        defer { origin.remove(); receiver.remove() }
        let peer = try TaxiiPeer(folder: origin.folder)
        #expect(try origin.run(["demo"]).status == 0)
        #expect(try origin.run(["taxii", "push", peer.url, "--collection", TaxiiPeer.collection, "TCN-2026-0001"], environment: TaxiiPeer.account).status == 0)
        // Pushed again unchanged: the collection holds every object at that version already.
        let repeated = try origin.run(["taxii", "push", peer.url, "--collection", TaxiiPeer.collection, "TCN-2026-0001"], environment: TaxiiPeer.account)
        #expect(repeated.status == 0, "\(repeated.stderr)")
        #expect(repeated.stdout.hasPrefix("pushed 0 objects") && repeated.stdout.contains("already there at the same version"), "\(repeated.stdout)")
        #expect(peer.requests.filter { $0.hasPrefix("POST") }.count == 1)
        let first = try pull(receiver, peer)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("ingested 1 incident,"), "\(first.stdout)")
        let bookmark = try #require(first.stdout.split(separator: "\n").last.map { String($0.split(separator: " ").last ?? "") })
        #expect(bookmark.hasSuffix("Z") && bookmark.count >= 20, "\(first.stdout)")

        // Nothing new: one request, after the bookmark, and nothing recorded.
        let before = try receiver.dump()
        let again = try pull(receiver, peer)
        #expect(again.status == 0)
        #expect(again.stdout.contains("pulled 0 objects in 1 page"), "\(again.stdout)")
        #expect(peer.requests.last?.contains("added_after=" + bookmark) == true, "\(peer.requests)")
        #expect(try receiver.dump() == before)

        // Another incident pushed: only its objects come, and the bookmark moves on.
        #expect(try origin.run(["taxii", "push", peer.url, "--collection", TaxiiPeer.collection, "TCN-2026-0003"], environment: TaxiiPeer.account).status == 0)
        let third = try pull(receiver, peer)
        #expect(third.status == 0)
        #expect(third.stdout.contains("ingested 1 incident, 0 already"), "\(third.stdout)")
        #expect(!third.stdout.contains(bookmark), "\(third.stdout)")
        #expect(try receiver.listJSON(["--all"]).count == 2)
    }

    @Test func aFailingServerLeavesTheDeskAsItWas() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["demo"]).status == 0)
        let before = try cli.dump()
        func expectUnchanged(_ result: CLIRunner.Result, status: Int32, saying: String, _ what: String) throws {
            #expect(result.status == status, "\(what): exit \(result.status) \(result.stderr)")
            #expect(result.stderr.contains(saying), "\(what): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(what): \(result.stdout)")
            #expect(try cli.dump() == before, "\(what) changed the desk")
        }

        // Down: nothing listens on the port.
        let gone = try TaxiiPeer(folder: cli.folder)
        let url = gone.url
        PeerProcess.stop(gone.process)
        let down = try cli.run(["taxii", "pull", url, "--collection", TaxiiPeer.collection], environment: TaxiiPeer.account)
        try expectUnchanged(down, status: 69, saying: "cannot be reached", "a server that is down")

        // Slow: it accepts and never answers; the timeout ends the wait.
        let silent = try TaxiiPeer(folder: cli.folder, mode: .silent)
        let started = Date()
        let slow = try pull(cli, silent, environment: TaxiiPeer.account.merging(["CERTDESK_TAXII_TIMEOUT": "2"]) { $1 })
        #expect(Date().timeIntervalSince(started) < 15)
        try expectUnchanged(slow, status: 69, saying: "did not answer within 2 s", "a server that hangs")

        // Garbage: a web page where TAXII was expected.
        let page = try TaxiiPeer(folder: cli.folder, mode: .garbage)
        try expectUnchanged(try pull(cli, page), status: 76, saying: "did not answer TAXII JSON (content type text/html", "a web page")

        // Error statuses: a refused account, an API root that is not there.
        let server = try TaxiiPeer(folder: cli.folder)
        let refused = try pull(cli, server, environment: ["CERTDESK_TAXII_USER": TaxiiPeer.user, "CERTDESK_TAXII_PASSWORD": "wrong"])
        try expectUnchanged(refused, status: 77, saying: "answered HTTP 401", "a refused account")
        #expect(!refused.stderr.contains("wrong"))
        let missing = try pull(cli, server, extra: ["--api-root", "/nowhere/"])
        try expectUnchanged(missing, status: 76, saying: "answered HTTP 404", "an unknown API root")
        let noCollection = try cli.run(["taxii", "pull", server.url, "--collection", "c0ffee"], environment: TaxiiPeer.account)
        try expectUnchanged(noCollection, status: 65, saying: TaxiiPeer.collection, "an unknown collection")

        // A collection that cannot be written refuses a push before anything is sent.
        let readOnly = try TaxiiPeer(folder: cli.folder, readOnly: true)
        let push = try cli.run(["taxii", "push", readOnly.url, "--collection", TaxiiPeer.collection, "TCN-2026-0001"], environment: TaxiiPeer.account)
        try expectUnchanged(push, status: 65, saying: "can_write is false", "a read-only collection")
        #expect(!readOnly.requests.contains { $0.hasPrefix("POST") })
    }

    @Test func anObjectTheDeskRefusesWritesNothingAndKeepsTheBookmark() throws {
        let origin = CLIRunner(), receiver = CLIRunner()
        defer { origin.remove(); receiver.remove() }
        let peer = try TaxiiPeer(folder: origin.folder)
        // Another sender's incident whose criticality is outside 0–100: the server keeps it, the desk refuses it.
        let bad = """
            {"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[{"type":"incident","spec_version":"2.1",
            "id":"incident--1ad2b7a4-2b1f-4a0b-9b11-0a3c2f1e0d55","created":"2026-03-02T01:00:00.000Z","modified":"2026-03-02T01:00:00.000Z",
            "name":"惡意程式","extensions":{"extension-definition--ef765651-680c-498d-9894-99799f2fa126":{"extension_type":"property-extension",
            "determination":"suspected","investigation_status":"new","criticality":250}}}]}
            """
        let objects = try #require((try JSONSerialization.jsonObject(with: Data(bad.utf8)) as? [String: Any])?["objects"])
        let body = try JSONSerialization.data(withJSONObject: ["objects": objects])
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(peer.port)/isac/collections/\(TaxiiPeer.collection)/objects/")!)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue("application/taxii+json;version=2.1", forHTTPHeaderField: "Content-Type")
        request.setValue("application/taxii+json;version=2.1", forHTTPHeaderField: "Accept")
        request.setValue("Basic " + Data("\(TaxiiPeer.user):\(TaxiiPeer.password)".utf8).base64EncodedString(), forHTTPHeaderField: "Authorization")
        let posted = try TaxiiPeer.send(request)
        #expect(posted == 202, "the server took the object: \(posted)")
        #expect(try receiver.run(["list", "--create"]).status == 0)
        let before = try receiver.dump()
        let pulled = try pull(receiver, peer)
        #expect(pulled.status == 65, "\(pulled.stdout)\(pulled.stderr)")
        #expect(pulled.stderr.contains("criticality"), "\(pulled.stderr)")
        #expect(pulled.stderr.contains("the bookmark stays"), "\(pulled.stderr)")
        #expect(try receiver.dump() == before)
    }

    @Test func anAddressWithItsAccountOrPlainHTTPElsewhereIsRefused() throws {
        let cli = CLIRunner()
        defer { cli.remove() }
        let inline = try cli.run(["taxii", "pull", "http://tcn:secret@127.0.0.1:9/", "--collection", "x"], environment: TaxiiPeer.account)
        #expect(inline.status == 64)
        #expect(inline.stderr.contains("CERTDESK_TAXII_USER"))
        #expect(!inline.stderr.contains("secret"))
        let plain = try cli.run(["taxii", "pull", "http://isac.example/", "--collection", "x"], environment: TaxiiPeer.account)
        #expect(plain.status == 64)
        #expect(plain.stderr.contains("HTTPS only"), "\(plain.stderr)")
        let notURL = try cli.run(["taxii", "pull", "isac", "--collection", "x"])
        #expect(notURL.status == 64)
        #expect(notURL.stderr.contains("not a TAXII server address"), "\(notURL.stderr)")
    }
}

extension TaxiiPeer {
    /// Sends a request straight to the server (as another sender would); its status.
    static func send(_ request: URLRequest) throws -> Int {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var status = 0
        URLSession.shared.dataTask(with: request) { _, response, _ in
            status = (response as? HTTPURLResponse)?.statusCode ?? 0
            done.signal()
        }.resume()
        _ = done.wait(timeout: .now() + 10)
        return status
    }
}
