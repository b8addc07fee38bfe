#if CERTDESK_LIBFUZZER
import CertDeskFuzzing
import Foundation

// libFuzzer's own main drives the run: it calls LLVMFuzzerInitialize once with the command
// line, then LLVMFuzzerTestOneInput for every input, and on a crash, a timeout (-timeout) or
// too much memory (-malloc_limit_mb, -rss_limit_mb) writes the input to -artifact_prefix.

/// The run in progress; libFuzzer calls in on the main thread only.
enum LibFuzzerRun {
    nonisolated(unsafe) static var target: FuzzTarget?
    nonisolated(unsafe) static var tally = FuzzTally()
    nonisolated(unsafe) static var started = Date()
}

@_cdecl("LLVMFuzzerInitialize")
public func libFuzzerInitialize(_ argc: UnsafeMutablePointer<CInt>,
                                _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>) -> CInt {
    let arguments = (0..<Int(argc.pointee)).map { String(cString: argv.pointee[$0]!) }
    let (target, _) = FuzzCommandLine.dispatch(arguments)
    // The target's name is certdesk-fuzz's, not libFuzzer's (it would take it for a corpus
    // folder): libFuzzer reads argv after this returns, so it goes from argv itself.
    for i in 1..<Int(argc.pointee) { argv.pointee[i] = argv.pointee[i + 1] }
    argc.pointee -= 1
    LibFuzzerRun.target = target
    LibFuzzerRun.started = Date()
    // libFuzzer ends a finished run with exit(); a crash ends it before this, which is right:
    // then the artifact, not the figures, is the news.
    atexit {
        guard let target = LibFuzzerRun.target else { return }
        let figures = RunFigures(target: target.name, tally: LibFuzzerRun.tally, seconds: Date().timeIntervalSince(LibFuzzerRun.started))
        FileHandle.standardError.write(Data((figures.line + "\n").utf8))
    }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func libFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let target = LibFuzzerRun.target else { return 0 }
    let input = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let verdict = target.run(input)
    LibFuzzerRun.tally.count(verdict)
    if case .broken(let why) = verdict {
        // abort() is a crash to libFuzzer: it saves the input as it does for a trap.
        FileHandle.standardError.write(Data("certdesk-fuzz: \(target.name): \(why)\n".utf8))
        abort()
    }
    return 0
}
#endif
