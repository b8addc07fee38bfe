import Testing
@testable import CertDeskCore

/// De-identification of a case for teaching (案例宣導 去識別化): over a corpus of notes written
/// the way officers write them, in Chinese and in English, no identifier survives; the same
/// entity keeps one pseudonym throughout a case; what the case teaches with is kept.
@Suite("De-identification")
struct DeidentificationTests {
    /// Names the desk knows: from the directory and the journal.
    static let agencies = ["臺中市西屯區戶政事務所", "臺中市北屯區公所", "彰化縣政府", "Xitun District Household Registration Office"]
    static let people = ["林志明", "王大明", "陳怡君", "Lin Chih-ming"]

    /// One note and the identifiers in it. Some the desk knows; the others only the text's
    /// shapes and cues give away.
    struct Sample: CustomStringConvertible {
        let text: String
        let identifiers: [String]
        /// What must stay: the indicators and vocabulary a case teaches with.
        var kept: [String] = []
        var description: String { text }
    }

    static let corpus: [Sample] = [
        Sample(text: "14:05 已電話通知臺中市西屯區戶政事務所資訊室，FS01 已拔除網路線。",
               identifiers: ["臺中市西屯區戶政事務所", "西屯區戶政事務所", "FS01"]),
        Sample(text: "機關資安聯絡人張怡君，分機 04-2251-0001#123，指定以電話通知；承辦人王大明已到場。",
               identifiers: ["張怡君", "04-2251-0001", "2251-0001", "王大明"]),
        Sample(text: "快速應變小組抵達西屯戶政事務所，與劉先生確認 FS01、PC-0231 遭加密。",
               identifiers: ["西屯戶政事務所", "劉先生", "FS01", "PC-0231"], kept: ["快速應變小組"]),
        Sample(text: "內部主機 192.168.10.5 與 10.20.30.40 連線 C2 203.0.113.45，DNS 查詢 update-check.net。",
               identifiers: ["192.168.10.5", "10.20.30.40"], kept: ["203.0.113.45", "update-check.net"]),
        Sample(text: "請 it-admin@xitun.gov.tw 與 chen.yijun@gmail.com 協助提供防火牆紀錄。",
               identifiers: ["it-admin@xitun.gov.tw", "chen.yijun@gmail.com", "xitun.gov.tw"]),
        Sample(text: "主機 dc01.xitun.local 與 www.beitun.taichung.gov.tw 均已重建；主機 srv-ad-02 待檢。",
               identifiers: ["dc01.xitun.local", "www.beitun.taichung.gov.tw", "srv-ad-02", "beitun"]),
        Sample(text: "(04)2228-9111 轉 3105、0912-345-678 與 +886-4-2228-9111 皆為林雅婷主任之電話。",
               identifiers: ["2228-9111", "0912-345-678", "345-678", "+886-4-2228-9111", "林雅婷"], kept: ["主任"]),
        Sample(text: "本案由 TCN-2026-0014 併案，證物 TCN-2026-0014-E02 已移交，機關代號 AG-001。",
               identifiers: ["TCN-2026-0014", "TCN-2026-0014-E02", "AG-001", "2026-0014"]),
        Sample(text: "彰化縣政府計畫處陳怡君已以 fe80::1c2d:3e4f:fe5a:6b7c 登入 VPN，來源 2001:db8:85a3::8a2e:370:7334。",
               identifiers: ["彰化縣政府", "陳怡君", "fe80::1c2d:3e4f:fe5a:6b7c"], kept: ["2001:db8:85a3::8a2e:370:7334"]),
        Sample(text: "聯絡人：黃淑芬；通報人為蔡宗翰，均已接獲簡訊。",
               identifiers: ["黃淑芬", "蔡宗翰"]),
        Sample(text: "CVE-2024-3400 exploited on the VPN; T1486 data encrypted; sample SHA-256 listed; step RS.AN-03 done.",
               identifiers: [], kept: ["CVE-2024-3400", "T1486", "SHA-256", "RS.AN-03"]),
        Sample(text: "Called Mr. Chen Wei-lun at the Xitun District Household Registration Office; Lin Chih-ming logged it.",
               identifiers: ["Chen Wei-lun", "Xitun District Household Registration Office", "Lin Chih-ming"]),
        Sample(text: "Contact: Ms Huang Shu-fen, huang.sf@beitun.gov.tw, 04-2421-5566; host FS02 and workstation PC0412 imaged.",
               identifiers: ["Huang Shu-fen", "huang.sf@beitun.gov.tw", "04-2421-5566", "FS02", "PC0412"]),
        Sample(text: "Internal addresses 172.16.4.20 and 100.64.3.3 beaconed to 198.51.100.23 every 60 s.",
               identifiers: ["172.16.4.20", "100.64.3.3"], kept: ["198.51.100.23", "60 s"]),
        Sample(text: "The officer named Wang Da-ming reported the outage; Dr Lee of the hospital confirmed it.",
               identifiers: ["Wang Da-ming", "Lee"]),
        Sample(text: "王大明於 09:30 回報：北屯區公所 NAS01 備份完整，未受影響。",
               identifiers: ["王大明", "北屯區公所", "NAS01"], kept: ["09:30"]),
        Sample(text: "已通知臺中市政府警察局第五分局偵查隊，由吳科長受理。",
               identifiers: ["臺中市政府警察局", "吳科長"], kept: ["偵查隊", "科長"]),
    ]

    @Test func noIdentifierSurvives() {
        for language in InterfaceLanguage.allCases {
            var pseudonyms = Pseudonyms(language: language, agencies: Self.agencies, people: Self.people)
            pseudonyms.learn(Self.corpus.map(\.text))
            for sample in Self.corpus {
                let told = pseudonyms.replace(sample.text)
                for identifier in sample.identifiers where !identifier.isEmpty {
                    // `吳科長`: the surname is the identifier; the title stays.
                    let name = identifier.hasSuffix("科長") || identifier.hasSuffix("先生") ? String(identifier.dropLast(2)) : identifier
                    #expect(!told.contains(name), "\(language): \"\(name)\" survives in: \(told)")
                }
                for word in sample.kept { #expect(told.contains(word), "\(language): \"\(word)\" was lost from: \(told)") }
            }
        }
    }

    @Test func theSameEntityKeepsOnePseudonym() {
        var pseudonyms = Pseudonyms(language: .zhTW, agencies: Self.agencies, people: Self.people)
        let texts = ["指派王大明處理；聯絡人張怡君。", "電話通知張怡君，王大明已到場。", "張怡君回報 FS01 已隔離，fs01 記憶體已擷取。"]
        pseudonyms.learn(texts)
        let told = texts.map { pseudonyms.replace($0) }
        #expect(told[0] == "指派〔人員A〕處理；聯絡人〔人員B〕。")
        #expect(told[1] == "電話通知〔人員B〕，〔人員A〕已到場。", "a name found by its cue once is the same person where no cue stands")
        #expect(told[2].hasPrefix("〔人員B〕回報 〔主機A〕 已隔離"), "\(told[2])")
        var english = Pseudonyms(language: .en, agencies: Self.agencies, people: Self.people)
        #expect(english.replace("王大明 called 04-2251-0001; later 04 2251 0001 again.") == "[Person A] called [Phone A]; later [Phone A] again.",
                "a number is one entity however it is written")
    }

    @Test func aLatinNameIsAWholeWord() {
        var pseudonyms = Pseudonyms(language: .en, agencies: [], people: ["Lin"])
        #expect(pseudonyms.replace("Lin patched the Linux host") == "[Person A] patched the Linux host")
    }

    @Test func oneLetterIsNoName() {
        var pseudonyms = Pseudonyms(language: .zhTW, agencies: ["局"], people: ["王"])
        #expect(pseudonyms.replace("王先生至局裡說明") == "〔人員A〕先生至局裡說明", "the surname before 先生 is a person; 局 alone is no agency")
    }

    @Test func pseudonymsRunPastZ() {
        #expect(Pseudonyms.letters(0) == "A" && Pseudonyms.letters(25) == "Z" && Pseudonyms.letters(26) == "AA" && Pseudonyms.letters(27) == "AB")
    }
}
