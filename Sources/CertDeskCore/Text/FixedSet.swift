/// A value of a fixed set (a category, a tier, a kind of clock…) read from text, with one
/// wording for a value outside it, wherever it is read: a ticket's JSON, a playbook's YAML, a
/// command's option.
public enum FixedSet {
    /// The member named exactly `text`, among `allowed` (every member unless a subset is given).
    public static func member<E: CaseIterable & RawRepresentable>(_ text: String, among allowed: [E] = Array(E.allCases)) -> E?
    where E.RawValue == String {
        allowed.first { $0.rawValue == text }
    }

    /// `"intern" is not one of: first-line, second-line, third-line, duty-officer`.
    public static func notOneOf(_ text: String, _ names: String) -> BilingualText {
        BilingualText { $0.notOneOf(TextChecks.quoted(text), names) }
    }

    /// `a, b, c`: the names as help and errors list them.
    public static func names<E: RawRepresentable>(_ members: [E]) -> String where E.RawValue == String {
        members.map(\.rawValue).joined(separator: ", ")
    }
}

extension CaseIterable where Self: RawRepresentable, RawValue == String {
    /// Every member's name, as help and errors list them.
    public static var allNames: String { FixedSet.names(Array(allCases)) }
}
