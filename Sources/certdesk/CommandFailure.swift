import ArgumentParser
import CertDeskApp
import CertDeskCore
import CertDeskStore
import CertDeskUI
import Foundation

/// A failure the officer can act on: a message on stderr and a sysexits(3) status.
struct CommandFailure: Error {
    enum Status: Int32 {
        case failure = 1
        case usage = 64
        /// Bad input data: a malformed file, an unknown incident, a refused change.
        case dataError = 65
        case noInput = 66
        /// The console cannot start here (no terminal, or one terminfo does not know); a TAXII
        /// server cannot be reached or did not answer in time (EX_UNAVAILABLE).
        case unavailable = 69
        case cannotCreate = 73
        /// A file could not be written: the disk is full or a file-size limit was reached, for
        /// the desk's database and the evidence vault alike (EX_IOERR).
        case ioError = 74
        /// Another process kept the desk busy for longer than certdesk waits (EX_TEMPFAIL: run it again).
        case tryAgain = 75
        /// A TAXII server answered outside its protocol: an error status, not TAXII JSON (EX_PROTOCOL).
        case protocolError = 76
        /// A TAXII server refused the account (EX_NOPERM).
        case noPermission = 77
    }

    let status: Status
    let message: String

    init(_ status: Status, _ message: String) {
        self.status = status
        self.message = message
    }

    /// The desk's failure as the command line reports it; an override that would lift a refusal
    /// is named by its option.
    init(_ error: DeskError, language: InterfaceLanguage) {
        switch error.kind {
        case .usage: status = .usage
        case .refused, .badInput: status = .dataError
        case .missingInput: status = .noInput
        case .unusableDatabase: status = .cannotCreate
        case .vault, .writeFailed: status = .ioError
        case .inconsistent, .cancelled: status = .failure
        case .peerUnavailable: status = .unavailable
        case .busy: status = .tryAgain
        case .peerProtocol: status = .protocolError
        case .notPermitted: status = .noPermission
        }
        message = error.message(language) + (error.needsOverride ? language.words.overrideOption : "")
    }
}

extension ParsableCommand {
    /// Runs `body`, printing a `CommandFailure` as `certdesk: message` and exiting with its status.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            Output.error(failure.message)
            throw ExitCode(failure.status.rawValue)
        }
    }
}

enum Output {
    static func line(_ text: String) {
        print(text)
    }

    /// Text with no line end (a JSON array printed an element at a time).
    static func text(_ text: String) {
        print(text, terminator: "")
    }

    /// Messages may quote what a file said; they are neutralised like anything else shown.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("certdesk: " + SafeText.singleLine(text) + "\n").utf8))
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data((SafeText.singleLine(text) + "\n").utf8))
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
