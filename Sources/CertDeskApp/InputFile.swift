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
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Problem(reason: BilingualText(en: "\(path): no such file", zh: "\(path)：檔案不存在"))
        }
        guard !isDirectory.boolValue else {
            throw Problem(reason: BilingualText(en: "\(path): is a folder, not a file", zh: "\(path)：這是資料夾，不是檔案"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problem(reason: BilingualText(en: "\(path): cannot be read (permissions?)", zh: "\(path)：無法讀取（權限？）"))
        }
        return Array(data)
    }
}
