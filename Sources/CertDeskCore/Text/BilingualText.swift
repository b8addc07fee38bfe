/// A message the officer may read, in both interface languages (zh-TW and English).
public struct BilingualText: Hashable, Sendable {
    public let en: String
    public let zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// Words from outside certdesk (the system's or a library's message, a name from a file),
    /// shown as they are whatever the interface language.
    public init(verbatim text: String) {
        self.en = text
        self.zh = text
    }

    /// A message something else renders in a given language (an error's `message(_:)`).
    public init(rendering render: (InterfaceLanguage) -> String) {
        self.en = render(.en)
        self.zh = render(.zhTW)
    }

    /// A message from the catalogue, said in both languages at once: `BilingualText { $0.quietDesk }`.
    public init(_ say: (any Words) -> String) {
        self.en = say(InterfaceLanguage.en.words)
        self.zh = say(InterfaceLanguage.zhTW.words)
    }

    public func text(in language: InterfaceLanguage) -> String {
        switch language {
        case .zhTW: zh
        case .en: en
        }
    }
}

/// The two interface languages. Chosen by `--lang`, else the locale: zh* → zh-TW, else English.
public enum InterfaceLanguage: String, Sendable, CaseIterable {
    case zhTW = "zh-TW"
    case en

    /// Picks the language from a locale string such as `zh_TW.UTF-8` or `en_US.UTF-8`.
    public static func fromLocale(_ locale: String?) -> InterfaceLanguage {
        guard let locale, locale.lowercased().hasPrefix("zh") else { return .en }
        return .zhTW
    }

    /// The locale that decides, in POSIX order (`LC_ALL`, then `LC_MESSAGES`, then `LANG`): the
    /// variable and its value; nil when none is set.
    public static func locale(in environment: [String: String]) -> (variable: String, value: String)? {
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[variable], !value.isEmpty { return (variable, value) }
        }
        return nil
    }

    /// The language the locale gives (`fromLocale`), English when none is set.
    public static func fromEnvironment(_ environment: [String: String]) -> InterfaceLanguage {
        fromLocale(locale(in: environment)?.value)
    }

    /// An explicit choice (`--lang`, the configuration file): `zh-TW` or `en`, in any case.
    /// Nothing else is taken for one of them: a locale name (`zh_CN`, `en_US`) is the
    /// locale's business (`fromLocale`), and a typo is refused with the list.
    public init?(argument: String) {
        guard let language = Self.allCases.first(where: { $0.rawValue.lowercased() == argument.lowercased() }) else { return nil }
        self = language
    }

    /// The interface's words in this language (`Words`).
    public var words: any Words {
        switch self {
        case .zhTW: Self.chinese
        case .en: Self.english
        }
    }

    private static let chinese = ChineseWords()
    private static let english = EnglishWords()
}
