import Foundation

/// The committed seed inputs of one target (`Tests/Fuzz/corpus/<target>/`): real files a reader
/// takes, and a few it must refuse, for mutations to start from.
public struct SeedCorpus: Sendable {
    public let files: [(name: String, bytes: [UInt8])]

    public init(files: [(name: String, bytes: [UInt8])]) {
        self.files = files
    }

    /// Every regular file in `folder`, by name (so that a seeded run is the same on every machine).
    public init(folder: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        files = try names.compactMap { name in
            let url = folder.appendingPathComponent(name)
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { return nil }
            return (name, Array(try Data(contentsOf: url)))
        }
    }

    public var inputs: [[UInt8]] { files.map(\.bytes) }

    /// The words the seeds spell (keys such as `due_within`, values such as `ransomware`),
    /// most frequent first: byte mutations alone would take millions of tries to spell one.
    public func words(limit: Int = 400) -> [[UInt8]] {
        var counts: [[UInt8]: Int] = [:]
        for file in files {
            for word in file.bytes.split(whereSeparator: { !Self.isWordByte($0) }) where (3...40).contains(word.count) {
                counts[Array(word), default: 0] += 1
            }
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.lexicographicallyPrecedes($1.key) }
        return ranked.prefix(limit).map(\.key)
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "_"), UInt8(ascii: "-"): return true
        default: return false
        }
    }
}
