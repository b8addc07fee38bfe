import ArgumentParser
import CertDeskCore

/// Puts the options every command takes where the parser looks for them. Officers write them
/// before the subcommand, as with `git -C DIR log` or `kubectl -n NS get pods`
/// (`certdesk --db X list`); swift-argument-parser reads a command's options only after its
/// name, so the desk options found before the subcommand are moved to just after it. Options
/// written after the subcommand stay where they are, so both positions mean the same.
///
/// A word where a subcommand belongs that names none is a mistyped command, not an argument of
/// the default one (the console takes no words): it is refused with the nearest names.
enum CommandLineArrangement {
    /// The desk options (`DeskOptions`) that take a value.
    static let valuedOptions: Set<String> = ["--db", "--actor", "--lang", "--playbooks", "--region"]
    /// The desk options that are flags.
    static let flagOptions: Set<String> = ["--create"]

    enum Outcome: Equatable {
        /// The arguments to parse.
        case parse([String])
        /// `word` stands where a subcommand of `path` belongs and names none; `near` are the
        /// subcommands it may have meant, nearest first.
        case unknownCommand(word: String, path: [String], near: [String])
    }

    static func arrange(_ arguments: [String], root: any ParsableCommand.Type) -> Outcome {
        var hoisted: [String] = []
        var path: [String] = []
        var command: any ParsableCommand.Type = root
        var index = 0
        while index < arguments.count {
            let token = arguments[index]
            if let name = optionName(token), valuedOptions.contains(name) {
                let takesNext = !token.contains("=")
                hoisted.append(token)
                if takesNext, index + 1 < arguments.count { hoisted.append(arguments[index + 1]) }
                index += takesNext ? 2 : 1
                continue
            }
            if flagOptions.contains(token) {
                hoisted.append(token)
                index += 1
                continue
            }
            // Anything else that is an option (`--help`, `--version`, `--theme`, `--`) ends the
            // part where subcommands are named.
            if token.hasPrefix("-") { break }
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty else { break }
            if let next = subcommands.first(where: { names(of: $0).contains(token) }) {
                path.append(token)
                command = next
                index += 1
                continue
            }
            // `certdesk help list` is the parser's own help command.
            if token == "help" { break }
            return .unknownCommand(word: token, path: path, near: nearest(token, among: subcommands.flatMap(names(of:))))
        }
        // Nothing was named: the options belong to the default command (the console), where
        // the parser already finds them. A group named without its subcommand (`certdesk
        // --db X evidence`) is shown as `certdesk evidence` shows it.
        if path.isEmpty {
            // `certdesk --lang zh-TW --help` asks for the tool's help (in that language, which
            // the help has already taken), not the default command's.
            if index < arguments.count, ["--help", "-h", "help"].contains(arguments[index]) { return .parse(Array(arguments[index...])) }
            return .parse(arguments)
        }
        if !command.configuration.subcommands.isEmpty { return .parse(path + arguments[index...]) }
        return .parse(path + hoisted + arguments[index...])
    }

    /// The `--lang` written anywhere before `--`, for what is said before the parser runs (a
    /// mistyped command); nil when there is none or it names no language.
    static func language(in arguments: [String]) -> InterfaceLanguage? {
        for (index, token) in arguments.enumerated() {
            if token == "--" { return nil }
            if token == "--lang", index + 1 < arguments.count { return InterfaceLanguage(argument: arguments[index + 1]) }
            if token.hasPrefix("--lang=") { return InterfaceLanguage(argument: String(token.dropFirst("--lang=".count))) }
        }
        return nil
    }

    /// `--db` of `--db=X` or `--db`; nil for what is not a long option.
    static func optionName(_ token: String) -> String? {
        guard token.hasPrefix("--"), token.count > 2 else { return nil }
        return token.split(separator: "=", maxSplits: 1).first.map(String.init)
    }

    static func names(of command: any ParsableCommand.Type) -> [String] {
        let configuration = command.configuration
        return [configuration.commandName ?? String(describing: command).lowercased()] + configuration.aliases
    }

    /// The names within two edits of `word` (or that it begins), nearest first, as git's
    /// "did you mean" lists them.
    static func nearest(_ word: String, among names: [String]) -> [String] {
        let scored = names.map { ($0, editDistance(word.lowercased(), $0)) }
            .filter { $0.1 <= 2 || ($0.0.hasPrefix(word.lowercased()) && word.count >= 2) }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.0)
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and the swap of
    /// two neighbours (`lsit` → `list`) each count one.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
