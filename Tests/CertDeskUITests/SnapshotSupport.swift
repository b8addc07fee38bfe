import CertDeskUI
import Foundation
import Testing

/// Screen snapshots: the text and the style roles of a rendered screen, compared with files in
/// `Snapshots/`. A missing file is written and the test fails, so a new snapshot is always
/// looked at once; `CERTDESK_RECORD_SNAPSHOTS=1` rewrites them all after a deliberate change.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func check(_ screen: Screen, named name: String, styles: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = screen.snapshot + "\n"
        let style = screen.styleRows.joined(separator: "\n") + "\n"
        compare(text, file: name + ".txt", sourceLocation: sourceLocation)
        if styles { compare(style, file: name + ".style.txt", sourceLocation: sourceLocation) }
    }

    static func compare(_ actual: String, file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(file)
        let record = ProcessInfo.processInfo.environment["CERTDESK_RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            if !record { Issue.record("recorded a new snapshot \(file); look at it and run again", sourceLocation: sourceLocation) }
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
            Issue.record("""
                snapshot \(file) differs at line \(line + 1):
                expected: \(line < e.count ? String(e[line]) : "(end)")
                actual:   \(line < a.count ? String(a[line]) : "(end)")
                """, sourceLocation: sourceLocation)
        }
    }
}
