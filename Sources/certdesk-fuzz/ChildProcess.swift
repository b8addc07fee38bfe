#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child run of certdesk-fuzz with its output in a log file. posix_spawn and waitpid rather
/// than Foundation's Process: the parent waits for whichever child ends first, and needs how
/// it ended (the signal of a crash) more than anything Process adds.
struct ChildProcess {
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)

        var isClean: Bool { self == .exited(0) }

        var description: String {
            switch self {
            case .exited(let status): "exit status \(status)"
            case .signalled(let signal): "signal \(signal) (\(String(cString: strsignal(signal))))"
            }
        }
    }

    let pid: pid_t

    /// Starts `path` with `arguments` (its own name first) and `environment`, stdout and stderr
    /// into `log`.
    init(path: String, arguments: [String], environment: [String: String], log: String) throws(ChildProblem) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard status == 0 else { throw ChildProblem(description: "cannot start \(path): \(String(cString: strerror(status)))") }
        self.pid = pid
    }

    /// Waits for any child to end.
    static func waitForAny() -> (pid: pid_t, ending: Ending)? {
        var status: Int32 = 0
        var pid: pid_t
        repeat { pid = waitpid(-1, &status, 0) } while pid == -1 && errno == EINTR
        guard pid > 0 else { return nil }
        // WIFEXITED and friends are C macros: the low 7 bits hold the signal, 0 for an exit.
        let signal = status & 0x7F
        return (pid, signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal))
    }
}

struct ChildProblem: Error, CustomStringConvertible {
    let description: String
}
