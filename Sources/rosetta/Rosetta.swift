import ArgumentParser

@main
struct Rosetta: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "rosetta",
        abstract: "Turn multilingual news into sentence-aligned parallel corpora and translation memories.",
        discussion: """
            Data goes to stdout, diagnostics to stderr. Exit status: 0 success, 1 runtime error, \
            64 usage error.
            """,
        version: version,
        subcommands: [
            BuildCommand.self, SegmentCommand.self, TranslitCommand.self, AlignCommand.self,
            ExportCommand.self, EvalCommand.self, TMCommand.self, NamesCommand.self, PairCommand.self,
        ]
    )
}
