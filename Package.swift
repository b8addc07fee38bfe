// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "certdesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "certdesk", targets: ["certdesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // Notification messages from templates (playbooks/templates/): a real Mustache engine,
        // spec-compliant, with no dependencies of its own.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // E-mail notifications go out over SMTP with STARTTLS or SMTPS: SwiftNIO for the
        // connection, NIOSSL for TLS, rather than a hand-written socket loop.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // C glue for ncursesw: wide-character API, macros wrapped as functions.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Linux write-back control (sync_file_range) for copying evidence into the vault.
        .systemLibrary(name: "CFileSync"),
        // Pure model, events, reducer, policies. No database, no terminal, time via Clock.
        // (Crypto for the handover digest: SHA-256 is a pure function of the report bytes.)
        .target(
            name: "CertDeskCore",
            dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto")]
        ),
        // SQLite through GRDB: journal with hash chain, projections, queries.
        .target(
            name: "CertDeskStore",
            dependencies: [
                "CertDeskCore", "CFileSync",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The transports that reach outside: SMTP (NIO, NIOSSL), a sendmail-compatible command,
        // an SMS gateway command. Knows nothing of incidents: it carries a message and says how
        // it went.
        .target(
            name: "CertDeskMail",
            dependencies: [
                "CertDeskCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // The desk service: the use-cases once (perform with upkeep, ingest, evidence, the desk at
        // a moment, subscribers), for the CLI, the console, drills and replay alike.
        .target(
            name: "CertDeskApp",
            dependencies: ["CertDeskCore", "CertDeskStore", "CertDeskMail", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // Terminal-agnostic presentation: display width, safe text, tables, screen.
        .target(
            name: "CertDeskUI",
            dependencies: ["CertDeskCore"]
        ),
        // The only ncurses user.
        .target(
            name: "CertDeskTerminal",
            dependencies: ["CNcursesw", "CertDeskCore", "CertDeskUI"]
        ),
        // The console wired to the desk service: the adapter behind the UI's ConsoleDesk
        // protocol and the run loop on the terminal.
        .target(
            name: "CertDeskConsole",
            dependencies: ["CertDeskApp", "CertDeskCore", "CertDeskStore", "CertDeskUI", "CertDeskTerminal"]
        ),
        .executableTarget(
            name: "certdesk",
            dependencies: [
                "CertDeskApp", "CertDeskConsole", "CertDeskCore", "CertDeskStore", "CertDeskUI", "CertDeskTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Release-build benchmarks run by `make bench`.
        .executableTarget(
            name: "certdesk-bench",
            dependencies: ["CertDeskApp", "CertDeskConsole", "CertDeskCore", "CertDeskStore", "CertDeskUI", "CertDeskTerminal"]
        ),
        // The reliability harness of `make stress`: certdesk driven from the outside, killed
        // mid-write and loaded with concurrent writers, readers and consoles.
        .executableTarget(name: "certdesk-stress", dependencies: ["CertDeskTestSupport"]),
        // What several test targets share (a seeded generator); not part of the product.
        .target(name: "CertDeskTestSupport", path: "Tests/CertDeskTestSupport"),
        // In-process fuzzing of every reader of outside input: the targets, the seeded mutator
        // and the seed corpus, shared by `make fuzz` and the short run in `make test`.
        .target(name: "CertDeskFuzzing", dependencies: ["CertDeskCore", "CertDeskUI", "CertDeskTestSupport"]),
        // `make fuzz`: built with libFuzzer (and, if asked, AddressSanitizer) in .build/fuzz*;
        // a plain build runs the same targets with the seeded engine.
        .executableTarget(name: "certdesk-fuzz", dependencies: ["CertDeskFuzzing"]),
        // The committed corpus (corpus/) is read from the source tree by the tests.
        .testTarget(name: "CertDeskFuzzTests", dependencies: ["CertDeskFuzzing", "CertDeskCore"], path: "Tests/Fuzz",
                    exclude: ["corpus"]),
        .testTarget(name: "CertDeskCoreTests", dependencies: ["CertDeskCore", "CertDeskTestSupport"]),
        .testTarget(name: "CertDeskAppTests", dependencies: ["CertDeskApp", "CertDeskStore", "CertDeskCore", "CertDeskMail"]),
        .testTarget(name: "CertDeskStoreTests", dependencies: ["CertDeskStore", "CertDeskCore", "CertDeskTestSupport"]),
        // Snapshots/ holds the expected screens, read from the source tree by the tests.
        .testTarget(name: "CertDeskUITests", dependencies: ["CertDeskUI", "CertDeskCore", "CertDeskStore", "CertDeskTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "CertDeskTerminalTests", dependencies: ["CertDeskTerminal", "CNcursesw", "CertDeskUI"]),
        .testTarget(name: "CertDeskEndToEndTests", dependencies: ["CertDeskCore", "CertDeskTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
