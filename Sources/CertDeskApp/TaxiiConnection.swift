import CertDeskCore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// HTTP to one TAXII server, through Foundation's URLSession: it ships with Swift itself (on
/// Linux over libcurl, with the system's certificate store for HTTPS), so the desk takes on no
/// event loop and no extra build for a handful of requests a pull makes; async-http-client would
/// bring SwiftNIO's HTTP stack for the same few requests.
///
/// The rules a desk that handles legal records needs from its HTTP: every request has a
/// deadline; a reply larger than `replyLimit` is cut off, not buffered; redirects are not
/// followed (the credential would follow them to wherever they point); the credential goes only
/// over HTTPS, or over HTTP to this machine (a local relay, the tests' server).
struct TaxiiConnection: Sendable {
    struct Reply: Sendable {
        let status: Int
        /// Header names in lower case.
        let headers: [String: String]
        let body: [UInt8]
    }

    /// What a page of objects may weigh: a server that sends more is answering something else.
    static let replyLimit = 64 << 20

    let user: String?
    let password: String?
    let timeoutSeconds: Int

    init(_ settings: TaxiiSettings) {
        user = settings.user
        password = settings.password
        timeoutSeconds = settings.timeoutSeconds
    }

    /// Whether the credential may travel to `url`.
    static func mayCarryCredential(to url: URL) -> Bool {
        if url.scheme?.lowercased() == "https" { return true }
        return ["127.0.0.1", "::1", "[::1]", "localhost"].contains(url.host?.lowercased() ?? "")
    }

    func get(_ url: URL) throws(DeskError) -> Reply {
        try send(url, method: "GET", body: nil)
    }

    func post(_ url: URL, body: [UInt8]) throws(DeskError) -> Reply {
        try send(url, method: "POST", body: body)
    }

    private func send(_ url: URL, method: String, body: [UInt8]?) throws(DeskError) -> Reply {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: TimeInterval(timeoutSeconds))
        request.httpMethod = method
        request.setValue(TaxiiResources.mediaType, forHTTPHeaderField: "Accept")
        request.setValue("certdesk/\(CertDeskVersion.text)", forHTTPHeaderField: "User-Agent")
        if let body {
            request.httpBody = Data(body)
            request.setValue(TaxiiResources.mediaType, forHTTPHeaderField: "Content-Type")
        }
        let shown = TaxiiAddress.shown(url)
        if let user {
            guard Self.mayCarryCredential(to: url) else { throw DeskError(.usage) { $0.taxiiCredentialOverHTTP(shown) } }
            let token = Data((user + ":" + (password ?? "")).utf8).base64EncodedString()
            request.setValue("Basic " + token, forHTTPHeaderField: "Authorization")
        }
        let exchange = HTTPExchange(limit: Self.replyLimit)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = TimeInterval(timeoutSeconds)
        configuration.timeoutIntervalForResource = TimeInterval(timeoutSeconds)
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        let session = URLSession(configuration: configuration, delegate: exchange, delegateQueue: nil)
        session.dataTask(with: request).resume()
        // The whole request is bounded by the same deadline, whatever the transfer does.
        let finished = exchange.done.wait(timeout: .now() + .seconds(timeoutSeconds + 2))
        session.invalidateAndCancel()
        guard finished == .success else { throw DeskError(.peerUnavailable) { $0.taxiiTimedOut(shown, seconds: timeoutSeconds) } }
        let outcome = exchange.outcome()
        if outcome.tooLarge { throw DeskError(.peerProtocol) { $0.taxiiReplyTooLarge(shown, limit: Self.replyLimit) } }
        // The server asked for an account (again): the one sent, if any, was refused.
        if outcome.challenged { return Reply(status: 401, headers: [:], body: []) }
        if let failure = outcome.failure {
            let code = (failure as? URLError)?.code
            if code == .timedOut { throw DeskError(.peerUnavailable) { $0.taxiiTimedOut(shown, seconds: timeoutSeconds) } }
            let reason = (failure as NSError).localizedDescription
            throw DeskError(.peerUnavailable) { $0.taxiiUnreachable(shown, reason: reason) }
        }
        guard let response = outcome.response else { throw DeskError(.peerProtocol) { $0.taxiiNotHTTP(shown) } }
        var headers: [String: String] = [:]
        for (name, value) in response.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return Reply(status: response.statusCode, headers: headers, body: outcome.body)
    }
}

/// One request's delegate: collects the reply up to a limit and refuses redirects.
private final class HTTPExchange: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    private let limit: Int
    private let lock = NSLock()
    private var body: [UInt8] = []
    private var response: HTTPURLResponse?
    private var failure: (any Error)?
    private var tooLarge = false
    private var challenged = false

    init(limit: Int) {
        self.limit = limit
    }

    func outcome() -> (response: HTTPURLResponse?, body: [UInt8], failure: (any Error)?, tooLarge: Bool, challenged: Bool) {
        lock.lock()
        defer { lock.unlock() }
        return (response, body, failure, tooLarge, challenged)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        lock.lock()
        self.response = response as? HTTPURLResponse
        lock.unlock()
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        if body.count + data.count > limit {
            tooLarge = true
            lock.unlock()
            dataTask.cancel()
            return
        }
        body.append(contentsOf: data)
        lock.unlock()
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        lock.lock()
        self.response = response
        lock.unlock()
        completionHandler(nil)
    }

    /// The account goes in the request's own header, once: a challenge (a 401 with
    /// `WWW-Authenticate`) means the server refused it, and is not answered again.
    func urlSession(_ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        lock.lock()
        challenged = true
        lock.unlock()
        completionHandler(.cancelAuthenticationChallenge, nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.lock()
        if let error, !tooLarge { failure = error }
        if response == nil { response = task.response as? HTTPURLResponse }
        lock.unlock()
        done.signal()
    }
}
