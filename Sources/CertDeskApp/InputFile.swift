import CertDeskCore
import Foundation

/// Reads a whole input file (or standard input, `-`) with a clear error when it cannot.
public enum InputFile {
    public struct Problem: Error, Sendable {
        public let reason: BilingualText
        public func message(_ language: InterfaceLanguage) -> String { reason.text(in: language) }
    }

    public static func read(_ path: String) throws(Problem) -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        try check(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problem(reason: BilingualText { $0.inputFile(path, $0.inputUnreadable) })
        }
        return Array(data)
    }

    /// Why `path` cannot be read, asked before the reading (the console asks at once, then
    /// reads off its loop).
    public static func check(_ path: String) throws(Problem) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Problem(reason: BilingualText { $0.inputFile(path, $0.describe(.noSuchFile)) })
        }
        guard !isDirectory.boolValue else {
            throw Problem(reason: BilingualText { $0.inputFile(path, $0.inputIsAFolder) })
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw Problem(reason: BilingualText { $0.inputFile(path, $0.inputUnreadable) })
        }
    }
}
