/// Traffic Light Protocol marking kept from the source (FIRST TLP 1.0 and 2.0 names).
public enum TrafficLightProtocol: String, CaseIterable, Sendable {
    case clear
    case white
    case green
    case amber
    case amberStrict = "amber+strict"
    case red

    /// STIX 2.1 §7.2.1.4 predefined TLP 1.0 marking definitions, and the TLP 2.0 marking
    /// definitions published by OASIS (cti-stix-common-objects, extension-definition tlp-2.0).
    public static func fromStixMarking(id: String) -> TrafficLightProtocol? {
        switch id {
        case "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9": return .white
        case "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da": return .green
        case "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82": return .amber
        case "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed": return .red
        case "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487": return .clear
        case "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb": return .green
        case "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421": return .amber
        case "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003": return .amberStrict
        case "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1": return .red
        default: return nil
        }
    }

    /// The most restrictive of several markings wins.
    public var restrictiveness: Int {
        switch self {
        case .clear, .white: return 0
        case .green: return 1
        case .amber: return 2
        case .amberStrict: return 3
        case .red: return 4
        }
    }
}
