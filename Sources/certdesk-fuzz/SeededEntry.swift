#if !CERTDESK_LIBFUZZER
import CertDeskFuzzing
import Foundation

@main
enum SeededEntry {
    static func main() {
        let (target, arguments) = FuzzCommandLine.dispatch(CommandLine.arguments)
        exit(SeededChild(target: target, arguments: arguments).run())
    }
}
#endif
