import Foundation

/// A TAXII 2.1 server on loopback (`Tests/Peers/taxii-peer.py`): the OASIS reference server,
/// medallion, or one that hangs or answers a web page; and the requests it was sent.
final class TaxiiPeer {
    enum Mode: String {
        case taxii, silent, garbage
    }

    static let collection = "91a7b528-80eb-42ed-a74d-c6fbd5a26116"
    static let user = "tcn-cert"
    static let password = "Isac-pw-7731"

    let process: Process
    let port: Int
    let log: URL

    init(folder: URL, mode: Mode = .taxii, pageSize: Int = 10, readOnly: Bool = false) throws {
        log = folder.appendingPathComponent("taxii-requests-\(UUID().uuidString).log")
        var arguments = ["--mode", mode.rawValue, "--folder", folder.path, "--log", log.path, "--page-size", String(pageSize),
                         "--user", Self.user, "--password", Self.password, "--collection", Self.collection]
        if readOnly { arguments.append("--read-only") }
        (process, port) = try PeerProcess.start(script: "taxii-peer.py", arguments: arguments, what: "medallion")
    }

    deinit { PeerProcess.stop(process) }

    var url: String { "http://127.0.0.1:\(port)/" }

    /// The environment that signs in to it.
    static let account = ["CERTDESK_TAXII_USER": user, "CERTDESK_TAXII_PASSWORD": password]

    /// Each request as `METHOD /path?query STATUS`.
    var requests: [String] {
        ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }
}
