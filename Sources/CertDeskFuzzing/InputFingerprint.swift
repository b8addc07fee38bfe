/// A 64-bit FNV-1a hash of an input: names a finding's file, and seeds the chunking of a
/// streamed read so that a finding replays with the same chunks. Any fixed function of the
/// bytes would do; this one allocates nothing and takes no lock, so a signal handler may call it.
public enum InputFingerprint {
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    public static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { of($0) }
    }
}
