import CertDeskCore

extension SettingOrigin {
    /// The origin as the officer reads it.
    public func text(_ words: any Words) -> String {
        switch self {
        case .option(let name): words.origin(option: name)
        case .environment(let variable): words.origin(environment: variable)
        case .configuration(let file, let line): words.origin(configurationFile: file, line: line)
        case .configurationFolder(let path): words.origin(configurationFolder: path)
        case .besidePlaybooks(let path): words.origin(besidePlaybooks: path)
        case .installed(let path): words.origin(installed: path)
        case .locale(let variable): words.origin(locale: variable)
        case .loginName: words.originLoginName
        case .builtIn: words.originBuiltIn
        }
    }

    /// Where to fix it, for an error: the variable, or `file:line`.
    public func place(_ words: any Words) -> String {
        switch self {
        case .environment(let variable): variable
        case .configuration(let file, let line): line.map { "\(file):\($0)" } ?? file
        default: text(words)
        }
    }
}
