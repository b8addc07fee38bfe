import CertDeskCore
import CertDeskStore

/// Why the desk could not do what was asked: what kind of failure (the command line turns it
/// into an exit status, the console into a line on the status bar) and the reason in both
/// interface languages.
public struct DeskError: Error, Sendable {
    public enum Kind: Sendable, Equatable {
        /// The request itself is malformed (an unknown region, a bad time).
        case usage
        /// The desk checked the command and refused it (unknown incident, a clock already met…).
        case refused
        /// An input file's contents are wrong (a malformed ticket, a broken policy).
        case badInput
        /// An input file is missing, a folder or unreadable; or there is no desk where one was named.
        case missingInput
        /// The database cannot be created, opened or written.
        case unusableDatabase
        /// The evidence vault cannot be written (disk full, permissions).
        case vault
        /// The stored journal or projections do not hold together.
        case inconsistent
        /// Another system (a TAXII server) cannot be reached, or did not answer in time.
        case peerUnavailable
        /// Another process kept the desk busy for longer than the store waits; nothing was
        /// written, and the same command may be run again.
        case busy
        /// The system refused to write the desk's file (the disk is full, a file-size limit was
        /// reached); nothing of the command was recorded.
        case writeFailed
        /// The officer stopped long work (a copy, an ingest); nothing of it was kept.
        case cancelled
        /// Another system refused the desk's account (HTTP 401 or 403); or this account may not
        /// do it here: a desk whose files others could write is refused, and a desk this
        /// account may only read cannot be recorded on.
        case notPermitted
        /// Another system answered, but not as its protocol says (an error status, a page that
        /// is not TAXII, a redirect).
        case peerProtocol
    }

    public let kind: Kind
    public let reason: BilingualText
    /// Set for a refusal an override would lift (`Refusal.Kind.needsOverride`).
    public let needsOverride: Bool

    public init(_ kind: Kind, _ reason: BilingualText, needsOverride: Bool = false) {
        self.kind = kind
        self.reason = reason
        self.needsOverride = needsOverride
    }

    public init(_ kind: Kind, _ say: (any Words) -> String) {
        self.init(kind, BilingualText(say))
    }

    public func message(_ language: InterfaceLanguage) -> String { reason.text(in: language) }

    init(_ error: StoreError) {
        switch error {
        case .refused(let refusal):
            self.init(.refused, refusal.reason, needsOverride: refusal.kind == .needsOverride)
        case .unusable:
            self.init(.unusableDatabase, BilingualText(rendering: error.message))
        case .inconsistent:
            self.init(.inconsistent, BilingualText(rendering: error.message))
        case .cancelled:
            self.init(.cancelled, BilingualText(rendering: error.message))
        case .busy:
            self.init(.busy, BilingualText(rendering: error.message))
        case .notWritten:
            self.init(.writeFailed, BilingualText(rendering: error.message))
        case .unsafePermissions, .readOnly:
            self.init(.notPermitted, BilingualText(rendering: error.message))
        }
    }

    /// An input that cannot be read is missing input; one larger than the bound is refused input.
    public init(_ problem: InputFile.Problem) {
        self.init(problem.kind == .tooLarge ? .badInput : .missingInput, problem.reason)
    }

    init(_ error: EvidenceVaultError) {
        if case .cancelled = error {
            self.init(.cancelled, BilingualText(rendering: error.message))
        } else {
            self.init(error.isSourceProblem ? .missingInput : .vault, BilingualText(rendering: error.message))
        }
    }

    /// What a vault step that records in the journal threw (publish, withdraw, tidy): the
    /// desk's own refusal as it is, the vault's failure as a vault error.
    init(vaultStep error: any Error) {
        switch error {
        case let error as DeskError: self = error
        case let error as EvidenceVaultError: self.init(.vault, BilingualText(rendering: error.message))
        default: self.init(.vault, BilingualText(verbatim: "\(error)"))
        }
    }
}

/// Runs a store call, turning its error into a `DeskError`.
func storing<T>(_ body: () throws(StoreError) -> T) throws(DeskError) -> T {
    do {
        return try body()
    } catch {
        throw DeskError(error)
    }
}
