import CertDeskCore
import Foundation

/// The addresses of a TAXII 2.1 server (§4.1 discovery at `/taxii2/`, §5 an API root's
/// `collections/{id}/objects/`), as the officer typed them and as they are shown: without a
/// query, and never with a credential — an address carrying `user:password@` is refused, since
/// it would end up in the shell's history, the process list and the incidents' source.
enum TaxiiAddress {
    /// The discovery URL for what the officer typed: a server (`https://isac.example.gov.tw`,
    /// whose discovery is `/taxii2/`) or a discovery address itself.
    static func discovery(_ text: String) throws(DeskError) -> URL {
        let quoted = TextChecks.quoted(text)
        guard var parts = URLComponents(string: text), let scheme = parts.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = parts.host, !host.isEmpty else {
            throw DeskError(.usage) { $0.taxiiAddressForm(quoted) }
        }
        if parts.user != nil || parts.password != nil { throw DeskError(.usage) { $0.taxiiAddressWithCredential } }
        if parts.path.isEmpty || parts.path == "/" { parts.path = "/taxii2/" }
        if !parts.path.hasSuffix("/") { parts.path += "/" }
        parts.query = nil
        parts.fragment = nil
        guard let url = parts.url else { throw DeskError(.usage) { $0.taxiiAddressForm(quoted) } }
        return url
    }

    /// An API root named by the discovery resource or by `--api-root`: absolute, or relative to
    /// the discovery address; ending in `/` (§4.1.1: roots are URLs, conventionally with a slash).
    static func apiRoot(_ text: String, from discovery: URL) throws(DeskError) -> URL {
        guard var parts = URL(string: text, relativeTo: discovery).flatMap({ URLComponents(url: $0.absoluteURL, resolvingAgainstBaseURL: true) }),
              ["http", "https"].contains(parts.scheme?.lowercased() ?? "") else {
            throw DeskError(.peerProtocol) { $0.taxiiAddressForm(TextChecks.quoted(text)) }
        }
        if parts.user != nil || parts.password != nil { throw DeskError(.usage) { $0.taxiiAddressWithCredential } }
        if !parts.path.hasSuffix("/") { parts.path += "/" }
        parts.query = nil
        guard let url = parts.url else { throw DeskError(.peerProtocol) { $0.taxiiAddressForm(TextChecks.quoted(text)) } }
        return url
    }

    static func collections(_ root: URL) -> URL {
        root.appendingPathComponent("collections", isDirectory: true)
    }

    /// `collections/{id}/objects/`, with the query a pull sends (§5.4: `added_after`, `limit`, `next`).
    static func objects(_ root: URL, collection: String, query: [(String, String)] = []) -> URL {
        with(query, collections(root).appendingPathComponent(collection, isDirectory: true).appendingPathComponent("objects", isDirectory: true))
    }

    /// `base` with a query.
    static func with(_ query: [(String, String)], _ base: URL) -> URL {
        guard !query.isEmpty, var parts = URLComponents(url: base, resolvingAgainstBaseURL: true) else { return base }
        parts.queryItems = query.map { URLQueryItem(name: $0.0, value: $0.1) }
        // `+` in a time offset would read as a space on the server.
        parts.percentEncodedQuery = parts.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        return parts.url ?? base
    }

    static func status(_ root: URL, id: String) -> URL {
        root.appendingPathComponent("status", isDirectory: true).appendingPathComponent(id, isDirectory: true)
    }

    /// The address as messages and the incidents' source show it: scheme, host, port and path.
    static func shown(_ url: URL) -> String {
        guard var parts = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return "?" }
        parts.query = nil
        parts.user = nil
        parts.password = nil
        return parts.string ?? "?"
    }
}
