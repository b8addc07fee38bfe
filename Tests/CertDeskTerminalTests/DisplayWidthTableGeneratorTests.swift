import Foundation
import Testing

/// The committed width table is what `tools/display-width-table.c` writes on this machine's
/// glibc, byte for byte: the generator in the repository is the one that made the table, and a
/// glibc upgrade that changes a width shows here as a diff to regenerate (`make width-table`).
@Suite("DisplayWidthTableGenerator")
struct DisplayWidthTableGeneratorTests {
    @Test func theGeneratorWritesTheCommittedTable() throws {
        // #filePath = <root>/Tests/CertDeskTerminalTests/DisplayWidthTableGeneratorTests.swift
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let source = root.appendingPathComponent("tools/display-width-table.c")
        let committed = try Data(contentsOf: root.appendingPathComponent("Sources/CertDeskUI/Screen/DisplayWidthTable.swift"))
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("certdesk-width-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let program = scratch.appendingPathComponent("display-width-table")

        // The Swift toolchain always brings clang; cc is only there when a C compiler was installed.
        let compile = try run("/usr/bin/env", ["clang", "-O2", "-o", program.path, source.path])
        try #require(compile.status == 0, "clang failed: \(String(decoding: compile.errors, as: UTF8.self))")
        let generated = try run(program.path, [])
        try #require(generated.status == 0, "\(String(decoding: generated.errors, as: UTF8.self))")
        #expect(generated.output == committed, "the table differs from the generator's output: run `make width-table`")
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: Data, errors: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting: the table is larger than a pipe's buffer.
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output, errors)
    }
}
