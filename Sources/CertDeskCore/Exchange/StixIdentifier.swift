import Crypto

/// STIX 2.1 identifiers that a desk gives the same way every time, so that exporting an
/// incident again updates what the receiver holds instead of adding a copy.
///
/// - Cyber-observable objects take the UUIDv5 the standard fixes (STIX 2.1 §2.9): SHA-1 over
///   the STIX namespace `00abedb4-aa42-466c-9c01-fed23315a9b7` and the RFC 8785 canonical JSON of
///   the object's id-contributing properties (for `ipv4-addr`, `{"value":"203.0.113.5"}`), so any
///   producer names the same address the same way.
/// - Domain and relationship objects SHOULD have UUIDv4 identifiers (§2.9; the OASIS validator
///   warns on any other version). The desk derives the 122 free bits from SHA-256 of a name that
///   says what the object is on which desk (`TCN/incident/TCN-2026-0001`), and sets the version
///   and variant bits of a version 4 UUID: the same incident always gives the same id, and no
///   two names give the same one in practice.
public enum StixIdentifier {
    /// The namespace STIX 2.1 §2.9 gives for deterministic SCO identifiers.
    static let observableNamespace: [UInt8] = [0x00, 0xab, 0xed, 0xb4, 0xaa, 0x42, 0x46, 0x6c,
                                                0x9c, 0x01, 0xfe, 0xd2, 0x33, 0x15, 0xa9, 0xb7]

    /// `ipv4-addr--826fe3cb-…`: the id of an SCO of `type` with these id-contributing properties.
    public static func observable(_ type: String, _ properties: JSONValue) -> String {
        var hash = Insecure.SHA1()
        hash.update(data: observableNamespace)
        hash.update(data: CanonicalJSON.bytes(properties))
        var bytes = Array(hash.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50          // version 5 (RFC 4122 §4.3)
        bytes[8] = (bytes[8] & 0x3F) | 0x80          // the RFC 4122 variant
        return type + "--" + uuid(bytes)
    }

    /// `incident--…`: the id of an SDO or SRO of `type`, from `name` (what it is, on which desk).
    public static func object(_ type: String, name: String) -> String {
        var bytes = Array(SHA256.hash(data: Array((type + "|" + name).utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x40          // version 4
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return type + "--" + uuid(bytes)
    }

    private static func uuid(_ bytes: [UInt8]) -> String {
        let hex = Array("0123456789abcdef")
        var out = ""
        for (n, byte) in bytes.enumerated() {
            if [4, 6, 8, 10].contains(n) { out.append("-") }
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0F)])
        }
        return out
    }
}
