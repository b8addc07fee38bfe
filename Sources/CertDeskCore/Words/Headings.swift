/// A column of one of the desk's tables (the queue, `list`, `clocks`, the evidence register…),
/// named here so each language says it once. English heads are upper case, as `ps` and `git`
/// print theirs.
public enum TableHeading: CaseIterable, Sendable {
    case id, due, status, clock, level, levelShort, category, aware, agency, phase, title, assignee
    case kind, size, holder, keepUntil, description, when, action, from, to, purpose, location, recordedBy
    case starts, startsAt, dueWithin, warn, levels, type, value, setting, origin
}

/// The label of a field on a page that shows one thing (an incident, an evidence item, the
/// level form), named here so each language says it once.
public enum FieldName: CaseIterable, Sendable {
    case level, category, agency, phase, assignee, source, tlp, occurred, aware, reported, opened, nextDue
    case incident, kind, size, fileName, item, sourceHost, tool, collectedBy, acquired, registered, holder, location
    case keepUntil, status, hold, disposedOf
    case confidentiality, integrity, availability, assetClass, reason
}
