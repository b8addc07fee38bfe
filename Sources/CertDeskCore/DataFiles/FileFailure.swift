/// Why a file could not be read or written, in the cases an officer can act on: the store and
/// the desk service name the system's error number as one of these, and the words say it.
public enum FileFailure: Sendable {
    case noSuchFile
    /// Writing into a folder the process may not write (the vault, the desk's folder).
    case cannotWrite
    /// Reading a file the officer may not read.
    case cannotRead
    case isAFolder
    case diskFull
    /// Larger than this process may write (`ulimit -f`).
    case tooLarge
    case inputOutput
    case tooManyLinks
    case pathTooLong
    case notAFolderInPath
    case readOnly
}
