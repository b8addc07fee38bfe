import Foundation

/// Runs a program and returns its wall time in seconds; stops the benchmark if it fails.
@discardableResult
func timed(_ path: String, _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
           stdout: String? = nil) -> Double {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    if let stdin { process.standardInput = FileHandle(forReadingAtPath: stdin) }
    if let stdout {
        _ = FileManager.default.createFile(atPath: stdout, contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: stdout)
    } else {
        process.standardOutput = FileHandle.nullDevice
    }
    let start = DispatchTime.now().uptimeNanoseconds
    do { try process.run() } catch {
        FileHandle.standardError.write(Data("certdesk-bench: cannot run \(path): \(error)\n".utf8))
        exit(70)
    }
    process.waitUntilExit()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    guard process.terminationStatus == 0 else {
        FileHandle.standardError.write(Data("certdesk-bench: \(path) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)\n".utf8))
        exit(70)
    }
    return seconds
}

/// Minimum and median of repeated measurements: the minimum is the least disturbed run, the
/// median the typical one.
struct Sample {
    let values: [Double]
    var min: Double { values.min() ?? 0 }
    var median: Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}

func format(_ value: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", value) }

/// Times `body` `runs` times and prints the minimum, the median and the worst, with the issue's
/// goal beside them: figures to compare, never a pass or a fail.
func reportTimes(_ what: String, runs: Int, goal: String, _ body: (Int) -> Void) {
    var samples: [Double] = []
    for run in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        body(run)
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    let sample = Sample(values: samples)
    print("    \(what): min \(format(sample.min, 1)) ms, median \(format(sample.median, 1)) ms, worst \(format(samples.max() ?? 0, 1)) ms (\(goal))")
}

func scratchFolder(_ name: String) -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("certdesk-bench-\(name)-\(getpid())")
    try? FileManager.default.removeItem(at: url)
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
