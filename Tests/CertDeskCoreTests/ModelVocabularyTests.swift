import Testing
@testable import CertDeskCore

/// The fixed vocabularies: their wire names are part of the ticket format and the journal.
@Suite("Model vocabularies")
struct ModelVocabularyTests {
    @Test func wireNames() {
        #expect(IncidentCategory.allNames
            == "ransomware, ddos, defacement, data-leak, unauthorized-access, malware-outbreak, c2-beacon, phishing, spam, other")
        #expect(IncidentPhase.allNames == "preparation, detection-analysis, containment-eradication-recovery, post-incident, closed")
        #expect(TrafficLightProtocol.allCases.map(\.rawValue) == ["clear", "white", "green", "amber", "amber+strict", "red"])
        #expect(IncidentSource.Kind.allCases.map(\.rawValue) == ["soc-ticket", "agency-report", "stix", "manual"])
        #expect(LevelBasis.AssetClass.allCases.map(\.rawValue)
            == ["non-core", "core", "core-ci", "official-secret", "sensitive", "national-secret"])
        #expect(Region.allCases.map(\.code) == ["TPE", "NTP", "TYC", "TCN", "TNN", "KHH"])
    }

    @Test func everyLabelHasBothLanguages() {
        let labels = IncidentCategory.allCases.map(\.label) + IncidentPhase.allCases.map(\.label)
            + LevelBasis.AssetClass.allCases.map(\.label) + Region.allCases.map(\.name)
        #expect(labels.allSatisfy { !$0.en.isEmpty && !$0.zh.isEmpty && $0.en != $0.zh })
        #expect(Set(IncidentPhase.allCases.map(\.label.zh)).count == IncidentPhase.allCases.count)
    }

    @Test func onlyClosedIsNotOpen() {
        #expect(IncidentPhase.allCases.filter { !$0.isOpen } == [.closed])
    }

    @Test func tlpRestrictivenessOrder() {
        let order = TrafficLightProtocol.allCases.map(\.restrictiveness)
        #expect(order == [0, 0, 1, 2, 3, 4])
    }

    @Test(arguments: [
        ("臺中市", Region.taichung), ("台中市", .taichung), ("彰化縣", .taichung), ("南投縣", .taichung), ("高雄市", .kaohsiung),
        ("澎湖縣", .kaohsiung), ("台北市", .taipei), ("連江縣", .taipei), ("新竹市", .taoyuan), ("嘉義縣", .tainan), ("基隆市", .newTaipei),
    ])
    func countiesBelongToOneRegion(county: String, region: Region) {
        #expect(Region.containing(county: county) == region)
    }

    @Test func everyCountyIsInExactlyOneRegion() {
        let all = Region.allCases.flatMap(\.counties)
        #expect(all.count == 22)
        #expect(Set(all).count == all.count)
        #expect(Region.containing(county: "東京都") == nil)
    }

    @Test(arguments: [
        ("zh_TW.UTF-8", InterfaceLanguage.zhTW), ("zh", .zhTW), ("ZH_tw", .zhTW), ("en_US.UTF-8", .en), ("C", .en), ("", .en),
    ])
    func languageFromLocale(locale: String, language: InterfaceLanguage) {
        #expect(InterfaceLanguage.fromLocale(locale) == language)
    }

    @Test func languageArgument() {
        #expect(InterfaceLanguage.fromLocale(nil) == .en)
        #expect(InterfaceLanguage(argument: "zh-TW") == .zhTW)
        #expect(InterfaceLanguage(argument: "zh-tw") == .zhTW)
        #expect(InterfaceLanguage(argument: "zh_TW") == nil)
        #expect(InterfaceLanguage(argument: "en") == .en)
        #expect(InterfaceLanguage(argument: "EN") == .en)
        #expect(InterfaceLanguage(argument: "EN_us") == nil)
        #expect(InterfaceLanguage(argument: "fr") == nil)
        let text = BilingualText(en: "level", zh: "等級")
        #expect(text.text(in: .en) == "level")
        #expect(text.text(in: .zhTW) == "等級")
    }
}
