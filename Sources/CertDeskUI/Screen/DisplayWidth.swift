/// Terminal display width of text, in cells, exactly as glibc's `wcwidth()` sees it in the
/// C.UTF-8 locale.
///
/// ncurses places every character with libc `wcwidth`, so the layout computed here (columns,
/// truncation, padding) must use the same numbers or the screen tears. The data lives in
/// `DisplayWidthTable.swift`, generated from glibc; `WidthAgreesWithLibcTests` checks all
/// 1,112,064 scalar values against libc.
///
/// Measurement is done on the text as given: control characters count as width 0. Untrusted
/// text must go through `SafeText` before it is measured for display, so that what is measured
/// is what is printed.
public enum DisplayWidth {
    /// Width in cells of one scalar: 0, 1 or 2.
    ///
    /// C0 controls, DEL and C1 controls are 0 (libc says -1: not printable); other scalars libc
    /// calls non-printable (unassigned, U+2028, ...) are 1.
    @inlinable
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }                  // ASCII fast path
        if v < 0x300 { return v <= 0x9F ? 0 : 1 }                 // DEL, C1; Latin-1 and friends
        return tableWidth(v)
    }

    @usableFromInline
    static func tableWidth(_ v: UInt32) -> Int {
        if v >= 0x1100, contains(v, lower: DisplayWidthTable.wideLower, upper: DisplayWidthTable.wideUpper) {
            return 2
        }
        if contains(v, lower: DisplayWidthTable.zeroLower, upper: DisplayWidthTable.zeroUpper) {
            return 0
        }
        return 1
    }

    /// Binary search in sorted, disjoint closed ranges given as parallel bound arrays.
    private static func contains(_ v: UInt32, lower: [UInt32], upper: [UInt32]) -> Bool {
        upper.withUnsafeBufferPointer { hi in
            lower.withUnsafeBufferPointer { lo in
                let n = hi.count
                if n == 0 || v < lo[0] || v > hi[n - 1] { return false }
                // First index whose upper bound is >= v.
                var low = 0
                var high = n - 1
                while low < high {
                    let mid = (low &+ high) >> 1
                    if hi[mid] < v { low = mid &+ 1 } else { high = mid }
                }
                return lo[low] <= v
            }
        }
    }

    /// Width in cells of a string: the sum of its scalars' widths.
    public static func width(of string: String) -> Int {
        var total = 0
        for scalar in string.unicodeScalars { total &+= width(of: scalar) }
        return total
    }

    /// Width in cells of one grapheme cluster: the sum of its scalars' widths (a base plus its
    /// combining marks measures as the base).
    public static func width(of character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total &+= width(of: scalar) }
        return total
    }

    /// Cuts `s` so it takes at most `toWidth` cells, ending it with `ellipsis` when anything was
    /// cut.
    ///
    /// - Cuts between grapheme clusters only, so combining marks stay with their base.
    /// - Never splits a wide character: a 2-cell character that would straddle the limit is
    ///   dropped, so the result may be one cell narrower than `toWidth` (use `pad` to fill).
    /// - Returns `s` unchanged when it already fits; returns "" when `toWidth <= 0`.
    /// - If the ellipsis itself does not fit in `toWidth`, the text is cut without one.
    /// - The text is neutralised first (`SafeText.singleLine`), so what is measured is what the
    ///   screen prints: an escape sequence in a ticket's agency becomes visible pictures one cell
    ///   each, and they are counted, so the cell never overflows into the next column.
    public static func truncate(_ text: String, toWidth: Int, ellipsis: String = "…") -> String {
        if toWidth <= 0 { return "" }
        let s = SafeText.singleLine(text)
        if width(of: s) <= toWidth { return s }
        let ellipsisWidth = width(of: ellipsis)
        let useEllipsis = ellipsisWidth <= toWidth
        let budget = useEllipsis ? toWidth - ellipsisWidth : toWidth
        var used = 0
        var end = s.startIndex
        var index = s.startIndex
        while index < s.endIndex {
            let character = s[index]
            let w = width(of: character)
            if used + w > budget { break }
            used += w
            index = s.index(after: index)
            end = index
        }
        let kept = String(s[..<end])
        return useEllipsis ? kept + ellipsis : kept
    }

    /// Truncates `s` to `toWidth` cells (see `truncate`) and pads it with spaces to exactly
    /// `toWidth` cells, on the right (left-aligned text) or, with `alignRight`, on the left.
    /// Returns "" when `toWidth <= 0`. Neutralised first, as `truncate` is.
    public static func pad(_ s: String, toWidth: Int, alignRight: Bool = false) -> String {
        if toWidth <= 0 { return "" }
        let cut = truncate(s, toWidth: toWidth)
        let missing = toWidth - width(of: cut)
        if missing <= 0 { return cut }
        let spaces = String(repeating: " ", count: missing)
        return alignRight ? spaces + cut : cut + spaces
    }
}
