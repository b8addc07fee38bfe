import CertDeskCore
import CertDeskStore
import Foundation

/// An input file (or standard input, `-`) read a chunk at a time, with a bound on how much it
/// may hold and a clear error when it cannot be read.
///
/// Tickets come from outside: a feed that never ends (`ingest - < /dev/zero`, a runaway
/// exporter) must be refused with a message, not grow the process until the machine swaps. A
/// regular file larger than the bound is refused before a byte is read; a stream (standard
/// input, a pipe, `<(zcat tickets.gz)`) once it has given more. The bound is the `max_input`
/// setting (`--max-input`, `CERTDESK_MAX_INPUT`, the configuration file; `defaultLimit`).
public final class InputFile {
    public struct Problem: Error, Sendable {
        public enum Kind: Sendable { case unreadable, tooLarge }
        public let kind: Kind
        public let reason: BilingualText
        public func message(_ language: InterfaceLanguage) -> String { reason.text(in: language) }
    }

    /// 256 MiB: a year of a region's tickets is a few tens of MiB; an array is held whole while
    /// it is decoded, so the bound also bounds the memory an ingest takes.
    public static let defaultLimit: Int64 = 256 << 20
    /// `defaultLimit` as the setting is written.
    public static let defaultLimitSetting = "256M"
    /// Read a MiB at a time.
    static let chunkSize = 1 << 20

    /// The path as given (`-` for standard input).
    public let path: String
    public let limit: Int64
    public private(set) var bytesRead: Int64 = 0
    private let descriptor: Int32
    private var ended = false

    /// Opens `path` for reading; a folder, a device or a socket is refused by name, and a
    /// regular file larger than `limit` before it is read.
    public init(_ path: String, limit: Int64 = InputFile.defaultLimit) throws(Problem) {
        self.path = path
        self.limit = limit
        if path == "-" {
            descriptor = STDIN_FILENO
            return
        }
        try Self.check(path)
        let opened = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
        guard opened >= 0 else { throw Self.unreadable(path, errno) }
        descriptor = opened
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int64(status.st_size) > limit {
            close(descriptor)
            throw Self.tooLarge(path, limit: limit)
        }
    }

    deinit {
        if descriptor != STDIN_FILENO { close(descriptor) }
    }

    /// The next chunk; nil once the file has ended.
    public func next() throws(Problem) -> [UInt8]? {
        guard !ended else { return nil }
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        var filled = 0
        // A pipe gives what its writer has written so far: fill the chunk unless the file ends.
        while filled < chunk.count {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Self.unreadable(path, errno)
            }
            if n == 0 { ended = true; break }
            filled += n
            bytesRead += Int64(n)
            if bytesRead > limit { throw Self.tooLarge(path, limit: limit) }
        }
        if filled == 0 { return nil }
        chunk.removeLast(chunk.count - filled)
        return chunk
    }

    /// The whole file at once, within the bound.
    public static func read(_ path: String, limit: Int64 = InputFile.defaultLimit) throws(Problem) -> [UInt8] {
        let file = try InputFile(path, limit: limit)
        var bytes: [UInt8] = []
        while let chunk = try file.next() { bytes += chunk }
        return bytes
    }

    /// Why `path` cannot be read, asked before the reading (the console asks at once, then
    /// reads off its loop). A named pipe is read like standard input; a device or socket is
    /// not a file of tickets (`/dev/zero` never ends, a terminal waits for typing).
    public static func check(_ path: String) throws(Problem) {
        guard path != "-" else { return }
        var status = stat()
        guard stat(path, &status) == 0 else { throw unreadable(path, errno) }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            throw Problem(kind: .unreadable, reason: BilingualText { $0.inputFile(shown(path), $0.inputIsAFolder) })
        case S_IFCHR, S_IFBLK:
            throw Problem(kind: .unreadable, reason: BilingualText { $0.inputFile(shown(path), $0.inputIsADevice) })
        case S_IFSOCK:
            throw Problem(kind: .unreadable, reason: BilingualText { $0.inputFile(shown(path), $0.inputIsASocket) })
        default:
            break
        }
        guard access(path, R_OK) == 0 else { throw unreadable(path, errno) }
    }

    /// How messages name an input: its path, or `<stdin>` for `-`.
    public static func shown(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    private static func unreadable(_ path: String, _ code: Int32) -> Problem {
        Problem(kind: .unreadable, reason: BilingualText { $0.inputFile(shown(path), SystemErrorText.describe(code).text(in: $0.language)) })
    }

    private static func tooLarge(_ path: String, limit: Int64) -> Problem {
        Problem(kind: .tooLarge, reason: BilingualText { $0.inputFile(shown(path), $0.inputTooLarge(ByteSize.shown(limit))) })
    }
}
