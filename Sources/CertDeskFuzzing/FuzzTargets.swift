import CertDeskCore
import CertDeskUI

/// Every reader of outside input the desk has, by target name. Each reads as the desk reads
/// that kind of file (the same entry point, the same extra arguments), so that what is found
/// here is found in the product.
extension FuzzTarget {
    public static func all(_ context: FuzzContext) -> [FuzzTarget] {
        [
            FuzzTarget(name: "ingest", reads: "tickets (JSON object, array, JSON Lines) and STIX 2.1 bundles, whole and streamed",
                       maxLength: 4096, check: IngestTarget.check),
            FuzzTarget(name: "stix-pattern", reads: "STIX 2.1 patterns reduced to indicators (accepted: reduced; refused: kept verbatim)",
                       maxLength: 512, check: stixPattern),
            FuzzTarget(name: "taxii", reads: "TAXII 2.1 server answers: discovery, API root, collections, envelope, manifest, status",
                       maxLength: 4096, check: taxii),
            FuzzTarget(name: "playbook", reads: "playbook files (playbooks/*.yaml)", maxLength: 1024) { input in
                let result = PlaybookFile.read(text(input))
                return .lint(hasValue: result.playbook != nil, problems: result.problems, reader: "PlaybookFile.read")
            },
            FuzzTarget(name: "policy", reads: "deadline policy files (playbooks/policies/*.yaml), parsed and resolved",
                       maxLength: 1024) { input in policy(input, context) },
            FuzzTarget(name: "drill-scenario", reads: "drill scenario files (playbooks/drills/*.yaml), checked against the playbooks",
                       maxLength: 1024) { input in
                let result = DrillScenarioFile.read(text(input), playbooks: context.playbooks)
                return .lint(hasValue: result.scenario != nil, problems: result.problems, reader: "DrillScenarioFile.read")
            },
            FuzzTarget(name: "drill-actions", reads: "drill actions files (playbooks/drills/actions/*.actions)", maxLength: 1024) { input in
                let read = DrillActionsFile.read(text(input), scenario: context.scenario)
                return read.problems.first.map(FuzzVerdict.refused) ?? .accepted
            },
            FuzzTarget(name: "directory-csv", reads: "agency directories as CSV", maxLength: 1024) { input in
                directory(input, .csv)
            },
            FuzzTarget(name: "directory-yaml", reads: "agency directories as YAML", maxLength: 1024) { input in
                directory(input, .yaml)
            },
            FuzzTarget(name: "theme", reads: "colour themes (themes/*.yaml)", maxLength: 1024) { input in
                do throws(FileProblem) {
                    _ = try ThemeFile.parse(text(input))
                    return .accepted
                } catch {
                    return .refused(error)
                }
            },
        ]
    }

    static func stixPattern(_ input: [UInt8]) -> FuzzVerdict {
        let pattern = text(input)
        let found = StixPattern.indicators(in: pattern)
        // Nothing the sender said may be lost: what is not reduced is kept whole, as it came.
        let verbatim = found.filter { $0.kind == .stixPattern }
        if found.isEmpty { return .broken("a pattern gave no indicator at all") }
        if verbatim.contains(where: { $0.value != pattern }) { return .broken("a pattern was kept, but not verbatim") }
        return verbatim.isEmpty ? .accepted : .refused("kept verbatim")
    }

    /// As the desk resolves a policy: a file that extends another is laid over the default.
    static func policy(_ input: [UInt8], _ context: FuzzContext) -> FuzzVerdict {
        do {
            let document = try DeadlinePolicyFile.parse(text(input))
            if document.extends == nil {
                _ = try DeadlinePolicyFile.resolve(base: document, override: nil)
            } else {
                _ = try DeadlinePolicyFile.resolve(base: context.defaultPolicy, override: document)
            }
            return .accepted
        } catch {
            return .refused(error)
        }
    }

    static func directory(_ input: [UInt8], _ form: AgencyDirectoryFile.Form) -> FuzzVerdict {
        let result = AgencyDirectoryFile.read(text(input), form: form)
        return .lint(hasValue: !result.agencies.isEmpty, problems: result.problems, reader: "AgencyDirectoryFile.read")
    }

    /// Every resource reader on the answer (a server may send any of them anywhere), and an
    /// envelope's objects on to the STIX decoder as a pull does.
    static func taxii(_ input: [UInt8]) -> FuzzVerdict {
        let value: JSONValue
        do {
            value = try JSONValue.parse(text(input))
        } catch {
            return .refused(error.reason.en)
        }
        var taken = false
        var firstRefusal: String?
        func attempt(_ read: () throws(TaxiiResources.FieldError) -> Void) {
            do {
                try read()
                taken = true
            } catch {
                firstRefusal = firstRefusal ?? error.reason.en
            }
        }
        attempt { () throws(TaxiiResources.FieldError) in _ = try TaxiiResources.discovery(value) }
        attempt { () throws(TaxiiResources.FieldError) in _ = TaxiiResources.speaks21(try TaxiiResources.apiRoot(value)) }
        attempt { () throws(TaxiiResources.FieldError) in _ = try TaxiiResources.collections(value) }
        attempt { () throws(TaxiiResources.FieldError) in _ = try TaxiiResources.manifest(value) }
        attempt { () throws(TaxiiResources.FieldError) in _ = try TaxiiResources.status(value) }
        attempt { () throws(TaxiiResources.FieldError) in
            let envelope = try TaxiiResources.envelope(value)
            let bundle: JSONValue = ["type": "bundle", "id": "bundle--6b6f1c3e-9d55-4c2a-8f3e-2d1c0b9a8e7f",
                                     "objects": .array(envelope.objects)]
            _ = try StixBundleDecoder(now: IngestTarget.now, fileLabel: "taxii").decode(bundle, at: JSONPath())
        }
        _ = TaxiiResources.errorMessage(value)
        _ = TaxiiResources.version(of: value)
        return taken ? .accepted : .refused(firstRefusal ?? "no resource")
    }
}
