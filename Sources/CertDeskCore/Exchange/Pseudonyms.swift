/// Replaces what identifies an agency or a person in a case told for teaching (案例宣導,
/// 去識別化): agency names, people's names, e-mail addresses, phone numbers, internal IP
/// addresses, host names and the desk's own ids, each by a pseudonym that stays the same for
/// the same entity throughout the case (`〔機關A〕`, `[Agency A]`).
///
/// Names are found two ways: those the desk knows (the directory's agencies and contacts, the
/// journal's officers, assignees and recipients), and those the text itself points at (a
/// surname before 先生 or 主任, a name after 聯絡人, `Mr`, `contact`). Attack indicators — a C2
/// domain, a public address, a hash — are what a case teaches with and are kept.
public struct Pseudonyms: Sendable {
    public enum Kind: Int, Sendable, CaseIterable {
        case agency, person, email, phone, internalAddress, host, deskID
    }

    private let language: InterfaceLanguage
    private var known: [(text: String, kind: Kind)] = []
    private var assigned: [String: String] = [:]
    private var counts: [Kind: Int] = [:]

    /// `agencies` and `people`: the names the desk knows; longer names are matched first, so
    /// `北屯區戶政事務所` is one agency, not `北屯區` and a remainder.
    public init(language: InterfaceLanguage, agencies: [String], people: [String]) {
        self.language = language
        var seen = Set<String>()
        // A name with a remark in brackets (`張怡君（虛構）`, `王大明 (ISAC)`) is written without it in notes.
        func bare(_ name: String) -> String { String(name.prefix { $0 != "（" && $0 != "(" }) }
        for (names, kind) in [(agencies, Kind.agency), (people, Kind.person)] {
            for name in names + names.map(bare) {
                let trimmed = String(name.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
                // One letter is no name: replacing every `王` in a text would say nothing.
                guard trimmed.count >= 2, seen.insert(kind.rawValue.description + trimmed.lowercased()).inserted else { continue }
                known.append((trimmed, kind))
            }
        }
        known.sort { $0.text.count > $1.text.count }
    }

    /// Learns the names `texts` point at by their shapes and cues, so that a name found once
    /// (`聯絡人張怡君`) is replaced everywhere in the case, also where no cue stands beside it
    /// (`電話通知張怡君`).
    public mutating func learn(_ texts: [String]) {
        var seen = Set(known.map { "\($0.kind.rawValue)|\($0.text.lowercased())" })
        for text in texts {
            let chars = Array(text)
            let found = Self.hosts(chars).map { ($0, Kind.host) } + Self.agenciesByShape(chars).map { ($0, Kind.agency) }
                + Self.peopleByCue(chars).map { ($0, Kind.person) }
            for (range, kind) in found {
                let name = String(chars[range])
                guard name.count >= 2, seen.insert("\(kind.rawValue)|\(name.lowercased())").inserted else { continue }
                known.append((name, kind))
            }
        }
        known.sort { $0.text.count > $1.text.count }
    }

    /// `text` with every identifier replaced; the same entity gets the same pseudonym in every
    /// text this value replaces in.
    public mutating func replace(_ text: String) -> String {
        let chars = Array(text)
        var spans: [(range: Range<Int>, kind: Kind, key: String)] = []
        func add(_ range: Range<Int>, _ kind: Kind, key: String? = nil) {
            guard !range.isEmpty, !spans.contains(where: { $0.range.overlaps(range) }) else { return }
            spans.append((range, kind, key ?? String(chars[range]).lowercased()))
        }
        // The most certain first: the desk's ids and addresses, then the names the desk knows,
        // then the shapes and cues.
        for span in Self.deskIDs(chars) { add(span, .deskID) }
        for span in Self.emails(chars) { add(span, .email) }
        for (span, key) in Self.phones(chars) { add(span, .phone, key: key) }
        for (span, key) in Self.internalAddresses(chars) { add(span, .internalAddress, key: key) }
        for entry in known {
            for span in Self.occurrences(of: Array(entry.text), in: chars) { add(span, entry.kind, key: entry.text.lowercased()) }
        }
        for span in Self.hosts(chars) { add(span, .host) }
        for span in Self.agenciesByShape(chars) { add(span, .agency) }
        for span in Self.peopleByCue(chars) { add(span, .person) }
        // Letters in order of first mention; replaced from the end, so the ranges stay true.
        let ordered = spans.sorted { $0.range.lowerBound < $1.range.lowerBound }
        let names = ordered.map { pseudonym($0.kind, key: $0.key) }
        var out = chars
        for (span, name) in zip(ordered, names).reversed() { out.replaceSubrange(span.range, with: Array(name)) }
        return String(out)
    }

    /// The pseudonym of one entity: its kind's word and a letter, in order of first mention.
    mutating func pseudonym(_ kind: Kind, key: String) -> String {
        let id = "\(kind.rawValue)|\(key)"
        if let name = assigned[id] { return name }
        let n = counts[kind, default: 0]
        counts[kind] = n + 1
        let name = language.words.pseudonym(kind, letter: Self.letters(n))
        assigned[id] = name
        return name
    }

    /// A, B, … Z, AA, AB, …
    static func letters(_ n: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return n < 26 ? String(alphabet[n]) : letters(n / 26 - 1) + String(alphabet[n % 26])
    }

    // MARK: - Finding them

    static func occurrences(of needle: [Character], in chars: [Character]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= chars.count else { return [] }
        let lowered = needle.map { Character($0.lowercased()) }
        let ascii = needle.allSatisfy(\.isASCII)
        var out: [Range<Int>] = []
        var i = 0
        while i + needle.count <= chars.count {
            var hit = true
            for j in 0..<needle.count where Character(chars[i + j].lowercased()) != lowered[j] { hit = false; break }
            // A Latin name is a whole word: `Lin` is not in `Linux`.
            if hit, ascii, (i > 0 && isWordCharacter(chars[i - 1])) || (i + needle.count < chars.count && isWordCharacter(chars[i + needle.count])) {
                hit = false
            }
            if hit {
                out.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return out
    }

    static func isWordCharacter(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "_") }

    /// Runs of characters that `belongs` accepts, as ranges.
    static func runs(_ chars: [Character], _ belongs: (Character) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start: Int?
        for (i, c) in chars.enumerated() {
            if belongs(c) {
                if start == nil { start = i }
            } else if let s = start {
                out.append(s..<i)
                start = nil
            }
        }
        if let s = start { out.append(s..<chars.count) }
        return out
    }

    /// `TCN-2026-0014`, `TCN-2026-0014-E02`, `AG-001`: the desk's ids name the region, the year
    /// and the agency's entry. (`CVE-2024-3400` has the same shape and is no desk's.)
    static func deskIDs(_ chars: [Character]) -> [Range<Int>] {
        runs(chars) { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }.compactMap { run in
            let token = String(chars[run])
            let parts = token.split(separator: "-", omittingEmptySubsequences: false)
            let incident = parts.count >= 3 && Region(rawValue: String(parts[0])) != nil
                && parts[1].count == 4 && parts[1].allSatisfy(\.isNumber) && parts[2].count == 4 && parts[2].allSatisfy(\.isNumber)
            let agency = parts.count == 2 && parts[0] == "AG" && parts[1].count == 3 && parts[1].allSatisfy(\.isNumber)
            return incident || agency ? run : nil
        }
    }

    static func emails(_ chars: [Character]) -> [Range<Int>] {
        runs(chars) { $0.isASCII && ($0.isLetter || $0.isNumber || "._%+-@".contains($0)) }.compactMap { run in
            var run = run
            while run.count > 0, ".-".contains(chars[run.upperBound - 1]) { run = run.lowerBound..<(run.upperBound - 1) }
            let token = String(chars[run])
            let parts = token.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix(".") else { return nil }
            return run
        }
    }

    /// Taiwanese numbers (`04-2228-9111`, `(04)2228-9111`, `0912-345-678`, `+886-4-2228-9111`,
    /// with `#123` or `分機 123`): runs of digits and separators holding 8 to 12 digits that
    /// start as a Taiwanese number does. The key is the digits, so every way of writing the
    /// number is one entity.
    static func phones(_ chars: [Character]) -> [(Range<Int>, String)] {
        runs(chars) { $0.isASCII && ($0.isNumber || "-()+ #".contains($0)) }.compactMap { run in
            var run = run
            // A leading bracket belongs to the number (`(04)2228-9111`); a leading space, dash or `#` does not.
            while run.count > 0, " -#".contains(chars[run.lowerBound]) {
                run = (run.lowerBound + 1)..<run.upperBound
            }
            while run.count > 0, " -)#".contains(chars[run.upperBound - 1]) { run = run.lowerBound..<(run.upperBound - 1) }
            let token = chars[run]
            var digits = String(token.filter(\.isNumber))
            if token.first == "+" {
                guard digits.hasPrefix("886") else { return nil }
                digits = "0" + digits.dropFirst(3)
            }
            guard (9...14).contains(digits.count), digits.hasPrefix("0"), !digits.hasPrefix("00") else { return nil }
            // A date or a time is no phone: a phone has a separator or a bracket after its area code.
            guard token.contains(where: { "-() ".contains($0) }) || digits.count == 10 else { return nil }
            if token.contains(" ") && token.filter({ $0 == " " }).count > 2 { return nil }
            return (run, digits)
        }
    }

    /// IPv4 and IPv6 addresses in private, shared, loopback or link-local space: they map an
    /// agency's network. Public and documentation addresses are kept (an attacker's address is
    /// what the case teaches with).
    static func internalAddresses(_ chars: [Character]) -> [(Range<Int>, String)] {
        runs(chars) { $0.isASCII && ($0.isHexDigit || $0 == "." || $0 == ":") }.compactMap { run in
            var run = run
            while run.count > 0, ".:".contains(chars[run.upperBound - 1]) && !chars[run].suffix(2).elementsEqual([":", ":"]) {
                run = run.lowerBound..<(run.upperBound - 1)
            }
            guard let address = IPAddress(String(chars[run])), let use = address.specialUse,
                  [.privateUse, .shared, .loopback, .linkLocal].contains(use) else { return nil }
            return (run, address.text)
        }
    }

    /// Host names: names under an agency's own domains (gov.tw, edu.tw, and the internal
    /// `.local`, `.lan`, `.corp`, `.internal`, `.intra`), Windows-style names (`FS01`, `DC-02`,
    /// `PC0231`: capitals then digits), and the word after a cue (`主機`, `伺服器`, `host`, `server`).
    static func hosts(_ chars: [Character]) -> [Range<Int>] {
        let tokens = runs(chars) { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }.map { run -> Range<Int> in
            var run = run
            while run.count > 0, ".-_".contains(chars[run.upperBound - 1]) { run = run.lowerBound..<(run.upperBound - 1) }
            return run
        }
        var out: [Range<Int>] = []
        for run in tokens where !run.isEmpty {
            let token = String(chars[run]).lowercased()
            let labels = token.split(separator: ".")
            if labels.count >= 2, let last = labels.last,
               ["local", "lan", "corp", "internal", "intra"].contains(last) || ["gov.tw", "edu.tw"].contains(labels.suffix(2).joined(separator: ".")) {
                out.append(run)
            } else if labels.count == 1, isWindowsName(String(chars[run])) {
                out.append(run)
            } else if labels.count == 1, followsHostCue(chars, at: run.lowerBound), token.count >= 3,
                      token.contains(where: \.isNumber) || token.contains("-") {
                out.append(run)
            }
        }
        return out
    }

    /// Capitals then digits, optionally joined by a hyphen: `FS01`, `DC-02`, `PC0231`, `NAS2`.
    /// Words of the trade written the same way are not hosts.
    static func isWindowsName(_ token: String) -> Bool {
        let letters = token.prefix { $0.isASCII && $0.isUppercase }
        var rest = token.dropFirst(letters.count)
        if rest.first == "-" { rest = rest.dropFirst() }
        guard (2...8).contains(letters.count), (1...4).contains(rest.count), rest.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        return !["CVE", "CWE", "CAPEC", "SHA", "MD", "TLP", "RFC", "ISO", "CNS", "SP", "NIST", "AES", "RSA", "TCP", "UDP", "HTTP",
                 "HTTPS", "IPV", "SMB", "RDP", "TLS", "SSL", "CSF", "MITRE", "COVID", "PDF", "UTF", "GB", "MB", "KB", "TB", "PR", "DE",
                 "ID", "RS", "RC", "GV", "E", "T", "TA", "WIN", "OS"].contains(String(letters))
    }

    static let hostCues = ["主機", "伺服器", "電腦", "工作站", "host", "server", "workstation", "hostname", "computer", "machine"]

    static func followsHostCue(_ chars: [Character], at start: Int) -> Bool {
        var i = start
        while i > 0, " ：:「『(（".contains(chars[i - 1]) { i -= 1 }
        let before = String(chars[max(0, i - 11)..<i]).lowercased()
        return hostCues.contains { before.hasSuffix($0) }
    }

    /// Chinese agency names by their endings (`…區公所`, `…戶政事務所`, `…衛生局`): two to ten Han
    /// characters before an ending an agency's name has.
    static func agenciesByShape(_ chars: [Character]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for run in runs(chars, isHan) {
            let text = String(chars[run])
            for ending in agencyEndings {
                guard let found = text.firstRange(of: ending) else { continue }
                let end = text.distance(from: text.startIndex, to: found.upperBound)
                let endingStart = text.distance(from: text.startIndex, to: found.lowerBound)
                // A place name before the ending: 西屯, 北屯區, 臺中市政府 — at most five characters,
                // and never across a verb or a particle that cannot be part of a name.
                let start = max(0, endingStart - 5)
                var s = start
                let han = Array(text)
                for k in stride(from: endingStart - 1, through: start, by: -1) where Self.notInNames.contains(han[k]) {
                    s = k + 1
                    break
                }
                if endingStart - s >= 2 { out.append((run.lowerBound + s)..<(run.lowerBound + end)) }
                break
            }
        }
        return out
    }

    /// Characters that end a name when read backwards from an agency's ending: verbs of
    /// movement and reporting, particles.
    static let notInNames = Set("的於向由與及和至經對為在請通知報告達抵到往赴派請已將把被讓給")

    static let agencyEndings = ["戶政事務所", "地政事務所", "區公所", "鄉公所", "鎮公所", "市公所", "衛生局", "衛生所", "警察局", "分局", "派出所",
                                "消防局", "環保局", "教育局", "社會局", "地方法院", "地檢署", "市政府", "縣政府", "醫院", "國民小學",
                                "國民中學", "高級中學", "國小", "國中", "大學", "稅務局", "管理處", "服務所", "清潔隊"]

    static func isHan(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) } ?? false
    }

    /// People named by the text's cues: a surname and one or two characters before a title
    /// (`劉先生`, `林雅婷主任`), a name after `聯絡人` or `承辦人`; `Mr`/`Ms`/`Dr` and `contact`
    /// before capitalised words.
    static func peopleByCue(_ chars: [Character]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let text = String(chars)
        for run in runs(chars, isHan) {
            let han = Array(chars[run])
            var i = 0
            while i < han.count {
                var matched = false
                if let surname = surnames.first(where: { han[i...].starts(with: $0) }) {
                    // Surname + title (劉先生), or surname + 1–2 given characters + title (林雅婷主任).
                    for given in [2, 1, 0] {
                        let nameEnd = i + surname.count + given
                        guard nameEnd < han.count else { continue }
                        let rest = String(han[nameEnd...])
                        if titles.contains(where: { rest.hasPrefix($0) }) {
                            out.append((run.lowerBound + i)..<(run.lowerBound + nameEnd))
                            i = nameEnd
                            matched = true
                            break
                        }
                    }
                }
                if !matched { i += 1 }
            }
        }
        // A name after a cue: 聯絡人：林雅婷, 承辦人王大明.
        for cue in nameCues {
            var from = text.startIndex
            while let found = text[from...].firstRange(of: cue) {
                var i = text.distance(from: text.startIndex, to: found.upperBound)
                while i < chars.count, " ：:「為是".contains(chars[i]) { i += 1 }
                if let surname = surnames.first(where: { chars[i...].starts(with: $0) }) {
                    var end = i + surname.count
                    while end < chars.count, end - i < surname.count + 2, isHan(chars[end]), !titles.contains(where: { String(chars[end...]).hasPrefix($0) }) {
                        end += 1
                    }
                    if end - i >= 2 { out.append(i..<end) }
                }
                from = found.upperBound
            }
        }
        // English: Mr Lin, Ms. Chen Ya-ting, Dr Wang; contact: Lin Ya-ting.
        let words = runs(chars) { $0.isASCII && ($0.isLetter || $0 == "-" || $0 == "'") }
        for (n, word) in words.enumerated() {
            let token = String(chars[word])
            let cue = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Officer"].contains(token)
                || ["contact", "contacts", "officer", "reported", "assignee", "named"].contains(token.lowercased()) && n + 1 < words.count
            guard cue else { continue }
            var k = n + 1
            var end: Int?
            let start = k < words.count ? words[k].lowerBound : 0
            while k < words.count, k - n <= 3, let first = chars[words[k]].first, first.isUppercase,
                  chars[words[k - 1].upperBound..<words[k].lowerBound].allSatisfy({ " .:,".contains($0) }) {
                end = words[k].upperBound
                k += 1
            }
            if let end { out.append(start..<end) }
        }
        return out
    }

    static let nameCues = ["聯絡人", "承辦人", "通報人", "窗口", "負責人", "資訊人員", "管理員", "值班人員", "同仁", "通知", "聯繫", "致電",
                           "告知", "指派", "交由", "轉交"]

    static let titles = ["先生", "小姐", "女士", "主任", "課長", "科長", "股長", "組長", "秘書", "技士", "技正", "專員", "局長", "處長",
                         "所長", "區長", "鄉長", "鎮長", "校長", "院長", "經理", "工程師", "老師", "隊長", "承辦", "同仁", "助理", "管理師"]

    /// The commonest surnames in Taiwan (Ministry of the Interior, 全國姓名統計分析), the
    /// compound ones first.
    static let surnames: [[Character]] = ["歐陽", "張簡", "范姜", "司馬", "諸葛", "上官",
        "陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "曾", "邱", "廖", "賴", "周", "徐", "蘇",
        "葉", "莊", "呂", "江", "何", "蕭", "羅", "高", "簡", "朱", "鍾", "施", "游", "詹", "沈", "彭", "胡", "余", "盧", "潘", "顏", "梁",
        "趙", "柯", "翁", "魏", "方", "孫", "戴", "范", "宋", "鄧", "杜", "傅", "侯", "曹", "薛", "丁", "卓", "阮", "馬", "董", "温", "溫",
        "唐", "藍", "石", "蔣", "古", "紀", "姚", "連", "馮", "歐", "程", "湯", "黃", "田", "康", "姜", "白", "汪", "鄒", "尤", "巫", "鐘",
        "黎", "涂", "龔", "嚴", "韓", "袁", "金", "童", "陸", "夏", "柳", "凃", "邵", "錢", "伍", "倪", "溫", "于", "譚", "駱", "熊", "任",
        "甘", "秦", "顧", "毛", "章", "史", "官", "萬", "俞", "雷", "粘", "饒", "張", "闕", "凌", "崔", "尹", "孔", "辛", "武", "辜", "陶",
        "段", "龍", "韋", "葛", "池", "孟", "褚", "殷", "麥", "賀", "賈", "莫"].map(Array.init)
}
