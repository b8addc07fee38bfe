import Testing
import Glibc
import CNcursesw
import CertDeskUI

/// ncurses places characters with libc `wcwidth`, so `DisplayWidth` (generated from glibc) must
/// agree with it for every scalar value. Mapping of libc's -1 (not printable): C0 controls, DEL
/// and C1 controls are 0, everything else is 1.
@Suite("WidthAgreesWithLibc")
struct WidthAgreesWithLibcTests {
    @Test func everyScalarAgreesWithLibcWcwidth() throws {
        let locale = setlocale(LC_ALL, "C.UTF-8")
        try #require(locale != nil, "the C.UTF-8 locale is not installed")

        var checked = 0
        var mismatches: [String] = []
        var mismatchCount = 0
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }   // surrogates
            checked += 1
            var expected = Int(wcwidth(wchar_t(bitPattern: v)))
            if expected < 0 {
                expected = (v < 0x20 || (0x7F...0x9F).contains(v)) ? 0 : 1
            }
            let ours = DisplayWidth.width(of: scalar)
            if ours != expected {
                mismatchCount += 1
                if mismatches.count < 10 {
                    mismatches.append("U+\(String(v, radix: 16, uppercase: true)): ours \(ours), libc \(expected)")
                }
            }
        }
        #expect(checked == 0x110000 - 0x800)
        #expect(mismatchCount == 0, "\(mismatchCount) mismatches, first: \(mismatches.joined(separator: "; "))")
        // Sanity: libc really is in a UTF-8 locale (it says -1 for everything non-ASCII otherwise).
        #expect(wcwidth(0x4E2D) == 2)
    }
}
